// Time and status: whether the words before a verb say it happened, is planned or was refused, and whether
// they negate it.
import type { RelationStatus } from '../../types.js';
import type { VerbForm } from '../lexicon.js';
import { wordOf, type SentenceView } from '../units.js';
import { BOUNDARY, REFUSALS, DENIALS } from './words.js';
import { matchVerb } from './forms.js';

const NEGATIONS = new Set(['not', 'never', "n't", 'no', 'cannot']);
const PLANNED = new Set(['will', "'ll", 'set', 'due', 'expected', 'plans', 'planned', 'planning', 'scheduled', 'going', 'would', 'to', 'shall', 'intends', 'hopes', 'ready']);

export function statusBefore(view: SentenceView, trigger: number, form: VerbForm | undefined): RelationStatus | undefined {
  const words: string[] = [];
  for (let i = trigger - 1; i >= Math.max(0, trigger - 4); i--) {
    const word = wordOf(view.units[i]);
    if (word === undefined || BOUNDARY.has(word)) break;
    words.push(word);
  }
  if (words.some((w) => REFUSALS.has(w))) return 'refused';
  // "told reporters after meeting X".
  if (form?.tense === 'gerund' && words[0] === 'after') return 'happened';
  if (form?.tense === 'base' && words[0] === 'to') return 'planned';
  if (words.some((w) => w === 'will' || w === "'ll" || w === 'set' || w === 'due' || w === 'expected' || w === 'scheduled' || w === 'plans' || w === 'planning')) return 'planned';
  if (form?.tense === 'past') return 'happened';
  if (words.includes('has') || words.includes('have') || words.includes('had')) return 'happened';
  return undefined;
}

export function negated(view: SentenceView, trigger: number): boolean {
  for (let i = trigger - 1; i >= Math.max(0, trigger - 3); i--) {
    const word = wordOf(view.units[i]);
    if (word === undefined) return false;
    if (NEGATIONS.has(word) || word.endsWith("n't")) return true;
    if (DENIALS.has(word) && i >= trigger - 2) return true;
    if (BOUNDARY.has(word)) return false;
  }
  return false;
}

/** The status a verb gives, or "happened" for a bare past form ("launched", "arrived"). */
export function statusOrPast(view: SentenceView, verb: number): RelationStatus | undefined {
  return statusBefore(view, verb, matchVerb(view, verb)?.form) ?? (/ed$/.test(wordOf(view.units[verb]) ?? '') ? 'happened' : undefined);
}
