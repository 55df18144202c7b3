// Whom a rejection rejects: whoever proposed, called for or claimed what is turned down, in the sentence or
// the two before.
import { lexicon } from '../lexicon.js';
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type ActorUnit, type SentenceView, type Unit } from '../units.js';
import type { Context } from './types.js';
import { pastArticle, isBoundary } from './words.js';
import { matchVerb } from './forms.js';
import { listRight, titledPersonAfter } from './lists.js';
import { antecedentGroup } from './reference.js';
import { pronounActor, subjectOf } from './clause.js';

/** Whoever proposed what is rejected: "Y's plan", "his proposal", "as called for by Y", or the proposer named earlier in the sentence. */
export function proposerOf(ctx: Context, view: SentenceView, from: number, rejecters: EntityDraft[], passive: boolean, trigger = from): { entity: EntityDraft; others?: EntityDraft[]; how: string } | undefined {
  const units = view.units;
  const lex = lexicon();
  const excluded = (e: EntityDraft) => rejecters.includes(e) || e.type === 'Place';
  let end = from;
  while (end < units.length && !['.', ';'].includes(wordOf(units[end]) ?? '')) end++;
  for (let i = from; i < end; i++) {
    // "rejected repeated offers of dialogue from Lee": the proposal's source after "from".
    const fromProposer = wordOf(units[i]) === 'from' && units.slice(Math.max(from, i - 4), i).some((u) => lex.proposalNouns.has(wordOf(u) ?? ''));
    if ((wordOf(units[i]) === 'by' || fromProposer) && !passive) {
      // "a draft agreement brokered by the U.S. Treasury".
      const at = pastArticle(units, i + 1);
      const after = units[at];
      if (isActor(after) && !excluded(after.entity)) {
        const all = listRight(view, at).entities.filter((e) => !excluded(e));
        return { entity: after.entity, others: all.slice(1), how: 'proposer-by' };
      }
    }
  }
  if (passive) {
    // "A roadmap put forward last year by the US, Saudi Arabia and Egypt was rejected by the army".
    for (let b = 0; b < trigger; b++) {
      const first = pastArticle(units, b + 1);
      if (wordOf(units[b]) !== 'by' || !isActor(units[first])) continue;
      const proposed = units.slice(Math.max(0, b - 3), b).some((u) => wordOf(u) === 'forward' || lex.proposingVerbs.has(wordOf(u) ?? ''));
      const all = listRight(view, first).entities.filter((e) => !excluded(e));
      if (proposed && all[0]) return { entity: all[0], others: all.slice(1), how: 'proposer-by' };
    }
  }
  const objectEnd = Math.min(end, from + 7);
  for (let i = from; i < objectEnd; i++) {
    const unit = units[i];
    // "refused to meet his Philippine counterpart Theresa Lazaro": the titled person, not the state titling them.
    const titled = titledPersonAfter(view, i);
    if (!passive && titled !== undefined && isActor(units[titled]) && !excluded((units[titled] as ActorUnit).entity)) return { entity: (units[titled] as ActorUnit).entity, how: 'direct-object' };
    if (isActor(unit) && unit.possessive && !excluded(unit.entity)) return { entity: unit.entity, how: 'owner' };
    const word = wordOf(unit);
    if (word === 'his' || word === 'her' || word === 'its' || word === 'their') {
      const owner = word === 'their' ? undefined : pronounActor(ctx, view, i);
      if (owner && !excluded(owner)) return { entity: owner, how: 'owner-pronoun' };
    }
    if (word === 'of' || word === ',' || isBoundary(unit)) break;
    // "refused to meet the group": the group named before.
    if (!passive && word === 'the' && lex.groupAnaphors.has(wordOf(units[i + 1]) ?? '') && !isActor(units[i + 2])) {
      const group = antecedentGroup(ctx, view.sentence.index, i);
      if (group && !excluded(group)) return { entity: group, how: 'direct-object' };
    }
    if (!passive && isActor(unit) && !excluded(unit.entity)) {
      // "rejected calls from the United States, Saudi Arabia and Egypt": each of the coordinated proposers.
      return { entity: unit.entity, others: listRight(view, i).entities.slice(1).filter((e) => !excluded(e)), how: 'direct-object' };
    }
  }
  const [lo, hi] = passive ? [0, trigger] : [from, Math.min(end, from + 3)];
  const pointed = pointsBack(units, lo, hi);
  if (pointed) {
    const earlier = proposerBefore(ctx, view, excluded, pointed);
    if (earlier) return { entity: earlier, how: pointed === 'claim' ? 'claimant-before' : 'proposer-before' };
  }
  // "The UN called for a ceasefire, but Israel refused.", "Beijing demanded that the remarks be retracted.
  // Koizumi refused to withdraw them": a rejection with nothing, or only a pronoun, after it answers the call
  // made just before it.
  // "The BLA dismissed it in a statement": a bare pronoun object stands for the offer just told.
  const pronounOnly = (wordOf(units[from]) === 'to' && ['it', 'them', 'this', 'that', 'so'].includes(wordOf(units[from + 2]) ?? ''))
    || ['it', 'them'].includes(wordOf(units[from]) ?? '');
  if (!passive && (from >= end || pronounOnly || [',', '.'].includes(wordOf(units[from]) ?? ''))) {
    // The sentence before only when the rejecter opens this one ("Hamas refused."), not in "a charge X rejects".
    const opens = units.slice(0, 2).some((u) => isActor(u) && rejecters.includes(u.entity));
    const caller = proposerIn(ctx, view, 0, trigger, excluded, 'proposal') ?? (opens ? proposerBefore(ctx, view, excluded, 'proposal') : undefined);
    if (caller) return { entity: caller, how: 'proposer-before' };
  }
  const mentionsProposal = units.some((u) => lex.proposalNouns.has(wordOf(u) ?? '') || lex.claimNouns.has(wordOf(u) ?? ''));
  if (!mentionsProposal) return undefined;
  // "The EU has offered to name its own envoy ..., an idea rejected by Ankara": whoever offered it.
  const offerer = passive ? proposerIn(ctx, view, 0, trigger, excluded, 'proposal') : undefined;
  if (offerer) return { entity: offerer, how: 'proposer-in-sentence' };
  for (let i = trigger - 1; i >= 0; i--) {
    const unit = units[i];
    // "Colombian officials say its leaders shelter in Venezuela — a charge that Caracas rejects".
    const acting = isActor(unit) && unit.candidate.demonym === true && lex.actingNouns.has(wordOf(units[i + 1]) ?? '');
    if (isActor(unit) && unit.type !== 'Group' && (!unit.candidate.demonym || acting) && !excluded(unit.entity)) return { entity: unit.entity, how: 'proposer-in-sentence' };
  }
  return undefined;
}

