// The `kg` command: wiring only. Each action composes functions of the stages and prints their result.
import { Command, InvalidArgumentError } from 'commander';
import { readArticleFile, DEFAULT_MAX_ARTICLE_BYTES } from '../text/article.js';
import { extract, formatExplanation } from '../extract/index.js';
import { evaluateGoldDir } from '../eval/index.js';
import { prepareArticles, writePrepared } from '../ingest/index.js';
import { storeConfigFromEnv } from '../store/config.js';
import { Store } from '../store/driver.js';
import { ensureSchema } from '../store/schema.js';
import { startServer } from '../server/index.js';
import { HELP_FOOTER } from './messages.js';
import { exitWithError, formatTable } from './output.js';
import { ingestProgressReporter } from './progress.js';

export const DEFAULT_ARTICLES_DIR = 'graph-data/articles';
export const DEFAULT_PORT = 7777;

function confidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('a number from 0 to 1.');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number.');
  return n;
}

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(storeConfigFromEnv());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

type IngestFlags = { minConfidence?: number; maxBytes?: number };

/** Reads every file before Neo4j is contacted, so bad input is reported with nothing written. */
const prepare = (paths: string[], options: IngestFlags) => prepareArticles(paths, options);

async function ingest(prepared: ReturnType<typeof prepare>, store: Store): Promise<void> {
  const progress = ingestProgressReporter();
  try {
    await ensureSchema(store);
    const report = await writePrepared(store, prepared, { onProgress: (e) => progress.update(e) });
    progress.stop();
    for (const a of report.articles) {
      process.stdout.write(`${a.title}: ${a.entities} entities, ${a.relations} relations, ${a.evidence} evidence (${a.articleId})\n`);
    }
  } finally {
    progress.stop();
  }
}

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Knowledge-graph builder for news: reads articles, extracts actors and what they do to each other, stores the graph in Neo4j and serves a viewer.')
    .showHelpAfterError()
    .addHelpText('after', HELP_FOOTER);

  program.command('extract')
    .description('read one article and print the entities and relations found in it')
    .argument('<file>', 'article file (.txt or .md, optional YAML front matter)')
    .option('--json', 'print the extraction as one JSON document')
    .option('--min-confidence <n>', 'drop entities and relations below this confidence (0-1)', confidence)
    .option('--max-bytes <n>', 'largest article accepted, in bytes', positiveInt, DEFAULT_MAX_ARTICLE_BYTES)
    .action((file: string, opts: { json?: boolean; minConfidence?: number; maxBytes: number }) => {
      const article = readArticleFile(file, { maxBytes: opts.maxBytes });
      const doc = extract(article, opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {});
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        return;
      }
      const names = new Map(doc.entities.map((e) => [e.id, e.name]));
      process.stdout.write(`${doc.article.title} (${doc.article.date ?? 'no date'})\n\nEntities:\n`);
      process.stdout.write(formatTable(['name', 'type', 'mentions', 'confidence'], doc.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length, confidence: e.confidence.toFixed(2) }))));
      process.stdout.write('\n\nRelations:\n');
      process.stdout.write(formatTable(['source', 'type', 'target', 'evidence', 'confidence', 'date', 'status'], doc.relations.map((r) => ({ source: names.get(r.source), type: r.type, target: names.get(r.target), evidence: r.evidence.length, confidence: r.confidence.toFixed(2), date: r.date, status: r.status }))));
      process.stdout.write('\n');
    });

  program.command('explain')
    .description('show, per relation, the sentence it was read from, the rule that fired and its confidence')
    .argument('<file>', 'article file')
    .option('--min-confidence <n>', 'drop relations below this confidence (0-1)', confidence)
    .action((file: string, opts: { minConfidence?: number }) => {
      const article = readArticleFile(file);
      const doc = extract(article, opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {});
      process.stdout.write(`${formatExplanation(doc, article.text)}\n`);
    });

  program.command('eval')
    .description('score the extractor on a folder of articles with gold readings (NAME.txt + NAME.gold.json)')
    .requiredOption('--gold <dir>', 'folder of gold files')
    .option('--verbose', 'list every miss and false positive')
    .action((opts: { gold: string; verbose?: boolean }) => {
      const result = evaluateGoldDir(opts.gold, { verbose: Boolean(opts.verbose) });
      process.stdout.write(`${result.report}\n`);
    });

  program.command('ingest')
    .description('extract articles and store them in Neo4j (one transaction per article; re-ingesting changes nothing)')
    .argument('[paths...]', 'article files or folders', [DEFAULT_ARTICLES_DIR])
    .option('--min-confidence <n>', 'store only what reaches this confidence (0-1)', confidence)
    .option('--max-bytes <n>', 'largest article accepted, in bytes', positiveInt, DEFAULT_MAX_ARTICLE_BYTES)
    .action(async (paths: string[], opts: { minConfidence?: number; maxBytes: number }) => {
      const prepared = prepare(paths, opts);
      await withStore((store) => ingest(prepared, store));
    });

  program.command('query')
    .description('run a read-only Cypher query and print a table (Neo4j refuses writes in read mode)')
    .argument('<cypher>', 'the Cypher query')
    .option('--json', 'print rows as JSON')
    .option('--limit <n>', 'rows printed at most', positiveInt, 1000)
    .option('--timeout <ms>', 'server-side time limit', positiveInt, 15000)
    .action(async (cypher: string, opts: { json?: boolean; limit: number; timeout: number }) => {
      await withStore(async (store) => {
        const result = await store.read(cypher, {}, { maxRows: opts.limit, timeoutMs: opts.timeout });
        if (opts.json) process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
        else process.stdout.write(`${formatTable(result.keys, result.rows)}\n${result.rows.length} row(s)${result.truncated ? ` (cut at ${opts.limit})` : ''}\n`);
      });
    });

  const serveOptions = (command: Command) => command
    .option('--port <n>', 'port to listen on (0 for any free one)', positiveInt, DEFAULT_PORT)
    .option('--host <host>', 'address to bind; 127.0.0.1 keeps the viewer on this machine', '127.0.0.1');

  serveOptions(program.command('serve')
    .description('serve the viewer and its JSON API over the graph in Neo4j'))
    .action(async (opts: { port: number; host: string }) => {
      const store = await Store.open(storeConfigFromEnv());
      await serveUntilStopped(store, opts);
    });

  serveOptions(program.command('up')
    .description('the main job: create the schema, ingest the articles, then serve the viewer')
    .argument('[paths...]', 'article files or folders', [DEFAULT_ARTICLES_DIR]))
    .option('--min-confidence <n>', 'store only what reaches this confidence (0-1)', confidence)
    .action(async (paths: string[], opts: { port: number; host: string; minConfidence?: number }) => {
      const prepared = prepare(paths, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES, ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}) });
      const store = await Store.open(storeConfigFromEnv());
      try {
        await ingest(prepared, store);
      } catch (error) {
        await store.close();
        throw error;
      }
      await serveUntilStopped(store, opts);
    });

  return program;
}

async function serveUntilStopped(store: Store, opts: { port: number; host: string }): Promise<void> {
  const server = await startServer({ store, host: opts.host, port: opts.port });
  process.stdout.write(`Viewer: ${server.url}\nNeo4j:  ${store.config.uri}\nPress Ctrl+C to stop.\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

buildProgram().parseAsync(process.argv).catch(exitWithError);
