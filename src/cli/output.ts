// Printing results for a terminal: tables for rows, one line per error.
import Table from 'cli-table3';
import { KgError } from '../errors.js';

export function formatTable(keys: string[], rows: Record<string, unknown>[]): string {
  if (keys.length === 0) return '(no rows)';
  const table = new Table({ head: keys, wordWrap: true, style: { head: [], border: [] } });
  for (const row of rows) table.push(keys.map((key) => formatCell(row[key])));
  return table.toString();
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 197)}...` : value;
  if (typeof value === 'object') {
    const v = value as { kind?: string; labels?: string[]; type?: string; properties?: Record<string, unknown> };
    if (v.kind === 'node') return `(${(v.labels ?? []).map((l) => `:${l}`).join('')} ${String(v.properties?.name ?? v.properties?.title ?? v.properties?.id ?? '')})`;
    if (v.kind === 'relationship') return `[:${v.type}]`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Prints a KgError as one line and exits 1; anything else is a bug and keeps its stack. */
export function exitWithError(error: unknown): never {
  if (error instanceof KgError) {
    process.stderr.write(`kg: ${error.toLine()}\n`);
  } else {
    process.stderr.write(`kg: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  }
  process.exit(1);
}
