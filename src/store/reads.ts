// Read-only questions the server and viewer ask of the graph that writes.ts builds.
// Every statement is a named constant run through Store.read (READ access mode, row cap, timeout);
// values travel as parameters, and the only text spliced in comes from the closed type lists.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';
import { QueryError, UsageError } from '../errors.js';
import type { Row, Store } from './driver.js';

export interface EntityRef { id: string; name: string; type: EntityType }

export interface NodeView extends EntityRef {
  aliases: string[];
  confidence: number;
  /** Articles that mention it: the viewer sizes nothing by it, but the panel shows it. */
  articles: number;
}

export interface EdgeView {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidenceCount: number;
  confidence: number;
  firstDate: string | null;
  lastDate: string | null;
  articleIds: string[];
  statuses: string[];
}

export interface Span { start: number; end: number; entityId: string }

export interface EvidenceView {
  id: string;
  type: RelationType;
  relationId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number | null;
  date: string | null;
  status: string | null;
  object: string | null;
  rule: string | null;
  source: EntityRef;
  target: EntityRef;
  article: { id: string; title: string; date: string | null; source: string | null };
  /** Where the two actors are named, as offsets into `sentence`, so the page can mark them. */
  spans: Span[];
}

export interface GraphFilter {
  entityTypes?: EntityType[];
  relationTypes?: RelationType[];
  articleId?: string;
  minConfidence?: number;
  /** Inclusive YYYY-MM-DD bounds on an edge's evidence dates (edges without dates are kept). */
  from?: string;
  to?: string;
}

export interface Page { skip: number; limit: number }

export interface GraphPage {
  nodes: NodeView[];
  edges: EdgeView[];
  skip: number;
  limit: number;
  /** True while a further page (skip + limit) may hold nodes or edges. */
  hasMore: boolean;
}

/** Upper bounds that keep a single response small whatever the client asks. */
export const MAX_PAGE = 2_000;
export const MAX_EVIDENCE_PER_ENTITY = 500;
export const MAX_PATH_HOPS = 8;

function nodeFields(v: string): string {
  return `${v} {.id, .name, .type, aliases: coalesce(${v}.aliases, []), confidence: coalesce(${v}.confidence, 0.0),
  articles: COUNT { (${v})-[:MENTIONED_IN]->(:Article) }}`;
}
const EDGE_FIELDS = `{.id, type: type(r), source: s.id, target: t.id, evidenceCount: coalesce(r.evidenceCount, 0),
  confidence: coalesce(r.confidence, 0.0), firstDate: r.firstDate, lastDate: r.lastDate,
  articleIds: coalesce(r.articleIds, []), statuses: coalesce(r.statuses, [])}`;

/** Relationship types are not parameters in Cypher; this alternation comes from the closed list. */
const ALL_RELATIONS = RELATION_TYPES.join('|');

const NODE_WHERE = `n.type IN $entityTypes
  AND coalesce(n.confidence, 1.0) >= $minConfidence
  AND ($articleId IS NULL OR EXISTS { (n)-[:MENTIONED_IN]->(:Article {id: $articleId}) })`;

export const GRAPH_NODES = `
MATCH (n:Entity) WHERE ${NODE_WHERE}
RETURN ${nodeFields('n')} AS node
ORDER BY n.id SKIP toInteger($skip) LIMIT toInteger($take)`;

export const GRAPH_EDGES = `
MATCH (s:Entity)-[r:${ALL_RELATIONS}]->(t:Entity)
WHERE type(r) IN $relationTypes
  AND coalesce(r.confidence, 1.0) >= $minConfidence
  AND s.type IN $entityTypes AND t.type IN $entityTypes
  AND coalesce(s.confidence, 1.0) >= $minConfidence AND coalesce(t.confidence, 1.0) >= $minConfidence
  AND ($articleId IS NULL OR $articleId IN r.articleIds)
  AND ($from IS NULL OR r.lastDate IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate IS NULL OR r.firstDate <= $to)
RETURN r ${EDGE_FIELDS} AS edge
ORDER BY r.id SKIP toInteger($skip) LIMIT toInteger($take)`;

