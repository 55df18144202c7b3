// What the user has picked: hover, selection, filters. Sigma's reducers only read this; actions change it.
import type { KgGraph } from './graph-data.js';
import { communityColours, detectCommunities, groupCount } from './communities.js';
import { nodeSizes, type SizeMeasure } from './metrics.js';
import { DIMMED_EDGE, DIMMED_NODE } from './palette.js';

export interface ViewState {
  hovered: string | null;
  hoveredNeighbours: Set<string>;
  selected: string | null;
  /** Nodes and edges to stand out, such as a path between two entities. */
  highlightedNodes: Set<string>;
  highlightedEdges: Set<string>;
  hiddenEntityTypes: Set<string>;
  hiddenRelationTypes: Set<string>;
  minConfidence: number;
  /** YYYY-MM-DD bounds on when a relation was reported; relations without dates always stay. */
  fromDate: string;
  toDate: string;
  /** Set by "Paths from here…": the next entity picked becomes the other end. */
  pathFrom: string | null;
  /** What node size shows; `nodeSizes` holds the sizes it gives, derived by `updateAppearance`. */
  sizeBy: SizeMeasure;
  nodeSizes: Map<string, number>;
  /** Colour by Louvain community instead of entity type; `communityColours` is derived by `updateAppearance`. */
  colourByCommunity: boolean;
  communityColours: Map<string, string>;
  /** How many communities of two or more entities the colouring shows. */
  communityCount: number;
}

export function initialViewState(): ViewState {
  return {
    hovered: null, hoveredNeighbours: new Set(), selected: null,
    highlightedNodes: new Set(), highlightedEdges: new Set(),
    hiddenEntityTypes: new Set(), hiddenRelationTypes: new Set(), minConfidence: 0, fromDate: '', toDate: '', pathFrom: null,
    sizeBy: 'degree', nodeSizes: new Map(), colourByCommunity: false, communityColours: new Map(), communityCount: 0,
  };
}

/** Recomputes the sizes and colours the chosen appearance needs; call after the graph or the choice changed. */
export function updateAppearance(state: ViewState, graph: KgGraph): void {
  // Degree sizes are the graph's own `size` attribute (graph-data.ts): nothing to derive.
  state.nodeSizes = state.sizeBy === 'degree' ? new Map() : nodeSizes(graph, state.sizeBy);
  const communities = state.colourByCommunity ? detectCommunities(graph) : new Map<string, number>();
  state.communityColours = communityColours(communities);
  state.communityCount = groupCount(communities);
}

export function nodeFilteredOut(state: ViewState, attrs: { entityType: string; confidence: number }): boolean {
  return state.hiddenEntityTypes.has(attrs.entityType) || attrs.confidence < state.minConfidence;
}

export function edgeFilteredOut(state: ViewState, graph: KgGraph, edge: string): boolean {
  const attrs = graph.getEdgeAttributes(edge);
  return state.hiddenRelationTypes.has(attrs.relationType) || attrs.confidence < state.minConfidence
    || (state.fromDate !== '' && attrs.lastDate !== null && attrs.lastDate < state.fromDate)
    || (state.toDate !== '' && attrs.firstDate !== null && attrs.firstDate > state.toDate)
    || nodeFilteredOut(state, graph.getNodeAttributes(graph.source(edge)))
    || nodeFilteredOut(state, graph.getNodeAttributes(graph.target(edge)));
}

type Display = Record<string, unknown>;

export function makeNodeReducer(state: ViewState) {
  return (node: string, data: Display & { entityType: string; confidence: number }): Display => {
    const out: Display = { ...data };
    if (nodeFilteredOut(state, data)) out.hidden = true;
    out.size = state.nodeSizes.get(node) ?? data.size;
    out.color = state.communityColours.get(node) ?? data.color;
    if (state.hovered && node !== state.hovered && !state.hoveredNeighbours.has(node)) {
      out.color = DIMMED_NODE;
      out.label = '';
      out.zIndex = 0;
    } else if (state.hovered) {
      out.zIndex = 1;
      out.forceLabel = true;
    }
    if (node === state.selected || state.highlightedNodes.has(node)) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}

export function makeEdgeReducer(state: ViewState, graph: KgGraph) {
  return (edge: string, data: Display): Display => {
    const out: Display = { ...data };
    if (edgeFilteredOut(state, graph, edge)) out.hidden = true;
    if (state.hovered && !graph.hasExtremity(edge, state.hovered)) {
      out.color = DIMMED_EDGE;
      out.label = '';
    } else if (state.hovered) {
      out.forceLabel = true;
    }
    if (state.highlightedEdges.has(edge)) {
      out.size = Number(data.size ?? 1) + 2;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}
