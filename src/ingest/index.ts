// Composes the stages: read every article (pure checks) → extract (pure) → write each in its own transaction.
// All files are read and extracted before anything is written, so one bad file writes nothing.
import { readArticleFile, listArticleFiles } from '../text/article.js';
import { extract } from '../extract/index.js';
import { writeArticle, type WriteSummary } from '../store/writes.js';
import type { Store } from '../store/driver.js';
import type { Article, Extraction } from '../types.js';

export interface IngestOptions {
  minConfidence?: number;
  maxBytes?: number;
  onProgress?: (event: IngestProgress) => void;
}

export interface IngestProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
  file: string;
}

export interface IngestReport {
  articles: Array<WriteSummary & { file: string; title: string }>;
}

/** Expands folders into their article files; a path that is neither is reported by the reader. */
export function resolveArticlePaths(paths: string[]): string[] {
  return paths.flatMap((path) => listArticleFiles(path));
}

export function readAndExtract(paths: string[], options: IngestOptions = {}): Array<{ file: string; article: Article; doc: Extraction }> {
  return paths.map((file, index) => {
    const article = readArticleFile(file, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
    const doc = extract(article, options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {});
    options.onProgress?.({ phase: 'read', done: index + 1, total: paths.length, file });
    return { file, article, doc };
  });
}

export type PreparedArticle = ReturnType<typeof readAndExtract>[number];

/** Reads and extracts everything first: a bad file is reported before Neo4j is even contacted. */
export function prepareArticles(paths: string[], options: IngestOptions = {}): PreparedArticle[] {
  return readAndExtract(resolveArticlePaths(paths), options);
}

export async function ingestFiles(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  return writePrepared(store, prepareArticles(paths, options), options);
}

export async function writePrepared(store: Store, extracted: PreparedArticle[], options: IngestOptions = {}): Promise<IngestReport> {
  const articles: IngestReport['articles'] = [];
  for (const [index, { file, article, doc }] of extracted.entries()) {
    const summary = await writeArticle(store, doc, article.text);
    articles.push({ ...summary, file, title: article.meta.title });
    options.onProgress?.({ phase: 'write', done: index + 1, total: extracted.length, file });
  }
  return { articles };
}
