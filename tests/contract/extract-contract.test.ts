// The extraction contract on the first article: the shape validates, and every offset points at its text.
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/text/article.js';
import { extract } from '../../src/extract/index.js';
import { ExtractionSchema, ENTITY_TYPES, RELATION_TYPES } from '../../src/types.js';
import { SEED_ARTICLE, runKg } from '../support/env.js';

describe('kg extract on the first article', () => {
  const article = readArticleFile(SEED_ARTICLE);
  const doc = extract(article);

  it('gives a document valid against the schema, with the article metadata', () => {
    expect(() => ExtractionSchema.parse(doc)).not.toThrow();
    expect(doc.article).toMatchObject({
      title: 'Netanyahu to meet Trump as Israel, Hamas ready for truce talks',
      date: '2025-02-04',
      source: 'AFP',
      author: 'Danny Kemp',
    });
    expect(doc.article.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(doc.entities.length).toBeGreaterThan(5);
    expect(doc.relations.length).toBeGreaterThan(3);
  });

  it('slices every evidence sentence exactly out of the article text', () => {
    for (const relation of doc.relations) {
      for (const ev of relation.evidence) {
        expect(article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
      }
    }
  });

  it('slices every mention exactly out of the article text', () => {
    for (const entity of doc.entities) {
      for (const mention of entity.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('links every relation to entities of the same document, with ontology types', () => {
    const ids = new Set(doc.entities.map((e) => e.id));
    expect(ids.size).toBe(doc.entities.length);
    for (const entity of doc.entities) expect(ENTITY_TYPES).toContain(entity.type);
    for (const relation of doc.relations) {
      expect(RELATION_TYPES).toContain(relation.type);
      expect(ids.has(relation.source), `${relation.type} source ${relation.source}`).toBe(true);
      expect(ids.has(relation.target), `${relation.type} target ${relation.target}`).toBe(true);
      expect(relation.source).not.toBe(relation.target);
    }
  });

  it('reads Netanyahu meeting Trump, with stable ids', () => {
    const meets = doc.relations.find((r) => r.type === 'MEETS' && [r.source, r.target].sort().join() === 'person:benjamin-netanyahu,person:donald-trump');
    expect(meets).toBeDefined();
    expect(meets!.evidence[0]!.sentence).toContain('set to meet');
  });

  it('prints the same document as JSON from the CLI', () => {
    const result = runKg(['extract', SEED_ARTICLE, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const printed = ExtractionSchema.parse(JSON.parse(result.stdout));
    expect(printed).toEqual(doc);
  });
});