// Keyset paging: each page starts after the last id of the one before, so every page is an index seek
// in id order (nodes on the Entity id constraint, edges on the per-type relationship id indexes of
// schema.ts) and reading the whole graph costs one pass, where SKIP re-read everything before each page.
// The hints pin that plan: on a small or empty graph the planner would otherwise pick a seek by type.
const EDGE_WHERE = `coalesce(r.confidence, 1.0) >= $minConfidence
  AND s.type IN $entityTypes AND t.type IN $entityTypes
  AND coalesce(s.confidence, 1.0) >= $minConfidence AND coalesce(t.confidence, 1.0) >= $minConfidence
  AND ($articleId IS NULL OR $articleId IN r.articleIds)
  AND ($from IS NULL OR r.lastDate IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate IS NULL OR r.firstDate <= $to)`;

export const GRAPH_NODES_AFTER = `
MATCH (n:Entity) USING INDEX n:Entity(id) WHERE n.id > $after AND ${NODE_WHERE}
RETURN ${nodeFields('n')} AS node
ORDER BY n.id LIMIT toInteger($take)`;

/** Relationship types are not parameters: one query per type of the closed list. */
export function graphEdgesAfter(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new UsageError(`Unknown relation type "${type}".`);
  return `
MATCH (s:Entity)-[r:${type}]->(t:Entity) USING INDEX r:${type}(id) WHERE r.id > $after AND ${EDGE_WHERE}
RETURN r ${EDGE_FIELDS} AS edge
ORDER BY r.id LIMIT toInteger($take)`;
}

/** Where the next page starts: after node id `n` (null once nodes are done), in relation type `t` after edge id `e`. */
interface GraphCursor { n: string | null; t: number; e: string }
export const GRAPH_START = 'start';

function decodeCursor(text: string): GraphCursor {
  if (text === GRAPH_START) return { n: '', t: 0, e: '' };
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as GraphCursor;
    if ((value.n === null || typeof value.n === 'string') && Number.isInteger(value.t) && value.t >= 0 && typeof value.e === 'string') return value;
  } catch {
    // fall through to the error below
  }
  throw new UsageError(`Bad query: after: "${text.slice(0, 40)}" is no cursor this server gave; start with after=${GRAPH_START}.`);
}

