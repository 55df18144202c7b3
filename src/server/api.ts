// The JSON API under /api: each route validates its input, calls one read from store/reads.ts, returns data.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Store } from '../store/driver.js';
import {
  readArticle, readEntity, readGraph, readGraphAfter, readNeighbours, readPaths, readRelation, readStats, runReadOnlyCypher, searchEntities,
} from '../store/reads.js';
import {
  CypherBodySchema, GraphQuerySchema, IdParamsSchema, NeighboursQuerySchema, PathsQuerySchema, SearchQuerySchema, describeIssues,
} from './params.js';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new UsageError(`Bad ${where}: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}

function notFound(reply: FastifyReply, what: string, id: string) {
  return reply.code(404).send({ error: `No ${what} with id "${id}".` });
}

export function registerApi(app: FastifyInstance, store: Store): void {
  app.get('/api/graph', async (req) => {
    const { skip, limit, after, ...filter } = parseInput(GraphQuerySchema, req.query, 'query');
    return after ? readGraphAfter(store, filter, after, limit) : readGraph(store, filter, { skip, limit });
  });

  app.get('/api/entity/:id', async (req, reply) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'entity id');
    return (await readEntity(store, id)) ?? notFound(reply, 'entity', id);
  });

  app.get('/api/search', async (req) => {
    const { q, limit } = parseInput(SearchQuerySchema, req.query, 'search');
    return { hits: await searchEntities(store, q, limit) };
  });

  app.get('/api/neighbours/:id', async (req) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'entity id');
    const { skip, limit, relationTypes } = parseInput(NeighboursQuerySchema, req.query, 'query');
    return readNeighbours(store, id, { skip, limit }, relationTypes ?? []);
  });

  app.get('/api/paths', async (req) => {
    const { from, to, maxHops, all, maxPaths } = parseInput(PathsQuerySchema, req.query, 'query');
    return { paths: await readPaths(store, from, to, { maxHops, all, maxPaths }) };
  });

  app.get('/api/article/:id', async (req, reply) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'article id');
    return (await readArticle(store, id)) ?? notFound(reply, 'article', id);
  });

  app.get('/api/relation/:id', async (req, reply) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'relation id');
    return (await readRelation(store, id)) ?? notFound(reply, 'relation', id);
  });

  app.post('/api/cypher', async (req) => {
    const { query, limit } = parseInput(CypherBodySchema, req.body, 'request body');
    return runReadOnlyCypher(store, query, { maxRows: limit });
  });

  app.get('/api/stats', async () => readStats(store));
}
