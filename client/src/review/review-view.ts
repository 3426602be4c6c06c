// The review of one draft: its text with every finding highlighted beside its graph, keyboard-first (next, previous,
// accept, reject, edit, re-span and add from selected text), progress, conflicts, and publishing.
import type { Core } from 'cytoscape';
import { ApiError } from '../api.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { mountDraftGraph, type DraftGraph } from './draft-graph.ts';
import { showFindingCard } from './finding-card.ts';
import { type FindingFormValue, showFindingForm } from './finding-form.ts';
import type { Draft, DraftEntity, DraftFinding, Progress, ReviewApi } from './review-api.ts';
import { commandFor, keyHelp, type ReviewCommand } from './review-keys.ts';
import { mountReviewText, type SelectedSpan } from './review-text.ts';

export interface ReviewView {
  open(id: string): Promise<void>;
  close(): void;
  /** The draft graph's Cytoscape instance while a draft is open, for the browser console and tests. */
  readonly cy: Core | null;
}

export interface ReviewOptions {
  onClose(): void;
  onPublished(assessment: string): void;
}

/** Report order: by sentence, then where in it the span starts. */
function inReportOrder(findings: DraftFinding[]): DraftFinding[] {
  return findings.sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function mountReview(root: HTMLElement, review: ReviewApi, options: ReviewOptions): ReviewView {
  const title = h('h2', { id: 'review-title' });
  const progressText = h('span', { id: 'review-progress', class: 'review-progress' });
  const message = h('p', { id: 'review-message', class: 'review-message', role: 'status', 'aria-live': 'polite' });
  const publish = h('button', { type: 'button', id: 'review-publish', class: 'primary', disabled: true }, 'Publish');
  const textRoot = h('div', { id: 'review-text', class: 'review-text', tabindex: 0, 'aria-label': 'The document, its findings highlighted' });
  const graphRoot = h('div', { id: 'review-graph', class: 'review-graph', 'aria-label': 'The draft’s graph' });
  const card = h('div', { id: 'review-card', class: 'review-card', 'aria-live': 'polite' });
  const formRoot = h('div', { id: 'review-form', class: 'review-form', hidden: true });
  replaceChildren(
    root,
    h('header', { class: 'review-header' }, title, progressText, message, publish, h('button', { type: 'button', id: 'review-close', onclick: () => options.onClose() }, 'Back to the explorer')),
    h('div', { class: 'review-body' }, textRoot, h('div', { class: 'review-side' }, graphRoot, card, formRoot)),
    h('footer', { class: 'review-keys' }, keyHelp),
  );

  let draft: Draft | null = null;
  let findings: DraftFinding[] = [];
  let progress: Progress | null = null;
  let current: string | null = null;
  let busy = false;
  let graph: DraftGraph | null = null;
  const text = mountReviewText(textRoot, (id) => setCurrent(id));

  const say = (words: string, problem = false) => {
    message.textContent = words;
    message.classList.toggle('problem', problem);
  };

  const currentFinding = (): DraftFinding | null => findings.find((finding) => finding.id === current) ?? null;

  const render = () => {
    if (!draft) return;
    title.textContent = `Review: ${draft.title}${draft.fictional ? ' (fictional)' : ''}`;
    if (progress) progressText.textContent = `${progress.reviewed} of ${progress.total} reviewed (${progress.accepted} accepted, ${progress.rejected} rejected)`;
    publish.disabled = busy || !progress || progress.total === 0 || progress.reviewed < progress.total;
    publish.title = publish.disabled ? 'Every finding must be accepted or rejected first' : 'Publish the accepted findings for readers';
    text.show(draft, findings, current);
    graph?.show(findings);
    graph?.select(current);
    const index = findings.findIndex((finding) => finding.id === current);
    showFindingCard(card, currentFinding(), `Finding ${index + 1} of ${findings.length}`, actions, busy);
  };

  function setCurrent(id: string | null): void {
    current = id;
    render();
  }

  const move = (step: number) => {
    if (findings.length === 0) return;
    const index = findings.findIndex((finding) => finding.id === current);
    const next = Math.min(findings.length - 1, Math.max(0, index + step));
    setCurrent((findings[next] as DraftFinding).id);
  };

  /** After a decision, on to the next finding still to review (from here, then from the top). */
  const advance = () => {
    const index = findings.findIndex((finding) => finding.id === current);
    const ordered = [...findings.slice(index + 1), ...findings.slice(0, index + 1)];
    const next = ordered.find((finding) => finding.review.status === 'DRAFT');
    if (next) current = next.id;
  };

  const load = async (id: string) => {
    const loaded = await review.draft(id);
    if (!loaded) throw new ApiError(`There is no draft ${id}: it may have been published or discarded.`, 'NOT_FOUND');
    draft = loaded;
    findings = inReportOrder([...loaded.findings.nodes]);
    progress = loaded.progress;
    if (!findings.some((finding) => finding.id === current)) current = findings.find((finding) => finding.review.status === 'DRAFT')?.id ?? findings[0]?.id ?? null;
  };

  /** Sends one change; on CONFLICT, says so and shows the finding as the other editor left it. */
  const change = async (task: () => Promise<DraftFinding>, done: string, { next = false } = {}) => {
    if (!draft || busy) return;
    busy = true;
    render();
    try {
      const changed = await task();
      findings = inReportOrder([...findings.filter((finding) => finding.id !== changed.id), changed]);
      current = changed.id;
      if (next) advance();
      progress = (await review.progress(draft.id)) ?? progress;
      say(done);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await load(draft.id).catch(() => undefined);
        say(`Someone else changed this finding since you opened it; it is shown as they left it. ${error.message}`, true);
      } else {
        say(error instanceof Error ? error.message : String(error), true);
      }
    } finally {
      busy = false;
      render();
    }
  };

  const closeForm = () => {
    formRoot.hidden = true;
    formRoot.replaceChildren();
    textRoot.focus();
  };

  const entitiesOfDraft = (): DraftEntity[] => {
    const known = new Map<string, DraftEntity>();
    for (const entity of [draft?.force, draft?.inspector]) if (entity) known.set(entity.id, entity);
    for (const finding of findings) for (const { entity } of finding.participants) known.set(entity.id, entity);
    return [...known.values()].sort((a, b) => a.name.localeCompare(b.name));
  };

  const openForm = (heading: string, quote: string, initial: FindingFormValue, submitLabel: string, submit: (value: FindingFormValue) => void) => {
    formRoot.hidden = false;
    showFindingForm(formRoot, {
      title: heading,
      quote,
      initial,
      entities: entitiesOfDraft(),
      submitLabel,
      onSubmit: (value) => {
        closeForm();
        submit(value);
      },
      onCancel: closeForm,
    });
  };

  /** The selected words, when they lie in one sentence; otherwise says what to select. */
  const selected = (what: string): SelectedSpan | null => {
    const span = text.selection();
    if (!span) say(`Select the words of ${what} in one sentence of the text first.`, true);
    return span;
  };

  const actions = {
    accept: () => {
      const finding = currentFinding();
      if (finding) void change(() => review.accept(finding), 'Accepted.', { next: true });
    },
    reject: () => {
      const finding = currentFinding();
      if (finding) void change(() => review.reject(finding), 'Rejected: it will not be published.', { next: true });
    },
    edit: () => {
      const finding = currentFinding();
      if (!finding) return;
      const initial: FindingFormValue = {
        type: finding.type,
        judgement: finding.judgement,
        status: finding.status,
        participants: finding.participants.map(({ role, entity }) => ({ role, entity: entity.id, name: null, kind: null })),
      };
      openForm('Edit the finding', finding.quote, initial, 'Save', (value) => void change(() => review.edit(finding, value), 'Saved; accept it when it is right.'));
    },
    respan: () => {
      const finding = currentFinding();
      const span = finding && selected('the finding');
      if (!finding || !span) return;
      if (span.sentence !== finding.sentence) {
        say(`A finding keeps to its sentence: select words in sentence ${finding.sentence}.`, true);
        return;
      }
      window.getSelection()?.removeAllRanges();
      void change(() => review.edit(finding, { start: span.start, end: span.end }), `Now cites “${span.text}”; accept it when it is right.`);
    },
    add: () => {
      const span = selected('the new finding');
      if (!span || !draft) return;
      window.getSelection()?.removeAllRanges();
      const subject = draft.force ?? entitiesOfDraft()[0];
      const initial: FindingFormValue = {
        type: 'HAS_STRENGTH',
        judgement: 'STRENGTH',
        status: 'ESTABLISHED',
        participants: subject ? [{ role: 'SUBJECT', entity: subject.id, name: null, kind: null }] : [],
      };
      const draftId = draft.id;
      openForm('New finding', span.text, initial, 'Add', (value) =>
        void change(() => review.add(draftId, { sentence: span.sentence, start: span.start, end: span.end, basis: 'STATED', inferredFrom: [], ...value }), 'Added and accepted.'),
      );
    },
  };

  const commands: Record<ReviewCommand, () => void> = {
    next: () => move(1),
    previous: () => move(-1),
    accept: actions.accept,
    reject: actions.reject,
    edit: actions.edit,
    respan: actions.respan,
    add: actions.add,
    close: () => {
      if (!formRoot.hidden) closeForm();
    },
  };

  const onKey = (event: KeyboardEvent) => {
    if (root.hidden || document.querySelector('dialog[open]')) return;
    const command = commandFor(event, isTyping(event.target) || !formRoot.hidden);
    if (!command) return;
    event.preventDefault();
    commands[command]();
  };
  document.addEventListener('keydown', onKey);

  publish.addEventListener('click', () => {
    if (!draft || busy) return;
    const id = draft.id;
    busy = true;
    render();
    say('Publishing…');
    review
      .publish(id)
      .then((assessment) => options.onPublished(assessment))
      .catch((error: unknown) => {
        busy = false;
        render();
        say(error instanceof Error ? error.message : String(error), true);
      });
  });

  return {
    get cy() {
      return graph?.cy ?? null;
    },
    async open(id) {
      root.hidden = false;
      say('Loading the draft…');
      graph ??= mountDraftGraph(graphRoot, (finding) => setCurrent(finding));
      try {
        current = null;
        await load(id);
        say(findings.length === 0 ? 'No findings were drafted: add them from the text.' : `${findings.length} findings drafted. ${keyHelp}.`);
        render();
        textRoot.focus();
      } catch (error) {
        draft = null;
        say(error instanceof Error ? error.message : String(error), true);
      }
    },
    close() {
      root.hidden = true;
      closeForm();
      graph?.destroy();
      graph = null;
      draft = null;
    },
  };
}
