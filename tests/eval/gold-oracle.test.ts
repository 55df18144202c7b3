// The scorer checked against the dev gold itself: an "extractor" that returns exactly what a gold file
// says must score 1.0 everywhere, and one that returns nothing must score 0 recall. Catches a scorer
// that misreads aliases, list ends or optional items on real gold files.
import { describe, expect, it } from 'vitest';
import type { Gold } from '../../src/eval/gold.js';
import { evaluatePairs, findGoldPairs, readPair } from '../../src/eval/run.js';
import type { Article, Extraction } from '../../src/types.js';
import { HAS_SHARED_DEV, SHARED_DEV_DIR } from '../support/env.js';

function fromGold(gold: Gold, article: Article): Extraction {
  const ids = new Map(gold.entities.map((e, i) => [e.name, `e${i}`]));
  const idOf = (end: string | string[]) => ids.get([end].flat()[0]!) ?? 'unknown';
  return {
    article: article.meta,
    entities: gold.entities.map((e, i) => ({ id: `e${i}`, name: e.name, type: e.type, aliases: e.aliases ?? [], confidence: 1, mentions: [] })),
    relations: gold.relations.map((r, i) => ({
      id: `r${i}`, type: r.type, source: idOf(r.source), target: idOf(r.target), confidence: 1,
      evidence: [{ sentence: 'x', start: 0, end: 1 }],
    })),
  };
}

describe.skipIf(!HAS_SHARED_DEV)('the scorer on the dev gold files (../shared/eval/dev)', () => {
  const pairs = HAS_SHARED_DEV ? findGoldPairs(SHARED_DEV_DIR) : [];
  const golds = new Map(pairs.map((p) => [p.articleFile, readPair(p).gold]));

  it('gives the gold itself a perfect score', () => {
    const result = evaluatePairs(pairs, (article) => fromGold(golds.get(article.path!)!, article));
    for (const key of ['entities', 'core', 'all'] as const) {
      expect(result.micro[key], `${key}\n${result.report}`).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    }
    expect(result.micro.entities.tp).toBeGreaterThan(20);
  });

  it('gives an empty reading zero recall and no false positives', () => {
    const result = evaluatePairs(pairs, (article) => ({ article: article.meta, entities: [], relations: [] }));
    for (const key of ['entities', 'core', 'all'] as const) expect(result.micro[key]).toMatchObject({ tp: 0, fp: 0, recall: 0 });
  });
});
