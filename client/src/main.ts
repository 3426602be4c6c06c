// Bootstraps the explorer: reads the view from the URL, loads the graph (retrying while the database is down), mounts the panels.
import { ApiError, createApi } from './api.ts';
import { Explorer } from './explorer.ts';
import { isFiltering } from './filters.ts';
import { attachKeyboard } from './keyboard.ts';
import { noFilters } from './model.ts';
import { describeRenderer } from './renderer-choice.ts';
import { mountReviewing } from './review/mount-review.ts';
import { createTokenKeeper } from './review/session-token.ts';
import { withRetry } from './retry.ts';
import { mountAnalysis } from './ui/analysis-view.ts';
import { mountAssessmentPicker } from './ui/assessment-picker.ts';
import { mountConnectionBanner } from './ui/connection-banner.ts';
import { mountDetails } from './ui/details-panel.ts';
import { findingHistory } from './ui/finding-history.ts';
import { mountLegend } from './ui/legend.ts';
import { mountPartners } from './ui/partner-panel.ts';
import { mountPath } from './ui/path-panel.ts';
import { mountSearch } from './ui/search-box.ts';
import { mountSource } from './ui/source-panel.ts';
import { mountStartHere } from './ui/start-here.ts';
import { mountStatus } from './ui/status-line.ts';
import { mountTable } from './ui/table-view.ts';
import { mountTabs } from './ui/tabs.ts';
import { mountToolbar } from './ui/toolbar.ts';
import { readViewState, writeViewState } from './url-state.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

const tokens = createTokenKeeper();
const api = createApi({ token: tokens.get, onTokenRefused: tokens.refuse });
const explorer = new Explorer(byId('graph'), api, readViewState(location.search));
const status = mountStatus(byId('status'), byId('alert'));
const overlay = byId('graph-overlay');
const overlayText = byId('overlay-text');
const emptyState = byId('empty-state');

/** Says what went wrong in the user's terms; the database being down is the failure people meet most. */
function describeFailure(error: unknown, databaseDown: boolean): { title: string; detail: string } {
  if ((error instanceof ApiError && error.code === 'DATABASE_UNAVAILABLE') || databaseDown) {
    return {
      title: 'The graph database is unavailable.',
      detail: "The explorer's server is running but cannot reach Neo4j, so no findings can be shown. Nothing is lost; the page fills in as soon as the database is back.",
    };
  }
  if (error instanceof ApiError && error.code === 'NETWORK') {
    return { title: "The explorer's server is not answering.", detail: 'Check that peel-graph is running and the network is up.' };
  }
  return { title: 'The explorer could not load the findings.', detail: error instanceof Error ? error.message : String(error) };
}

function reportError(error: unknown): void {
  const { title, detail } = describeFailure(error, false);
  status.alert(error instanceof ApiError && (error.code === 'DATABASE_UNAVAILABLE' || error.code === 'NETWORK') ? `${title} ${detail}` : `${title.replace(/\.$/, '')}: ${detail}`);
}

/** Runs a user's step that calls the API, and says so when it fails. */
function run(task: Promise<unknown>): void {
  task.catch(reportError);
}

let loading: AbortController | undefined;
const banner = mountConnectionBanner(byId('connection-banner'), () => void start());

async function start(): Promise<void> {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  overlay.hidden = false;
  overlayText.textContent = 'Loading the findings…';
  try {
    await withRetry(() => explorer.load(controller.signal), {
      signal: controller.signal,
      onWait: (error, delayMs) => {
        overlayText.textContent = 'Waiting for the graph database…';
        void api.health().then((health) => {
          if (controller.signal.aborted) return;
          banner.show({ ...describeFailure(error, !health.ok), retryInMs: delayMs });
        });
        banner.show({ ...describeFailure(error, false), retryInMs: delayMs });
      },
    });
    if (controller.signal.aborted) return;
    banner.hide();
    overlay.hidden = true;
  } catch (error) {
    if (controller.signal.aborted) return;
    overlayText.textContent = 'The findings could not be loaded.';
    banner.show({ ...describeFailure(error, false), retryInMs: null });
  }
}

mountToolbar(byId('toolbar'), explorer, status.say);
mountLegend(byId('legend'), explorer);
mountStartHere(byId('start-here'), explorer, reportError);
mountTabs(document.querySelector<HTMLElement>('[role="tablist"]') as HTMLElement, explorer);
const path = mountPath(byId('panel-path'), explorer, run, status.say);
const details = mountDetails(byId('panel-details'), explorer, {
  run,
  say: status.say,
  pathFrom: (id) => path.setFrom(id),
  history: (findingId) => findingHistory(api, tokens.get() !== null, findingId),
});
tokens.onChange(() => details.render());
mountSource(byId('panel-report'), explorer, status.say);
mountPartners(byId('panel-partners'), explorer, run, status.say);
mountTable(byId('panel-table'), explorer);
mountAssessmentPicker(byId('panel-assessments'), explorer, run, status.say);
mountAnalysis(byId('analysis'), explorer, reportError, status.say);
mountSearch(byId<HTMLInputElement>('search-input'), byId('search-results'), api, explorer, status.say);
attachKeyboard(byId('graph'), () => explorer.canvas.cy as NonNullable<typeof explorer.canvas.cy>, {
  select: (id) => explorer.select(id, { focus: false }),
  clear: () => {
    explorer.select(null);
    explorer.clearMarks();
    status.say('Selection and highlights cleared.');
  },
  announce: status.say,
});
byId('empty-show-all').addEventListener('click', () => explorer.setFilters(noFilters));

explorer.onChange((changes) => {
  // Other assessments chosen: the graph loads afresh, with the overlay and retries of the first load.
  if (changes.has('assessments')) void start();
  // replaceState, not pushState: the back button leaves the explorer rather than stepping through clicks.
  history.replaceState(history.state, '', `${location.pathname}${writeViewState(explorer.state)}${location.hash}`);
  if (changes.has('elements') || changes.has('filters')) {
    const nodes = explorer.shownNodes().length;
    const edges = explorer.shownEdges().length;
    emptyState.hidden = nodes > 0 || !explorer.drawing;
    const drawing = describeRenderer(explorer.renderer);
    status.say(`${nodes} ${nodes === 1 ? 'entity' : 'entities'} and ${edges} ${edges === 1 ? 'relationship' : 'relationships'} shown${isFiltering(explorer.state.filters) ? ' (filtered)' : ''}${drawing ? `, ${drawing}` : ''}.`);
  }
});

mountReviewing({ account: byId('account'), review: byId('review'), dialog: byId<HTMLDialogElement>('new-assessment-dialog') }, api, tokens);

// For the browser console and the browser tests: the live Cytoscape instance and the explorer's state.
Object.assign(window, { peelGraph: explorer });

void start();
