// The no-overlap pass runs on the page's thread, so its work is bounded by graph size.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, noverlapIterationsFor } from '../../src/viewer/layout.js';

describe('noverlap iterations', () => {
  it('gives small graphs the full pass', () => {
    expect(noverlapIterationsFor(12)).toBe(DEFAULT_LAYOUT.noverlapIterations);
    expect(noverlapIterationsFor(1000)).toBe(DEFAULT_LAYOUT.noverlapIterations);
  });

  it('gives bigger graphs fewer iterations, never fewer than ten', () => {
    const at2k = noverlapIterationsFor(2000);
    expect(at2k).toBeLessThan(DEFAULT_LAYOUT.noverlapIterations);
    expect(at2k).toBeGreaterThanOrEqual(10);
    expect(noverlapIterationsFor(DEFAULT_LAYOUT.noverlapMaxNodes)).toBeLessThanOrEqual(at2k);
  });

  it('skips the pass above the cap and on an empty graph', () => {
    expect(noverlapIterationsFor(DEFAULT_LAYOUT.noverlapMaxNodes + 1)).toBe(0);
    expect(noverlapIterationsFor(10_000)).toBe(0);
    expect(noverlapIterationsFor(0)).toBe(0);
  });
});
