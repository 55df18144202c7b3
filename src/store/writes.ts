// Writing one article's extraction: one transaction, batched with UNWIND, MERGE on unique ids only,
// so re-ingesting the same article changes nothing and a second article merges into the same actors.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type Extraction, type RelationType } from '../types.js';
import { evidenceId } from '../text/ids.js';
import type { Store, WriteTx } from './driver.js';

export interface WriteSummary {
  articleId: string;
  entities: number;
  evidence: number;
  relations: number;
  /** Evidence of an earlier reading of this article that the new reading no longer gives. */
  evidenceRemoved: number;
}

/** Labels and relationship types cannot be parameters in Cypher; they come from these closed lists. */
const ENTITY_LABEL: Record<EntityType, string> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, t])) as Record<EntityType, string>;

export const UPSERT_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.date = $article.date, a.source = $article.source,
    a.author = $article.author, a.url = $article.url, a.text = $text`;

export function upsertEntitiesStatement(type: EntityType): string {
  return `
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.aliases = [], n.confidence = e.confidence
SET n:${ENTITY_LABEL[type]},
    n.name = CASE WHEN size(e.name) > size(n.name) THEN e.name ELSE n.name END,
    n.aliases = reduce(acc = n.aliases, alias IN e.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END),
    n.confidence = CASE WHEN e.confidence > n.confidence THEN e.confidence ELSE n.confidence END
SET n.aliasText = reduce(s = '', alias IN n.aliases | s + ' | ' + alias)
WITH n, e
MATCH (a:Article {id: $articleId})
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.count = size(e.starts), m.starts = e.starts, m.ends = e.ends`;
}

/** Mentions and evidence of an earlier reading that the new reading drops. */
export const REMOVE_STALE = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)<-[:IN]-(old:Evidence) WHERE NOT old.id IN $evidenceIds
WITH a, collect(old) AS stale
CALL (stale) { UNWIND stale AS ev DETACH DELETE ev }
WITH a, size(stale) AS removed
OPTIONAL MATCH (n:Entity)-[m:MENTIONED_IN]->(a) WHERE NOT n.id IN $entityIds
DELETE m
RETURN removed`;

export const UPSERT_EVIDENCE = `
UNWIND $evidence AS ev
MATCH (s:Entity {id: ev.sourceId}), (t:Entity {id: ev.targetId}), (a:Article {id: $articleId})
MERGE (e:Evidence {id: ev.id})
SET e.type = ev.type, e.relationId = ev.relationId, e.sourceId = ev.sourceId, e.targetId = ev.targetId,
    e.articleId = $articleId, e.sentence = ev.sentence, e.start = ev.start, e.end = ev.end,
    e.confidence = ev.confidence, e.date = ev.date, e.status = ev.status, e.object = ev.object, e.rule = ev.rule
MERGE (e)-[:FROM]->(s)
MERGE (e)-[:TO]->(t)
MERGE (e)-[:IN]->(a)`;

/**
 * The direct relationship analysts query and the viewer draws, recomputed from all evidence of the
 * (source, type, target) triple, so it is right whatever order articles arrive in.
 */
export function summariseRelationsStatement(type: RelationType): string {
  return `
UNWIND $triples AS tr
MATCH (s:Entity {id: tr.sourceId}), (t:Entity {id: tr.targetId})
OPTIONAL MATCH (s)<-[:FROM]-(e:Evidence {type: '${type}'})-[:TO]->(t)
WITH s, t, tr, collect(e) AS evs
CALL (s, t, evs, tr) {
  WITH s, t, evs, tr WHERE size(evs) = 0
  OPTIONAL MATCH (s)-[old:${type}]->(t)
  DELETE old
}
CALL (s, t, evs, tr) {
  WITH s, t, evs, tr WHERE size(evs) > 0
  MERGE (s)-[r:${type}]->(t)
  SET r.id = tr.relationId,
      r.evidenceCount = size(evs),
      r.confidence = reduce(m = 0.0, e IN evs | CASE WHEN e.confidence > m THEN e.confidence ELSE m END),
      r.firstDate = reduce(d = null, e IN evs | CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date < d) THEN e.date ELSE d END),
      r.lastDate = reduce(d = null, e IN evs | CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date > d) THEN e.date ELSE d END),
      r.articleIds = reduce(ids = [], e IN evs | CASE WHEN e.articleId IN ids THEN ids ELSE ids + e.articleId END),
      r.statuses = reduce(ss = [], e IN evs | CASE WHEN e.status IS NULL OR e.status IN ss THEN ss ELSE ss + e.status END)
}`;
}

