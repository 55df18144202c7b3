// True/false positives and misses, and the precision, recall and F1 they give.

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number }

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Nothing to find and nothing found is a perfect score, not a division by zero. */
export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
