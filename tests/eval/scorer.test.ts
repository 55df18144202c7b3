// The scorer against ontology.md's scoring rules, on extractions and gold readings written here by hand.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, ArticleError } from '../../src/errors.js';
import { scores } from '../../src/eval/counts.js';
import { parseGold, type Gold } from '../../src/eval/gold.js';
import { normaliseName } from '../../src/eval/normalise.js';
import { formatMissesAndFalsePositives } from '../../src/eval/report.js';
import { evaluateDir, findGoldPairs } from '../../src/eval/run.js';
import { scoreArticle } from '../../src/eval/score.js';
import type { Article, EntityType, Extraction, RelationType } from '../../src/types.js';
import { FIXTURES } from '../support/env.js';

type E = [id: string, name: string, type: EntityType, aliases?: string[]];
type R = [type: RelationType, source: string, target: string];

function doc(entities: E[], relations: R[] = []): Extraction {
  return {
    article: { id: 'a-0000000000000000', title: 'test' },
    entities: entities.map(([id, name, type, aliases = []]) => ({ id, name, type, aliases, confidence: 0.9, mentions: [] })),
    relations: relations.map(([type, source, target], i) => ({
      id: `r${i}`, type, source, target, confidence: 0.9,
      evidence: [{ sentence: 'x', start: 0, end: 1 }],
    })),
  };
}

function gold(partial: Partial<Gold>): Gold {
  return parseGold({ article: 'test.txt', entities: [], relations: [], ...partial });
}

const counts = (c: { tp: number; fp: number; fn: number }) => [c.tp, c.fp, c.fn];

