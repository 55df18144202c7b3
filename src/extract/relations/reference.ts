// What a word that refers back stands for: a pronoun's antecedent, "the group", "they", "the government",
// "the two men", "both sides".
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type ActorUnit, type Unit } from '../units.js';
import type { Context } from './types.js';
import { listLeft } from './lists.js';

/** The actor a pronoun stands for: the nearest fitting one before it in the sentence, else the first in the sentences before. */
export function antecedent(ctx: Context, sentenceIndex: number, unitIndex: number, wantPerson: boolean): EntityDraft | undefined {
  const fits = (u: Unit | undefined): u is ActorUnit => isActor(u) && (wantPerson ? u.type === 'Person' : u.type === 'State' || u.type === 'Group') && !(u.candidate.demonym && !wantPerson);
  const view = ctx.views[sentenceIndex];
  if (view && !wantPerson) {
    // "Israel's wars with Hamas in Gaza, Hezbollah in Lebanon and its confrontations": "its" is the owner before it.
    const owner = view.units.slice(0, unitIndex).find((u): u is ActorUnit => fits(u) && u.possessive);
    if (owner) return owner.entity;
  }
  if (view) {
    for (let i = unitIndex - 1; i >= 0; i--) {
      const u = view.units[i];
      if (fits(u)) return u.entity;
    }
  }
  for (let s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - 2); s--) {
    const first = ctx.views[s]?.units.find(fits);
    if (first && fits(first)) return first.entity;
  }
  return undefined;
}

/** A ministry or department is a state's body, never what "the group" or "the rebels" stands for. */
const STATE_BODY = /\b(?:Ministry|Department|Agency|Office|Command)\b/;

/** "the government" with no state named in front of it or after it: the article's home state's. */
export function homeGovernmentAt(ctx: Context, units: Unit[], i: number): EntityDraft | undefined {
  if (wordOf(units[i]) !== 'government' || wordOf(units[i - 1]) !== 'the') return undefined;
  if (['of', 'in', "'s", '’s', '-'].includes(wordOf(units[i + 1]) ?? '') || isActor(units[i + 1])) return undefined;
  return ctx.homeState;
}

/** What "the group" stands for: the nearest group before, in this sentence or the three before. A state's army
 * is never "the group" ("pushed Hezbollah to hand its weapons to the Lebanese army, a demand the group refused"). */
export function antecedentGroup(ctx: Context, sentenceIndex: number, unitIndex: number): EntityDraft | undefined {
  // "the junta" is the one group that may be a state's army.
  const junta = ctx.views[sentenceIndex]?.units.slice(unitIndex, unitIndex + 3).some((u) => wordOf(u) === 'junta') === true;
  for (let s = sentenceIndex; s >= Math.max(0, sentenceIndex - 3); s--) {
    const units = ctx.views[s]?.units ?? [];
    const end = s === sentenceIndex ? unitIndex : units.length;
    for (let i = end - 1; i >= 0; i--) {
      const unit = units[i];
      if (isActor(unit) && unit.type === 'Group' && (junta || !unit.entity.armedService) && !STATE_BODY.test(unit.entity.name)) return unit.entity;
    }
  }
  return undefined;
}

/** The two people named last before unit `unitIndex`, in this sentence or the two before. */
export function lastTwoPeople(ctx: Context, sentenceIndex: number, unitIndex: number, exclude: EntityDraft[] = []): EntityDraft[] | undefined {
  const found: EntityDraft[] = [...exclude];
  const result = lastTwoPeopleFrom(ctx, sentenceIndex, unitIndex, found);
  return result?.filter((e) => !exclude.includes(e));
}

function lastTwoPeopleFrom(ctx: Context, sentenceIndex: number, unitIndex: number, found: EntityDraft[]): EntityDraft[] | undefined {
  const want = found.length + 2;
  for (let s = sentenceIndex; s >= Math.max(0, sentenceIndex - 2) && found.length < want; s--) {
    const units = ctx.views[s]?.units ?? [];
    const end = s === sentenceIndex ? unitIndex : units.length;
    for (let i = end - 1; i >= 0 && found.length < want; i--) {
      const unit = units[i];
      if (isActor(unit) && unit.type === 'Person' && !found.includes(unit.entity)) found.push(unit.entity);
    }
  }
  return found.length === want ? found.slice(want - 2).reverse() : undefined;
}

/** What "they" stands for: the nearest coordinated actors before it ("Russia and China ... They"), in this
 * sentence or the one before; else a people or group that opened the sentence before. Never a single state. */
export function pluralAntecedent(ctx: Context, sentenceIndex: number, unitIndex: number): EntityDraft[] | undefined {
  const here = ctx.views[sentenceIndex];
  const before = ctx.views[sentenceIndex - 1];
  for (const [view, end] of [[here, unitIndex], [before, before?.units.length ?? 0]] as const) {
    if (!view) continue;
    for (let i = end - 1; i >= 0; i--) {
      if (!isActor(view.units[i])) continue;
      const list = listLeft(view, i);
      if (list.entities.length >= 2) return list.entities;
      i = list.first;
    }
  }
  const opener = before?.units.find(isActor);
  return opener && opener.type === 'Group' && !opener.possessive ? [opener.entity] : undefined;
}

/** "urged both sides", "called on the two governments", "the warring parties". */
export const ALLY_NOUNS = new Set(['allies', 'members', 'partners', 'neighbours', 'neighbors']);
const SIDE_NOUNS = new Set(['sides', 'parties', 'governments', 'countries', 'nations', 'camps', 'factions', 'blocs', 'neighbours', 'neighbors', 'rivals', 'adversaries', 'delegations']);

/** The two sides a phrase at `i` names, if it is one: the pair the article last set against or beside each other. */
export function bothSidesAt(ctx: Context, units: Unit[], i: number): { entities: EntityDraft[]; last: number } | undefined {
  const word = wordOf(units[i]);
  const next = wordOf(units[i + 1]) ?? '';
  let last: number | undefined;
  if ((word === 'both' || word === 'all') && SIDE_NOUNS.has(next)) last = i + 1;
  else if (word === 'the' && (next === 'two' || next === 'warring') && SIDE_NOUNS.has(wordOf(units[i + 2]) ?? '')) last = i + 2;
  // "the two NATO allies": the organisation only qualifies the noun after it.
  else if (word === 'the' && next === 'two' && isActor(units[i + 2]) && ALLY_NOUNS.has(wordOf(units[i + 3]) ?? '')) last = i + 3;
  if (last === undefined) return undefined;
  if (ctx.sides.length === 2) return { entities: [...ctx.sides], last };
  // No sides read yet: the states of the two people whose meeting was just told.
  const states = (ctx.lastMeeting?.people ?? []).map((p) => ctx.personStates.get(p.id));
  const [a, b] = states;
  return a && b && a !== b ? { entities: [a, b], last } : undefined;
}
