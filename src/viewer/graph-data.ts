// From API data to the graph sigma draws: node and edge attributes for display, derived purely.
import { MultiDirectedGraph } from 'graphology';
import type { EntityType, RelationType } from '../types.js';
import { SYMMETRIC_RELATION_TYPES } from '../types.js';
import type { EdgeView, GraphPage } from './api.js';
import { ENTITY_COLOURS, FALLBACK_COLOUR, RELATION_COLOURS, sizeForDegree } from './palette.js';

export interface NodeAttrs {
  x: number; y: number; size: number; color: string; label: string;
  entityType: EntityType; aliases: string[]; confidence: number; articles: number;
  highlighted?: boolean;
}
export interface EdgeAttrs {
  size: number; color: string; label: string; type: string; curvature?: number;
  relationType: RelationType; evidenceCount: number; confidence: number;
  firstDate: string | null; lastDate: string | null; statuses: string[]; articleIds: string[];
}
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

/** Start positions on a sunflower spiral: deterministic, spread, never two nodes on the same spot. */
export function spiralPosition(index: number): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = 10 * Math.sqrt(index + 1);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

function isSymmetric(type: string): boolean {
  return (SYMMETRIC_RELATION_TYPES as readonly string[]).includes(type);
}

/** Adds what is new and leaves what is there (so expanding a neighbourhood keeps the layout). */
export function mergeIntoGraph(graph: KgGraph, data: Pick<GraphPage, 'nodes' | 'edges'>): { addedNodes: string[]; addedEdges: string[] } {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      ...spiralPosition(graph.order),
      size: 6,
      color: ENTITY_COLOURS[node.type] ?? FALLBACK_COLOUR,
      label: node.name,
      entityType: node.type,
      aliases: node.aliases,
      confidence: node.confidence,
      articles: node.articles,
    });
    addedNodes.push(node.id);
  }
  for (const edge of data.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttrs(edge));
    addedEdges.push(edge.id);
  }
  refreshDerivedAttributes(graph);
  return { addedNodes, addedEdges };
}

function edgeAttrs(edge: EdgeView): EdgeAttrs {
  return {
    size: Math.min(7, 2 + Math.log2(1 + edge.evidenceCount)),
    color: RELATION_COLOURS[edge.type] ?? FALLBACK_COLOUR,
    label: relationLabel(edge.type),
    type: isSymmetric(edge.type) ? 'line' : 'arrow',
    relationType: edge.type,
    evidenceCount: edge.evidenceCount,
    confidence: edge.confidence,
    firstDate: edge.firstDate,
    lastDate: edge.lastDate,
    statuses: edge.statuses,
    articleIds: edge.articleIds,
  };
}

/** @sigma/edge-curve's default; kept here so this module stays free of WebGL code and testable in Node. */
const BASE_CURVATURE = 0.25;

/** Curvature for the i-th of several edges between one pair (sigma's parallel-edges example). */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Edges between the same two nodes, whichever way they run, get offsets spread around 0: each is curved
 * to its own side. Curvature is relative to an edge's direction, so edges running the other way flip sign.
 */
export function parallelCurvatures(edges: Array<{ key: string; source: string; target: string }>): Map<string, number> {
  const byPair = new Map<string, typeof edges>();
  for (const e of edges) {
    const pair = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), e]);
  }
  const curvatures = new Map<string, number>();
  for (const group of byPair.values()) {
    const half = (group.length - 1) / 2;
    group.forEach((e, i) => {
      const canonical = curvatureFor(i - half, half);
      curvatures.set(e.key, e.source <= e.target ? canonical : -canonical);
    });
  }
  return curvatures;
}

/** Sizes from degree; edges that share a pair of nodes are curved apart so each stays visible. */
export function refreshDerivedAttributes(graph: KgGraph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', sizeForDegree(graph.degree(node), graph.order)));
  const curvatures = parallelCurvatures(graph.mapEdges((key, _a, source, target) => ({ key, source, target })));
  graph.forEachEdge((edge, attrs) => {
    const straight = isSymmetric(attrs.relationType) ? 'line' : 'arrow';
    const curvature = curvatures.get(edge) ?? 0;
    if (curvature !== 0) graph.mergeEdgeAttributes(edge, { type: straight === 'line' ? 'curved' : 'curvedArrow', curvature });
    else graph.mergeEdgeAttributes(edge, { type: straight, curvature: 0 });
  });
}

export function countByType(graph: KgGraph): { entities: Record<string, number>; relations: Record<string, number> } {
  const entities: Record<string, number> = {};
  const relations: Record<string, number> = {};
  graph.forEachNode((_n, a) => { entities[a.entityType] = (entities[a.entityType] ?? 0) + 1; });
  graph.forEachEdge((_e, a) => { relations[a.relationType] = (relations[a.relationType] ?? 0) + 1; });
  return { entities, relations };
}
