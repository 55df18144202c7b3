// Which words are verbs: one of the lexicon's verb forms with its particle ("held talks with"), any word used as
// a verb rather than a noun, and the nearest verb of a set before a word.
import { lexicon, type VerbForm } from '../lexicon.js';
import { isActor, wordOf, type SentenceView, type Unit } from '../units.js';
import { isBoundary } from './words.js';

/** Words that make the next one a noun: "an attack by", "its support", "the proposed deal". */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'any', 'each', 'every']);

/** A word used as a verb: one of the lexicon's, one compromise knows as a verb, or a past form in -ed, and not after an article. */
export function looksLikeVerb(view: SentenceView, k: number): boolean {
  const word = wordOf(view.units[k]);
  if (word === undefined || NOUN_MARKERS.has(wordOf(view.units[k - 1]) ?? '')) return false;
  return matchVerb(view, k) !== undefined || lexicon().verbWords.has(word) || /[a-z]ed$/.test(word);
}

/** Nouns that look like verbs ("an attack by", "its support", "Israel's backing"), and the second half of a
 * compound ("Iran-backed"), which compoundRule reads. */
export function usedAsNoun(view: SentenceView, i: number): boolean {
  const before = view.units[i - 1];
  const unit = view.units[i];
  const inCompound = unit?.kind === 'word' && unit.token.joined && wordOf(before) === '-';
  return inCompound || NOUN_MARKERS.has(wordOf(before) ?? '') || (isActor(before) && before.possessive);
}

export function matchVerb(view: SentenceView, i: number): { form: VerbForm; end: number } | undefined {
  const word = wordOf(view.units[i]);
  if (!word) return undefined;
  const forms = lexicon().verbForms.get(word);
  if (!forms) return undefined;
  for (const form of forms) {
    const at = particleStart(view, i + 1, form.particle[0]);
    if (at === undefined) continue;
    const end = particleEnd(view, at, form.particle);
    if (end !== undefined) return { form, end };
  }
  return undefined;
}

/** Where a particle's words end, allowing a place phrase inside it ("chaired a meeting in Islamabad with"). */
function particleEnd(view: SentenceView, at: number, particle: string[]): number | undefined {
  let k = at;
  for (const [n, word] of particle.entries()) {
    const unit = view.units[k + 1];
    const placeNext = n > 0 && (wordOf(view.units[k]) === 'in' || wordOf(view.units[k]) === 'at') && unit?.kind === 'actor' && unit.type === 'Place';
    if (placeNext) k += 2;
    if (wordOf(view.units[k]) !== word) return undefined;
    k++;
  }
  return k;
}

/** Where a verb's particle starts: right after it, or after up to three gap words ("held lengthy talks with"). */
function particleStart(view: SentenceView, from: number, first: string | undefined): number | undefined {
  if (first === undefined) return from;
  const gap = lexicon().particleGapWords;
  for (let k = from; k < from + 4; k++) {
    const word = wordOf(view.units[k]);
    if (word === first) return k;
    if (word === undefined || !(gap.has(word) || (word.length > 4 && word.endsWith('ly')))) return undefined;
  }
  return undefined;
}

/** The nearest of `verbs` within `span` units before `i`, not across an actor or a clause boundary; -1 if none. */
export function verbOfSetBefore(units: Unit[], i: number, verbs: Set<string>, span: number): number {
  for (let k = i - 1; k >= Math.max(0, i - span); k--) {
    if (verbs.has(wordOf(units[k]) ?? '')) return k;
    if (units[k]?.kind === 'actor' || isBoundary(units[k])) return -1;
  }
  return -1;
}
