// ForceAtlas2 in its web worker, stopped after a bounded time, then one noverlap pass so labels do not pile up.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlapModule, { type NoverlapLayoutParameters } from 'graphology-layout-noverlap';
import type Sigma from 'sigma';
import type { KgGraph } from './graph-data.js';
import { cjsDefault } from './cjs.js';

interface FA2Supervisor { isRunning(): boolean; start(): void; stop(): void; kill(): void }
const FA2Layout = cjsDefault<unknown>(FA2LayoutModule) as new (graph: KgGraph, params: { settings: ForceAtlas2Settings }) => FA2Supervisor;

const noverlap = cjsDefault<unknown>(noverlapModule) as { assign(graph: KgGraph, params: NoverlapLayoutParameters): void };

export interface LayoutSettings {
  /** Wall-clock budget for the worker; bigger graphs get more, up to maxMs. */
  minMs: number;
  maxMs: number;
  msPerNode: number;
  noverlapIterations: number;
  /** Above this many nodes the noverlap pass is skipped: it runs on the page's thread and took 10.5 s at
   * 10k nodes (bench:viewer), while sigma's label grid already keeps labels apart on graphs that big. */
  noverlapMaxNodes: number;
}

export const DEFAULT_LAYOUT: LayoutSettings = { minMs: 1500, maxMs: 10_000, msPerNode: 8, noverlapIterations: 80, noverlapMaxNodes: 3000 };

/** How many noverlap iterations a graph of `order` nodes gets: the full count up to 1,000 nodes, then fewer
 * so the pass costs about the same, none above the cap. */
export function noverlapIterationsFor(order: number, settings: Pick<LayoutSettings, 'noverlapIterations' | 'noverlapMaxNodes'> = DEFAULT_LAYOUT): number {
  if (order === 0 || order > settings.noverlapMaxNodes) return 0;
  const full = settings.noverlapIterations;
  return Math.max(Math.min(full, 10), Math.min(full, Math.round((full * 1000) / order)));
}

export class LayoutRunner {
  private supervisor: FA2Supervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<(running: boolean) => void>();
  private doneResolvers: Array<() => void> = [];

  constructor(private readonly graph: KgGraph, private readonly renderer: Sigma, private readonly settings: LayoutSettings = DEFAULT_LAYOUT) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  budgetMs(): number {
    const { minMs, maxMs, msPerNode } = this.settings;
    return Math.min(maxMs, Math.max(minMs, this.graph.order * msPerNode));
  }

  /** Resolves when the current run has stopped and noverlap has spread the nodes. */
  whenSettled(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.doneResolvers.push(resolve));
  }

  start(budgetMs = this.budgetMs()): void {
    if (this.graph.order === 0 || this.running) return;
    this.supervisor?.kill();
    const inferred = forceAtlas2.inferSettings(this.graph);
    this.supervisor = new FA2Layout(this.graph, {
      // Strong gravity keeps entities without relations near the rest instead of drifting to the edges.
      settings: { ...inferred, barnesHutOptimize: this.graph.order > 300, adjustSizes: false, slowDown: 2, scalingRatio: 8, strongGravityMode: true, gravity: 0.4 },
    });
    this.supervisor.start();
    this.timer = setTimeout(() => this.stop(), budgetMs);
    this.emit();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.supervisor) return;
    this.supervisor.stop();
    this.supervisor.kill();
    this.supervisor = null;
    this.spreadOverlaps();
    this.emit();
    for (const resolve of this.doneResolvers.splice(0)) resolve();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /** noverlap works in screen pixels here, because node sizes are pixels (as in sigma's layouts example). */
  private spreadOverlaps(): void {
    const iterations = noverlapIterationsFor(this.graph.order, this.settings);
    if (iterations === 0) return;
    const renderer = this.renderer;
    renderer.refresh();
    noverlap.assign(this.graph, {
      maxIterations: iterations,
      settings: { margin: 6, ratio: 1.1, speed: 3 },
      inputReducer: (key, attrs) => {
        const viewport = renderer.graphToViewport(attrs);
        return { x: viewport.x, y: viewport.y, size: renderer.getNodeDisplayData(key)?.size ?? attrs.size ?? 5 };
      },
      outputReducer: (_key, attrs) => {
        const graphPos = renderer.viewportToGraph(attrs);
        return { x: graphPos.x, y: graphPos.y };
      },
    });
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.running);
  }

  kill(): void {
    if (this.timer) clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
