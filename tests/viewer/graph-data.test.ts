// The display graph built from API data: sizes, parallel edges curved apart, merging keeps what is there.
import { describe, expect, it } from 'vitest';
import { createGraph, curvatureFor, mergeIntoGraph, spiralPosition } from '../../src/viewer/graph-data.js';
import type { EdgeView, NodeView } from '../../src/store/reads.js';

const node = (id: string, type: NodeView['type'] = 'Person'): NodeView => ({ id, name: id.toUpperCase(), type, aliases: [], confidence: 0.9, articles: 1 });
const edge = (id: string, type: EdgeView['type'], source: string, target: string): EdgeView => ({
  id, type, source, target, evidenceCount: 1, confidence: 0.8, firstDate: null, lastDate: null, articleIds: [], statuses: [],
});

describe('display graph', () => {
  it('draws one node per entity and one edge per summary relationship, sized by degree', () => {
    const graph = createGraph();
    mergeIntoGraph(graph, { nodes: [node('a'), node('b'), node('c', 'State')], edges: [edge('r1', 'MEETS', 'a', 'b'), edge('r2', 'SUPPORTS', 'c', 'a')] });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(graph.getNodeAttribute('b', 'size'));
    expect(graph.getEdgeAttribute('r1', 'type')).toBe('line');
    expect(graph.getEdgeAttribute('r2', 'type')).toBe('arrow');
    expect(graph.getEdgeAttribute('r2', 'label')).toBe('supports');
  });

  it('curves edges that share a pair of nodes, in opposite directions too', () => {
    const graph = createGraph();
    mergeIntoGraph(graph, {
      nodes: [node('a'), node('b')],
      edges: [edge('r1', 'SUPPORTS', 'a', 'b'), edge('r2', 'CRITICIZES', 'a', 'b'), edge('r3', 'ATTACKS', 'b', 'a')],
    });
    // Curvature is relative to each edge's direction; seen from a to b, the three must bend differently.
    const fromAtoB = ['r1', 'r2', 'r3'].map((e) => graph.getEdgeAttribute(e, 'curvature')! * (graph.source(e) === 'a' ? 1 : -1));
    expect(new Set(fromAtoB).size).toBe(3);
    expect(['r1', 'r2', 'r3'].map((e) => graph.getEdgeAttribute(e, 'type')).sort()).toEqual(['arrow', 'curvedArrow', 'curvedArrow']);
  });

  it('merging again adds only what is new and keeps positions', () => {
    const graph = createGraph();
    mergeIntoGraph(graph, { nodes: [node('a'), node('b')], edges: [edge('r1', 'MEETS', 'a', 'b')] });
    graph.setNodeAttribute('a', 'x', 123);
    const added = mergeIntoGraph(graph, { nodes: [node('a'), node('c')], edges: [edge('r1', 'MEETS', 'a', 'b'), edge('r2', 'LEADS', 'c', 'a'), edge('r9', 'LEADS', 'c', 'zz')] });
    expect(added).toEqual({ addedNodes: ['c'], addedEdges: ['r2'] });
    expect(graph.getNodeAttribute('a', 'x')).toBe(123);
  });

  it('places start positions apart and curvature is symmetric', () => {
    const spots = Array.from({ length: 200 }, (_, i) => spiralPosition(i));
    expect(new Set(spots.map((s) => `${s.x.toFixed(3)},${s.y.toFixed(3)}`)).size).toBe(200);
    expect(curvatureFor(-1, 2)).toBe(-curvatureFor(1, 2));
    expect(curvatureFor(0, 2)).toBe(0);
  });
});