/** Entities no article mentions any more (an earlier reading named them) are removed with their edges. */
export const REMOVE_ORPHAN_ENTITIES = `
UNWIND $entityIds AS id
MATCH (n:Entity {id: id})
WHERE NOT (n)-[:MENTIONED_IN]->()
DETACH DELETE n`;

export const STALE_TRIPLES = `
MATCH (a:Article {id: $articleId})<-[:IN]-(e:Evidence)
RETURN DISTINCT e.type AS type, e.sourceId AS sourceId, e.targetId AS targetId, e.relationId AS relationId`;

export const MENTIONED_ENTITY_IDS = `
MATCH (n:Entity)-[:MENTIONED_IN]->(a:Article {id: $articleId}) RETURN collect(n.id) AS ids`;

interface Triple { type: RelationType; sourceId: string; targetId: string; relationId: string }

/** The parameters of one article's write, derived purely from the extraction. */
export function articleWritePlan(doc: Extraction) {
  const articleId = doc.article.id;
  const evidence = doc.relations.flatMap((relation) =>
    relation.evidence.map((ev) => ({
      id: evidenceId(articleId, relation.id, ev.start, ev.end),
      relationId: relation.id,
      type: relation.type,
      sourceId: relation.source,
      targetId: relation.target,
      sentence: ev.sentence,
      start: ev.start,
      end: ev.end,
      confidence: ev.confidence ?? relation.confidence,
      date: ev.date ?? null,
      status: ev.status ?? null,
      object: ev.object ?? null,
      rule: ev.rule ?? null,
    })),
  );
  const triples: Triple[] = doc.relations.map((r) => ({ type: r.type, sourceId: r.source, targetId: r.target, relationId: r.id }));
  const entitiesByType = new Map<EntityType, unknown[]>();
  for (const entity of doc.entities) {
    const list = entitiesByType.get(entity.type) ?? [];
    list.push({
      id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, confidence: entity.confidence,
      starts: entity.mentions.map((m) => m.start), ends: entity.mentions.map((m) => m.end),
    });
    entitiesByType.set(entity.type, list);
  }
  return { articleId, evidence, triples, entitiesByType };
}

/** Writes one article in one transaction; re-running it with the same extraction changes nothing. */
export async function writeArticle(store: Store, doc: Extraction, text: string): Promise<WriteSummary> {
  const plan = articleWritePlan(doc);
  const article = { source: null, author: null, url: null, date: null, ...doc.article };
  return store.write(async (tx) => {
    const previous = await tx.run(STALE_TRIPLES, { articleId: plan.articleId });
    const previousEntities = ((await tx.run(MENTIONED_ENTITY_IDS, { articleId: plan.articleId }))[0]?.ids as string[] | undefined) ?? [];
    await tx.run(UPSERT_ARTICLE, { article, text });
    for (const [type, entities] of plan.entitiesByType) {
      await tx.run(upsertEntitiesStatement(type), { entities, articleId: plan.articleId });
    }
    const removedRows = await tx.run(REMOVE_STALE, {
      articleId: plan.articleId,
      evidenceIds: plan.evidence.map((e) => e.id),
      entityIds: doc.entities.map((e) => e.id),
    });
    await tx.run(UPSERT_EVIDENCE, { evidence: plan.evidence, articleId: plan.articleId });
    await summarise(tx, [...plan.triples, ...(previous as unknown as Triple[])]);
    await tx.run(REMOVE_ORPHAN_ENTITIES, { entityIds: previousEntities });
    return {
      articleId: plan.articleId,
      entities: doc.entities.length,
      evidence: plan.evidence.length,
      relations: plan.triples.length,
      evidenceRemoved: Number(removedRows[0]?.removed ?? 0),
    };
  });
}

async function summarise(tx: WriteTx, triples: Triple[]): Promise<void> {
  for (const type of RELATION_TYPES) {
    const ofType = dedupeTriples(triples.filter((t) => t.type === type));
    if (ofType.length > 0) await tx.run(summariseRelationsStatement(type), { triples: ofType });
  }
}

function dedupeTriples(triples: Triple[]): Triple[] {
  const seen = new Map<string, Triple>();
  for (const t of triples) seen.set(`${t.sourceId}\u0000${t.targetId}`, t);
  return [...seen.values()];
}
