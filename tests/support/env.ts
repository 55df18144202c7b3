// Shared by the tests: where things are, how to run the real CLI, and the real Neo4j they talk to.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storeConfigFromEnv } from '../../src/store/config.js';
import { Store } from '../../src/store/driver.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_ARTICLE = resolve(REPO_ROOT, 'graph-data/articles/2025-02-04-afp-netanyahu-trump-gaza-truce.txt');
export const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures');
/** Third-party articles stay in ../shared; tests that need them skip when it is absent. */
export const SHARED_DEV_DIR = resolve(REPO_ROOT, '../shared/eval/dev');
export const HAS_SHARED_DEV = existsSync(SHARED_DEV_DIR);

/** Wiping is allowed only on the dedicated test server that scripts/test.sh starts. */
export const CAN_WIPE = process.env.KG_ALLOW_WIPE === '1';
export const WIPE_SKIP_REASON = 'needs a Neo4j that may be wiped: run through `npm test`, which starts a dedicated test server and sets KG_ALLOW_WIPE=1';

export interface CliResult { status: number | null; stdout: string; stderr: string }

export function runKg(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): CliResult {
  const result = spawnSync(process.execPath, [resolve(REPO_ROOT, 'bin/kg.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function openTestStore(): Promise<Store> {
  return Store.open(storeConfigFromEnv());
}

// In bounded batches: one transaction deleting a 50k-relation synthetic graph exceeds Neo4j's
// transaction memory limit.
const WIPE_BATCH = `MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS n`;

export async function wipe(store: Store): Promise<void> {
  if (!CAN_WIPE) throw new Error(WIPE_SKIP_REASON);
  for (;;) {
    const rows = await store.write((tx) => tx.run(WIPE_BATCH));
    if (Number(rows[0]?.n ?? 0) === 0) return;
  }
}

export async function count(store: Store, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { rows } = await store.read(cypher, params);
  return Number(rows[0]?.n ?? 0);
}