function encodeCursor(cursor: GraphCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** One page of nodes and edges after a cursor; `next` is the cursor of the page after, absent on the last. */
export async function readGraphAfter(store: Store, filter: GraphFilter, after: string, limit: number): Promise<GraphPage & { next?: string }> {
  const cursor = decodeCursor(after);
  const base = graphParams(filter, { skip: 0, limit });
  const take = base.take - 1;
  let nodes: NodeView[] = [];
  let nextNode: string | null = null;
  if (cursor.n !== null) {
    const rows = (await store.read(GRAPH_NODES_AFTER, { ...base, after: cursor.n }, { maxRows: take + 1 })).rows.map((r) => r.node as NodeView);
    nodes = rows.slice(0, take);
    nextNode = rows.length > take ? (nodes.at(-1)?.id ?? null) : null;
  }
  const types = base.relationTypes as RelationType[];
  const edges: EdgeView[] = [];
  let t = cursor.t;
  let e = cursor.e;
  while (t < types.length && edges.length < take) {
    const type = types[t] as RelationType;
    const room = take - edges.length;
    const rows = (await store.read(graphEdgesAfter(type), { ...base, after: e, take: room + 1 }, { maxRows: room + 1 })).rows.map((r) => r.edge as EdgeView);
    edges.push(...rows.slice(0, room));
    if (rows.length > room) { e = edges.at(-1)?.id ?? e; break; }
    t++;
    e = '';
  }
  const more = nextNode !== null || t < types.length;
  return {
    nodes, edges, skip: 0, limit: take, hasMore: more,
    ...(more ? { next: encodeCursor({ n: nextNode, t, e }) } : {}),
  };
}

export function graphParams(filter: GraphFilter, page: Page) {
  const limit = clampPage(page.limit);
  return {
    entityTypes: filter.entityTypes?.length ? filter.entityTypes : [...ENTITY_TYPES],
    relationTypes: filter.relationTypes?.length ? filter.relationTypes : [...RELATION_TYPES],
    articleId: filter.articleId ?? null,
    minConfidence: filter.minConfidence ?? 0,
    from: filter.from ?? null,
    to: filter.to ?? null,
    skip: Math.max(0, Math.floor(page.skip)),
    // One more than asked tells whether another page exists without a second count query.
    take: limit + 1,
  };
}

function clampPage(limit: number): number {
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

/** One page of nodes and one page of edges; the viewer asks again with skip += limit while hasMore. */
export async function readGraph(store: Store, filter: GraphFilter = {}, page: Page = { skip: 0, limit: 1000 }): Promise<GraphPage> {
  const params = graphParams(filter, page);
  const limit = params.take - 1;
  const [nodeRows, edgeRows] = [
    await store.read(GRAPH_NODES, params, { maxRows: params.take }),
    await store.read(GRAPH_EDGES, params, { maxRows: params.take }),
  ];
  const nodes = nodeRows.rows.map((r) => r.node as NodeView);
  const edges = edgeRows.rows.map((r) => r.edge as EdgeView);
  return {
    nodes: nodes.slice(0, limit),
    edges: edges.slice(0, limit),
    skip: params.skip,
    limit,
    hasMore: nodes.length > limit || edges.length > limit,
  };
}

export const ENTITY = `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a:Article)
WITH n, a, m ORDER BY a.date DESC, a.title
RETURN ${nodeFields('n')} AS entity,
       [x IN collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, title: a.title, date: a.date, source: a.source, mentions: m.count} END) WHERE x IS NOT NULL] AS articles`;

/** Evidence about one entity, with both ends' mention offsets in that article for highlighting. */
export const ENTITY_EVIDENCE = `
MATCH (ev:Evidence)-[:FROM|TO]->(:Entity {id: $id})
WITH DISTINCT ev
MATCH (ev)-[:FROM]->(s:Entity), (ev)-[:TO]->(t:Entity), (ev)-[:IN]->(a:Article)
OPTIONAL MATCH (s)-[ms:MENTIONED_IN]->(a)
OPTIONAL MATCH (t)-[mt:MENTIONED_IN]->(a)
RETURN ${evidenceProjection()}
ORDER BY coalesce(ev.date, a.date, '') DESC, ev.confidence DESC, ev.start
LIMIT toInteger($limit)`;

function evidenceProjection(): string {
  return `ev {.id, .type, .relationId, .sentence, .start, .end, .confidence, .date, .status, .object, .rule} AS evidence,
       s {.id, .name, .type} AS source, t {.id, .name, .type} AS target,
       a {.id, .title, .date, .source} AS article,
       {starts: coalesce(ms.starts, []), ends: coalesce(ms.ends, [])} AS sourceMentions,
       {starts: coalesce(mt.starts, []), ends: coalesce(mt.ends, [])} AS targetMentions`;
}

export interface EntityDetail {
  entity: NodeView;
  articles: Array<{ id: string; title: string; date: string | null; source: string | null; mentions: number }>;
  /** Grouped by relation type; within a group, newest evidence first. */
  relations: Array<{ type: RelationType; evidence: EvidenceView[] }>;
}

export async function readEntity(store: Store, id: string): Promise<EntityDetail | null> {
  const head = await store.read(ENTITY, { id }, { maxRows: 1 });
  const row = head.rows[0];
  if (!row) return null;
  const evidence = (await store.read(ENTITY_EVIDENCE, { id, limit: MAX_EVIDENCE_PER_ENTITY }, { maxRows: MAX_EVIDENCE_PER_ENTITY })).rows.map(toEvidenceView);
  return { entity: row.entity as NodeView, articles: row.articles as EntityDetail['articles'], relations: groupByType(evidence) };
}

export function groupByType(evidence: EvidenceView[]): EntityDetail['relations'] {
  const groups = new Map<RelationType, EvidenceView[]>();
  for (const ev of evidence) groups.set(ev.type, [...(groups.get(ev.type) ?? []), ev]);
  return RELATION_TYPES.filter((t) => groups.has(t)).map((type) => ({ type, evidence: groups.get(type)! }));
}

/** Mentions are offsets into the article; the page needs them as offsets into the sentence. */
export function spansInSentence(sentenceStart: number, sentenceLength: number, entityId: string, mentions: { starts: number[]; ends: number[] }): Span[] {
  const spans: Span[] = [];
  mentions.starts.forEach((start, i) => {
    const end = mentions.ends[i] ?? start;
    if (start >= sentenceStart && end <= sentenceStart + sentenceLength && end > start) {
      spans.push({ start: start - sentenceStart, end: end - sentenceStart, entityId });
    }
  });
  return spans;
}

export function toEvidenceView(row: Row): EvidenceView {
  const ev = row.evidence as Omit<EvidenceView, 'source' | 'target' | 'article' | 'spans'>;
  const source = row.source as EntityRef;
  const target = row.target as EntityRef;
  const length = ev.sentence.length;
  const spans = [
    ...spansInSentence(ev.start, length, source.id, row.sourceMentions as { starts: number[]; ends: number[] }),
    ...spansInSentence(ev.start, length, target.id, row.targetMentions as { starts: number[]; ends: number[] }),
  ].sort((a, b) => a.start - b.start);
  return { ...ev, source, target, article: row.article as EvidenceView['article'], spans };
}

export interface SearchHit extends EntityRef { aliases: string[]; score: number }

export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS n, score
RETURN n {.id, .name, .type, aliases: coalesce(n.aliases, [])} AS hit, score
ORDER BY score DESC LIMIT toInteger($limit)`;

export const SEARCH_CONTAINS = `
MATCH (n:Entity)
WHERE toLower(n.name) CONTAINS $needle OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $needle)
RETURN n {.id, .name, .type, aliases: coalesce(n.aliases, [])} AS hit,
       CASE WHEN toLower(n.name) STARTS WITH $needle THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, size(n.name), n.name LIMIT toInteger($limit)`;

/** Lucene query with every word as a prefix, so "neta" already suggests a name; specials escaped. */
export function fulltextPrefixQuery(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '')).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w) => `${w}*`).join(' AND ');
}

export async function searchEntities(store: Store, text: string, limit = 10): Promise<SearchHit[]> {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const query = fulltextPrefixQuery(needle);
  let hits: SearchHit[] = [];
  if (query) {
    try {
      hits = (await store.read(SEARCH_FULLTEXT, { query, limit }, { maxRows: limit })).rows.map(toHit);
    } catch (error) {
      // No full-text index yet (schema not created) or a query Lucene rejects: the CONTAINS scan still answers.
      if (!(error instanceof QueryError)) throw error;
    }
  }
  if (hits.length > 0) return hits;
  return (await store.read(SEARCH_CONTAINS, { needle, limit }, { maxRows: limit })).rows.map(toHit);
}

function toHit(row: Row): SearchHit {
  return { ...(row.hit as Omit<SearchHit, 'score'>), score: Number(row.score) };
}

export const NEIGHBOURS = `
MATCH (n:Entity {id: $id})-[r:${ALL_RELATIONS}]-(m:Entity)
WHERE type(r) IN $relationTypes
WITH n, r, m, startNode(r) AS s, endNode(r) AS t
RETURN r ${EDGE_FIELDS} AS edge, ${nodeFields('m')} AS node
ORDER BY type(r), r.confidence DESC, m.id SKIP toInteger($skip) LIMIT toInteger($take)`;

export interface NeighbourPage {
  nodes: NodeView[];
  edges: EdgeView[];
  groups: Array<{ type: RelationType; items: Array<{ edge: EdgeView; node: NodeView; direction: 'out' | 'in' }> }>;
  skip: number;
  limit: number;
  hasMore: boolean;
}

export async function readNeighbours(store: Store, id: string, page: Page = { skip: 0, limit: 200 }, relationTypes: RelationType[] = []): Promise<NeighbourPage> {
  const limit = clampPage(page.limit);
  const skip = Math.max(0, Math.floor(page.skip));
  const { rows } = await store.read(NEIGHBOURS, {
    id, skip, take: limit + 1, relationTypes: relationTypes.length ? relationTypes : [...RELATION_TYPES],
  }, { maxRows: limit + 1 });
  const items = rows.slice(0, limit).map((r) => {
    const edge = r.edge as EdgeView;
    return { edge, node: r.node as NodeView, direction: edge.source === id ? 'out' as const : 'in' as const };
  });
  const groups = RELATION_TYPES.map((type) => ({ type, items: items.filter((i) => i.edge.type === type) })).filter((g) => g.items.length > 0);
  const nodes = [...new Map(items.map((i) => [i.node.id, i.node])).values()];
  return { nodes, edges: items.map((i) => i.edge), groups, skip, limit, hasMore: rows.length > limit };
}

export interface PathHop { edge: EdgeView; evidence: EvidenceView[] }
export interface PathView { nodes: NodeView[]; hops: PathHop[] }

/** The hop bound is spliced as a number because Cypher takes no parameter there; it is clamped first. */
export function pathsStatement(maxHops: number, all: boolean): string {
  const hops = Math.min(MAX_PATH_HOPS, Math.max(1, Math.floor(maxHops)));
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ${all ? 'allShortestPaths' : 'shortestPath'}((a)-[:${ALL_RELATIONS}*..${hops}]-(b))
WITH p LIMIT toInteger($maxPaths)
RETURN [n IN nodes(p) | ${nodeFields('n')}] AS nodes,
       [r IN relationships(p) | {r: r, s: startNode(r), t: endNode(r)}] AS rels`;
}

