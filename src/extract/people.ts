// Names no lexicon knows ("Jannik Sinner", "Meschack Elia") are people when the text treats them as people:
// a speech or action word right after the name, a cue right before it (names.json), or the last word of the
// name used alone elsewhere in the article, as news writes surnames. Runs before teams.ts, so a player's
// surname is never taken for a team.
import { lexicon } from './lexicon.js';
import type { Candidate } from './mentions.js';
import { groupShortForms } from './resolve.js';
import type { Sentence } from './tokens.js';

function lastWord(text: string): string {
  return text.split(/\s+/).at(-1)?.toLowerCase() ?? '';
}

function looksLikeFullName(c: Candidate, sentence: Sentence | undefined): boolean {
  const tokens = sentence?.tokens.slice(c.start, c.end) ?? [];
  const { commonWords } = lexicon();
  return tokens.length >= 2 && tokens.length <= 3
    && tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))
    && !commonWords.has(tokens[0]?.lower ?? '');
}

function hasPersonCue(c: Candidate, sentence: Sentence | undefined): boolean {
  const { personCuesAfter, personCuesBefore } = lexicon();
  const tokens = sentence?.tokens ?? [];
  const after = tokens[c.end]?.lower ?? '';
  const before = tokens[c.start - 1]?.lower ?? '';
  const beforeTwo = `${tokens[c.start - 2]?.lower ?? ''} ${before}`;
  return personCuesAfter.has(after) || personCuesBefore.has(before) || personCuesBefore.has(beforeTwo) || titledAfter(tokens, c.end);
}

/** "Massad Boulos, the senior adviser to ...": a title in apposition right after the name. */
function titledAfter(tokens: Sentence['tokens'], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const { titles } = lexicon();
  let k = end + 1;
  if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++;
  if (['senior', 'top', 'chief', 'former', 'deputy', 'special', 'longtime'].includes(tokens[k]?.lower ?? '')) k++;
  const one = tokens[k]?.lower ?? '';
  const two = `${one} ${tokens[k + 1]?.lower ?? ''}`;
  const entry = titles.get(two) ?? titles.get(one);
  return entry !== undefined && entry.role !== 'HONORIFIC';
}

export function promotePeople(sentences: Sentence[], candidates: Candidate[][]): void {
  const all = candidates.flat();
  const usedAlone = new Set(all.filter((c) => c.kind === 'unknown' && c.end - c.start === 1).map((c) => c.text.toLowerCase()));
  // "Thomson Reuters said" is the short form of "Thomson Reuters Corp", named elsewhere as a group.
  const groupNames = new Set(all.filter((c) => c.kind === 'group').flatMap((c) => groupShortForms(c.text)));
  for (const c of all) {
    if (c.kind !== 'unknown' || groupNames.has(c.text)) continue;
    const sentence = sentences[c.sentence];
    if (!looksLikeFullName(c, sentence)) continue;
    if (!hasPersonCue(c, sentence) && !usedAlone.has(lastWord(c.text))) continue;
    c.kind = 'person';
    c.rule = 'name-in-use';
    c.confidence = 0.7;
  }
}

/** In a match report, a name of two or three capitalised words that no lexicon knows and that is no team
 * ("Thibaut Courtois kept Real in the game", "a header from Robin Le Normand") is a player. Runs after teams.ts,
 * so team names are already groups; a name after "at the" is a venue ("at the Santiago Bernabeu"). */
export function promotePlayers(sentences: Sentence[], candidates: Candidate[][]): void {
  const teamWords = new Set(candidates.flat().filter((c) => c.kind === 'group').flatMap((c) => c.text.toLowerCase().split(/\s+/)));
  for (const c of candidates.flat()) {
    if (c.kind !== 'unknown') continue;
    const sentence = sentences[c.sentence];
    const tokens = sentence?.tokens ?? [];
    const before = tokens[c.start - 1]?.lower ?? '';
    if (!looksLikeFullName(c, sentence) || ['at', 'the', 'in'].includes(before)) continue;
    if (c.text.toLowerCase().split(/\s+/).some((w) => teamWords.has(w))) continue;
    const words = c.text.split(/\s+/);
    const { placeNameWords } = lexicon();
    if (placeNameWords.first.has(words[0] ?? '') || placeNameWords.last.has(words.at(-1) ?? '')) continue;
    c.kind = 'person';
    c.rule = 'player-name';
    c.confidence = 0.6;
  }
}

