// The parties of talks a sentence names: the sides of "between", a hyphenated pair, a coordinated pair, else
// the article's.
import { lexicon } from '../lexicon.js';
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type SentenceView } from '../units.js';
import type { Context } from './types.js';
import { BOUNDARY } from './words.js';
import { looksLikeVerb } from './forms.js';
import { listLeft, listRight, titledPersonAfter } from './lists.js';
import { bothSidesAt } from './reference.js';

/** The parties of talks named in this sentence ("between A and B", "A-B talks"), else the article's. */
export function partiesOf(ctx: Context, view: SentenceView, exclude: EntityDraft[], at?: number): EntityDraft[] {
  const units = view.units;
  const subjects = at === undefined ? [] : pairJustBefore(view, at, exclude);
  if (subjects.length >= 2) return subjects;
  for (let i = 0; i < units.length; i++) {
    // "to broker a cease-fire between the two sides": the sides read last.
    const sides = wordOf(units[i]) === 'between' ? bothSidesAt(ctx, units, i + 1) : undefined;
    if (sides) return sides.entities.filter((e) => !exclude.includes(e));
    if (wordOf(units[i]) === 'between') {
      // "between the military and the MNDAA", "between the Congolese government and the M23".
      const { left, right } = betweenSides(view, i);
      const sides = [...left, ...right].filter((e) => !exclude.includes(e));
      if (left.length && right.length && sides.length) return sides;
    }
    const a = units[i];
    const b = units[i + 2];
    if (isActor(a) && wordOf(units[i + 1]) === '-' && isActor(b)) return [a.entity, b.entity].filter((e) => !exclude.includes(e));
  }
  // "Under Qatari mediation, Israel and Hamas agreed to a truce", "Congo and Rwanda signed a U.S.-brokered
  // deal": a pair of states or groups coordinated in the sentence, else the article's talks.
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!isActor(unit) || unit.type === 'Person' || unit.candidate.demonym || exclude.includes(unit.entity)) continue;
    const list = listRight(view, i, 0);
    const members = list.entities.filter((e) => e.type !== 'Person' && !exclude.includes(e));
    // "rejected by Egypt, Jordan and mediator Qatar": a list the mediator is in names no parties.
    if (members.length >= 2 && !listRight(view, i).entities.some((e) => exclude.includes(e))) return members;
    i = list.last;
  }
  return ctx.talkParties.filter((e) => !exclude.includes(e));
}

/** "Somalia and Ethiopia resumed Turkish-brokered talks": a coordinated pair of states or groups a few words
 * before the word at `at`, with no clause boundary between. */
function pairJustBefore(view: SentenceView, at: number, exclude: EntityDraft[]): EntityDraft[] {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const unit = view.units[k];
    if (isActor(unit)) {
      const members = listLeft(view, k).entities.filter((e) => e.type !== 'Person' && !exclude.includes(e));
      return members.length >= 2 ? members : [];
    }
    const word = wordOf(unit);
    if (word === undefined || BOUNDARY.has(word) || word === ',') return [];
  }
  return [];
}

/** The two sides after "between" at `i`: the actors before and after its "and" ("between the Congolese
 * government and the M23"), up to the end of the clause. */
export function betweenSides(view: SentenceView, i: number): { left: EntityDraft[]; right: EntityDraft[] } {
  const units = view.units;
  const lex = lexicon();
  let andAt = -1;
  const left: EntityDraft[] = [];
  const right: EntityDraft[] = [];
  for (let k = i + 1; k < units.length; k++) {
    const unit = units[k];
    const word = wordOf(unit);
    if (word === 'and' && andAt < 0) { andAt = k; continue; }
    if (word && (word === '.' || word === ';' || (BOUNDARY.has(word) && word !== 'that'))) break;
    if (word === ',' && andAt >= 0) break;
    // "between the SDF and Syrian government troops threatened a US-brokered deal": the clause's verb ends it.
    if (right.length && word !== undefined && looksLikeVerb(view, k) && !lex.actingNouns.has(word)) break;
    // "the Palestinian group Hamas": a demonym before a plain noun only describes; so does the state
    // that titles a person ("between Chinese President X and ...").
    const titled = titledPersonAfter(view, k);
    if (titled !== undefined) { k = titled - 1; continue; }
    if (isActor(unit) && !(unit.candidate.demonym && !lex.actingNouns.has(wordOf(units[k + 1]) ?? '') && isActor(units[k + 2]))) (andAt < 0 ? left : right).push(unit.entity);
  }
  return { left, right };
}
