// The pure parts of the reads and the API's input checks: no Neo4j needed.
import { describe, expect, it } from 'vitest';
import { fulltextPrefixQuery, graphParams, groupByType, pathsStatement, spansInSentence, MAX_PAGE, type EvidenceView } from '../../src/store/reads.js';
import { GraphQuerySchema, PathsQuerySchema, describeIssues } from '../../src/server/params.js';
import { statusFor } from '../../src/server/index.js';
import { QueryError, StoreError, UsageError } from '../../src/errors.js';

describe('reads: pure helpers', () => {
  it.each([
    ['neta', 'neta*'],
    ['Benjamin  Neta', 'benjamin* AND neta*'],
    ['a* OR "(x', 'a* AND or* AND x*'],
    ['   ', null],
    ['***', null],
  ])('fulltext prefix query for %j is %j', (input, expected) => {
    expect(fulltextPrefixQuery(input)).toBe(expected);
  });

  it('turns article offsets of mentions into sentence offsets, keeping only those inside the sentence', () => {
    expect(spansInSentence(100, 40, 'p:a', { starts: [10, 105, 130, 139], ends: [15, 112, 135, 145] })).toEqual([
      { start: 5, end: 12, entityId: 'p:a' },
      { start: 30, end: 35, entityId: 'p:a' },
    ]);
  });

  it('clamps page sizes and asks for one row more to know whether another page exists', () => {
    const params = graphParams({}, { skip: -3, limit: 1_000_000 });
    expect(params.skip).toBe(0);
    expect(params.take).toBe(MAX_PAGE + 1);
    expect(params.entityTypes).toEqual(['Person', 'State', 'Group', 'Place']);
  });

  it('clamps the hop bound spliced into the path statement', () => {
    expect(pathsStatement(99, true)).toMatch(/allShortestPaths\(\(a\)-\[:MEETS\|[A-Z_|]+\*\.\.8\]-\(b\)\)/);
    expect(pathsStatement(0, false)).toMatch(/shortestPath\(.*\*\.\.1\]/);
  });

  it('groups evidence by relation type in the ontology order, keeping the order within a group', () => {
    const ev = (type: string, idValue: string) => ({ type, id: idValue }) as unknown as EvidenceView;
    const groups = groupByType([ev('REJECTS', '1'), ev('MEETS', '2'), ev('REJECTS', '3')]);
    expect(groups.map((g) => [g.type, g.evidence.map((e) => e.id)])).toEqual([['MEETS', ['2']], ['REJECTS', ['1', '3']]]);
  });
});

describe('API input checks', () => {
  it('parses comma lists and defaults', () => {
    const parsed = GraphQuerySchema.parse({ entityTypes: 'Person, State', limit: '50' });
    expect(parsed).toMatchObject({ entityTypes: ['Person', 'State'], limit: 50, skip: 0 });
  });

  it('names the field and what was expected', () => {
    const result = PathsQuerySchema.safeParse({ from: 'x', maxHops: '12' });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toMatch(/to: .*; maxHops: expected at most 8|maxHops: expected at most 8.*to: /);
  });

  it('maps failures to HTTP statuses: the user\'s mistakes 400, Neo4j down 503', () => {
    expect(statusFor(new UsageError('x'))).toBe(400);
    expect(statusFor(new QueryError('x'))).toBe(400);
    expect(statusFor(new StoreError('x'))).toBe(503);
    expect(statusFor(Object.assign(new Error('x'), { statusCode: 415 }))).toBe(415);
    expect(statusFor(new Error('x'))).toBe(500);
  });
});
