// Fills Neo4j with a seeded synthetic graph in ingest's shape, for scale tests and benchmarks;
// `--clear` removes every synthetic node (ids start `synthetic-` / `<type>:synthetic-`) and nothing else.
//
//   npx tsx scripts/gen-synthetic.ts [--entities 10000] [--relations 50000] [--seed 1]
//   npx tsx scripts/gen-synthetic.ts --clear
//
// Connects through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (scripts/neo4j/env.sh sets them for a local server).
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { KgError } from '../src/errors.js';
import { storeConfigFromEnv } from '../src/store/config.js';
import { Store } from '../src/store/driver.js';
import { ensureSchema } from '../src/store/schema.js';
import { DEFAULT_SYNTHETIC, clearSynthetic, countSynthetic, generateSynthetic, writeSynthetic } from '../src/store/synthetic.js';

function wholeNumber(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, e.g. 10000.');
  return n;
}

const program = new Command('gen-synthetic')
  .description('Write a seeded synthetic graph (entities, articles, evidence, relations) into Neo4j, or remove it.')
  .option('--entities <n>', 'entities to generate', wholeNumber, DEFAULT_SYNTHETIC.entities)
  .option('--relations <n>', 'relations to generate (one evidence sentence each)', wholeNumber, DEFAULT_SYNTHETIC.relations)
  .option('--seed <n>', 'seed of the generator: the same seed gives the same graph', wholeNumber, DEFAULT_SYNTHETIC.seed)
  .option('--clear', 'remove all synthetic data (and write nothing unless --entities/--relations are also given)')
  .addHelpText('after', '\nNeo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (source scripts/neo4j/env.sh for the local server).');

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<{ entities: number; relations: number; seed: number; clear?: boolean }>();
  const sizeGiven = ['entities', 'relations'].some((key) => program.getOptionValueSource(key) === 'cli');
  const store = await Store.open(storeConfigFromEnv());
  try {
    if (options.clear) {
      const removed = await clearSynthetic(store);
      process.stdout.write(`removed ${removed.toLocaleString('en-US')} synthetic nodes\n`);
      if (!sizeGiven) return;
    }
    await ensureSchema(store);
    const started = performance.now();
    const graph = generateSynthetic({ entities: options.entities, relations: options.relations, seed: options.seed });
    process.stdout.write(`generated ${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.articles.length} articles (seed ${options.seed})\n`);
    const bar = new cliProgress.SingleBar({ format: 'writing |{bar}| {percentage}% {value}/{total} rows', hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(1, 0);
    await writeSynthetic(store, graph, (done, total) => {
      bar.setTotal(total);
      bar.update(done);
    });
    bar.stop();
    const counts = await countSynthetic(store);
    process.stdout.write(`synthetic data in Neo4j now: ${counts.entities} entities, ${counts.relations} relations, ${counts.articles} articles, ${counts.evidence} evidence (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`gen-synthetic: ${error instanceof KgError ? error.toLine() : (error as Error).message}\n`);
  process.exit(1);
});