export const HOP_EVIDENCE = `
MATCH (s:Entity {id: $source})<-[:FROM]-(ev:Evidence {type: $type})-[:TO]->(t:Entity {id: $target})
MATCH (ev)-[:IN]->(a:Article)
OPTIONAL MATCH (s)-[ms:MENTIONED_IN]->(a)
OPTIONAL MATCH (t)-[mt:MENTIONED_IN]->(a)
RETURN ${evidenceProjection()}
ORDER BY coalesce(ev.date, a.date, '') DESC, ev.confidence DESC
LIMIT toInteger($limit)`;

export async function readPaths(store: Store, from: string, to: string, options: { maxHops?: number; all?: boolean; maxPaths?: number; evidencePerHop?: number } = {}): Promise<PathView[]> {
  const maxPaths = Math.min(20, Math.max(1, options.maxPaths ?? 5));
  if (from === to) return [];
  const { rows } = await store.read(pathsStatement(options.maxHops ?? 4, options.all ?? true), { from, to, maxPaths }, { maxRows: maxPaths });
  const paths: PathView[] = [];
  for (const row of rows) {
    const rels = row.rels as Array<{ r: { type: string; properties: Record<string, unknown> }; s: { properties: { id: string } }; t: { properties: { id: string } } }>;
    const hops: PathHop[] = [];
    for (const rel of rels) {
      const edge = edgeFromPlain(rel.r, rel.s.properties.id, rel.t.properties.id);
      const evidence = (await store.read(HOP_EVIDENCE, { source: edge.source, target: edge.target, type: edge.type, limit: options.evidencePerHop ?? 3 })).rows.map(toEvidenceView);
      hops.push({ edge, evidence });
    }
    paths.push({ nodes: row.nodes as NodeView[], hops });
  }
  return paths;
}

