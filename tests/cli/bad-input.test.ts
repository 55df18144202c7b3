// Bad input to the CLI: one line that says what is wrong, exit code 1, nothing written.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg, SEED_ARTICLE } from '../support/env.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-bad-input-'));
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const blank = join(dir, 'blank.txt');
writeFileSync(blank, '\n\n   \n');
const binary = join(dir, 'image.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
const latin1 = join(dir, 'latin1.txt');
writeFileSync(latin1, Buffer.from('Caf\xe9 owners met the mayor of the town on Monday to talk.', 'latin1'));
const html = join(dir, 'page.txt');
writeFileSync(html, '<!DOCTYPE html><html><head><title>News</title></head><body><div class="story"><p>Leaders met.</p></div></body></html>');
const french = join(dir, 'francais.txt');
writeFileSync(french, "Le Premier ministre s'est entretenu mardi avec le président dans la capitale, selon un communiqué publié par ses services après la rencontre.");
const noArticles = join(dir, 'no-articles');
mkdirSync(noArticles);
writeFileSync(join(noArticles, 'notes.json'), '{}');

// Points at a closed port: if anything tried to write, it would fail loudly instead of writing.
const NOWHERE = { NEO4J_URI: 'bolt://127.0.0.1:1' };

describe.each([
  ['a missing file', ['extract', join(dir, 'missing.txt')], /no such file/],
  ['an empty file', ['extract', empty], /is empty/],
  ['a blank file', ['extract', blank], /is empty/],
  ['a binary file', ['extract', binary], /binary file/],
  ['text that is not UTF-8', ['extract', latin1], /not valid UTF-8/],
  ['an HTML page', ['extract', html], /HTML or other markup/],
  ['a text not in English', ['extract', french], /does not read as English/],
  ['a directory with no articles', ['ingest', noArticles], /holds no articles/],
  ['a missing folder to ingest', ['ingest', join(dir, 'nowhere')], /no such folder/],
  ['an empty file to ingest', ['ingest', empty], /is empty/],
  ['a confidence out of range', ['extract', SEED_ARTICLE, '--min-confidence', '3'], /from 0 to 1/],
])('kg given %s', (_name, args, message) => {
  it('prints one line that says what is wrong and exits 1', () => {
    const result = runKg(args, NOWHERE);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace for a user's mistake
    expect(result.stdout).toBe('');
  });
});

describe('kg with Neo4j out of reach', () => {
  it('names the URI and says how to start the local server', () => {
    const result = runKg(['ingest', SEED_ARTICLE], NOWHERE);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bolt://127.0.0.1:1');
    expect(result.stderr).toContain('scripts/neo4j/start.sh');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a URI that is not a Neo4j one', () => {
    const result = runKg(['query', 'RETURN 1'], { NEO4J_URI: 'http://127.0.0.1:7474' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NEO4J_URI is not valid/);
  });
});

describe('kg --help', () => {
  it('lists the commands and the environment variables', () => {
    const result = runKg(['--help']);
    expect(result.status).toBe(0);
    for (const word of ['extract', 'ingest', 'query', 'serve', 'up', 'eval', 'explain', 'NEO4J_URI', 'NEO4J_PASSWORD']) expect(result.stdout).toContain(word);
  });
});
