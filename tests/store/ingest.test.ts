// Ingest into a real Neo4j: counts equal the extraction, re-ingest changes nothing, articles merge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/text/article.js';
import { extract } from '../../src/extract/index.js';
import { ingestFiles } from '../../src/ingest/index.js';
import { ensureSchema } from '../../src/store/schema.js';
import { Store } from '../../src/store/driver.js';
import {
  REMOVE_ORPHAN_ENTITIES, REMOVE_STALE, STALE_TRIPLES, UPSERT_ARTICLE, UPSERT_EVIDENCE, MENTIONED_ENTITY_IDS,
  upsertEntitiesStatement, summariseRelationsStatement,
} from '../../src/store/writes.js';
import { CAN_WIPE, FIXTURES, SEED_ARTICLE, WIPE_SKIP_REASON, count, openTestStore, runKg, wipe } from '../support/env.js';

const SECOND_ARTICLE = `${FIXTURES}/articles/2025-02-06-second-meeting.txt`;

if (!CAN_WIPE) console.warn(`tests/store skipped: ${WIPE_SKIP_REASON}`);

describe.skipIf(!CAN_WIPE)('ingest into Neo4j', () => {
  let store: Store;
  const seed = extract(readArticleFile(SEED_ARTICLE));
  const second = extract(readArticleFile(SECOND_ARTICLE));

  const graphCounts = async () => ({
    entities: await count(store, 'MATCH (n:Entity) RETURN count(n) AS n'),
    articles: await count(store, 'MATCH (n:Article) RETURN count(n) AS n'),
    evidence: await count(store, 'MATCH (n:Evidence) RETURN count(n) AS n'),
    relations: await count(store, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'),
    allNodes: await count(store, 'MATCH (n) RETURN count(n) AS n'),
    allRelationships: await count(store, 'MATCH ()-[r]->() RETURN count(r) AS n'),
  });

  beforeAll(async () => {
    store = await openTestStore();
    await wipe(store);
    await ensureSchema(store);
  });
  afterAll(async () => store?.close());

  it('stores as many entities, evidence records and relations as the extraction holds', async () => {
    await ingestFiles(store, [SEED_ARTICLE]);
    const counts = await graphCounts();
    expect(counts.articles).toBe(1);
    expect(counts.entities).toBe(seed.entities.length);
    expect(counts.evidence).toBe(seed.relations.reduce((sum, r) => sum + r.evidence.length, 0));
    expect(counts.relations).toBe(seed.relations.length);
  });

  it('labels entities by type beside the common :Entity label', async () => {
    for (const type of ['Person', 'State', 'Group'] as const) {
      const expected = seed.entities.filter((e) => e.type === type).length;
      expect(await count(store, `MATCH (n:Entity:${type}) RETURN count(n) AS n`)).toBe(expected);
    }
  });

  it('changes no count when the same article is ingested again', async () => {
    const before = await graphCounts();
    await ingestFiles(store, [SEED_ARTICLE]);
    expect(await graphCounts()).toEqual(before);
  });

  it('finds Netanyahu MEETS Trump and, through its evidence, the sentence it was read from', async () => {
    const { rows } = await store.read(`
      MATCH (a:Person {name: 'Benjamin Netanyahu'})-[r:MEETS]-(b:Person {name: 'Donald Trump'})
      MATCH (a)<-[:FROM|TO]-(ev:Evidence {type: 'MEETS'})-[:FROM|TO]->(b)
      MATCH (ev)-[:IN]->(art:Article)
      RETURN r.evidenceCount AS count, ev.sentence AS sentence, ev.start AS start, art.title AS title, art.text AS text`);
    expect(rows.length).toBeGreaterThan(0);
    const row = rows[0]!;
    expect(Number(row.count)).toBeGreaterThanOrEqual(1);
    expect(row.title).toBe('Netanyahu to meet Trump as Israel, Hamas ready for truce talks');
    expect(String(row.text).slice(Number(row.start), Number(row.start) + String(row.sentence).length)).toBe(row.sentence);
    expect(rows.map((r) => r.sentence)).toContainEqual(expect.stringContaining('set to meet President Donald Trump'));
  });

  it('merges a second article that names the same actors into the same nodes and adds its evidence', async () => {
    const before = await graphCounts();
    await ingestFiles(store, [SECOND_ARTICLE]);
    const after = await graphCounts();
    const seedIds = new Set(seed.entities.map((e) => e.id));
    const newActors = second.entities.filter((e) => !seedIds.has(e.id)).length;
    expect(second.entities.length - newActors).toBeGreaterThanOrEqual(3); // Netanyahu, Trump, Israel at least are shared
    expect(after.articles).toBe(2);
    expect(after.entities).toBe(before.entities + newActors);
    expect(after.evidence).toBe(before.evidence + second.relations.reduce((sum, r) => sum + r.evidence.length, 0));
    const { rows } = await store.read(`
      MATCH (:Person {id: 'person:benjamin-netanyahu'})-[r:MEETS]-(:Person {id: 'person:donald-trump'})
      RETURN r.evidenceCount AS count, r.articleIds AS articles`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.articles as string[]).toHaveLength(2);
    expect(Number(rows[0]!.count)).toBeGreaterThanOrEqual(2);
    const mentions = await count(store, `MATCH (:Entity {id: 'person:donald-trump'})-[m:MENTIONED_IN]->(:Article) RETURN count(m) AS n`);
    expect(mentions).toBe(2);
  });

  it('plans no write statement with a scan of a whole label', async () => {
    const statements = [
      UPSERT_ARTICLE, REMOVE_STALE, UPSERT_EVIDENCE, REMOVE_ORPHAN_ENTITIES, STALE_TRIPLES, MENTIONED_ENTITY_IDS,
      upsertEntitiesStatement('Person'), summariseRelationsStatement('MEETS'),
    ];
    for (const statement of statements) {
      const operators = await store.planOperators(statement, {
        article: { id: 'x', title: 't', date: null, source: null, author: null, url: null }, text: 't',
        articleId: 'x', entities: [], evidence: [], evidenceIds: [], entityIds: [], triples: [],
      });
      expect(operators.length).toBeGreaterThan(0);
      expect(operators.filter((op) => /AllNodesScan|NodeByLabelScan/.test(op)), statement).toEqual([]);
    }
  });

  it('kg query answers a read and refuses CREATE, which leaves the graph as it was', async () => {
    const before = await graphCounts();
    const read = runKg(['query', 'MATCH (p:Person)-[:MEETS]-(q:Person) RETURN p.name AS a, q.name AS b']);
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout).toContain('Benjamin Netanyahu');
    const refused = runKg(['query', 'CREATE (n)']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/writes to the graph; only read-only queries/);
    expect(await graphCounts()).toEqual(before);
    const malformed = runKg(['query', 'MATCH (n RETURN n']);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/could not run the query/);
  });

  it('reports a refused password with the URI and what to set', async () => {
    const result = runKg(['query', 'RETURN 1'], { NEO4J_PASSWORD: 'not-the-password' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(store.config.uri);
    expect(result.stderr).toMatch(/refused user "neo4j"/);
    expect(result.stderr).toContain('NEO4J_PASSWORD');
  });
});
