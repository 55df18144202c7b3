// The page: loads the graph page by page, draws it with sigma, lays it out, and wires panel, search,
// legend and filters. State lives in view-state.ts; sigma's reducers read it.
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { api, fetchWholeGraph, type NeighbourPage } from './api.js';
import { createGraph, mergeIntoGraph, type KgGraph } from './graph-data.js';
import type { RelationType } from '../types.js';
import { LayoutRunner } from './layout.js';
import { Panel } from './panel.js';
import { initialViewState, makeEdgeReducer, makeNodeReducer, updateAppearance } from './view-state.js';
import { progressAfterFirstPage, progressAfterTypePage, type TypeProgress } from './expansion.js';
import { mountSearch } from './search.js';
import { mountLegend } from './legend.js';
import { mountConsole } from './console.js';
import { mountExport } from './export.js';
import { el } from './dom.js';

declare global {
  interface Window { __kg?: Record<string, unknown> }
}

const params = new URLSearchParams(location.search);
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** Neighbours loaded per "Expand" or "More": enough to see a hub's ties, few enough to stay readable. */
const EXPAND_PAGE = Number(params.get('expandPage')) > 0 ? Number(params.get('expandPage')) : 50;

async function main(): Promise<void> {
  const graph: KgGraph = createGraph();
  const state = initialViewState();
  const status = byId<HTMLElement>('status');
  const panel = new Panel(byId('panel'), {
    selectEntity: (id) => void selectEntity(id),
    openArticle: (id) => void openArticle(id),
    expand: (id) => void expand(id),
    pathsFrom: (id) => {
      state.pathFrom = id;
      toast(`Pick the other end: click a node or search for it.`);
    },
  });
  let resolveReady!: () => void;
  let resolveLayout!: () => void;
  const ready = new Promise<void>((r) => { resolveReady = r; });
  const layoutDone = new Promise<void>((r) => { resolveLayout = r; });
  window.__kg = { graph, state, ready, layoutDone, isReady: false, isLaidOut: false };

  status.textContent = 'Loading graph…';
  // The first picture can be narrowed in the URL (?entityTypes=Person,State&relationTypes=MEETS&minConfidence=0.5&articleId=…).
  const initialQuery = Object.fromEntries(['entityTypes', 'relationTypes', 'minConfidence', 'articleId']
    .map((key) => [key, params.get(key) ?? undefined]).filter(([, v]) => v !== undefined));
  const data = await fetchWholeGraph(initialQuery);
  mergeIntoGraph(graph, data);

  const renderer = new Sigma(graph, byId('graph'), {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1f2933' },
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { attribute: 'color' },
    labelDensity: 0.9,
    labelRenderedSizeThreshold: 4,
    zIndex: true,
    stagePadding: 50,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
    nodeReducer: makeNodeReducer(state) as never,
    edgeReducer: makeEdgeReducer(state, graph) as never,
  });
  const refresh = () => renderer.refresh({ skipIndexation: true });
  // Sigma follows window resizes only; the container also changes size when the panel opens.
  new ResizeObserver(() => {
    renderer.resize();
    renderer.refresh();
  }).observe(byId('graph'));

  const layoutMs = Number(params.get('layoutMs'));
  const layout = new LayoutRunner(graph, renderer);
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  layout.onChange((running) => { layoutButton.textContent = running ? 'Stop layout' : 'Run layout'; });
  layoutButton.addEventListener('click', () => layout.toggle());

  Object.assign(window.__kg, {
    renderer, layout, selectEntity, openArticle, showRelation, expand, expandMore,
    /** Where a node is on screen, in CSS pixels relative to the graph container: what a test clicks. */
    nodeViewport: (id: string) => renderer.graphToViewport(graph.getNodeAttributes(id)),
    edgeIds: () => graph.edges(),
  });

  // Hover: the node and its neighbours stay, the rest fades.
  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    state.hoveredNeighbours = new Set(graph.neighbors(node));
    refresh();
  });
  renderer.on('leaveNode', () => {
    state.hovered = null;
    state.hoveredNeighbours = new Set();
    refresh();
  });
  renderer.on('clickNode', ({ node }) => void selectEntity(node));
  renderer.on('clickEdge', ({ edge }) => void showRelation(edge));
  renderer.on('clickStage', () => {
    state.selected = null;
    state.highlightedNodes.clear();
    state.highlightedEdges.clear();
    refresh();
  });

  const renderLegend = mountLegend(byId('legend'), graph, state, refresh);
  mountSearch(byId<HTMLInputElement>('search'), byId('suggestions'), (id) => void selectEntity(id, { focus: true }));
  mountConsole(byId('console'), byId<HTMLButtonElement>('console-toggle'));
  mountExport(byId('export'), graph, renderer);

  const stats = () => `${graph.order} entities · ${graph.size} relations`;
  /** After entities or relations were added: sizes, communities, the legend's counts and the status follow. */
  const graphGrew = () => {
    updateAppearance(state, graph);
    renderLegend();
    status.textContent = stats();
    refresh();
  };
  status.textContent = graph.order === 0 ? 'The graph is empty: ingest articles with `kg ingest`.' : stats();

  window.__kg.isReady = true;
  resolveReady();
  if (graph.order > 0) {
    layout.start(Number.isFinite(layoutMs) && layoutMs > 0 ? layoutMs : undefined);
    await layout.whenSettled();
    // The layout moved the nodes: fit the camera to where they ended up before anyone looks.
    await renderer.getCamera().animatedReset({ duration: 300 });
  }
  window.__kg.isLaidOut = true;
  resolveLayout();

  const initial = params.get('node');
  if (initial && graph.hasNode(initial)) void selectEntity(initial, { focus: true });
  const initialArticle = params.get('article');
  if (initialArticle) void openArticle(initialArticle);
  const initialRelation = params.get('relation');
  if (initialRelation) void showRelation(initialRelation);

  function setUrl(key: string, value: string | null): void {
    const url = new URL(location.href);
    for (const k of ['node', 'article', 'relation']) url.searchParams.delete(k);
    if (value) url.searchParams.set(key, value);
    history.replaceState(null, '', url);
  }

  async function selectEntity(id: string, options: { focus?: boolean } = {}): Promise<void> {
    if (state.pathFrom && state.pathFrom !== id) {
      const from = state.pathFrom;
      state.pathFrom = null;
      return showPaths(from, id);
    }
    if (!graph.hasNode(id)) await expand(id, { showInPanel: false });
    state.selected = graph.hasNode(id) ? id : null;
    state.highlightedNodes.clear();
    state.highlightedEdges.clear();
    refresh();
    if (options.focus && graph.hasNode(id)) focusNode(id);
    setUrl('node', id);
    await intoPanel('entity', async () => {
      panel.entity(await api.entity(id));
      showExpansion(id);
    });
  }

  /** Shows "loading" in the side panel, then what `show` puts there, or the error as a message. */
  async function intoPanel(what: string, show: () => Promise<void>): Promise<void> {
    panel.loading(what);
    try {
      await show();
    } catch (error) {
      panel.error((error as Error).message);
    }
  }

  function labelOf(id: string): string {
    return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  }

  function focusNode(id: string): void {
    const display = renderer.getNodeDisplayData(id);
    if (display) void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.5 }, { duration: 400 });
  }

  async function showRelation(edgeId: string): Promise<void> {
    setUrl('relation', edgeId);
    state.highlightedEdges = new Set([edgeId]);
    refresh();
    await intoPanel('relation', async () => {
      const data = await api.relation(edgeId);
      panel.relation(data, { source: labelOf(data.edge.source), target: labelOf(data.edge.target) });
    });
  }

  async function openArticle(id: string): Promise<void> {
    setUrl('article', id);
    await intoPanel('article', async () => panel.article(await api.article(id)));
  }

  /** What "Expand" and "More" have loaded per entity, by relation type. */
  const expansions = new Map<string, TypeProgress[]>();

  function showExpansion(id: string): void {
    const progress = expansions.get(id);
    if (progress) panel.expansion(id, progress, (type) => void expandMore(id, type));
  }

  /** Adds the first page of an entity's neighbours (grouped by relation type), placed around it. */
  async function expand(id: string, options: { showInPanel?: boolean } = {}): Promise<void> {
    const page = await neighbourPage(id, { limit: EXPAND_PAGE });
    if (!page) return;
    // The entity's relation types say which types may have more neighbours than the first page holds.
    const detail = await api.entity(id).catch(() => null);
    if (detail && !graph.hasNode(id)) mergeIntoGraph(graph, { nodes: [detail.entity], edges: [] });
    placeAround(id, page);
    expansions.set(id, progressAfterFirstPage(page, detail?.relations.map((r) => r.type) ?? page.groups.map((g) => g.type)));
    if (options.showInPanel !== false) showExpansion(id);
  }

  /** The next page of one relation type's neighbours. */
  async function expandMore(id: string, type: RelationType): Promise<void> {
    const progress = expansions.get(id) ?? [];
    const skip = progress.find((p) => p.type === type)?.loaded ?? 0;
    const page = await neighbourPage(id, { relationTypes: [type], skip, limit: EXPAND_PAGE });
    if (!page) return;
    placeAround(id, page);
    expansions.set(id, progressAfterTypePage(progress, type, page));
    showExpansion(id);
  }

  async function neighbourPage(id: string, query: Parameters<typeof api.neighbours>[1]): Promise<NeighbourPage | null> {
    try {
      return await api.neighbours(id, query);
    } catch (error) {
      toast((error as Error).message);
      return null;
    }
  }

  /** Merges a page of neighbours, puts the new ones in a ring around the entity, then relaxes the layout briefly. */
  function placeAround(id: string, page: NeighbourPage): void {
    const anchor = graph.hasNode(id) ? graph.getNodeAttributes(id) : { x: 0, y: 0 };
    const { addedNodes, addedEdges } = mergeIntoGraph(graph, page);
    addedNodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, addedNodes.length);
      graph.mergeNodeAttributes(node, { x: anchor.x + 20 * Math.cos(angle), y: anchor.y + 20 * Math.sin(angle) });
    });
    graphGrew();
    toast(`${addedNodes.length} entities and ${addedEdges.length} relations added.`);
    if (addedNodes.length > 0) layout.start(1500);
  }

  async function showPaths(from: string, to: string): Promise<void> {
    await intoPanel('paths', async () => {
      const { paths } = await api.paths(from, to);
      for (const path of paths) mergeIntoGraph(graph, { nodes: path.nodes, edges: path.hops.map((h) => h.edge) });
      graphGrew();
      state.highlightedNodes = new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)));
      state.highlightedEdges = new Set(paths.flatMap((p) => p.hops.map((h) => h.edge.id)));
      refresh();
      panel.paths(labelOf(from), labelOf(to), paths);
    });
  }
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(message: string): void {
  const box = byId<HTMLElement>('toast');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, 4000);
}

main().catch((error: Error) => {
  const status = byId<HTMLElement>('status');
  status.textContent = '';
  status.append(el('span', { className: 'error' }, `Could not load the graph: ${error.message}`));
  if (window.__kg) window.__kg.error = error.message;
  else window.__kg = { error: error.message };
});
