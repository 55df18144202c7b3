// Gold readings (ontology.md, "Gold files"): the schema that validates them and the loader.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleError } from '../errors.js';
import { EntityTypeSchema, IsoDate, RelationTypeSchema } from '../types.js';
import { nameKeys } from './normalise.js';

const End = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const GoldEntitySchema = z.object({
  name: z.string().min(1),
  // Places are never scored, so a gold file that lists one is a mistake in the gold.
  type: EntityTypeSchema.exclude(['Place']),
  aliases: z.array(z.string().min(1)).optional(),
  optional: z.boolean().optional(),
}).strict();

export const GoldRelationSchema = z.object({
  source: End,
  type: RelationTypeSchema,
  target: End,
  optional: z.boolean().optional(),
}).strict();

export const GoldSchema = z.object({
  article: z.string().min(1),
  date: IsoDate.optional(),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
}).strict();

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldRelation = z.infer<typeof GoldRelationSchema>;
export type Gold = z.infer<typeof GoldSchema>;

export function loadGold(file: string): Gold {
  if (!existsSync(file)) throw new ArticleError(`${file}: no such gold file.`, 'Check the path.');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ArticleError(`${file} is not valid JSON (${(error as Error).message}).`, 'Fix the gold file; see docs/ontology.md for its format.');
  }
  return parseGold(raw, file);
}

/** Validates a gold document; relation ends must name a gold entity, so a typo cannot silently score as a miss. */
export function parseGold(raw: unknown, where = 'the gold file'): Gold {
  const parsed = GoldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ArticleError(`${where} is not a valid gold file${at}: ${issue?.message ?? 'invalid'}.`, 'See docs/ontology.md for the gold format.');
  }
  const gold = parsed.data;
  const known = new Set<string>();
  for (const entity of gold.entities) for (const key of nameKeys(entity.name, entity.aliases)) known.add(key);
  gold.relations.forEach((relation, i) => {
    for (const end of [relation.source, relation.target].flat()) {
      const keys = nameKeys(end);
      if (![...keys].some((key) => known.has(key))) {
        throw new ArticleError(`${where}: relation ${i} (${relation.type}) names "${end}", which is no gold entity.`, 'Add the entity or fix the name.');
      }
    }
  });
  return gold;
}