function edgeFromPlain(r: { type: string; properties: Record<string, unknown> }, source: string, target: string): EdgeView {
  const p = r.properties;
  return {
    id: String(p.id), type: r.type as RelationType, source, target,
    evidenceCount: Number(p.evidenceCount ?? 0), confidence: Number(p.confidence ?? 0),
    firstDate: (p.firstDate as string | null) ?? null, lastDate: (p.lastDate as string | null) ?? null,
    articleIds: (p.articleIds as string[] | null) ?? [], statuses: (p.statuses as string[] | null) ?? [],
  };
}

export const ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (n:Entity)-[m:MENTIONED_IN]->(a)
RETURN a {.id, .title, .date, .source, .author, .url, .text} AS article,
       [x IN collect(CASE WHEN n IS NULL THEN NULL ELSE {id: n.id, name: n.name, type: n.type, starts: m.starts, ends: m.ends} END) WHERE x IS NOT NULL] AS entities`;

export const ARTICLE_EVIDENCE = `
MATCH (ev:Evidence {articleId: $id})-[:IN]->(a:Article {id: $id})
MATCH (ev)-[:FROM]->(s:Entity), (ev)-[:TO]->(t:Entity)
OPTIONAL MATCH (s)-[ms:MENTIONED_IN]->(a)
OPTIONAL MATCH (t)-[mt:MENTIONED_IN]->(a)
RETURN ${evidenceProjection()}
ORDER BY ev.start
LIMIT toInteger($limit)`;

export interface ArticleDetail {
  article: { id: string; title: string; date: string | null; source: string | null; author: string | null; url: string | null; text: string };
  /** Every mention, in text order, with the entity it names. */
  mentions: Array<{ start: number; end: number; entity: EntityRef }>;
  evidence: EvidenceView[];
}

export async function readArticle(store: Store, id: string): Promise<ArticleDetail | null> {
  const { rows } = await store.read(ARTICLE, { id }, { maxRows: 1 });
  const row = rows[0];
  if (!row) return null;
  const entities = row.entities as Array<EntityRef & { starts: number[]; ends: number[] }>;
  const mentions = entities.flatMap(({ starts, ends, ...entity }) => starts.map((start, i) => ({ start, end: ends[i] ?? start, entity })))
    .sort((a, b) => a.start - b.start);
  const evidence = (await store.read(ARTICLE_EVIDENCE, { id, limit: MAX_EVIDENCE_PER_ENTITY }, { maxRows: MAX_EVIDENCE_PER_ENTITY })).rows.map(toEvidenceView);
  return { article: row.article as ArticleDetail['article'], mentions, evidence };
}

/**
 * Served by the per-type relationship id indexes (schema.ts): Neo4j 5 plans the type alternation as a
 * union of one DirectedRelationshipIndexSeek per type (tests/store/relation-index.test.ts pins it).
 */
export const RELATION = `
MATCH (s:Entity)-[r:${ALL_RELATIONS}]->(t:Entity) WHERE r.id = $id
RETURN r ${EDGE_FIELDS} AS edge, s {.id, .name, .type} AS source, t {.id, .name, .type} AS target
LIMIT 1`;

export async function readRelation(store: Store, id: string): Promise<{ edge: EdgeView; source: EntityRef; target: EntityRef; evidence: EvidenceView[] } | null> {
  const { rows } = await store.read(RELATION, { id }, { maxRows: 1 });
  const row = rows[0];
  if (!row) return null;
  const edge = row.edge as EdgeView;
  const evidence = (await store.read(HOP_EVIDENCE, { source: edge.source, target: edge.target, type: edge.type, limit: MAX_EVIDENCE_PER_ENTITY }, { maxRows: MAX_EVIDENCE_PER_ENTITY })).rows.map(toEvidenceView);
  return { edge, source: row.source as EntityRef, target: row.target as EntityRef, evidence };
}

export interface GraphStats {
  articles: number;
  evidence: number;
  entities: Record<EntityType, number>;
  relations: Record<RelationType, number>;
}

/** Label and type counts come from Neo4j's count store, so this stays cheap on a big graph. */
export function statsStatement(): string {
  const entityCounts = ENTITY_TYPES.map((t) => `${t}: COUNT { (:${t}) }`).join(', ');
  const relationCounts = RELATION_TYPES.map((t) => `${t}: COUNT { ()-[:${t}]->() }`).join(', ');
  return `RETURN COUNT { (:Article) } AS articles, COUNT { (:Evidence) } AS evidence,
  {${entityCounts}} AS entities, {${relationCounts}} AS relations`;
}

export async function readStats(store: Store): Promise<GraphStats> {
  const { rows } = await store.read(statsStatement(), {}, { maxRows: 1 });
  return rows[0] as unknown as GraphStats;
}

export interface CypherResult { keys: string[]; rows: Row[]; truncated: boolean }

/** The console: whatever the user typed, in READ mode, so Neo4j itself refuses writes. */
export async function runReadOnlyCypher(store: Store, cypher: string, options: { maxRows?: number; timeoutMs?: number } = {}): Promise<CypherResult> {
  return store.read(cypher, {}, { maxRows: options.maxRows ?? 1000, timeoutMs: options.timeoutMs ?? 10_000 });
}
