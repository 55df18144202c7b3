// The one module that talks to neo4j-driver: it opens the driver, runs managed transactions
// (so transient errors retry) and turns driver values and errors into plain data and KgErrors.
import neo4j, { type Driver, type ManagedTransaction, type Neo4jError } from 'neo4j-driver';
import { QueryError, StoreError } from '../errors.js';
import type { StoreConfig } from './config.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ReadOptions {
  /** Server-side transaction timeout, so a runaway query cannot hold the database. */
  timeoutMs?: number;
  /** Rows kept; the rest are discarded and `truncated` is set. */
  maxRows?: number;
}

export interface ReadResult {
  keys: string[];
  rows: Row[];
  truncated: boolean;
}

/** A write unit of work sees only this: run a statement, get plain rows. */
export interface WriteTx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export const DEFAULT_READ_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_ROWS = 5_000;

export class Store {
  private constructor(private readonly driver: Driver, readonly config: StoreConfig) {}

  /** Connects and checks credentials now, so a wrong URI or password fails before any work. */
  static async open(config: StoreConfig): Promise<Store> {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
      disableLosslessIntegers: true,
    });
    const store = new Store(driver, config);
    try {
      await driver.verifyAuthentication({ database: config.database });
    } catch (error) {
      await driver.close();
      throw store.translate(error);
    }
    return store;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** One managed write transaction: all of `work` commits or none of it does. */
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(wrapTx(tx)), { timeout: 120_000 });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** A read in READ access mode: Neo4j itself refuses any write clause. */
  async read(cypher: string, params: Params = {}, options: ReadOptions = {}): Promise<ReadResult> {
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        const result = await tx.run(cypher, params);
        const rows = result.records.slice(0, maxRows).map((record) => toPlainRow(record.keys as string[], record));
        return { keys: (result.records[0]?.keys as string[] | undefined) ?? [], rows, truncated: result.records.length > maxRows };
      }, { timeout: options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** The operators of a statement's plan, without running it: lets tests prove no write scans a label. */
  async planOperators(cypher: string, params: Params = {}): Promise<string[]> {
    const session = this.driver.session({ database: this.config.database });
    try {
      const result = await session.run(`EXPLAIN ${cypher}`, params);
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType);
        for (const child of plan.children) walk(child as typeof plan);
      };
      const plan = result.summary.plan;
      if (plan) walk(plan as unknown as { operatorType: string; children: unknown[] });
      return operators;
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** Turns driver errors into messages that name the server and say what to do. */
  translate(error: unknown): Error {
    if (error instanceof StoreError || error instanceof QueryError) return error;
    const e = error as Partial<Neo4jError> & { message?: string };
    const code = e.code ?? '';
    const uri = this.config.uri;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect|Could not perform discovery/i.test(e.message ?? '') && !code.startsWith('Neo.')) {
      return new StoreError(
        `Cannot reach Neo4j at ${uri}.`,
        'Start the local server with `bash scripts/neo4j/start.sh` (or `docker compose up -d`), or set NEO4J_URI to a running one.',
      );
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new StoreError(
        `Neo4j at ${uri} refused user "${this.config.user}" with the given password.`,
        'Set NEO4J_USER and NEO4J_PASSWORD to the server\'s credentials (the local server uses the password in scripts/neo4j/env.sh).',
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new StoreError(`Neo4j at ${uri} has no database "${this.config.database}".`, 'Set NEO4J_DATABASE to an existing database (Community has only "neo4j").');
    }
    if (code === 'Neo.ClientError.Statement.AccessMode' || /write.*read access mode|read only/i.test(e.message ?? '')) {
      return new QueryError('This query writes to the graph; only read-only queries are allowed here.', 'Use MATCH … RETURN; writes happen through `kg ingest`.');
    }
    if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.ParameterMissing' || code === 'Neo.ClientError.Statement.TypeError' || code === 'Neo.ClientError.Statement.ArgumentError' || code === 'Neo.ClientError.Statement.SemanticError') {
      return new QueryError(`Neo4j could not run the query: ${firstLine(e.message)}`, 'Check the Cypher syntax.');
    }
    if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new QueryError('The query ran past its time limit and was stopped.', 'Narrow it with a WHERE clause or a LIMIT.');
    }
    if (code.startsWith('Neo.ClientError.Procedure')) {
      return new QueryError(`Neo4j refused the procedure call: ${firstLine(e.message)}`);
    }
    return new StoreError(`Neo4j at ${uri} failed: ${firstLine(e.message ?? String(error))}${code ? ` (${code})` : ''}.`);
  }
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]?.trim() ?? '';
}

function wrapTx(tx: ManagedTransaction): WriteTx {
  return {
    async run(cypher, params = {}) {
      const result = await tx.run(cypher, params);
      return result.records.map((record) => toPlainRow(record.keys as string[], record));
    },
  };
}

function toPlainRow(keys: string[], record: { get(key: string): unknown }): Row {
  const row: Row = {};
  for (const key of keys) row[key] = toPlain(record.get(key));
  return row;
}

/** Driver values to JSON-ready data: nodes, relationships and paths keep their element ids. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { kind: 'node', elementId: node.elementId, labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { kind: 'relationship', elementId: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties: toPlain(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return { kind: 'path', segments: path.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const candidate = value as { toString(): string; constructor?: { name?: string } };
    const ctor = candidate.constructor?.name;
    if (ctor && ['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time', 'Duration', 'Point'].includes(ctor) && !(value instanceof globalThis.Date)) {
      return candidate.toString();
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
