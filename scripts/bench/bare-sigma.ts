// The benchmark's peer: sigma v3 with its defaults drawing the same graph from one static JSON file, then
// ForceAtlas2 in its worker for the same budget and settings as the viewer. Start positions, colours and
// sizes are the viewer's own, so both pages draw the same picture; what differs is everything around it.
// It reports through window.__kg (graph, renderer, isReady, isLaidOut) exactly as src/viewer/app.ts does.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { spiralPosition } from '../../src/viewer/graph-data.js';
import { ENTITY_COLOURS, FALLBACK_COLOUR, RELATION_COLOURS, sizeForDegree } from '../../src/viewer/palette.js';
import type { EntityType, RelationType } from '../../src/types.js';

export interface PeerGraph {
  nodes: Array<{ id: string; label: string; type: EntityType }>;
  edges: Array<{ id: string; source: string; target: string; type: RelationType }>;
}

interface FA2Supervisor { start(): void; stop(): void; kill(): void }
const FA2Layout = ((FA2LayoutModule as unknown as { default?: unknown }).default ?? FA2LayoutModule) as unknown as
  new (graph: MultiDirectedGraph, params: { settings: ForceAtlas2Settings }) => FA2Supervisor;

declare global {
  interface Window { __kg?: Record<string, unknown> }
}

async function main(): Promise<void> {
  const layoutMs = Number(new URLSearchParams(location.search).get('layoutMs')) || 3000;
  const graph = new MultiDirectedGraph();
  window.__kg = { graph, isReady: false, isLaidOut: false };
  const data = await (await fetch('graph.json')).json() as PeerGraph;
  data.nodes.forEach((node, i) => graph.addNode(node.id, { ...spiralPosition(i), label: node.label, color: ENTITY_COLOURS[node.type] ?? FALLBACK_COLOUR }));
  for (const edge of data.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { color: RELATION_COLOURS[edge.type] ?? FALLBACK_COLOUR, size: 2 });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', sizeForDegree(graph.degree(node), graph.order)));
  const renderer = new Sigma(graph, document.getElementById('graph')!);
  window.__kg.renderer = renderer;
  window.__kg.isReady = true;

  // The viewer's settings (src/viewer/layout.ts), so both workers do the same work per iteration.
  const fa2 = new FA2Layout(graph, {
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, adjustSizes: false, slowDown: 2, scalingRatio: 8, strongGravityMode: true, gravity: 0.4 },
  });
  fa2.start();
  await new Promise((resolve) => setTimeout(resolve, layoutMs));
  fa2.stop();
  fa2.kill();
  window.__kg.isLaidOut = true;
}

main().catch((error: Error) => {
  window.__kg = { ...window.__kg, error: error.message };
});
