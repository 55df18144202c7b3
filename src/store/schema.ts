// Constraints and indexes: every write MERGEs on a unique id, so none scans a label.
import { RELATION_TYPES } from '../types.js';
import type { Store } from './driver.js';

/**
 * One relationship property index per summary type: Neo4j indexes relationships by a single type, and
 * /api/relation/:id looks a relation up by its id alone (reads.ts asks each type in turn).
 */
export const RELATION_ID_INDEXES = RELATION_TYPES.map((type) =>
  `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.articleId)',
  'CREATE INDEX evidence_date IF NOT EXISTS FOR (n:Evidence) ON (n.date)',
  // Search over names and aliases; aliases are also kept joined in `aliasText` because
  // full-text indexes read string properties.
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]',
  ...RELATION_ID_INDEXES,
] as const;

/** Schema changes cannot share a transaction with data writes, so each runs in its own. */
export async function ensureSchema(store: Store): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await store.write((tx) => tx.run(statement));
  }
  await store.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
}
