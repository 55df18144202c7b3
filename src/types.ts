// The shapes that travel through the pipeline, declared once with the schemas that validate them.
import { z } from 'zod';

export const ENTITY_TYPES = ['Person', 'State', 'Group', 'Place'] as const;
export const RELATION_TYPES = [
  'MEETS', 'MEDIATES', 'REJECTS',
  'NEGOTIATES_WITH', 'ATTACKS', 'FIGHTS', 'SUPPORTS', 'PRESSURES', 'CRITICIZES',
  'LEADS', 'WORKS_FOR', 'MEMBER_OF',
] as const;
export const CORE_RELATION_TYPES = ['MEETS', 'MEDIATES', 'REJECTS'] as const;
/** Relations whose direction carries no meaning (ontology.md): stored with ends in id order. */
export const SYMMETRIC_RELATION_TYPES = ['MEETS', 'NEGOTIATES_WITH', 'FIGHTS'] as const;
export const RELATION_STATUSES = ['planned', 'happened', 'refused'] as const;

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const RelationStatusSchema = z.enum(RELATION_STATUSES);
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type RelationStatus = z.infer<typeof RelationStatusSchema>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Confidence = z.number().min(0).max(1);

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
}).strict();

export const EntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  confidence: Confidence,
  mentions: z.array(MentionSchema),
}).strict();

/** One reading of a relation from one sentence: what the store keeps as an (:Evidence) node. */
export const EvidenceSchema = z.object({
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: Confidence.optional(),
  date: IsoDate.optional(),
  status: RelationStatusSchema.optional(),
  /** For REJECTS and PRESSURES: what was rejected or pressed for, as text. */
  object: z.string().optional(),
  /** The extraction rule that fired, so an analyst can see why the edge exists. */
  rule: z.string().optional(),
}).strict();

export const RelationSchema = z.object({
  id: z.string().min(1),
  type: RelationTypeSchema,
  source: z.string().min(1),
  target: z.string().min(1),
  confidence: Confidence,
  evidence: z.array(EvidenceSchema).min(1),
  date: IsoDate.optional(),
  status: RelationStatusSchema.optional(),
  object: z.string().optional(),
}).strict();

export const ArticleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: IsoDate.optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
}).strict();

export const ExtractionSchema = z.object({
  article: ArticleMetaSchema,
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
}).strict();

export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;

/** An article as read from disk: its metadata and the exact text all offsets point into. */
export interface Article {
  meta: ArticleMeta;
  text: string;
  /** Where it was read from, for messages; absent for text given in memory. */
  path?: string;
}

export function isSymmetric(type: RelationType): boolean {
  return (SYMMETRIC_RELATION_TYPES as readonly string[]).includes(type);
}
