// What the API accepts, validated once at the edge: a bad query string gets a 400 that names the field.
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../types.js';
import { MAX_PAGE, MAX_PATH_HOPS } from '../store/reads.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const Id = z.string().trim().min(1, 'expected an id').max(300, 'expected an id of at most 300 characters');

/** Lists travel as `a,b,c` in query strings. */
const splitList = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const EntityTypeList = z.string().transform(splitList).pipe(z.array(EntityTypeSchema));
const RelationTypeList = z.string().transform(splitList).pipe(z.array(RelationTypeSchema));

const intIn = (min: number, max: number, fallback: number) =>
  z.coerce.number().int('expected a whole number').min(min, `expected at least ${min}`).max(max, `expected at most ${max}`).default(fallback);

export const GraphQuerySchema = z.object({
  entityTypes: EntityTypeList.optional(),
  relationTypes: RelationTypeList.optional(),
  articleId: Id.optional(),
  minConfidence: z.coerce.number().min(0, 'expected a number from 0 to 1').max(1, 'expected a number from 0 to 1').optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  skip: intIn(0, 10_000_000, 0),
  limit: intIn(1, MAX_PAGE, 1000),
  /** Keyset paging: "start", then the `next` cursor of each page (cheaper than skip on big graphs). */
  after: z.string().min(1).max(2_000).optional(),
}).strict();

export const IdParamsSchema = z.object({ id: Id }).strict();

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'expected some text to search for').max(200, 'expected at most 200 characters'),
  limit: intIn(1, 50, 10),
}).strict();

export const NeighboursQuerySchema = z.object({
  relationTypes: RelationTypeList.optional(),
  skip: intIn(0, 10_000_000, 0),
  limit: intIn(1, MAX_PAGE, 200),
}).strict();

export const PathsQuerySchema = z.object({
  from: Id,
  to: Id,
  maxHops: intIn(1, MAX_PATH_HOPS, 4),
  all: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  maxPaths: intIn(1, 20, 5),
}).strict();

export const CypherBodySchema = z.object({
  query: z.string().trim().min(1, 'expected a Cypher query').max(20_000, 'expected a query of at most 20000 characters'),
  limit: intIn(1, 5000, 1000),
}).strict();

/** One line a person can act on: which field, and what was expected. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : 'input';
    return `${field}: ${issue.message}`;
  }).join('; ');
}