describe('normaliseName', () => {
  it.each([
    ['The White House', 'white house'],
    ['Israel\'s', 'israel'],
    ['Israel’s', 'israel'],
    ['U.S.', 'us'],
    ['  Benjamin   Netanyahu ', 'benjamin netanyahu'],
    ['the Palestinians', 'palestinians'],
    ['Thomson Reuters I/B/E/S', 'thomson reuters ibes'],
    ['Financial & Risk', 'financial risk'],
    ['Theodore', 'theodore'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});

describe('entity scoring', () => {
  const g = gold({
    entities: [
      { name: 'Ana Rivo', type: 'Person', aliases: ['President Rivo'] },
      { name: 'Veloria', type: 'State', aliases: ['Velorian'] },
      { name: 'Orun League', type: 'Group' },
      { name: 'Pell News', type: 'Group', optional: true },
    ],
  });

  it('matches on the name or any alias, either side, after normalising', () => {
    const out = doc([
      ['e1', 'president rivo', 'Person'],
      ['e2', 'The Velorian', 'State'],
      ['e3', 'League', 'Group', ['the Orun League\'s']],
    ]);
    expect(counts(scoreArticle(out, g).entities)).toEqual([3, 0, 0]);
  });

  it('counts a match of the wrong type as a miss and a false positive, and says so', () => {
    const result = scoreArticle(doc([['e1', 'Ana Rivo', 'Person'], ['e2', 'Veloria', 'Group'], ['e3', 'Orun League', 'Group']]), g);
    expect(counts(result.entities)).toEqual([2, 1, 1]);
    expect(result.misses.entities.map((m) => m.name)).toEqual(['Veloria']);
    expect(result.falsePositives.entities[0]).toMatchObject({ name: 'Veloria', type: 'Group', note: 'wrong type: gold has State Veloria' });
  });

  it('ignores Place output, even when it names a gold entity (the gold one is then missed)', () => {
    const out = doc([['e1', 'Ana Rivo', 'Person'], ['e2', 'Veloria', 'Place'], ['e3', 'Orun League', 'Group'], ['e4', 'Port Sel', 'Place']]);
    expect(counts(scoreArticle(out, g).entities)).toEqual([2, 0, 1]);
  });

  it('neither rewards nor punishes optional gold entities', () => {
    const without = doc([['e1', 'Ana Rivo', 'Person'], ['e2', 'Veloria', 'State'], ['e3', 'Orun League', 'Group']]);
    const withIt = doc([['e1', 'Ana Rivo', 'Person'], ['e2', 'Veloria', 'State'], ['e3', 'Orun League', 'Group'], ['e4', 'Pell News', 'Group']]);
    expect(counts(scoreArticle(without, g).entities)).toEqual([3, 0, 0]);
    expect(counts(scoreArticle(withIt, g).entities)).toEqual([3, 0, 0]);
  });

  it('matches one to one: a second output entity for the same actor is a false positive', () => {
    const out = doc([['e1', 'Ana Rivo', 'Person'], ['e2', 'Rivo', 'Person', ['President Rivo']], ['e3', 'Veloria', 'State'], ['e4', 'Orun League', 'Group']]);
    expect(counts(scoreArticle(out, g).entities)).toEqual([3, 1, 0]);
  });

  it('gives a required gold entity precedence over an optional one the same output could match', () => {
    const g2 = gold({ entities: [{ name: 'Kestan', type: 'State', aliases: ['KS'] }, { name: 'Kestan Sound', type: 'State', aliases: ['KS'], optional: true }] });
    expect(counts(scoreArticle(doc([['e1', 'KS', 'State']]), g2).entities)).toEqual([1, 0, 0]);
  });

  it('counts an output entity that is in no gold reading as a false positive', () => {
    const result = scoreArticle(doc([['e1', 'Ana Rivo', 'Person'], ['e2', 'Mira Dossel', 'Person']]), g);
    expect(counts(result.entities)).toEqual([1, 1, 2]);
    expect(result.falsePositives.entities.map((e) => e.name)).toEqual(['Mira Dossel']);
  });
});

describe('relation scoring', () => {
  const entities = [
    { name: 'Ana Rivo', type: 'Person' as const, aliases: ['Rivo'] },
    { name: 'Tomas Brek', type: 'Person' as const },
    { name: 'Veloria', type: 'State' as const },
    { name: 'Kestan', type: 'State' as const },
    { name: 'Orun League', type: 'Group' as const },
  ];
  const people: E[] = [['p1', 'Rivo', 'Person'], ['p2', 'Tomas Brek', 'Person'], ['s1', 'Veloria', 'State'], ['s2', 'Kestan', 'State'], ['g1', 'Orun League', 'Group']];

  it('matches type and both ends, resolving output ids through the entity rule', () => {
    const g = gold({ entities, relations: [{ source: 'Ana Rivo', type: 'LEADS', target: 'Veloria' }] });
    expect(counts(scoreArticle(doc(people, [['LEADS', 'p1', 's1']]), g).all)).toEqual([1, 0, 0]);
    expect(counts(scoreArticle(doc(people, [['WORKS_FOR', 'p1', 's1']]), g).all)).toEqual([0, 1, 1]);
    expect(counts(scoreArticle(doc(people, [['LEADS', 'p2', 's1']]), g).all)).toEqual([0, 1, 1]);
  });

  it('accepts either order for MEETS, NEGOTIATES_WITH and FIGHTS, and only the gold order otherwise', () => {
    const g = gold({
      entities,
      relations: [
        { source: 'Ana Rivo', type: 'MEETS', target: 'Tomas Brek' },
        { source: 'Veloria', type: 'NEGOTIATES_WITH', target: 'Kestan' },
        { source: 'Veloria', type: 'FIGHTS', target: 'Kestan' },
        { source: 'Veloria', type: 'ATTACKS', target: 'Kestan' },
      ],
    });
    const out = doc(people, [['MEETS', 'p2', 'p1'], ['NEGOTIATES_WITH', 's2', 's1'], ['FIGHTS', 's2', 's1'], ['ATTACKS', 's2', 's1']]);
    const result = scoreArticle(out, g);
    expect(counts(result.all)).toEqual([3, 1, 1]);
    expect(result.misses.relations.map((r) => r.type)).toEqual(['ATTACKS']);
    expect(result.falsePositives.relations).toEqual([{ type: 'ATTACKS', source: 'Kestan', target: 'Veloria' }]);
  });

  it('accepts any member of a gold end given as a list, but finds the gold relation only once', () => {
    const g = gold({ entities, relations: [{ source: ['Orun League', 'Ana Rivo'], type: 'MEDIATES', target: ['Veloria', 'Kestan'] }] });
    expect(counts(scoreArticle(doc(people, [['MEDIATES', 'p1', 's2']]), g).all)).toEqual([1, 0, 0]);
    expect(counts(scoreArticle(doc(people, [['MEDIATES', 'g1', 's1'], ['MEDIATES', 'g1', 's2']]), g).all)).toEqual([1, 1, 0]);
  });

  it('neither rewards nor punishes optional gold relations', () => {
    const g = gold({ entities, relations: [{ source: 'Veloria', type: 'SUPPORTS', target: 'Kestan', optional: true }] });
    expect(counts(scoreArticle(doc(people, [['SUPPORTS', 's1', 's2']]), g).all)).toEqual([0, 0, 0]);
    expect(counts(scoreArticle(doc(people, []), g).all)).toEqual([0, 0, 0]);
  });

  it('counts a duplicate of a found relation as a false positive', () => {
    const dup: E[] = [...people, ['p3', 'Ana Rivo', 'Person']];
    const g = gold({ entities, relations: [{ source: 'Ana Rivo', type: 'MEETS', target: 'Tomas Brek' }] });
    expect(counts(scoreArticle(doc(dup, [['MEETS', 'p1', 'p2'], ['MEETS', 'p3', 'p2']]), g).all)).toEqual([1, 1, 0]);
  });

  it('scores core types (MEETS, MEDIATES, REJECTS) apart from all types', () => {
    const g = gold({
      entities,
      relations: [
        { source: 'Ana Rivo', type: 'MEETS', target: 'Tomas Brek' },
        { source: 'Orun League', type: 'MEDIATES', target: 'Veloria' },
        { source: 'Kestan', type: 'REJECTS', target: 'Veloria' },
        { source: 'Ana Rivo', type: 'LEADS', target: 'Veloria' },
      ],
    });
    const out = doc(people, [['MEETS', 'p1', 'p2'], ['REJECTS', 's1', 's2'], ['LEADS', 'p1', 's1'], ['CRITICIZES', 's1', 's2']]);
    const result = scoreArticle(out, g);
    expect(counts(result.core)).toEqual([1, 1, 2]);
    expect(counts(result.all)).toEqual([2, 2, 2]);
  });

  it('lets a relation end on a mistyped entity still match (the type is penalised once, in entities)', () => {
    const g = gold({ entities, relations: [{ source: 'Ana Rivo', type: 'LEADS', target: 'Veloria' }] });
    const out = doc([['p1', 'Ana Rivo', 'Person'], ['s1', 'Veloria', 'Place']], [['LEADS', 'p1', 's1']]);
    expect(counts(scoreArticle(out, g).all)).toEqual([1, 0, 0]);
  });
});

describe('precision, recall and F1', () => {
  it('computes them from counts, with an empty set scoring as perfect', () => {
    expect(scores({ tp: 3, fp: 1, fn: 3 })).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('gold files', () => {
  it('refuses a gold file whose relation names no gold entity, or whose entity is a Place', () => {
    expect(() => gold({ entities: [{ name: 'Veloria', type: 'State' }], relations: [{ source: 'Velora', type: 'MEETS', target: 'Veloria' }] }))
      .toThrow(/names "Velora", which is no gold entity/);
    expect(() => parseGold({ article: 'x.txt', entities: [{ name: 'Port Sel', type: 'Place' }], relations: [] })).toThrow(ArticleError);
  });
});

describe('a folder of gold readings', () => {
  const mini = resolve(FIXTURES, 'eval/mini');
  // A fake extractor that reads perfectly what the first article says and half of the second.
  const fake = (article: Article): Extraction => {
    const d = article.text.startsWith('President')
      ? doc([['p1', 'Ana Rivo', 'Person'], ['p2', 'Tomas Brek', 'Person'], ['s1', 'Veloria', 'State'], ['s2', 'Kestan', 'State']],
        [['MEETS', 'p2', 'p1'], ['LEADS', 'p1', 's1']])
      : doc([['g1', 'Orun League', 'Group'], ['s1', 'Veloria', 'State'], ['s2', 'Kestan', 'Place']],
        [['MEDIATES', 'g1', 's1'], ['MEETS', 's1', 'g1']]);
    return { ...d, article: article.meta };
  };

  it('pairs NAME.txt with NAME.gold.json, sorted', () => {
    expect(findGoldPairs(mini).map((p) => p.name)).toEqual(['2030-02-01-beta-mediation', 'alpha-summit']);
  });

  it('micro-averages by summing counts over articles', () => {
    const dates: (string | undefined)[] = [];
    const result = evaluateDir(mini, (a) => { dates.push(a.meta.date); return fake(a); });
    expect(dates).toEqual(['2030-02-01', '2030-01-07']); // the second from its gold, for want of its own
    const [beta, alpha] = result.perArticle;
    expect(counts(alpha!.entities)).toEqual([4, 0, 0]);
    expect(counts(beta!.entities)).toEqual([2, 0, 1]);
    expect(counts(beta!.core)).toEqual([1, 1, 2]);
    expect(result.micro.entities).toMatchObject({ tp: 6, fp: 0, fn: 1, precision: 1 });
    expect(result.micro.entities.recall).toBeCloseTo(6 / 7);
    expect(result.micro.core).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(result.micro.all).toMatchObject({ tp: 3, fp: 1, fn: 2 });
    // Micro, not the mean of per-article F1s.
    expect(result.micro.core.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    expect(result.report).toMatch(/micro \(2 articles\)/);
    expect(result.report).not.toMatch(/missed entities/);
  });

  it('lists every miss and false positive by name and type when verbose', () => {
    const result = evaluateDir(mini, fake, { verbose: true });
    expect(result.report).toMatch(/missed entities \(1\)\n\s+State\s+Kestan/);
    expect(result.report).toMatch(/false-positive relations \(1\)\n\s+MEETS\s+Veloria — Orun League/);
    expect(result.report).toMatch(/missed relations \(2\)\n\s+MEDIATES\s+Orun League → Kestan\n\s+REJECTS\s+Kestan → Veloria/);
    expect(formatMissesAndFalsePositives(result.perArticle)).toContain('alpha-summit');
  });

  it('refuses a missing folder and a folder without gold pairs, with a message for a person', () => {
    expect(() => findGoldPairs(resolve(FIXTURES, 'eval/nowhere'))).toThrow(UsageError);
    expect(() => findGoldPairs(resolve(FIXTURES, 'eval/no-pairs'))).toThrow(/holds no gold pairs/);
  });
});
