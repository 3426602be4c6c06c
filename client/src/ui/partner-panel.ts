// Partner tracing: whom the force works with, on what, and the sentence that says each, drawn and listed.
import type { ExplorerPort } from './explorer-port.ts';
import { type CitedFact, partnersMarkdown } from '../narrative.ts';
import { copyText } from './clipboard.ts';
import { entityButton, findingBadges, sentenceButton } from './fact-parts.ts';
import { h, quoted, replaceChildren } from './dom.ts';
import { typePhrases } from '../vocabulary.ts';
import { kindSwatch } from './swatches.ts';

function factItem(explorer: ExplorerPort, fact: CitedFact): HTMLLIElement {
  const verb = typePhrases[fact.relationship.type];
  return h(
    'li',
    { class: 'fact' },
    h('p', { class: 'fact-line' }, entityButton(explorer, fact.subject.id), ` ${verb} `, entityButton(explorer, fact.object.id), ' ', ...findingBadges(fact.relationship)),
    h('p', { class: 'fact-quote' }, quoted(fact.relationship.evidence.quote), ' ', h('span', { class: 'cite' }, '(', sentenceButton(explorer, fact.relationship.evidence.sentence), ')')),
  );
}

export function mountPartners(root: HTMLElement, explorer: ExplorerPort, run: (task: Promise<unknown>) => void, say: (message: string) => void): void {
  const chooser = h('div', { class: 'partner-chooser' });
  const result = h('div', { class: 'partner-result', 'aria-live': 'polite' });

  const renderChooser = () => {
    const partners = explorer.knownPartners;
    replaceChildren(
      chooser,
      partners.length === 0
        ? h('p', { class: 'empty' }, 'The graph names no partners.')
        : h(
            'div',
            { class: 'row wrap' },
            h('button', { type: 'button', class: 'primary', onclick: () => run(explorer.tracePartners('all')) }, 'Trace all partners'),
            partners.map((partner) => h('button', { type: 'button', onclick: () => run(explorer.tracePartners(partner.id)) }, kindSwatch('PARTNER'), partner.name)),
          ),
    );
  };

  const renderResult = () => {
    if (explorer.marks.kind !== 'partners') return;
    const { stories } = explorer.marks;
    const markdown = partnersMarkdown(stories, explorer.source?.title ?? null);
    replaceChildren(
      result,
      stories.map((story) =>
        h(
          'section',
          { class: 'partner-story' },
          h('h3', {}, kindSwatch('PARTNER'), story.partner.name),
          story.partner.summary ? h('p', { class: 'summary' }, story.partner.summary) : null,
          story.worksWith.length > 0 ? h('h4', {}, 'Works with the force') : null,
          h('ul', { class: 'facts' }, story.worksWith.map((fact) => factItem(explorer, fact))),
          story.workOn.length > 0 ? h('h4', {}, 'On what') : null,
          h('ul', { class: 'facts' }, story.workOn.map((fact) => factItem(explorer, fact))),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'copy-partners-markdown',
          onclick: () =>
            void copyText(markdown).then(
              () => say('Partner trace copied as Markdown.'),
              () => say('The browser would not copy; select the text instead.'),
            ),
        },
        'Copy as Markdown',
      ),
    );
    const facts = stories.reduce((sum, story) => sum + story.worksWith.length + story.workOn.length, 0);
    say(`Traced ${stories.length} ${stories.length === 1 ? 'partner' : 'partners'}: ${facts} cited facts, shown in green on the graph.`);
  };

  replaceChildren(root, h('h2', {}, 'Partners'), h('p', { class: 'hint' }, 'Whom the force works with, on what, and where the report says so.'), chooser, result);
  explorer.onChange((changes) => {
    if (changes.has('data')) renderChooser();
    if (changes.has('marks')) renderResult();
  });
}
