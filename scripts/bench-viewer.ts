// Benchmark: our viewer (src/server over Neo4j) against a bare sigma v3 page (scripts/bench/bare-sigma.ts)
// drawing the same synthetic graph from one static JSON file, in headless Chromium, at several sizes.
// For each side: time to the first picture (window.__kg.isReady), to a settled layout after the same
// ForceAtlas2 budget (isLaidOut), layout iterations done in that budget, and, once settled, how long a
// page.evaluate round trip and one full redraw take (is the page still responsive?).
// Before each size, one unmeasured read of the graph through the API warms Neo4j (its time is printed).
//
//   npx tsx scripts/bench-viewer.ts [--sizes 1000,10000,50000] [--layout-ms 3000] [--seed 1] [--timeout-s 900] [--keep]
//
// Each size writes a synthetic graph of `size` relations and size/5 entities into Neo4j (NEO4J_URI etc.;
// synthetic data only: real articles stay, and the synthetic graph is cleared at the end unless --keep).
// Software WebGL (swiftshader) is slow and the machine is shared: absolute times are noisy, both sides are
// measured in the same run, and the ratio ours/peer is the figure to read.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { KgError } from '../src/errors.js';
import { startServer } from '../src/server/index.js';
import { storeConfigFromEnv } from '../src/store/config.js';
import { Store } from '../src/store/driver.js';
import { ensureSchema } from '../src/store/schema.js';
import { clearSynthetic, countRealEntities, generateSynthetic, writeSynthetic, type SyntheticGraph } from '../src/store/synthetic.js';
import { buildViewer } from '../src/viewer/build.js';
import type { PeerGraph } from './bench/bare-sigma.js';

const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader'];
/** Entities per relation in the generated graphs: news graphs have about five relations per actor. */
const RELATIONS_PER_ENTITY = 5;
const ROUND_TRIPS = 5;
const REDRAWS = 3;

interface Options { sizes: number[]; layoutMs: number; seed: number; timeoutS: number; keep?: boolean }

