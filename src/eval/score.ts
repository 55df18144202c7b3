// Scoring one extraction against one gold reading, by the rules of ontology.md ("Scoring").
import { CORE_RELATION_TYPES, isSymmetric, type Entity, type EntityType, type Extraction, type RelationType } from '../types.js';
import { addCounts, type Counts } from './counts.js';
import type { Gold, GoldEntity, GoldRelation } from './gold.js';
import { maximumMatching } from './matching.js';
import { nameKeys, normaliseName } from './normalise.js';

const SCORED_TYPES: readonly EntityType[] = ['Person', 'State', 'Group'];
const CORE: readonly string[] = CORE_RELATION_TYPES;

export interface OutputEntityItem { id: string; name: string; type: EntityType; note?: string }
export interface OutputRelationItem { type: RelationType; source: string; target: string }

export interface ArticleScore {
  article: string;
  entities: Counts;
  /** MEETS, MEDIATES and REJECTS only. */
  core: Counts;
  all: Counts;
  misses: { entities: GoldEntity[]; relations: GoldRelation[] };
  falsePositives: { entities: OutputEntityItem[]; relations: OutputRelationItem[] };
}

const intersects = (a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean => [...a].some((x) => b.has(x));

/** Matches required gold items first, then optional ones with what is left, so optional gold never takes a true positive. */
function matchTwoPhase<G extends { optional?: boolean }>(outputCount: number, gold: readonly G[], canMatch: (o: number, g: G) => boolean) {
  const required = gold.filter((g) => !g.optional);
  const optional = gold.filter((g) => g.optional);
  const edgesTo = (list: readonly G[]) => Array.from({ length: outputCount }, (_, o) => list.flatMap((g, i) => (canMatch(o, g) ? [i] : [])));
  const first = maximumMatching(edgesTo(required), required.length);
  const left = new Set(first.flatMap((g, o) => (g === -1 ? [o] : [])));
  const second = maximumMatching(edgesTo(optional), optional.length, left);
  const foundRequired = new Set(first.filter((g) => g !== -1));
  return {
    /** Output indices that matched required gold. */
    truePositives: first.flatMap((g, o) => (g === -1 ? [] : [o])),
    falsePositives: first.flatMap((g, o) => (g === -1 && second[o] === -1 ? [o] : [])),
    misses: required.filter((_, i) => !foundRequired.has(i)),
  };
}

export function scoreArticle(extraction: Extraction, gold: Gold): ArticleScore {
  const goldKeys = gold.entities.map((g) => nameKeys(g.name, g.aliases));
  const entityKeys = new Map(extraction.entities.map((e) => [e.id, nameKeys(e.name, e.aliases)]));
  const keysOf = (e: Entity) => entityKeys.get(e.id) ?? new Set<string>();

  // Entities: Place output is not scored; a name match of the wrong type is no match (a miss and a false positive).
  const scored = extraction.entities.filter((e) => SCORED_TYPES.includes(e.type));
  const goldIndex = new Map(gold.entities.map((g, i) => [g, i]));
  const entityMatch = matchTwoPhase(scored.length, gold.entities, (o, g) => {
    const e = scored[o]!;
    return e.type === g.type && intersects(keysOf(e), goldKeys[goldIndex.get(g)!]!);
  });
  const entityFalsePositives = entityMatch.falsePositives.map((o): OutputEntityItem => {
    const e = scored[o]!;
    const sameName = gold.entities.find((g, i) => intersects(keysOf(e), goldKeys[i]!));
    const note = sameName && sameName.type !== e.type ? `wrong type: gold has ${sameName.type} ${sameName.name}` : undefined;
    return { id: e.id, name: e.name, type: e.type, ...(note ? { note } : {}) };
  });

  // Relation ends: an output entity stands for every gold entity its names match. Type is not rechecked
  // here: a mistyped entity is already penalised once, in the entity scores.
  const goldOf = new Map<string, Set<number>>();
  for (const e of extraction.entities) {
    const keys = keysOf(e);
    goldOf.set(e.id, new Set(goldKeys.flatMap((gk, i) => (intersects(keys, gk) ? [i] : []))));
  }
  const goldEnd = (end: string | string[]) => new Set([end].flat().flatMap((name) => {
    const key = normaliseName(name);
    return goldKeys.flatMap((gk, i) => (gk.has(key) ? [i] : []));
  }));
  const endsMatch = (outputId: string, goldEnds: ReadonlySet<number>) => intersects(goldOf.get(outputId) ?? new Set(), goldEnds);

  const relations = extraction.relations;
  const goldEnds = new Map(gold.relations.map((r) => [r, { source: goldEnd(r.source), target: goldEnd(r.target) }]));
  const relationMatch = matchTwoPhase(relations.length, gold.relations, (o, g) => {
    const r = relations[o]!;
    if (r.type !== g.type) return false;
    const ends = goldEnds.get(g)!;
    if (endsMatch(r.source, ends.source) && endsMatch(r.target, ends.target)) return true;
    return isSymmetric(r.type) && endsMatch(r.source, ends.target) && endsMatch(r.target, ends.source);
  });

  // Types never cross in a relation match, so the core scores are the all-type matching restricted to core types.
  const isCore = (type: string) => CORE.includes(type);
  const relationCounts = (keep: (type: string) => boolean): Counts => ({
    tp: relationMatch.truePositives.filter((o) => keep(relations[o]!.type)).length,
    fp: relationMatch.falsePositives.filter((o) => keep(relations[o]!.type)).length,
    fn: relationMatch.misses.filter((g) => keep(g.type)).length,
  });
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));

  return {
    article: gold.article,
    entities: { tp: entityMatch.truePositives.length, fp: entityMatch.falsePositives.length, fn: entityMatch.misses.length },
    core: relationCounts(isCore),
    all: relationCounts(() => true),
    misses: { entities: entityMatch.misses, relations: relationMatch.misses },
    falsePositives: {
      entities: entityFalsePositives,
      relations: relationMatch.falsePositives.map((o) => {
        const r = relations[o]!;
        return { type: r.type, source: nameOf.get(r.source) ?? r.source, target: nameOf.get(r.target) ?? r.target };
      }),
    },
  };
}

export interface MicroCounts { entities: Counts; core: Counts; all: Counts }

/** Micro-averaging: counts are summed over articles before any ratio is taken. */
export function sumCounts(articles: readonly Pick<ArticleScore, 'entities' | 'core' | 'all'>[]): MicroCounts {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  return articles.reduce<MicroCounts>(
    (sum, a) => ({ entities: addCounts(sum.entities, a.entities), core: addCounts(sum.core, a.core), all: addCounts(sum.all, a.all) }),
    { entities: zero, core: zero, all: zero },
  );
}
