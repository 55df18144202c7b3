// Scoring a folder of gold readings: find NAME.txt + NAME.gold.json pairs, read, extract, score, sum.
// The extractor is a parameter so the scorer can be tested without it; index.ts passes the real one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { readArticleFile } from '../text/article.js';
import type { Article, Extraction } from '../types.js';
import { scores, type Scores } from './counts.js';
import { loadGold } from './gold.js';
import { formatReport } from './report.js';
import { scoreArticle, sumCounts, type ArticleScore } from './score.js';

export type ExtractFn = (article: Article) => Extraction;

export interface EvalOptions { verbose?: boolean }

export interface EvalResult {
  report: string;
  perArticle: ArticleScore[];
  micro: { entities: Scores; core: Scores; all: Scores };
}

export interface GoldPair { name: string; articleFile: string; goldFile: string }

const GOLD_SUFFIX = '.gold.json';

export function findGoldPairs(dir: string): GoldPair[] {
  const hint = 'Give --gold a folder holding NAME.txt and NAME.gold.json pairs.';
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder of gold readings.`, hint);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a folder of gold readings.`, hint);
  const files = new Set(readdirSync(dir));
  const pairs = [...files]
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .sort()
    .flatMap((goldName) => {
      const name = goldName.slice(0, -GOLD_SUFFIX.length);
      const article = [`${name}.txt`, `${name}.md`].find((f) => files.has(f));
      return article ? [{ name, articleFile: join(dir, article), goldFile: join(dir, goldName) }] : [];
    });
  if (pairs.length === 0) {
    throw new UsageError(`${dir} holds no gold pairs (NAME.txt with NAME${GOLD_SUFFIX}).`, 'Add an article and its gold reading; see docs/ontology.md for the format.');
  }
  return pairs;
}

export function readPair(pair: GoldPair) {
  const gold = loadGold(pair.goldFile);
  const article = readArticleFile(pair.articleFile);
  // The gold's date stands in for an article that carries none, so relative dates still resolve.
  if (!article.meta.date && gold.date) article.meta.date = gold.date;
  return { article, gold };
}

export function evaluatePairs(pairs: readonly GoldPair[], extractFn: ExtractFn, options: EvalOptions = {}): EvalResult {
  const perArticle = pairs.map((pair) => {
    const { article, gold } = readPair(pair);
    return { ...scoreArticle(extractFn(article), gold), article: pair.name };
  });
  const sums = sumCounts(perArticle);
  return {
    report: formatReport(perArticle, sums, Boolean(options.verbose)),
    perArticle,
    micro: { entities: scores(sums.entities), core: scores(sums.core), all: scores(sums.all) },
  };
}

export function evaluateDir(dir: string, extractFn: ExtractFn, options: EvalOptions = {}): EvalResult {
  return evaluatePairs(findGoldPairs(dir), extractFn, options);
}
