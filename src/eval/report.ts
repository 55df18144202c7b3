// What `kg eval` prints: one row per article and the micro-averaged line; with --verbose, every miss
// and false positive by name and type, so a rule can be traced to what it got wrong.
import Table from 'cli-table3';
import { isSymmetric } from '../types.js';
import { scores, type Counts } from './counts.js';
import type { GoldRelation } from './gold.js';
import type { ArticleScore, MicroCounts } from './score.js';

const fixed = (n: number) => n.toFixed(2);

function cell(c: Counts): string {
  const s = scores(c);
  return `F1 ${fixed(s.f1)}  P ${fixed(s.precision)}  R ${fixed(s.recall)}\ntp ${c.tp}  fp ${c.fp}  fn ${c.fn}`;
}

export function formatScoreTable(perArticle: readonly ArticleScore[], micro: MicroCounts): string {
  const table = new Table({
    head: ['article', 'entities', 'core relations', 'all relations'],
    style: { head: [], border: [] },
  });
  for (const a of perArticle) table.push([a.article, cell(a.entities), cell(a.core), cell(a.all)]);
  table.push([`micro (${perArticle.length} articles)`, cell(micro.entities), cell(micro.core), cell(micro.all)]);
  return `${table.toString()}\ncore relations: MEETS, MEDIATES, REJECTS. micro: counts summed over all articles, then P, R and F1.`;
}

const endText = (end: string | string[]) => (Array.isArray(end) ? end.join(' | ') : end);
const arrow = (type: string) => (isSymmetric(type as GoldRelation['type']) ? '—' : '→');

/** The verbose part of `kg eval`: per article, what the gold has that the output lacks, and the reverse. */
export function formatMissesAndFalsePositives(perArticle: readonly ArticleScore[]): string {
  const blocks = perArticle.map((a) => {
    const lines: string[] = [a.article];
    const section = (title: string, items: string[]) => {
      lines.push(`  ${title} (${items.length})`);
      for (const item of items) lines.push(`    ${item}`);
    };
    section('missed entities', a.misses.entities.map((g) => `${g.type.padEnd(6)} ${g.name}`));
    section('false-positive entities', a.falsePositives.entities.map((e) => `${e.type.padEnd(6)} ${e.name}${e.note ? `  (${e.note})` : ''}`));
    section('missed relations', a.misses.relations.map((r) => `${r.type.padEnd(15)} ${endText(r.source)} ${arrow(r.type)} ${endText(r.target)}`));
    section('false-positive relations', a.falsePositives.relations.map((r) => `${r.type.padEnd(15)} ${r.source} ${arrow(r.type)} ${r.target}`));
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

export function formatReport(perArticle: readonly ArticleScore[], micro: MicroCounts, verbose: boolean): string {
  const table = formatScoreTable(perArticle, micro);
  return verbose ? `${table}\n\n${formatMissesAndFalsePositives(perArticle)}` : table;
}
