// The search box: suggestions from /api/search as the user types; picking one centres and selects it.
import { api, type SearchHit } from './api.js';
import { clear, el } from './dom.js';
import { ENTITY_COLOURS } from './palette.js';

const DEBOUNCE_MS = 150;

export function mountSearch(input: HTMLInputElement, list: HTMLElement, choose: (id: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hits: SearchHit[] = [];
  let asked = 0;

  const close = () => { list.hidden = true; clear(list); };
  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    choose(hit.id);
  };

  const render = () => {
    clear(list);
    if (hits.length === 0) {
      list.append(el('li', { className: 'muted' }, 'No match'));
    }
    for (const hit of hits) {
      const dot = el('span', { className: 'dot' });
      dot.style.background = ENTITY_COLOURS[hit.type] ?? '#888';
      list.append(el('li', {},
        el('button', { className: 'suggestion', attrs: { 'data-id': hit.id }, onClick: () => pick(hit) },
          dot, hit.name, el('span', { className: 'muted' }, ` ${hit.type}`))));
    }
    list.hidden = false;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      const ticket = ++asked;
      try {
        const answer = await api.search(text);
        // An older answer arriving late must not replace a newer one.
        if (ticket !== asked) return;
        hits = answer.hits;
        render();
      } catch {
        hits = [];
        render();
      }
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && hits[0]) pick(hits[0]);
    if (e.key === 'Escape') close();
  });
  document.addEventListener('click', (e) => {
    if (!list.contains(e.target as Node) && e.target !== input) close();
  });
}
