// Benchmark: words per second of our extract() against compromise's own people/places/organizations
// pass, on the same corpus in the same run, plus the heap during our pass (it must stay flat).
//
//   npx tsx scripts/bench-extract.ts [--words 200000] [DIR]
//   npx tsx --expose-gc scripts/bench-extract.ts   (or npm run bench:extract; exact heap figures: gc before each reading)
//
// DIR defaults to ../shared/eval/dev (the dev articles; third-party, kept out of the repo). JavaScript
// runs the passes on one thread, so both rates are single-core rates; on a shared machine they are noisy,
// which is why both are measured in one run and compared as a ratio.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { listArticleFiles, readArticleFile } from '../src/text/article.js';
import type { Article, Extraction } from '../src/types.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIR = resolve(REPO_ROOT, '../shared/eval/dev');
const DEFAULT_WORDS = 200_000;
const WARM_UP_ROUNDS = 3;

function parseArgs(argv: string[]): { words: number; dir: string } {
  let words = DEFAULT_WORDS;
  let dir = DEFAULT_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--words') {
      words = Number(argv[++i]);
      if (!Number.isInteger(words) || words <= 0) fail('--words takes a positive whole number, e.g. --words 200000.');
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npx tsx scripts/bench-extract.ts [--words 200000] [DIR]\n');
      process.exit(0);
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}.`);
    } else {
      dir = resolve(arg);
    }
  }
  return { words, dir };
}

function fail(message: string): never {
  process.stderr.write(`bench-extract: ${message}\n`);
  process.exit(1);
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Repeats the articles until the corpus holds `target` words; each copy gets its own id, as a new article would. */
function buildCorpus(articles: Article[], target: number): { corpus: Article[]; words: number } {
  const corpus: Article[] = [];
  let words = 0;
  for (let copy = 0; words < target; copy++) {
    for (const a of articles) {
      corpus.push({ ...a, meta: { ...a.meta, id: `${a.meta.id}-${copy}` } });
      words += countWords(a.text);
    }
  }
  return { corpus, words };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function compromisePass(article: Article): number {
  const doc = nlp(article.text);
  // .json() makes compromise build every match, so the work is done and not left lazy.
  return doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
}

function time(corpus: Article[], run: (a: Article) => number, onIndex?: (i: number) => void): { seconds: number; checksum: number } {
  let checksum = 0;
  const start = performance.now();
  corpus.forEach((article, i) => {
    checksum += run(article);
    onIndex?.(i);
  });
  return { seconds: (performance.now() - start) / 1000, checksum };
}

async function main(): Promise<void> {
  const { words: target, dir } = parseArgs(process.argv.slice(2));
  if (!existsSync(dir)) {
    fail(`${dir} is not there. It holds the dev articles (../shared/eval/dev beside the repo); give another folder of articles as an argument.`);
  }
  const articles = listArticleFiles(dir).map((file) => readArticleFile(file));
  const { corpus, words } = buildCorpus(articles, target);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  process.stdout.write(`corpus: ${articles.length} articles from ${dir}, repeated to ${corpus.length} articles, ${fmt(words)} words\n`);
  process.stdout.write(gc ? 'heap: read after a forced gc\n' : 'heap: no --expose-gc, figures include garbage not yet collected (run with npx tsx --expose-gc for exact ones)\n');

  let extract: (article: Article) => Extraction;
  try {
    ({ extract } = await import('../src/extract/index.js'));
  } catch (error) {
    fail(`cannot load src/extract/index.ts: ${(error as Error).message}`);
  }
  const oursPass = (a: Article) => {
    const doc = extract(a);
    return doc.entities.length + doc.relations.length;
  };

  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const a of articles) {
      compromisePass(a);
      oursPass(a);
    }
  }

  const theirs = time(corpus, compromisePass);
  const heap: { at: string; mb: number }[] = [{ at: 'start', mb: heapMb() }];
  const middle = Math.floor(corpus.length / 2);
  const ours = time(corpus, oursPass, (i) => { if (i === middle) heap.push({ at: 'middle', mb: heapMb() }); });
  heap.push({ at: 'end', mb: heapMb() });

  const theirRate = words / theirs.seconds;
  const ourRate = words / ours.seconds;
  process.stdout.write([
    `compromise people/places/organizations: ${fmt(theirRate)} words/s (${theirs.seconds.toFixed(2)} s, ${fmt(theirs.checksum)} matches)`,
    `ours, extract(article):                 ${fmt(ourRate)} words/s (${ours.seconds.toFixed(2)} s, ${fmt(ours.checksum)} entities + relations)`,
    `ratio ours/compromise: ${(ourRate / theirRate).toFixed(2)}`,
    `heap during our pass: ${heap.map((h) => `${h.at} ${h.mb.toFixed(1)} MB`).join(', ')}; growth ${(heap.at(-1)!.mb - heap[0]!.mb).toFixed(1)} MB`,
  ].join('\n') + '\n');
}

await main();
