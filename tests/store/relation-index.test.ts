// /api/relation/:id finds a relation through the per-type relationship id indexes, never by scanning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { GRAPH_NODES_AFTER, RELATION, graphEdgesAfter, graphParams } from '../../src/store/reads.js';
import { RELATION_ID_INDEXES, ensureSchema } from '../../src/store/schema.js';
import { RELATION_TYPES } from '../../src/types.js';
import { CAN_WIPE, WIPE_SKIP_REASON, openTestStore, wipe } from '../support/env.js';

if (!CAN_WIPE) console.warn(`tests/store skipped: ${WIPE_SKIP_REASON}`);

describe('relationship id indexes', () => {
  it('are declared for every relation type', () => {
    expect(RELATION_ID_INDEXES).toHaveLength(RELATION_TYPES.length);
    expect(RELATION_ID_INDEXES[0]).toBe('CREATE INDEX rel_meets_id IF NOT EXISTS FOR ()-[r:MEETS]-() ON (r.id)');
  });
});

describe.skipIf(!CAN_WIPE)('relation lookup plan', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await wipe(store);
    await ensureSchema(store);
  });
  afterAll(async () => store?.close());

  it('seeks one index per relation type and scans no relationships', async () => {
    const operators = (await store.planOperators(RELATION, { id: 'r-any' })).map((op) => op.split('@')[0]);
    expect(operators.filter((op) => op === 'DirectedRelationshipIndexSeek')).toHaveLength(RELATION_TYPES.length);
    expect(operators.filter((op) => /Scan/.test(op!))).toEqual([]);
  });

  it('reads graph pages after a cursor by index range seeks, so a page costs the same late in the graph as early', async () => {
    const params = { ...graphParams({}, { skip: 0, limit: 100 }), after: 'm' };
    const nodeOps = (await store.planOperators(GRAPH_NODES_AFTER, params)).map((op) => op.split('@')[0]);
    expect(nodeOps).toContain('NodeUniqueIndexSeekByRange');
    expect(nodeOps.filter((op) => /Scan/.test(op!))).toEqual([]);
    const edgeOps = (await store.planOperators(graphEdgesAfter('MEETS'), params)).map((op) => op.split('@')[0]);
    expect(edgeOps).toContain('DirectedRelationshipIndexSeekByRange');
    expect(edgeOps.filter((op) => /Scan/.test(op!))).toEqual([]);
  });
});
