// The workbench's pure parts: replay stops from relation dates, and paging "Expand" by relation type.
import { describe, expect, it } from 'vitest';
import { createGraph, mergeIntoGraph } from '../../src/viewer/graph-data.js';
import { nextStop, replayDates, stopForDate } from '../../src/viewer/timeline.js';
import { progressAfterFirstPage, progressAfterTypePage } from '../../src/viewer/expansion.js';
import type { EdgeView, NeighbourPage, NodeView } from '../../src/store/reads.js';
import type { RelationType } from '../../src/types.js';

const node = (id: string): NodeView => ({ id, name: id, type: 'Person', aliases: [], confidence: 0.9, articles: 1 });
const edge = (id: string, type: RelationType, firstDate: string | null, target = 'b'): EdgeView => ({
  id, type, source: 'a', target, evidenceCount: 1, confidence: 0.8, firstDate, lastDate: firstDate, articleIds: [], statuses: [],
});

/** A page as the API gives it: the edges in order, grouped by type. */
function pageOf(edges: EdgeView[], hasMore: boolean): NeighbourPage {
  const types = [...new Set(edges.map((e) => e.type))];
  return {
    nodes: [], edges, skip: 0, limit: edges.length, hasMore,
    groups: types.map((type) => ({ type, items: edges.filter((e) => e.type === type).map((e) => ({ edge: e, node: node(e.target), direction: 'out' as const })) })),
  };
}

describe('replay by date', () => {
  const graph = createGraph();
  mergeIntoGraph(graph, {
    nodes: [node('a'), node('b')],
    edges: [edge('r1', 'MEETS', '2025-03-05'), edge('r2', 'SUPPORTS', '2025-03-01'), edge('r3', 'LEADS', null), edge('r4', 'FIGHTS', '2025-03-01')],
  });

  it('stops at each distinct date a relation was first reported, oldest first; undated relations add no stop', () => {
    expect(replayDates(graph)).toEqual(['2025-03-01', '2025-03-05']);
  });

  it('maps the "to" bound to a stop and steps to the end', () => {
    const dates = ['2025-03-01', '2025-03-05', '2025-04-01'];
    expect(stopForDate(dates, '')).toBe(2);
    expect(stopForDate(dates, '2025-03-04')).toBe(0);
    expect(stopForDate(dates, '2025-03-05')).toBe(1);
    expect(nextStop(dates, 0)).toBe(1);
    expect(nextStop(dates, 2)).toBeNull();
  });
});

describe('expand by pages', () => {
  it('after a first page that stops inside a type, only that type and the later ones may have more', () => {
    const first = pageOf([edge('r1', 'CRITICIZES', null), edge('r2', 'MEETS', null, 'c')], true);
    const progress = progressAfterFirstPage(first, ['SUPPORTS', 'MEETS', 'CRITICIZES']);
    expect(progress).toEqual([
      { type: 'CRITICIZES', loaded: 1, more: false },
      { type: 'MEETS', loaded: 1, more: true },
      { type: 'SUPPORTS', loaded: 0, more: true },
    ]);
  });

  it('a first page that holds everything leaves nothing to load', () => {
    const progress = progressAfterFirstPage(pageOf([edge('r1', 'MEETS', null)], false), ['MEETS']);
    expect(progress).toEqual([{ type: 'MEETS', loaded: 1, more: false }]);
  });

  it('a page of one type adds to that type only, and its end closes it', () => {
    const progress = progressAfterFirstPage(pageOf([edge('r1', 'MEETS', null)], true), ['MEETS', 'SUPPORTS']);
    const after = progressAfterTypePage(progress, 'SUPPORTS', pageOf([edge('r5', 'SUPPORTS', null), edge('r6', 'SUPPORTS', null, 'c')], false));
    expect(after).toEqual([{ type: 'MEETS', loaded: 1, more: true }, { type: 'SUPPORTS', loaded: 2, more: false }]);
  });
});
