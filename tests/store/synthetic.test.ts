// The synthetic graph generator against a real Neo4j: it writes exactly what was asked in ingest's shape,
// the same seed gives the same graph, and clearing removes it while real articles and actors stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { readEntity, readGraph, readRelation } from '../../src/store/reads.js';
import { ensureSchema } from '../../src/store/schema.js';
import { clearSynthetic, countSynthetic, generateSynthetic, writeSynthetic } from '../../src/store/synthetic.js';
import { CAN_WIPE, WIPE_SKIP_REASON, count, openTestStore, wipe } from '../support/env.js';
import { writeFixtureGraph } from '../fixtures/viewer/graph.js';

if (!CAN_WIPE) console.warn(`tests/store skipped: ${WIPE_SKIP_REASON}`);

const SMALL = { entities: 50, relations: 200, seed: 7 };

describe('synthetic graph generation', () => {
  it('gives the same graph for the same seed and another for another seed', () => {
    const ids = (seed: number) => generateSynthetic({ ...SMALL, seed }).relations.map((r) => r.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(8)).not.toEqual(ids(7));
  });

  it('gives every entity a relation and some entities many (hubs)', () => {
    const graph = generateSynthetic({ entities: 1_000, relations: 5_000, seed: 1 });
    const degree = new Map<string, number>();
    for (const r of graph.relations) for (const end of [r.sourceId, r.targetId]) degree.set(end, (degree.get(end) ?? 0) + 1);
    expect(degree.size).toBe(1_000);
    expect(Math.max(...degree.values())).toBeGreaterThan(10 * (2 * 5_000) / 1_000);
  });

  it('refuses more relations than the entities can carry, with a message', () => {
    expect(() => generateSynthetic({ entities: 2, relations: 100, seed: 1 })).toThrow(/cannot carry 100 distinct relations/);
  });
});

describe.skipIf(!CAN_WIPE)('synthetic graph in Neo4j', () => {
  let store: Store;
  let realCounts: { nodes: number; relationships: number };
  const graph = generateSynthetic(SMALL);

  const realGraph = async () => ({
    nodes: await count(store, 'MATCH (n) RETURN count(n) AS n'),
    relationships: await count(store, 'MATCH ()-[r]->() RETURN count(r) AS n'),
  });

  beforeAll(async () => {
    store = await openTestStore();
    await wipe(store);
    await ensureSchema(store);
    await writeFixtureGraph(store);
    realCounts = await realGraph();
    await writeSynthetic(store, graph);
  });
  afterAll(async () => store?.close());

  it('writes the requested entities and relations, one evidence each, in articles marked synthetic', async () => {
    const counts = await countSynthetic(store);
    expect(counts).toEqual({ entities: 50, relations: 200, evidence: 200, articles: graph.articles.length });
    expect(await count(store, `MATCH (a:Article) WHERE a.id STARTS WITH 'synthetic-' RETURN count(a) AS n`)).toBe(10);
  });

  it('writing the same graph again changes nothing', async () => {
    await writeSynthetic(store, graph);
    expect(await countSynthetic(store)).toEqual({ entities: 50, relations: 200, evidence: 200, articles: 10 });
  });

  it('is read by the API reads like ingested data: graph, entity with evidence marked, relation', async () => {
    const page = await readGraph(store, {}, { skip: 0, limit: 2_000 });
    const summaryEdges = await count(store, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
    expect(summaryEdges).toBeGreaterThan(200);
    expect(page.edges.length).toBe(summaryEdges);
    expect(page.nodes.length).toBe(await count(store, 'MATCH (n:Entity) RETURN count(n) AS n'));
    const hub = graph.relations[0]!;
    const relation = await readRelation(store, hub.id);
    expect(relation?.edge).toMatchObject({ id: hub.id, type: hub.type, source: hub.sourceId, target: hub.targetId, evidenceCount: 1 });
    expect(relation?.evidence).toHaveLength(1);
    const entity = await readEntity(store, hub.sourceId);
    expect(entity?.entity.articles).toBeGreaterThan(0);
    const evidence = entity!.relations.flatMap((g) => g.evidence)[0]!;
    expect(evidence.spans.map((s) => evidence.sentence.slice(s.start, s.end))).toContain(entity!.entity.name);
  });

  it('--clear removes every synthetic node and relationship and leaves the rest as it was', async () => {
    await clearSynthetic(store);
    expect(await countSynthetic(store)).toEqual({ entities: 0, relations: 0, evidence: 0, articles: 0 });
    expect(await realGraph()).toEqual(realCounts);
  });
});
