// A synthetic graph of any size in the shape ingest writes (entities, articles, mentions, evidence,
// summary relations), for scale tests and benchmarks. Generation is pure and seeded; writing is batched
// UNWIND in its own transactions. Everything it writes is recognisable by id, so `clearSynthetic`
// removes it and nothing else.
import { ENTITY_TYPES, RELATION_TYPES, isSymmetric, type EntityType, type RelationStatus, type RelationType } from '../types.js';
import { entityId, evidenceId, relationId, slug } from '../text/ids.js';
import type { Store } from './driver.js';

export const SYNTHETIC_ARTICLE_PREFIX = 'synthetic-';
/** Entity ids keep the `type:slug` form; the slug prefix keeps them apart from any real actor's id. */
const SYNTHETIC_SLUG_PREFIX = 'synthetic';
export const SYNTHETIC_ENTITY_PREFIXES = ENTITY_TYPES.map((t) => `${t.toLowerCase()}:${SYNTHETIC_SLUG_PREFIX}-`);

export interface SyntheticOptions {
  entities: number;
  relations: number;
  seed: number;
  /** Relations told per synthetic article. */
  relationsPerArticle?: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = { entities: 10_000, relations: 50_000, seed: 1, relationsPerArticle: 20 };

/** Share of entities per type, roughly as in the news corpus: people first. */
const TYPE_WEIGHTS: Record<EntityType, number> = { Person: 0.5, State: 0.15, Group: 0.2, Place: 0.15 };

/** Share of relations per type, and the verb a sentence uses for it. */
const RELATION_WEIGHTS: Record<RelationType, { weight: number; verb: string }> = {
  MEETS: { weight: 0.2, verb: 'met' },
  MEDIATES: { weight: 0.05, verb: 'mediated for' },
  REJECTS: { weight: 0.06, verb: 'rejected a proposal by' },
  NEGOTIATES_WITH: { weight: 0.08, verb: 'negotiated with' },
  ATTACKS: { weight: 0.08, verb: 'attacked' },
  FIGHTS: { weight: 0.05, verb: 'fought' },
  SUPPORTS: { weight: 0.12, verb: 'backed' },
  PRESSURES: { weight: 0.07, verb: 'pressed' },
  CRITICIZES: { weight: 0.12, verb: 'criticised' },
  LEADS: { weight: 0.06, verb: 'leads' },
  WORKS_FOR: { weight: 0.06, verb: 'works for' },
  MEMBER_OF: { weight: 0.05, verb: 'is a member of' },
};

const SYLLABLES = ['al', 'bor', 'cen', 'dra', 'el', 'fin', 'gar', 'hal', 'is', 'jor', 'kal', 'lim', 'mor', 'nad', 'or', 'pel', 'quin', 'ras', 'sol', 'tav', 'ur', 'vel', 'wen', 'yar', 'zan'];
const PLACE_SUFFIXES: Record<EntityType, string> = { Person: '', State: 'ia', Group: ' Front', Place: 'grad' };

/** Hub skew: an endpoint is entity floor(n·u^k); k = 2.5 gives the top 1% of entities about a sixth of all ends. */
const HUB_EXPONENT = 2.5;
const FIRST_DATE = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

export interface SyntheticEntity { id: string; name: string; type: EntityType; aliases: string[]; aliasText: string; confidence: number }
export interface SyntheticArticle { id: string; title: string; date: string; source: string; text: string }
export interface SyntheticMention { entityId: string; articleId: string; starts: number[]; ends: number[] }
export interface SyntheticEvidence {
  id: string; type: RelationType; relationId: string; sourceId: string; targetId: string; articleId: string;
  sentence: string; start: number; end: number; confidence: number; date: string; status: RelationStatus | null; rule: string;
}
export interface SyntheticRelation {
  id: string; type: RelationType; sourceId: string; targetId: string; evidenceCount: number; confidence: number;
  firstDate: string; lastDate: string; articleIds: string[]; statuses: string[];
}
export interface SyntheticGraph {
  entities: SyntheticEntity[];
  articles: SyntheticArticle[];
  mentions: SyntheticMention[];
  evidence: SyntheticEvidence[];
  relations: SyntheticRelation[];
}

/** mulberry32: small, fast and good enough to make every run with the same seed identical. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<K extends string>(random: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let u = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    u -= w;
    if (u < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

function syntheticName(random: () => number, type: EntityType, index: number): string {
  const word = (parts: number) => {
    let w = '';
    for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  // The index keeps names unique, so ids (derived from names) are too.
  const base = type === 'Person' ? `${word(2)} ${word(2)}` : `${word(2)}${PLACE_SUFFIXES[type]}`;
  return `${base} ${index}`;
}

function isoDay(offsetDays: number): string {
  return new Date(FIRST_DATE + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

function makeEntities(random: () => number, count: number): SyntheticEntity[] {
  return Array.from({ length: count }, (_, i) => {
    const type = pickWeighted(random, TYPE_WEIGHTS);
    const name = syntheticName(random, type, i);
    const aliases = type === 'Person' && random() < 0.4 ? [name.split(' ')[1]!] : [];
    return {
      id: entityId(type, `${SYNTHETIC_SLUG_PREFIX} ${slug(name)}`),
      name, type, aliases,
      aliasText: aliases.map((a) => ` | ${a}`).join(''),
      confidence: Math.round((0.6 + 0.4 * random()) * 100) / 100,
    };
  });
}

interface Triple { type: RelationType; source: number; target: number }

/** Distinct (type, source, target) triples with hub-heavy degrees; the first `entities` ones touch every entity once. */
function makeTriples(random: () => number, ids: string[], relations: number): Triple[] {
  const entities = ids.length;
  const hub = () => Math.floor(entities * random() ** HUB_EXPONENT);
  const seen = new Set<string>();
  const triples: Triple[] = [];
  const maxAttempts = relations * 50;
  for (let attempt = 0; triples.length < relations && attempt < maxAttempts; attempt++) {
    const type = pickWeighted(random, Object.fromEntries(RELATION_TYPES.map((t) => [t, RELATION_WEIGHTS[t].weight])) as Record<RelationType, number>);
    let source = triples.length < entities ? triples.length : hub();
    let target = hub();
    if (source === target) continue;
    if (random() < 0.5) [source, target] = [target, source];
    // Symmetric relations are stored with their ends in id order, as ingest does.
    if (isSymmetric(type) && ids[target]! < ids[source]!) [source, target] = [target, source];
    const key = `${type}:${source}:${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    triples.push({ type, source, target });
  }
  if (triples.length < relations) {
    throw new RangeError(`${entities} entities cannot carry ${relations} distinct relations; ask for more entities.`);
  }
  return triples;
}

/** The whole graph as plain rows, the same for the same options. */
export function generateSynthetic(options: SyntheticOptions): SyntheticGraph {
  const perArticle = options.relationsPerArticle ?? DEFAULT_SYNTHETIC.relationsPerArticle!;
  const random = seededRandom(options.seed);
  const entities = makeEntities(random, options.entities);
  const triples = makeTriples(random, entities.map((e) => e.id), options.relations);
  const articles: SyntheticArticle[] = [];
  const mentions: SyntheticMention[] = [];
  const evidence: SyntheticEvidence[] = [];
  const relations: SyntheticRelation[] = [];
  for (let first = 0, n = 0; first < triples.length; first += perArticle, n++) {
    const articleId = `${SYNTHETIC_ARTICLE_PREFIX}${options.seed}-${n}`;
    const date = isoDay(Math.floor(random() * 730));
    const byEntity = new Map<string, SyntheticMention>();
    const mention = (id: string, start: number, end: number) => {
      const m = byEntity.get(id) ?? { entityId: id, articleId, starts: [], ends: [] };
      m.starts.push(start);
      m.ends.push(end);
      byEntity.set(id, m);
    };
    let text = '';
    for (const triple of triples.slice(first, first + perArticle)) {
      const [s, t] = [entities[triple.source]!, entities[triple.target]!];
      const start = text.length + (text ? 1 : 0);
      const sentence = `${s.name} ${RELATION_WEIGHTS[triple.type].verb} ${t.name}.`;
      text += (text ? ' ' : '') + sentence;
      mention(s.id, start, start + s.name.length);
      const targetStart = start + sentence.length - 1 - t.name.length;
      mention(t.id, targetStart, targetStart + t.name.length);
      const id = relationId(triple.type, s.id, t.id);
      const confidence = Math.round((0.5 + 0.5 * random()) * 100) / 100;
      const status: RelationStatus | null = triple.type === 'MEETS' ? (random() < 0.3 ? 'planned' : 'happened') : null;
      evidence.push({
        id: evidenceId(articleId, id, start, start + sentence.length), type: triple.type, relationId: id,
        sourceId: s.id, targetId: t.id, articleId, sentence, start, end: start + sentence.length,
        confidence, date, status, rule: 'synthetic',
      });
      relations.push({
        id, type: triple.type, sourceId: s.id, targetId: t.id, evidenceCount: 1, confidence,
        firstDate: date, lastDate: date, articleIds: [articleId], statuses: status ? [status] : [],
      });
    }
    articles.push({ id: articleId, title: `Synthetic report ${n}`, date, source: 'synthetic', text });
    mentions.push(...byEntity.values());
  }
  return { entities, articles, mentions, evidence, relations };
}

// The statements mirror writes.ts property for property, so the reads and the viewer see ingest's shape.
export const WRITE_SYNTHETIC_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.date = row.date, a.source = row.source, a.author = null, a.url = null, a.text = row.text`;

export function writeSyntheticEntitiesStatement(type: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${type}, n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.aliasText = row.aliasText, n.confidence = row.confidence`;
}

export const WRITE_SYNTHETIC_MENTIONS = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.entityId}), (a:Article {id: row.articleId})
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends`;

export const WRITE_SYNTHETIC_EVIDENCE = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId}), (a:Article {id: row.articleId})
MERGE (e:Evidence {id: row.id})
SET e += row, e.object = null
MERGE (e)-[:FROM]->(s)
MERGE (e)-[:TO]->(t)
MERGE (e)-[:IN]->(a)`;

export function writeSyntheticRelationsStatement(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
MERGE (s)-[r:${type}]->(t)
SET r.id = row.id, r.evidenceCount = row.evidenceCount, r.confidence = row.confidence, r.firstDate = row.firstDate,
    r.lastDate = row.lastDate, r.articleIds = row.articleIds, r.statuses = row.statuses`;
}

/** Rows per transaction: big enough to amortise the round trip, small enough for a default heap. */
export const SYNTHETIC_BATCH = 2_000;

export type Progress = (done: number, total: number) => void;

interface WriteStep { statement: string; rows: unknown[] }

function writeSteps(graph: SyntheticGraph): WriteStep[] {
  return [
    { statement: WRITE_SYNTHETIC_ARTICLES, rows: graph.articles },
    ...ENTITY_TYPES.map((type) => ({ statement: writeSyntheticEntitiesStatement(type), rows: graph.entities.filter((e) => e.type === type) })),
    { statement: WRITE_SYNTHETIC_MENTIONS, rows: graph.mentions },
    { statement: WRITE_SYNTHETIC_EVIDENCE, rows: graph.evidence },
    ...RELATION_TYPES.map((type) => ({ statement: writeSyntheticRelationsStatement(type), rows: graph.relations.filter((r) => r.type === type) })),
  ];
}

/** Writes the graph in batches; `onProgress` hears rows written so far out of all rows. */
export async function writeSynthetic(store: Store, graph: SyntheticGraph, onProgress: Progress = () => {}): Promise<void> {
  const steps = writeSteps(graph);
  const total = steps.reduce((sum, s) => sum + s.rows.length, 0);
  let done = 0;
  for (const { statement, rows } of steps) {
    for (let i = 0; i < rows.length; i += SYNTHETIC_BATCH) {
      const batch = rows.slice(i, i + SYNTHETIC_BATCH);
      await store.write((tx) => tx.run(statement, { rows: batch }));
      done += batch.length;
      onProgress(done, total);
    }
  }
}

// Each delete takes a bounded batch and says how many it removed; clearSynthetic repeats it until none.
export const DELETE_SYNTHETIC_EVIDENCE = `
MATCH (e:Evidence) WHERE e.articleId STARTS WITH $prefix
WITH e LIMIT toInteger($batch) DETACH DELETE e RETURN count(*) AS n`;

export const DELETE_SYNTHETIC_ENTITIES = `
UNWIND $prefixes AS prefix
MATCH (n:Entity) WHERE n.id STARTS WITH prefix
WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS n`;

export const DELETE_SYNTHETIC_ARTICLES = `
MATCH (a:Article) WHERE a.id STARTS WITH $prefix
WITH a LIMIT toInteger($batch) DETACH DELETE a RETURN count(*) AS n`;

export interface SyntheticCounts { articles: number; entities: number; evidence: number; relations: number }

/** Removes every synthetic node and relationship; real articles, entities and their edges stay. */
export async function clearSynthetic(store: Store, onProgress: (removed: number) => void = () => {}): Promise<number> {
  const params = { prefix: SYNTHETIC_ARTICLE_PREFIX, prefixes: SYNTHETIC_ENTITY_PREFIXES, batch: SYNTHETIC_BATCH };
  let removed = 0;
  for (const statement of [DELETE_SYNTHETIC_EVIDENCE, DELETE_SYNTHETIC_ENTITIES, DELETE_SYNTHETIC_ARTICLES]) {
    for (;;) {
      const rows = await store.write((tx) => tx.run(statement, params));
      const n = Number(rows[0]?.n ?? 0);
      removed += n;
      onProgress(removed);
      if (n === 0) break;
    }
  }
  return removed;
}

export const COUNT_SYNTHETIC = `
RETURN COUNT { MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a } AS articles,
       COUNT { MATCH (e:Evidence) WHERE e.articleId STARTS WITH $prefix RETURN e } AS evidence,
       COUNT { UNWIND $prefixes AS p MATCH (n:Entity) WHERE n.id STARTS WITH p RETURN n } AS entities,
       COUNT { UNWIND $prefixes AS p MATCH (n:Entity)-[r]->(:Entity) WHERE n.id STARTS WITH p RETURN r } AS relations`;

export async function countSynthetic(store: Store): Promise<SyntheticCounts> {
  const { rows } = await store.read(COUNT_SYNTHETIC, { prefix: SYNTHETIC_ARTICLE_PREFIX, prefixes: SYNTHETIC_ENTITY_PREFIXES }, { maxRows: 1 });
  return rows[0] as unknown as SyntheticCounts;
}

export const COUNT_REAL_ENTITIES = `
MATCH (n:Entity) WHERE NOT any(p IN $prefixes WHERE n.id STARTS WITH p) RETURN count(n) AS n`;

/** Entities that are not synthetic: a benchmark says so, since the viewer draws them too. */
export async function countRealEntities(store: Store): Promise<number> {
  const { rows } = await store.read(COUNT_REAL_ENTITIES, { prefixes: SYNTHETIC_ENTITY_PREFIXES }, { maxRows: 1 });
  return Number(rows[0]?.n ?? 0);
}
