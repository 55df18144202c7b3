// Node sizes by a measure the analyst picks: degree (how many relations), betweenness (who brokers between
// others) or PageRank (who is tied to the well-tied). Pure: a graph in, a size per node out.
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from './cjs.js';
import { sizeForDegree, sizeForScore } from './palette.js';

const betweenness = cjsDefault<typeof betweennessModule.default>(betweennessModule);
const pagerank = cjsDefault<typeof pagerankModule.default>(pagerankModule);

export const SIZE_MEASURES = ['degree', 'betweenness', 'pagerank'] as const;
export type SizeMeasure = typeof SIZE_MEASURES[number];

export const SIZE_MEASURE_LABELS: Record<SizeMeasure, string> = {
  degree: 'Degree',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};

/**
 * One undirected edge per related pair. A relation read from news runs from speaker to target, not along a
 * flow, and parallel relations between one pair are one tie: brokerage and standing ignore both.
 */
export function undirectedSkeleton(graph: AbstractGraph): UndirectedGraph {
  const skeleton = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => skeleton.addNode(node));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target) skeleton.mergeEdge(source, target);
  });
  return skeleton;
}

/** The raw score of each node under a measure. */
export function centrality(graph: AbstractGraph, measure: SizeMeasure): Record<string, number> {
  if (measure === 'degree') return Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)]));
  const skeleton = undirectedSkeleton(graph);
  if (skeleton.size === 0) return Object.fromEntries(graph.mapNodes((node) => [node, 0]));
  if (measure === 'betweenness') return betweenness(skeleton);
  // Generous iterations: a graph of several components converges slowly and the library throws if it does not.
  return pagerank(skeleton, { getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-8 });
}

/** Display size per node: degree keeps its own scale; other measures are stretched onto the same range. */
export function nodeSizes(graph: AbstractGraph, measure: SizeMeasure): Map<string, number> {
  const scores = centrality(graph, measure);
  if (measure === 'degree') return new Map(graph.mapNodes((node) => [node, sizeForDegree(scores[node] ?? 0, graph.order)]));
  const highest = Math.max(0, ...Object.values(scores));
  return new Map(graph.mapNodes((node) => [node, sizeForScore(scores[node] ?? 0, highest, graph.order)]));
}