function positiveInt(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

const program = new Command('bench-viewer')
  .description('Time our viewer against a bare sigma page on the same synthetic graphs, in headless Chromium.')
  .option('--sizes <list>', 'relation counts to try, comma-separated', (v) => v.split(',').map(positiveInt), [1_000, 10_000, 50_000])
  .option('--layout-ms <n>', 'ForceAtlas2 budget both pages get', positiveInt, 3_000)
  .option('--seed <n>', 'seed of the synthetic graphs', positiveInt, 1)
  .option('--timeout-s <n>', 'how long one page may take to settle', positiveInt, 900)
  .option('--keep', 'leave the last synthetic graph in Neo4j');

/**
 * Injected before any page script: wraps whatever the page assigns to window.__kg so the moments it sets
 * isReady / isLaidOut are stamped, and counts ForceAtlas2 iterations (one bulk position update each) and
 * sigma renders. The same probe serves both pages, so neither measures itself. Plain JavaScript text,
 * because a function would reach the page as tsx compiled it, helpers and all.
 */
const PROBE = `(() => {
  const marks = { ready: -1, laidOut: -1, iterations: 0, iterationsAtSettle: 0, renders: 0 };
  window.__bench = marks;
  let current;
  const watch = (target) => new Proxy(target, {
    set(t, key, value) {
      t[key] = value;
      if (key === 'isReady' && value === true && marks.ready < 0) marks.ready = performance.now();
      if (key === 'isLaidOut' && value === true && marks.laidOut < 0) {
        marks.laidOut = performance.now();
        marks.iterationsAtSettle = marks.iterations;
      }
      if (key === 'graph') value.on('eachNodeAttributesUpdated', () => { marks.iterations++; });
      if (key === 'renderer') value.on('afterRender', () => { marks.renders++; });
      return true;
    },
  });
  Object.defineProperty(window, '__kg', {
    configurable: true,
    get: () => current,
    set: (value) => { current = watch({}); Object.assign(current, value); },
  });
})();`;

interface Measure {
  nodes: number; edges: number; readyMs: number; laidOutMs: number;
  /** From the first graph request to the last byte of the last one: /api/graph pages, or graph.json. */
  dataMs: number;
  requests: number; iterations: number; renders: number;
  busyRoundTripMs: number; roundTripMs: number; redrawMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every page of /api/graph, as the viewer reads them; returns the milliseconds it took. */
async function readWholeGraph(baseUrl: string): Promise<number> {
  const started = performance.now();
  for (let after: string | undefined = 'start'; after;) {
    const response: Response = await fetch(`${baseUrl}/api/graph?after=${encodeURIComponent(after)}&limit=2000`);
    if (!response.ok) throw new Error(`warm-up read failed: ${response.status} ${await response.text()}`);
    after = ((await response.json()) as { next?: string }).next;
  }
  return performance.now() - started;
}

async function measurePage(url: string, timeoutMs: number): Promise<Measure> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 900 }, args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript({ content: PROBE });
    await page.goto(url);
    const waitFor = (mark: 'ready' | 'laidOut') => page.waitForFunction((name) => {
      const w = window as unknown as { __bench: Record<string, number>; __kg?: { error?: string } };
      return w.__bench[name]! >= 0 || Boolean(w.__kg?.error);
    }, mark, { timeout: timeoutMs, polling: 250 });
    await waitFor('ready');
    // One round trip while the layout runs: how long a click would wait for the page to answer.
    const busyStart = performance.now();
    await page.evaluate(() => 1);
    const busyRoundTripMs = performance.now() - busyStart;
    await waitFor('laidOut');
    const failure = await page.evaluate(() => (window as unknown as { __kg?: { error?: string } }).__kg?.error ?? null);
    if (failure || errors.length) throw new Error(`${url} failed: ${failure ?? errors.join('; ')}`);

    const roundTrips: number[] = [];
    for (let i = 0; i < ROUND_TRIPS; i++) {
      const start = performance.now();
      await page.evaluate(() => 1);
      roundTrips.push(performance.now() - start);
    }
    // A full redraw, to the next frame after it: what every camera move or hover costs once settled.
    const redraws = await page.evaluate(async (times) => {
      const renderer = (window as unknown as { __kg: { renderer: { refresh(): void } } }).__kg.renderer;
      const spent: number[] = [];
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        renderer.refresh();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        spent.push(performance.now() - start);
      }
      return spent;
    }, REDRAWS);
    const marks = await page.evaluate(() => {
      const w = window as unknown as { __bench: { ready: number; laidOut: number; iterationsAtSettle: number; renders: number }; __kg: { graph: { order: number; size: number } } };
      const fetches = performance.getEntriesByType('resource').filter((e) => /\/api\/graph|graph\.json/.test(e.name)) as PerformanceResourceTiming[];
      const dataMs = fetches.length ? Math.max(...fetches.map((e) => e.responseEnd)) - Math.min(...fetches.map((e) => e.startTime)) : 0;
      return { ...w.__bench, dataMs, requests: fetches.length, nodes: w.__kg.graph.order, edges: w.__kg.graph.size };
    });
    return {
      nodes: marks.nodes, edges: marks.edges, readyMs: marks.ready, laidOutMs: marks.laidOut, dataMs: marks.dataMs, requests: marks.requests,
      iterations: marks.iterationsAtSettle, renders: marks.renders, busyRoundTripMs, roundTripMs: median(roundTrips), redrawMs: median(redraws),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** The peer's three files from one folder; nothing else. */
function serveFolder(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'bare-sigma.html';
    if (!/^[\w.-]+$/.test(name)) return void res.writeHead(404).end();
    try {
      const body = readFileSync(join(dir, name));
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
  }));
}

function peerGraph(graph: SyntheticGraph): PeerGraph {
  return {
    nodes: graph.entities.map((e) => ({ id: e.id, label: e.name, type: e.type })),
    edges: graph.relations.map((r) => ({ id: r.id, source: r.sourceId, target: r.targetId, type: r.type })),
  };
}

