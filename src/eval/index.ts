// Scoring the extractor against gold readings (`kg eval`); the public surface of src/eval.
import { extract } from '../extract/index.js';
import { evaluateDir, type EvalOptions, type EvalResult, type ExtractFn } from './run.js';

export { loadGold, parseGold, GoldSchema, type Gold, type GoldEntity, type GoldRelation } from './gold.js';
export { normaliseName } from './normalise.js';
export { scoreArticle, sumCounts, type ArticleScore } from './score.js';
export { scores, type Counts, type Scores } from './counts.js';
export { formatReport, formatScoreTable, formatMissesAndFalsePositives } from './report.js';
export { evaluateDir, evaluatePairs, findGoldPairs, type EvalResult, type ExtractFn, type EvalOptions } from './run.js';

export function evaluateGoldDir(dir: string, options: EvalOptions & { extractFn?: ExtractFn } = {}): EvalResult {
  return evaluateDir(dir, options.extractFn ?? ((article) => extract(article)), options);
}
