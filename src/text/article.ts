// Reading articles from disk: metadata from YAML front matter (or the file name), the body as exact text.
// Every check a user's file can fail lives here, so later stages see only readable English text.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import matter from 'gray-matter';
import { ArticleError } from '../errors.js';
import type { Article, ArticleMeta } from '../types.js';
import { articleId } from './ids.js';
import { checkEnglishProse } from './language.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
/** Larger texts are books or dumps, not articles; they would take minutes and one transaction. */
export const DEFAULT_MAX_ARTICLE_BYTES = 2_000_000;

export interface ReadOptions {
  maxBytes?: number;
}

export function readArticleFile(path: string, options: ReadOptions = {}): Article {
  if (!existsSync(path)) throw new ArticleError(`${path}: no such file.`, 'Check the path.');
  const stat = statSync(path);
  if (stat.isDirectory()) throw new ArticleError(`${path} is a directory, not an article file.`, 'Give a .txt or .md file.');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (stat.size > maxBytes) {
    throw new ArticleError(
      `${path}: ${stat.size} bytes is larger than the ${maxBytes}-byte limit for one article.`,
      'Split it into articles, or raise the limit with --max-bytes.',
    );
  }
  const bytes = readFileSync(path);
  return parseArticle(decodeUtf8(bytes, path), path);
}

/** Strict UTF-8: a binary or mis-encoded file is refused, not read as mojibake. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  if (bytes.includes(0)) throw new ArticleError(`${where} is a binary file (it contains NUL bytes), not an article.`, 'Give a plain-text article.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError(`${where} is not valid UTF-8 text.`, 'Re-save it as UTF-8 (for example with iconv).');
  }
}

/** Splits front matter from the body and checks that the body is an English article. */
export function parseArticle(raw: string, path?: string): Article {
  const where = path ?? 'the article';
  const parsed = raw.trimStart().startsWith('---') ? matter(raw) : { data: {}, content: raw };
  const text = parsed.content.replace(/\r\n/g, '\n').replace(/^\n+/, '');
  if (text.trim().length === 0) throw new ArticleError(`${where} is empty: there is no text to read.`, 'Give an article with a body.');
  checkEnglishProse(text, where);
  const meta = metaFrom(parsed.data as Record<string, unknown>, text, path);
  return { meta, text, ...(path ? { path } : {}) };
}

function metaFrom(data: Record<string, unknown>, text: string, path?: string): ArticleMeta {
  const fileDate = path ? /^(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1] : undefined;
  const date = isoDate(data.date) ?? fileDate;
  const title = stringField(data.title) ?? firstLineTitle(text) ?? (path ? basename(path, extname(path)) : 'Untitled');
  const meta: ArticleMeta = { id: articleId(text), title };
  if (date) meta.date = date;
  for (const key of ['source', 'author', 'url'] as const) {
    const value = stringField(data[key]);
    if (value) meta[key] = value;
  }
  return meta;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** A headline is a short first line that does not end like a sentence. */
function firstLineTitle(text: string): string | undefined {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 160 && !/[.!?"”]$/.test(first) ? first : undefined;
}

/** The article files of a folder, sorted; a folder with none is an error, not an empty run. */
export function listArticleFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new ArticleError(`${dir}: no such folder.`, 'Check the path.');
  if (!statSync(dir).isDirectory()) return [dir];
  const files = readdirSync(dir)
    .filter((name) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) {
    throw new ArticleError(`${dir} holds no articles (no ${ARTICLE_EXTENSIONS.join(' or ')} files).`, 'Add article files, one per article.');
  }
  return files;
}