const POINTING = new Set(['that', 'this', 'these', 'those', 'such', 'the']);

type Pointed = 'proposal' | 'claim';

/** "rejected that demand", "dismissed the accusation": a determiner before a proposal or a claim points back
 * to a sentence before. */
function pointsBack(units: Unit[], from: number, to: number): Pointed | undefined {
  const { proposalNouns, claimNouns } = lexicon();
  for (let i = from; i < to; i++) {
    if (!POINTING.has(wordOf(units[i]) ?? '')) continue;
    const nouns = [wordOf(units[i + 1]) ?? '', wordOf(units[i + 2]) ?? ''];
    if (nouns.some((n) => proposalNouns.has(n))) return 'proposal';
    if (nouns.some((n) => claimNouns.has(n))) return 'claim';
  }
  return undefined;
}

/** Who pressed for or put forward something in the sentence before: "Aliyev has pressed Yerevan to change
 * the constitution. Pashinyan rejected that demand" makes Aliyev the one rejected. Only one such actor. */
function proposerBefore(ctx: Context, view: SentenceView, excluded: (e: EntityDraft) => boolean, kind: Pointed): EntityDraft | undefined {
  // The sentence just before, else the one before it ("Rubio urged him to accept a truce. Burhan has refused
  // to sign. He dismissed the truce proposal").
  for (const before of [ctx.views[view.sentence.index - 1], ctx.views[view.sentence.index - 2]]) {
    const found = before ? proposerIn(ctx, before, 0, before.units.length, excluded, kind) : undefined;
    if (found) return found;
  }
  return undefined;
}

const PRESSING_FOR = new Set(['call', 'calls', 'called', 'calling', 'push', 'pushes', 'pushed', 'pushing', 'press', 'presses', 'pressed', 'appeal', 'appealed', 'appeals']);

/** The one actor who presses for or puts forward something between units `from` and `to` of a sentence. */
function proposerIn(ctx: Context, view: SentenceView, from: number, to: number, excluded: (e: EntityDraft) => boolean, kind: Pointed): EntityDraft | undefined {
  const lex = lexicon();
  const proposers = new Set<EntityDraft>();
  for (let i = from; i < to; i++) {
    const word = wordOf(view.units[i]) ?? '';
    // "called for", "pushed for": a verb of pressing without its object still puts something forward.
    const pressing = matchVerb(view, i)?.form.type === 'PRESSURES' || lex.proposingVerbs.has(word) || (PRESSING_FOR.has(word) && wordOf(view.units[i + 1]) === 'for');
    // A claim is made by saying or accusing ("Pakistan's military said ... Mujahid rejected that account").
    const claiming = kind === 'claim' && (lex.claimingVerbs.has(word) || matchVerb(view, i)?.form.type === 'CRITICIZES');
    if (!pressing && !claiming) continue;
    for (const e of subjectOf(ctx, view, i)?.entities ?? []) if (!excluded(e)) proposers.add(e);
  }
  return proposers.size === 1 ? [...proposers][0] : undefined;
}
