// Legend and filters in one: a checkbox per entity and relation type with live counts, a confidence slider,
// a date range with a replay slider over it, and the appearance switches (node size measure, communities).
import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import { clear, el } from './dom.js';
import { countByType, relationLabel, type KgGraph } from './graph-data.js';
import { SIZE_MEASURES, SIZE_MEASURE_LABELS, type SizeMeasure } from './metrics.js';
import { ENTITY_COLOURS, RELATION_COLOURS } from './palette.js';
import { nextStop, replayDates, stopForDate } from './timeline.js';
import { edgeFilteredOut, nodeFilteredOut, updateAppearance, type ViewState } from './view-state.js';

/** Long enough to see what a date added, even when software WebGL draws a frame in half a second. */
const REPLAY_STEP_MS = 900;

/** Mounts the legend; the returned function draws it again (after the graph grew). */
export function mountLegend(root: HTMLElement, graph: KgGraph, state: ViewState, refresh: () => void): () => void {
  let playTimer: ReturnType<typeof setTimeout> | null = null;

  /** Moves the replay to a stop: the "to" bound becomes its date, and the last stop lifts the bound. */
  const replayTo = (dates: string[], stop: number) => {
    state.toDate = stop >= dates.length - 1 ? '' : dates[stop]!;
    refresh();
  };
  const stopPlaying = () => {
    if (playTimer) clearTimeout(playTimer);
    playTimer = null;
  };
  const play = (dates: string[], stop: number) => {
    replayTo(dates, stop);
    const next = nextStop(dates, stop);
    playTimer = next === null ? null : setTimeout(() => play(dates, next), REPLAY_STEP_MS);
    render();
  };

  const appearance = () => {
    const sizeBy = el('select', { attrs: { 'data-control': 'size-by', 'aria-label': 'Node size by' } },
      ...SIZE_MEASURES.map((m) => el('option', { attrs: { value: m } }, SIZE_MEASURE_LABELS[m])));
    sizeBy.value = state.sizeBy;
    sizeBy.addEventListener('change', () => {
      state.sizeBy = sizeBy.value as SizeMeasure;
      updateAppearance(state, graph);
      refresh();
    });
    const communities = el('input', { attrs: { type: 'checkbox', 'data-control': 'communities' } });
    communities.checked = state.colourByCommunity;
    communities.addEventListener('change', () => {
      state.colourByCommunity = communities.checked;
      updateAppearance(state, graph);
      refresh();
      render();
    });
    return [
      el('label', { className: 'legend-date' }, 'Size by ', sizeBy),
      el('label', { className: 'legend-row' }, communities, state.colourByCommunity ? `Communities (${state.communityCount})` : 'Colour by community'),
    ];
  };

  const replay = () => {
    const dates = replayDates(graph);
    const stop = stopForDate(dates, state.toDate);
    const label = el('span', { className: 'replay-date' }, state.toDate === '' ? 'all dates' : `up to ${state.toDate}`);
    const slider = el('input', { attrs: { type: 'range', min: '0', max: String(Math.max(0, dates.length - 1)), step: '1', 'data-filter': 'replay', 'aria-label': 'Replay up to date' } });
    slider.value = String(stop);
    // While dragging only the picture follows; the legend's counts are redrawn when the slider is let go.
    slider.addEventListener('input', () => {
      stopPlaying();
      replayTo(dates, Number(slider.value));
      label.textContent = state.toDate === '' ? 'all dates' : `up to ${state.toDate}`;
    });
    slider.addEventListener('change', () => render());
    const button = el('button', { className: 'replay-play', attrs: { type: 'button', 'data-control': 'replay-play' }, onClick: () => {
      if (playTimer) {
        stopPlaying();
        render();
      } else {
        play(dates, state.toDate === '' ? 0 : stop);
      }
    } }, playTimer ? 'Pause' : 'Play');
    return [el('div', { className: 'replay' }, button, slider), label];
  };

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
      el('h3', {}, 'Replay by date'),
      ...replay(),
      el('h3', {}, 'Appearance'),
      ...appearance(),
    );
  };
  render();
  return render;
}
