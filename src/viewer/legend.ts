// Legend and filters in one: a checkbox per entity and relation type with live counts, and a confidence slider.
import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import { clear, el } from './dom.js';
import { countByType, relationLabel, type KgGraph } from './graph-data.js';
import { ENTITY_COLOURS, RELATION_COLOURS } from './palette.js';
import { edgeFilteredOut, nodeFilteredOut, type ViewState } from './view-state.js';

export function mountLegend(root: HTMLElement, graph: KgGraph, state: ViewState, refresh: () => void): void {
  const render = () => {
    const total = countByType(graph);
    const shown = { entities: {} as Record<string, number>, relations: {} as Record<string, number> };
    graph.forEachNode((_n, a) => { if (!nodeFilteredOut(state, a)) shown.entities[a.entityType] = (shown.entities[a.entityType] ?? 0) + 1; });
    graph.forEachEdge((e, a) => { if (!edgeFilteredOut(state, graph, e)) shown.relations[a.relationType] = (shown.relations[a.relationType] ?? 0) + 1; });

    const row = (kind: 'entity' | 'relation', type: string, colour: string, label: string, hidden: Set<string>, n: number, of: number) => {
      const box = el('input', { attrs: { type: 'checkbox', 'data-filter': `${kind}:${type}` } });
      box.checked = !hidden.has(type);
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(type);
        else hidden.add(type);
        refresh();
        render();
      });
      const swatch = el('span', { className: kind === 'entity' ? 'dot' : 'line' });
      swatch.style.background = colour;
      return el('label', { className: 'legend-row' }, box, swatch, label, el('span', { className: 'count' }, n === of ? String(of) : `${n}/${of}`));
    };

    const slider = el('input', { attrs: { type: 'range', min: '0', max: '1', step: '0.05', 'data-filter': 'confidence' } });
    slider.value = String(state.minConfidence);
    slider.addEventListener('input', () => {
      state.minConfidence = Number(slider.value);
      refresh();
      render();
    });

    const dateInput = (key: 'fromDate' | 'toDate', label: string) => {
      const input = el('input', { attrs: { type: 'date', 'data-filter': key, 'aria-label': label } });
      input.value = state[key];
      input.addEventListener('change', () => {
        state[key] = input.value;
        refresh();
        render();
      });
      return el('label', { className: 'legend-date' }, `${label} `, input);
    };

    clear(root);
    root.append(
      el('h3', {}, 'Entities'),
      ...ENTITY_TYPES.filter((t) => total.entities[t]).map((t) => row('entity', t, ENTITY_COLOURS[t], t, state.hiddenEntityTypes, shown.entities[t] ?? 0, total.entities[t] ?? 0)),
      el('h3', {}, 'Relations'),
      ...RELATION_TYPES.filter((t) => total.relations[t]).map((t) => row('relation', t, RELATION_COLOURS[t], relationLabel(t), state.hiddenRelationTypes, shown.relations[t] ?? 0, total.relations[t] ?? 0)),
      el('h3', {}, `Min. confidence ${state.minConfidence.toFixed(2)}`),
      slider,
      el('h3', {}, 'Reported between'),
      dateInput('fromDate', 'from'),
      dateInput('toDate', 'to'),
    );
  };
  render();
  graph.on('nodeAdded', () => render());
}
