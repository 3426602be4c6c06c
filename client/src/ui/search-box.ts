// The search box: suggestions from the API's full-text search (entities and quotes) as the user types.
import type { Api } from '../api.ts';
import type { ExplorerPort } from './explorer-port.ts';
import type { SearchHit } from '../model.ts';
import { kindLabels, typeLabels } from '../vocabulary.ts';
import { h, highlighted, replaceChildren } from './dom.ts';
import { kindSwatch } from './swatches.ts';

const debounceMs = 200;
const minLength = 2;

export function mountSearch(input: HTMLInputElement, listbox: HTMLElement, api: Api, explorer: ExplorerPort, say: (message: string) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (hit: SearchHit) => {
    const id = hit.entity?.id ?? hit.relationship?.id;
    if (!id) return;
    if (hit.relationship) explorer.remember({ nodes: [hit.relationship.source, hit.relationship.target], edges: [hit.relationship] });
    if (hit.entity) explorer.remember({ nodes: [hit.entity], edges: [] });
    close();
    input.value = hit.entity?.name ?? hit.relationship?.evidence.quote ?? input.value;
    explorer.focusHit(id);
    say(hit.entity ? `Showing ${hit.entity.name}.` : `Showing the relationship quoted in sentence ${hit.relationship?.evidence.sentence}.`);
  };

  const setActive = (index: number) => {
    active = index;
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    }
  };

  const render = (text: string) => {
    const entityHits = hits.filter((hit) => hit.entity);
    const quoteHits = hits.filter((hit) => hit.relationship);
    // Options are listed entities first; keep `hits` in that order so the active index names the same hit.
    hits = [...entityHits, ...quoteHits];
    let index = 0;
    const option = (hit: SearchHit, body: Node[]) => {
      const i = index++;
      return h(
        'li',
        {
          role: 'option',
          id: `search-option-${i}`,
          'aria-selected': 'false',
          class: 'search-option',
          // mousedown, not click: the input keeps focus and the list does not close first.
          onmousedown: (event: Event) => {
            event.preventDefault();
            choose(hit);
          },
        },
        ...body,
      );
    };
    const groups: Node[] = [];
    if (entityHits.length > 0) {
      groups.push(
        h('li', { role: 'presentation', class: 'search-group' }, 'Entities'),
        ...entityHits.map((hit) => {
          const entity = hit.entity!;
          return option(hit, [kindSwatch(entity.kind), h('span', { class: 'option-main' }, entity.name), h('span', { class: 'option-meta' }, kindLabels[entity.kind].one)]);
        }),
      );
    }
    if (quoteHits.length > 0) {
      groups.push(
        h('li', { role: 'presentation', class: 'search-group' }, 'Quotes'),
        ...quoteHits.map((hit) => {
          const r = hit.relationship!;
          return option(hit, [
            h('span', { class: 'option-main quote-snippet' }, '“', ...highlighted(hit.snippet ?? r.evidence.quote), '”'),
            h('span', { class: 'option-meta' }, `${r.source.name} ${typeLabels[r.type]} ${r.target.name} · sentence ${r.evidence.sentence}`),
          ]);
        }),
      );
    }
    if (groups.length === 0) groups.push(h('li', { role: 'presentation', class: 'search-empty' }, `Nothing matches “${text}”.`));
    replaceChildren(listbox, groups);
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const run = async (text: string) => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      hits = await api.search(text, 12, controller.signal);
      if (controller.signal.aborted || input.value.trim() !== text) return;
      render(text);
      say(`${hits.length} ${hits.length === 1 ? 'suggestion' : 'suggestions'} for “${text}”.`);
    } catch (error) {
      if (controller.signal.aborted) return;
      hits = [];
      replaceChildren(listbox, h('li', { role: 'presentation', class: 'search-empty' }, `Search failed: ${error instanceof Error ? error.message : String(error)}`));
      listbox.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < minLength) {
      inFlight?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void run(text), debounceMs);
  });
  input.addEventListener('keydown', (event) => {
    const count = listbox.querySelectorAll('[role="option"]').length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      if (listbox.hidden) render(input.value.trim());
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !listbox.hidden) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => close());
}
