// `kg eval` end to end through the real CLI and extractor, on the self-written mini gold set: the table,
// the verbose listing, and a one-line refusal of a folder that cannot be scored.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runKg } from '../support/env.js';

const MINI = resolve(FIXTURES, 'eval/mini');

describe('kg eval', () => {
  it('prints one row per article and the micro line', () => {
    const { status, stdout, stderr } = runKg(['eval', '--gold', MINI]);
    expect(stderr).not.toMatch(/unexpected error/);
    expect(status).toBe(0);
    expect(stdout).toMatch(/alpha-summit/);
    expect(stdout).toMatch(/2030-02-01-beta-mediation/);
    expect(stdout).toMatch(/micro \(2 articles\)/);
    expect(stdout).not.toMatch(/missed entities/);
  });

  it('lists misses and false positives per article with --verbose', () => {
    const { status, stdout } = runKg(['eval', '--gold', MINI, '--verbose']);
    expect(status).toBe(0);
    for (const heading of ['missed entities', 'false-positive entities', 'missed relations', 'false-positive relations']) {
      expect(stdout.split(heading).length - 1, heading).toBe(2);
    }
  });

  it.each([
    ['a missing folder', resolve(FIXTURES, 'eval/nowhere'), /no such folder of gold readings/],
    ['a folder without gold pairs', resolve(FIXTURES, 'eval/no-pairs'), /holds no gold pairs/],
  ])('refuses %s in one line, exit 1', (_, dir, message) => {
    const { status, stdout, stderr } = runKg(['eval', '--gold', dir]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
