// Where Neo4j is: read once from the environment, with the local server's defaults.
import { z } from 'zod';
import { UsageError } from '../errors.js';

export const DEFAULT_LOCAL_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_LOCAL_PASSWORD = 'kg-local-password';

const ConfigSchema = z.object({
  uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI'),
  user: z.string().min(1),
  password: z.string().min(1),
  database: z.string().min(1).optional(),
});
export type StoreConfig = z.infer<typeof ConfigSchema>;

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const parsed = ConfigSchema.safeParse({
    uri: env.NEO4J_URI || DEFAULT_LOCAL_URI,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD,
    database: env.NEO4J_DATABASE || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`NEO4J_${String(issue?.path[0] ?? '').toUpperCase()} is not valid: ${issue?.message}.`, 'Fix the environment variable.');
  }
  return parsed.data;
}
