// The self-written genre probes (tests/fixtures/eval/probe and the probe-blind sets: diplomacy, conflict,
// business, sports) held to the held-out targets: micro entity F1 ≥ 0.85, core relation F1 ≥ 0.60,
// all-type relation F1 ≥ 0.50, and nothing political or violent read from the business and sports ones.
// The blind sets were written by writers who had not seen the rules; each README records its first, blind
// score, and the rules have been widened on them since, so these are training figures. Sets 11, 12, 17 and 18
// are kept unseen, to measure.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateGoldDir, type EvalResult } from '../../src/eval/index.js';
import { readAndExtract } from '../../src/ingest/index.js';
import { REPO_ROOT } from '../support/env.js';

const TARGETS = { entities: 0.85, core: 0.6, all: 0.5 };
const POLITICAL_TYPES = new Set(['MEETS', 'MEDIATES', 'REJECTS', 'ATTACKS', 'FIGHTS']);
const EVAL_DIR = resolve(REPO_ROOT, 'tests/fixtures/eval');

/** The business and sports articles of a set, by the genre their file names carry. */
function quietArticles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt') && /-(business|sports)-/.test(f)).sort();
}

const SETS = ['probe', 'probe-blind', 'probe-blind-2', 'probe-blind-3', 'probe-blind-4', 'probe-blind-5', 'probe-blind-6', 'probe-blind-7', 'probe-blind-8', 'probe-blind-9', 'probe-blind-10', 'probe-blind-13', 'probe-blind-14', 'probe-blind-15', 'probe-blind-16'].map((name) => {
  const dir = resolve(EVAL_DIR, name);
  return { name, dir, quiet: quietArticles(dir) };
});
describe.each(SETS)('extraction quality on $name', ({ dir, quiet }) => {
  let result: EvalResult;
  beforeAll(() => {
    result = evaluateGoldDir(dir, { verbose: true });
  });

  it(`reaches micro entity F1 ≥ ${TARGETS.entities}, core F1 ≥ ${TARGETS.core} and all-type F1 ≥ ${TARGETS.all}`, () => {
    expect(result.micro.entities.f1, result.report).toBeGreaterThanOrEqual(TARGETS.entities);
    expect(result.micro.core.f1, result.report).toBeGreaterThanOrEqual(TARGETS.core);
    expect(result.micro.all.f1, result.report).toBeGreaterThanOrEqual(TARGETS.all);
  });

  it.each(quiet)('reads no political or violent relation from the business or sports article %s', (file) => {
    const [read] = readAndExtract([resolve(dir, file)]);
    expect(read?.doc.entities.length, 'the probe article should be read').toBeGreaterThan(0);
    expect((read?.doc.relations ?? []).filter((r) => POLITICAL_TYPES.has(r.type)).map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([]);
  });
});
