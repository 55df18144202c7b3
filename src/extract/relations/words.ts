// Words more than one rule reads: those that end a phrase, refusals and denials, the words between "and" and a
// verb, delegations and envoys; and two tests on a unit (a boundary, an article to step past).
import { wordOf, type Unit } from '../units.js';

export const BOUNDARY = new Set([';', ':', '.', '?', '!', '"', '“', '”', '(', ')', '–', '—', 'but', 'while', 'although', 'because', 'after', 'before', 'since', 'when', 'where', 'which', 'that', 'who', 'whom', 'whose', 'if', 'despite', 'though', 'until', 'unless', 'whereas', 'said', 'says', 'say', 'told', 'as']);
export const REFUSALS = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining']);
/** "denied arming the RSF" says it did not happen. */
export const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
/** Words that may stand between "and" and a verb sharing the subject before it: "and later met", "and has pressed". */
export const VERB_MODIFIERS = new Set(['also', 'then', 'later', 'again', 'since', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'not', 'never', "n't", 'did', 'does', 'do']);
export const DELEGATION_NOUNS = new Set(['delegation', 'team', 'negotiators', 'side', 'mission', 'negotiating']);
export const ENVOY_NOUNS = new Set(['delegation', 'delegations', 'envoys', 'envoy', 'negotiators', 'representatives', 'delegates', 'officials', 'leaders', 'members']);

/** The index of the unit at `k`, or just past it when it is "the" ("by the United States"). */
export function pastArticle(units: Unit[], k: number): number {
  return wordOf(units[k]) === 'the' ? k + 1 : k;
}

export function isBoundary(unit: Unit | undefined): boolean {
  const word = wordOf(unit);
  return word !== undefined && BOUNDARY.has(word);
}