async function fillNeo4j(store: Store, graph: SyntheticGraph): Promise<void> {
  await clearSynthetic(store);
  const bar = new cliProgress.SingleBar({ format: `  writing ${graph.relations.length} relations |{bar}| {percentage}%`, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(1, 0);
  await writeSynthetic(store, graph, (done, total) => {
    bar.setTotal(total);
    bar.update(done);
  });
  bar.stop();
}

async function main(): Promise<void> {
  const options = program.parse().opts<Options>();
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  const viewerDir = join(work, 'viewer');
  const peerDir = join(work, 'peer');
  // Our own build of the viewer, so a build running elsewhere in the tree cannot change it mid-run.
  await buildViewer({ outDir: viewerDir, minify: true });
  await build({
    entryPoints: [join(BENCH_DIR, 'bare-sigma.ts')], outfile: join(peerDir, 'bare-sigma.js'), bundle: true, format: 'iife',
    platform: 'browser', target: 'es2020', minify: true, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
  });
  copyFileSync(join(BENCH_DIR, 'bare-sigma.html'), join(peerDir, 'bare-sigma.html'));

  const store = await Store.open(storeConfigFromEnv());
  const peer = await serveFolder(peerDir);
  const ours = await startServer({ store, port: 0, viewerDir });
  const results: Array<{ size: number; ours: Measure; peer: Measure }> = [];
  try {
    await ensureSchema(store);
    const others = await countRealEntities(store);
    if (others > 0) process.stdout.write(`note: Neo4j also holds ${others} real entities; our viewer draws them too, the peer does not\n`);
    for (const size of options.sizes) {
      const entities = Math.max(10, Math.round(size / RELATIONS_PER_ENTITY));
      process.stdout.write(`size ${size}: ${entities} entities, ${size} relations (seed ${options.seed})\n`);
      const graph = generateSynthetic({ entities, relations: size, seed: options.seed });
      await fillNeo4j(store, graph);
      writeFileSync(join(peerDir, 'graph.json'), JSON.stringify(peerGraph(graph)));
      const timeout = options.timeoutS * 1000;
      // Neo4j's JVM is cold after a start or a bulk write: the first read of each query costs 100-200 ms of
      // planning and interpretation where a warm one takes 5-20 ms. One unmeasured read through the API puts
      // it where a running server is; its time is printed, not hidden.
      const coldMs = await readWholeGraph(ours.url);
      process.stdout.write(`  warm-up read of the graph through the API (unmeasured): ${coldMs.toFixed(0)} ms\n`);
      process.stdout.write('  ours…\n');
      const oursMeasure = await measurePage(`${ours.url}/?layoutMs=${options.layoutMs}`, timeout);
      process.stdout.write('  peer…\n');
      const peerMeasure = await measurePage(`${peer.url}/bare-sigma.html?layoutMs=${options.layoutMs}`, timeout);
      results.push({ size, ours: oursMeasure, peer: peerMeasure });
      process.stdout.write(`  ours ready ${oursMeasure.readyMs.toFixed(0)} ms, laid out ${oursMeasure.laidOutMs.toFixed(0)} ms; peer ready ${peerMeasure.readyMs.toFixed(0)} ms, laid out ${peerMeasure.laidOutMs.toFixed(0)} ms\n`);
    }
  } finally {
    if (!options.keep) await clearSynthetic(store);
    await ours.close();
    peer.server.close();
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
  printTable(results, options.layoutMs);
}

function printTable(results: Array<{ size: number; ours: Measure; peer: Measure }>, layoutMs: number): void {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
  const table = new Table({
    head: ['edges', 'drawn n/e', 'data s (requests)', 'first render s', 'ratio', 'laid out s', 'ratio',
      'FA2 iterations', 'evaluate ms in layout', 'evaluate ms settled', 'redraw ms', 'ratio'],
    style: { head: [], border: [] },
  });
  for (const { size, ours, peer } of results) {
    table.push([
      size.toLocaleString('en-US'), `${ours.nodes}/${ours.edges} | ${peer.nodes}/${peer.edges}`,
      `${s(ours.dataMs)} (${ours.requests}) | ${s(peer.dataMs)} (${peer.requests})`,
      `${s(ours.readyMs)} | ${s(peer.readyMs)}`, ratio(ours.readyMs, peer.readyMs),
      `${s(ours.laidOutMs)} | ${s(peer.laidOutMs)}`, ratio(ours.laidOutMs, peer.laidOutMs),
      `${ours.iterations} | ${peer.iterations}`,
      `${ours.busyRoundTripMs.toFixed(0)} | ${peer.busyRoundTripMs.toFixed(0)}`,
      `${ours.roundTripMs.toFixed(1)} | ${peer.roundTripMs.toFixed(1)}`,
      `${ours.redrawMs.toFixed(0)} | ${peer.redrawMs.toFixed(0)}`, ratio(ours.redrawMs, peer.redrawMs),
    ]);
  }
  process.stdout.write([
    `layout budget ${layoutMs} ms on both sides; every cell is "ours | peer"; times from navigation start; ratio = ours/peer (lower is better for us)`,
    'data: graph requests from first start to last byte; FA2 iterations: done within the budget; evaluate: a page.evaluate round trip;',
    'redraw: one full sigma refresh to the next frame, once settled (what a camera move or hover costs)',
    table.toString(),
  ].join('\n') + '\n');
  for (const { size, ours, peer } of results) {
    const rate = (m: Measure) => Math.round(m.edges / (m.readyMs / 1000)).toLocaleString('en-US');
    process.stdout.write(`${size} edges: ours ${rate(ours)} edges/s to first render, peer ${rate(peer)} edges/s; ratio ours/peer ${ratio(peer.readyMs, ours.readyMs)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-viewer: ${error instanceof KgError ? error.toLine() : (error as Error).message}\n`);
  process.exit(1);
});
