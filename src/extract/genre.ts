// Sports and business articles use the words of diplomacy and war for other things ("the two sides met",
// "beat Young Boys 3-1"). Counting each genre's cue words (genres.json) tells them apart.
import { lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

export type Genre = 'politics' | 'sports' | 'business';

export function detectGenre(sentences: Sentence[]): Genre {
  const { genreCues: sets, genreFactor } = lexicon();
  const counts = { politics: 0, sports: 0, business: 0 };
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (sets.politics.has(token.lower)) counts.politics++;
      if (sets.sports.has(token.lower)) counts.sports++;
      if (sets.business.has(token.lower)) counts.business++;
    }
  }
  const leader = counts.sports >= counts.business ? 'sports' : 'business';
  return counts[leader] > 0 && counts[leader] >= counts.politics * genreFactor ? leader : 'politics';
}

/** Relation types that a sports or business article never yields. */
export const POLITICAL_ONLY = new Set(['MEETS', 'MEDIATES', 'REJECTS', 'ATTACKS', 'FIGHTS']);
