// The JSON API against a real Neo4j: answers match Cypher counts, bad input gets a 400 that says why,
// and the Cypher console cannot write.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { ensureSchema } from '../../src/store/schema.js';
import type { Store } from '../../src/store/driver.js';
import { CAN_WIPE, WIPE_SKIP_REASON, count, openTestStore, wipe } from '../support/env.js';
import { IMG_MARKUP, MARKUP_TITLE, id, writeFixtureGraph } from '../fixtures/viewer/graph.js';

if (!CAN_WIPE) console.warn(`tests/server skipped: ${WIPE_SKIP_REASON}`);

describe.skipIf(!CAN_WIPE)('JSON API', () => {
  let store: Store;
  let server: RunningServer;
  let articleIds: string[];

  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, body: await response.json() as Record<string, any> };
  };
  const cypher = async (query: unknown) => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
    });
    return { status: response.status, body: await response.json() as Record<string, any> };
  };

  beforeAll(async () => {
    store = await openTestStore();
    await wipe(store);
    await ensureSchema(store);
    articleIds = (await writeFixtureGraph(store)).map((a) => a.doc.article.id);
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('binds 127.0.0.1 on the port it was given (0: any free one)', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('/api/graph returns as many nodes and edges as Neo4j holds', async () => {
    const { status, body } = await get('/api/graph');
    expect(status).toBe(200);
    expect(body.nodes.length).toBe(await count(store, 'MATCH (n:Entity) RETURN count(n) AS n'));
    expect(body.edges.length).toBe(await count(store, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'));
    expect(body.hasMore).toBe(false);
  });

  it('/api/graph pages with skip and limit, and every page together is the whole graph', async () => {
    const nodes = new Set<string>();
    let pages = 0;
    for (let skip = 0; ; skip += 2) {
      const { body } = await get(`/api/graph?skip=${skip}&limit=2`);
      expect(body.nodes.length).toBeLessThanOrEqual(2);
      body.nodes.forEach((n: { id: string }) => nodes.add(n.id));
      pages += 1;
      if (!body.hasMore) break;
    }
    expect(pages).toBeGreaterThan(1);
    expect(nodes.size).toBe(await count(store, 'MATCH (n:Entity) RETURN count(n) AS n'));
  });

  it('/api/graph pages with a cursor (after=start, then each next): every node and edge once, the same as one big page', async () => {
    const nodes: string[] = [];
    const edges: string[] = [];
    let pages = 0;
    for (let after: string | undefined = 'start'; after;) {
      const { status, body } = await get(`/api/graph?after=${encodeURIComponent(after)}&limit=2&relationTypes=MEETS,MEDIATES,REJECTS,ATTACKS`);
      expect(status).toBe(200);
      expect(body.nodes.length).toBeLessThanOrEqual(2);
      expect(body.edges.length).toBeLessThanOrEqual(2);
      nodes.push(...body.nodes.map((n: { id: string }) => n.id));
      edges.push(...body.edges.map((e: { id: string }) => e.id));
      expect(body.hasMore).toBe(body.next !== undefined);
      after = body.next;
      pages += 1;
    }
    const whole = (await get('/api/graph?limit=2000&relationTypes=MEETS,MEDIATES,REJECTS,ATTACKS')).body;
    expect(pages).toBeGreaterThan(1);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(new Set(edges).size).toBe(edges.length);
    expect([...nodes].sort()).toEqual(whole.nodes.map((n: { id: string }) => n.id).sort());
    expect([...edges].sort()).toEqual(whole.edges.map((e: { id: string }) => e.id).sort());
    // More edges than one page holds, over several relation types: the cursor crosses from one type to the next.
    expect(edges.length).toBeGreaterThan(2);
    expect(new Set(whole.edges.map((e: { type: string }) => e.type)).size).toBeGreaterThan(1);
  });

  it('/api/graph refuses a cursor it did not give, saying how to start', async () => {
    const { status, body } = await get('/api/graph?after=not-a-cursor');
    expect(status).toBe(400);
    expect(body.error).toMatch(/after=start/);
  });

  it('/api/graph filters by entity type, relation type, confidence, article and dates', async () => {
    const people = (await get('/api/graph?entityTypes=Person')).body;
    expect(people.nodes.every((n: { type: string }) => n.type === 'Person')).toBe(true);
    expect(people.edges.every((e: { type: string }) => e.type === 'MEETS')).toBe(true);
    const meets = (await get('/api/graph?relationTypes=MEETS,MEDIATES')).body;
    expect(new Set(meets.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['MEETS', 'MEDIATES']));
    expect((await get('/api/graph?minConfidence=0.95')).body.edges).toEqual([]);
    const second = (await get(`/api/graph?articleId=${articleIds[1]}`)).body;
    expect(second.nodes.map((n: { id: string }) => n.id)).toContain(id('Isla Moreau'));
    expect(second.nodes.map((n: { id: string }) => n.id)).not.toContain(id('Corvin Hale') + 'x');
    const early = (await get('/api/graph?to=2025-03-02')).body;
    expect(early.edges.map((e: { type: string }) => e.type)).not.toContain('ATTACKS');
  });

  it.each([
    ['/api/graph?limit=abc', /limit: /],
    ['/api/graph?limit=0', /limit: expected at least 1/],
    ['/api/graph?entityTypes=Robot', /entityTypes/],
    ['/api/graph?minConfidence=2', /minConfidence: expected a number from 0 to 1/],
    ['/api/graph?from=yesterday', /from: expected a date as YYYY-MM-DD/],
    ['/api/graph?colour=red', /colour|Unrecognized/i],
    ['/api/search', /q: /],
    ['/api/paths?from=person:x', /to: /],
    ['/api/neighbours/x?limit=-1', /limit/],
  ])('%s is refused with 400 and a message that names the field', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('answers 404 with a message for an unknown entity, article, relation or route', async () => {
    for (const path of ['/api/entity/person:nobody', '/api/article/a-none', '/api/relation/r-none', '/api/nothing']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(404);
      expect(body.error).toMatch(/^No /);
    }
  });

  it('/api/entity gives aliases, articles and relations grouped by type, evidence newest first, mentions marked', async () => {
    const { status, body } = await get(`/api/entity/${encodeURIComponent(id('Beltran Okafor'))}`);
    expect(status).toBe(200);
    expect(body.entity.name).toBe('Beltran Okafor');
    expect(body.entity.aliases).toEqual(['Okafor']);
    expect(body.articles).toHaveLength(2);
    const meets = body.relations.find((g: { type: string }) => g.type === 'MEETS');
    expect(meets.evidence.map((e: { date: string }) => e.date)).toEqual(['2025-03-05', '2025-03-01']);
    const ev = meets.evidence[0];
    expect(ev.spans.map((s: { start: number; end: number }) => ev.sentence.slice(s.start, s.end))).toEqual(['Beltran Okafor', 'Corvin Hale']);
    expect(body.relations.map((g: { type: string }) => g.type)).toEqual(['MEETS', 'MEDIATES']);
  });

  it('/api/search suggests by prefix of a name or alias', async () => {
    expect((await get('/api/search?q=corv')).body.hits[0].name).toBe('Corvin Hale');
    expect((await get('/api/search?q=okaf')).body.hits[0].name).toBe('Beltran Okafor');
    expect((await get('/api/search?q=rthern')).body.hits[0].name).toBe('Northern Front');
    expect((await get('/api/search?q=' + encodeURIComponent('a* OR "(x'))).status).toBe(200);
  });

  it('/api/neighbours pages an entity\'s neighbours grouped by relation type', async () => {
    const all = (await get(`/api/neighbours/${encodeURIComponent(id('Aldoria'))}`)).body;
    expect(all.nodes.map((n: { id: string }) => n.id).sort()).toEqual([id('Beltran Okafor'), id('Isla Moreau'), id('Northern Front')].sort());
    expect(all.groups.map((g: { type: string }) => g.type)).toEqual(['MEDIATES', 'ATTACKS', 'SUPPORTS', 'CRITICIZES']);
    const first = (await get(`/api/neighbours/${encodeURIComponent(id('Aldoria'))}?limit=2`)).body;
    expect(first.edges).toHaveLength(2);
    expect(first.hasMore).toBe(true);
  });

  it('/api/paths finds the shortest paths with evidence per hop', async () => {
    const { body } = await get(`/api/paths?from=${encodeURIComponent(id('Isla Moreau'))}&to=${encodeURIComponent(id('Corvin Hale'))}`);
    expect(body.paths.length).toBeGreaterThan(0);
    const path = body.paths[0];
    expect(path.nodes[0].id).toBe(id('Isla Moreau'));
    expect(path.nodes.at(-1).id).toBe(id('Corvin Hale'));
    expect(path.hops.length).toBe(path.nodes.length - 1);
    for (const hop of path.hops) expect(hop.evidence.length).toBeGreaterThan(0);
  });

  it('/api/article gives the text, mentions with offsets and types, and the evidence read there', async () => {
    const { body } = await get(`/api/article/${articleIds[0]}`);
    expect(body.article.title).toBe(MARKUP_TITLE);
    expect(body.article.text).toContain(IMG_MARKUP);
    for (const m of body.mentions) expect(body.article.text.slice(m.start, m.end)).toBe(m.entity.name);
    expect(body.mentions[0].entity.type).toBe('Person');
    expect(body.evidence.length).toBe(4);
  });

  it('/api/relation gives one summary relationship and all its evidence', async () => {
    const { body: graph } = await get('/api/graph?relationTypes=MEETS');
    const { status, body } = await get(`/api/relation/${graph.edges[0].id}`);
    expect(status).toBe(200);
    expect(body.edge.evidenceCount).toBe(2);
    expect(body.evidence).toHaveLength(2);
  });

  it('/api/stats counts entities, relations, articles and evidence', async () => {
    const { body } = await get('/api/stats');
    expect(body.articles).toBe(2);
    expect(body.entities.Person).toBe(3);
    expect(body.relations.MEETS).toBe(1);
    expect(body.evidence).toBe(await count(store, 'MATCH (e:Evidence) RETURN count(e) AS n'));
  });

  it('/api/cypher answers a read query', async () => {
    const { status, body } = await cypher('MATCH (n:Person) RETURN n.name AS name ORDER BY name');
    expect(status).toBe(200);
    expect(body.keys).toEqual(['name']);
    expect(body.rows.map((r: { name: string }) => r.name)).toContain('Corvin Hale');
  });

  it('/api/cypher refuses CREATE with a readable message and the graph is unchanged', async () => {
    const before = await count(store, 'MATCH (n) RETURN count(n) AS n');
    const { status, body } = await cypher('CREATE (n:Entity {id: "evil"})');
    expect(status).toBe(400);
    expect(body.error).toMatch(/writes to the graph; only read-only queries are allowed/);
    const detach = await cypher('MATCH (n) DETACH DELETE n');
    expect(detach.status).toBe(400);
    expect(await count(store, 'MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('/api/cypher reports malformed Cypher and a missing query readably', async () => {
    const malformed = await cypher('MATCH (n RETURN n');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/Neo4j could not run the query: .*Check the Cypher syntax/);
    const missing = await cypher('');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/query: expected a Cypher query/);
    const notJson = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await notJson.json() as { error: string }).error).toBeTruthy();
  });

  it('builds the viewer on startup when its folder is missing, as on a fresh clone', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-dist-')), 'viewer');
    const fresh = await startServer({ store, port: 0, viewerDir: dir });
    try {
      const script = await fetch(`${fresh.url}/app.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect(existsSync(join(dir, 'index.html'))).toBe(true);
    } finally {
      await fresh.close();
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });

  it('serves the viewer page at / and nothing outside its folder', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('app.js');
    expect((await fetch(`${server.url}/app.js`)).status).toBe(200);
    expect((await fetch(`${server.url}/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});

describe.skipIf(!CAN_WIPE)('JSON API when Neo4j goes away', () => {
  it('answers 503 with a message that names the server and what to do', async () => {
    const store = await openTestStore();
    const server = await startServer({ store, port: 0 });
    try {
      await store.close();
      const response = await fetch(`${server.url}/api/stats`);
      const body = await response.json() as { error: string };
      expect(response.status).toBe(503);
      expect(body.error).toMatch(/Neo4j/);
    } finally {
      await server.close();
    }
  });
});
