// Redraws docs/workbench.png, the README's picture of the viewer: the articles in graph-data/articles read
// into the Neo4j of NEO4J_URI (ingest is idempotent: stored articles stay as they are), served, opened in
// headless Chromium with one entity selected, laid out, and photographed.
//
//   npx tsx scripts/readme-screenshot.ts [--select "Benjamin Netanyahu"] [--out docs/workbench.png]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { chromium } from 'playwright-core';
import { ingestFiles, resolveArticlePaths } from '../src/ingest/index.js';
import { startServer } from '../src/server/index.js';
import { storeConfigFromEnv } from '../src/store/config.js';
import { Store } from '../src/store/driver.js';
import { ensureSchema } from '../src/store/schema.js';
import { entityId } from '../src/text/ids.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader'];

const program = new Command('readme-screenshot')
  .description('Redraw the README screenshot of the viewer from the articles in graph-data/articles.')
  .option('--select <name>', 'person to open in the side panel', 'Benjamin Netanyahu')
  .option('--out <file>', 'where to write the PNG', 'docs/workbench.png');

async function main(): Promise<void> {
  const options = program.parse().opts<{ select: string; out: string }>();
  const store = await Store.open(storeConfigFromEnv());
  await ensureSchema(store);
  await ingestFiles(store, resolveArticlePaths(['graph-data/articles']));
  const server = await startServer({ store, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'kg-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 }, args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    // The selection lives in the URL, as when an analyst shares a view.
    await page.goto(`${server.url}/?node=${encodeURIComponent(entityId('Person', options.select))}`);
    await page.waitForFunction(() => (window as unknown as { __kg?: { isLaidOut?: boolean } }).__kg?.isLaidOut === true, undefined, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: resolve(options.out) });
    process.stdout.write(`wrote ${options.out}\n`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`readme-screenshot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
