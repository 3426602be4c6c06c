// The "New assessment" dialog: paste a document's text or choose its file, give what is known about it, and start a
// draft; or open a draft already under review.
import { h, replaceChildren } from '../ui/dom.ts';
import type { DocumentMetadata, ReviewApi } from './review-api.ts';

export interface NewAssessment {
  open(): void;
}

export function mountNewAssessment(dialog: HTMLDialogElement, review: ReviewApi, openDraft: (id: string) => void): NewAssessment {
  const problem = h('p', { class: 'form-problem', role: 'alert', hidden: true });
  const say = (text: string | null) => {
    problem.hidden = text === null;
    problem.textContent = text ?? '';
  };
  const drafts = h('ul', { class: 'draft-list', 'aria-label': 'Drafts under review' });

  const listDrafts = async () => {
    replaceChildren(drafts, h('li', { class: 'muted' }, 'Loading the drafts…'));
    try {
      const found = await review.drafts();
      replaceChildren(
        drafts,
        found.length === 0
          ? h('li', { class: 'muted' }, 'No drafts are waiting for review.')
          : found.map((draft) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'link', 'data-draft': draft.id, onclick: () => choose(draft.id) }, draft.title),
                h('span', { class: 'muted' }, ` ${draft.progress.reviewed} of ${draft.progress.total} reviewed · ${draft.createdBy}`),
              ),
            ),
      );
    } catch (error) {
      replaceChildren(drafts, h('li', { class: 'form-problem' }, error instanceof Error ? error.message : String(error)));
    }
  };

  const choose = (id: string) => {
    dialog.close();
    openDraft(id);
  };

  const text = h('textarea', { name: 'text', rows: 8, placeholder: 'Paste the assessment’s text here…' });
  const file = h('input', { name: 'file', type: 'file', accept: '.txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const force = h('input', { name: 'force', type: 'text', placeholder: 'e.g. Wessex Vale Police' });
  const year = h('input', { name: 'year', type: 'number', min: 1829, max: 9999, placeholder: 'e.g. 2017' });
  const kind = h('input', { name: 'kind', type: 'text', placeholder: 'e.g. PEEL' });
  const url = h('input', { name: 'url', type: 'url', placeholder: 'https://…' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Start the draft');

  const form = h(
    'form',
    { class: 'new-assessment', method: 'dialog' },
    h('h2', {}, 'New assessment'),
    h('p', { class: 'hint' }, 'Paste the text or choose a file (text, HTML, PDF or Word). What you leave blank is read from the text where it says so.'),
    h('label', { class: 'wide' }, 'Text', text),
    h('label', { class: 'wide' }, 'or a file ', file),
    h('div', { class: 'metadata' }, h('label', {}, 'Force ', force), h('label', {}, 'Year ', year), h('label', {}, 'Kind ', kind), h('label', {}, 'Web page ', url)),
    problem,
    h('div', { class: 'form-buttons' }, submit, h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')),
    h('h3', {}, 'Or open a draft under review'),
    drafts,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    const pasted = text.value;
    if (!chosen && pasted.trim() === '') {
      say('Paste the text or choose a file.');
      return;
    }
    const metadata: DocumentMetadata = {};
    if (force.value.trim()) metadata.force = force.value.trim();
    if (year.value.trim()) metadata.year = Number(year.value);
    if (kind.value.trim()) metadata.kind = kind.value.trim();
    if (url.value.trim()) metadata.url = url.value.trim();
    say(null);
    submit.disabled = true;
    submit.textContent = 'Drafting…';
    review
      .start(chosen ? { file: chosen } : { text: pasted }, metadata)
      .then((id) => {
        form.reset();
        choose(id);
      })
      .catch((error: unknown) => say(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        submit.disabled = false;
        submit.textContent = 'Start the draft';
      });
  });

  replaceChildren(dialog, form);

  return {
    open() {
      say(null);
      if (!dialog.open) dialog.showModal();
      void listDrafts();
      text.focus();
    },
  };
}
