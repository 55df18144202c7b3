// Reading actors around a word: who does it (subjectOf) and what it is done to (objectOf), across appositions,
// coordinated verbs and pronouns. pronounActor lives here because a pronoun after "said" is that verb's subject.
import { lexicon } from '../lexicon.js';
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type ActorUnit, type SentenceView, type Unit } from '../units.js';
import type { Context, Found } from './types.js';
import { BOUNDARY, VERB_MODIFIERS, isBoundary, DELEGATION_NOUNS, ENVOY_NOUNS } from './words.js';
import { looksLikeVerb, usedAsNoun, matchVerb } from './forms.js';
import { listRight, listLeft, mentionStart, titledPersonAfter } from './lists.js';
import { antecedent, homeGovernmentAt, antecedentGroup, lastTwoPeople, pluralAntecedent, bothSidesAt, ALLY_NOUNS } from './reference.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const THING_PRONOUNS = new Set(['it', 'its']);

const PEOPLE_NOUNS = new Set(['leaders', 'men', 'women', 'ministers', 'presidents', 'officials']);

export function pronounActor(ctx: Context, view: SentenceView, i: number): EntityDraft | undefined {
  const word = wordOf(view.units[i]);
  if (word === undefined) return undefined;
  // "Israel kept up strikes on Lebanon, saying it is targeting Hezbollah": the pronoun after a speech verb
  // is its speaker, not the nearest name.
  const speech = wordOf(view.units[i - 1]) === 'that' ? i - 2 : i - 1;
  if ((word === 'it' || word === 'he' || word === 'she') && SPEAKING.has(wordOf(view.units[speech]) ?? '')) {
    const speaker = subjectOf(ctx, view, speech)?.entities;
    const fits = speaker?.length === 1 && speaker[0] && (word === 'it' ? speaker[0].type !== 'Person' : speaker[0].type === 'Person');
    if (fits && speaker?.[0]) return speaker[0];
  }
  // "Tetteh met Dbeibah and spoke with Kara, her office said, as she sought to broker a truce": a pronoun
  // opening a clause of time or reason is the sentence's subject, not the person named last.
  if ((word === 'he' || word === 'she') && ['as', 'while', 'when', 'after', 'before', 'because', 'since'].includes(wordOf(view.units[i - 1]) ?? '')) {
    const subject = view.units.slice(0, i).find((u): u is ActorUnit => isActor(u) && u.type === 'Person');
    if (subject) return subject.entity;
  }
  if (PERSON_PRONOUNS.has(word)) return antecedent(ctx, view.sentence.index, i, true);
  if (THING_PRONOUNS.has(word)) return antecedent(ctx, view.sentence.index, i, false);
  return undefined;
}

const SPEAKING = new Set(['said', 'saying', 'says', 'added', 'adding', 'warned', 'warning', 'insisted', 'insisting', 'claimed', 'claiming']);

/** "Blinken met Wang Yi in Beijing and pressed China": the verb after "and" shares the subject of the verb before it. */
export function coordinatedVerbBefore(view: SentenceView, trigger: number): number | undefined {
  let k = trigger - 1;
  while (k >= 0 && (VERB_MODIFIERS.has(wordOf(view.units[k]) ?? '') || /^[a-z]+ly$/.test(wordOf(view.units[k]) ?? ''))) k--;
  // "Aoun condemned the strikes, but also criticised Hezbollah": "but" joins two verbs of one subject.
  const but = wordOf(view.units[k]) === 'but';
  if (wordOf(view.units[k]) !== 'and' && !but) return undefined;
  if (but && wordOf(view.units[k - 1]) === ',') k--;
  for (let v = k - 1; v >= Math.max(0, k - 20); v--) {
    // A quotation or a reported "said" inside the first clause does not end it ("called it "a violation" and blamed").
    if (COORDINATION_ENDS.has(wordOf(view.units[v]) ?? '')) return undefined;
    // "received the delegation, led by X, in the morning and later met": a participle after a comma
    // ("led by", "backed by") describes; the verb shared is the one before it.
    if (wordOf(view.units[v - 1]) === ',' && wordOf(view.units[v + 1]) === 'by') continue;
    // "condemned the Israeli strikes, but": a noun after a demonym is no verb.
    const afterDemonym = isActor(view.units[v - 1]) && (view.units[v - 1] as ActorUnit).candidate.demonym === true;
    if (looksLikeVerb(view, v) && !usedAsNoun(view, v) && !afterDemonym) return speakerVerb(view, v, trigger) ?? v;
  }
  return undefined;
}

/** "Gil said Caracas would not sit down with Guyana and accused Georgetown of …": an accusation or a call joined
 * to a reported clause is the speaker's, so its subject is that of the "said" before. Deeds are not
 * ("Hamas said Israel struck Gaza and killed 20" keeps Israel). */
function speakerVerb(view: SentenceView, verb: number, trigger: number): number | undefined {
  const type = matchVerb(view, trigger)?.form.type;
  if (type !== 'CRITICIZES' && type !== 'PRESSURES') return undefined;
  for (let s = verb - 1; s >= 0; s--) {
    const word = wordOf(view.units[s]) ?? '';
    if (['.', ';', ':'].includes(word)) return undefined;
    if (word === 'said' || word === 'says') return s;
  }
  return undefined;
}

/** "Venezuela refused to meet a delegation, dismissing a Brazilian proposal": a present participle after a
 * comma shares the subject of the clause's verb before it. */
function clauseVerbBeforeParticiple(view: SentenceView, trigger: number): number | undefined {
  const word = wordOf(view.units[trigger]);
  // "told reporters after meeting Ethiopian Prime Minister X": the one who told is the one who met.
  const afterTime = ['after', 'before', 'while', 'since', 'when'].includes(wordOf(view.units[trigger - 1]) ?? '');
  if (!word?.endsWith('ing') || (wordOf(view.units[trigger - 1]) !== ',' && !afterTime)) return undefined;
  for (let v = trigger - 2; v >= Math.max(0, trigger - 24); v--) {
    // A preposition like "despite" or "after" does not end the clause whose verb the participle shares.
    if (CLAUSE_ENDS.has(wordOf(view.units[v]) ?? '')) return undefined;
    if (!looksLikeVerb(view, v) || wordOf(view.units[v])?.endsWith('ing')) continue;
    // "India refused to sign the text, as it has done at past summits, objecting to": the verb of a clause set
    // off by commas and opened by "as" is not the one the participle shares.
    const subordinate = subordinatorBefore(view, v);
    if (subordinate === undefined) return v;
    v = subordinate;
  }
  return undefined;
}

/** The "as", "which" or "when" opening the comma-delimited stretch a verb is in, if one does. */
function subordinatorBefore(view: SentenceView, verb: number): number | undefined {
  for (let k = verb - 1; k >= 0; k--) {
    const word = wordOf(view.units[k]) ?? '';
    if (word === ',' || word === '.' || word === ';') return undefined;
    if (['as', 'which', 'who', 'when', 'while', 'because', 'although', 'if', 'that'].includes(word)) return k;
  }
  return undefined;
}

const COORDINATION_ENDS = new Set(['.', ';', ':', '(', ')', 'while', 'although', 'because', 'whereas', 'if', 'unless', 'since', 'but']);
const CLAUSE_ENDS = new Set([';', ':', '.', '?', '!', '"', '“', '”', '(', ')', 'which', 'who', 'that', 'when', 'while', 'because', 'although', 'if', 'whereas', 'as']);

/** Who does it: the nearest actor to the left in the same clause, across an apposition or a "who" clause. */
export function subjectOf(ctx: Context, view: SentenceView, trigger: number): Found | undefined {
  const units = view.units;
  const previousVerb = coordinatedVerbBefore(view, trigger) ?? clauseVerbBeforeParticiple(view, trigger);
  if (previousVerb !== undefined) {
    const shared = subjectOf(ctx, view, previousVerb);
    if (shared) return shared;
  }
  for (let i = trigger - 1, steps = 0; i >= 0 && steps < 14; i--, steps++) {
    const unit = units[i];
    if (isActor(unit)) {
      // "Netanyahu's office said" names Netanyahu acting through his office; a demonym alone before a noun needs an acting noun.
      if (unit.candidate.demonym && !lexicon().actingNouns.has(wordOf(units[i + 1]) ?? '')) continue;
      // "the two NATO allies agreed": the organisation qualifies the allies, who are the two sides.
      if (ALLY_NOUNS.has(wordOf(units[i + 1]) ?? '')) {
        const sides = wordOf(units[i - 1]) === 'two' ? bothSidesAt(ctx, units, i - 2) : undefined;
        if (sides) return { entities: sides.entities, first: i - 2, last: sides.last, viaPronoun: true };
        continue;
      }
      // "President X of Chile thanked": the titled person acts, the state only places them.
      const holder = units[i - 2];
      if (wordOf(units[i - 1]) === 'of' && isActor(holder) && holder.type === 'Person' && holder.candidate.titles) return listLeft(view, i - 2);
      return listLeft(view, i);
    }
    if ((unit as Unit | undefined)?.kind === 'actor') {
      // A place that is not after a preposition is itself the subject ("Istanbul to host the talks"): no actor acts.
      const before = wordOf(units[i - 1]);
      const afterPreposition = ['in', 'at', 'from', 'to', 'for', 'near', 'into', 'of'].includes(before ?? '');
      // "Istanbul to host the talks", but not "travel to Brasilia to meet X".
      const infinitiveSubject = wordOf(units[i + 1]) === 'to' && i + 2 === trigger && (before === 'for' || !afterPreposition);
      if (infinitiveSubject || !afterPreposition) return undefined;
      continue;
    }
    const word = wordOf(unit);
    if (word === undefined) continue;
    if (word === 'who' || word === 'which') {
      const before = units[i - 1];
      if (isActor(before)) return listLeft(view, i - 1);
      const beforeComma = units[i - 2];
      if (wordOf(before) === ',' && isActor(beforeComma)) return listLeft(view, i - 2);
      // "Jimmy Cherizier, the former police officer known as "Barbecue" who leads Viv Ansanm": the person
      // an apposition describes, back past it.
      if (word === 'who') {
        for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
          const unit = units[k];
          if (['.', ';', ':'].includes(wordOf(unit) ?? '')) break;
          if (isActor(unit)) return unit.type === 'Person' && wordOf(units[k + 1]) === ',' ? { entities: [unit.entity], first: k, last: k, viaPronoun: false } : undefined;
        }
      }
      return undefined;
    }
    if (PEOPLE_NOUNS.has(word) && (wordOf(units[i - 1]) === 'both' || (wordOf(units[i - 1]) === 'two' && wordOf(units[i - 2]) === 'the'))) {
      // "with both leaders urging Paris", "The two men met": the two people named last.
      const two = lastTwoPeople(ctx, view.sentence.index, i);
      return two ? { entities: two, first: i, last: i, viaPronoun: true } : undefined;
    }
    // "the Iran-backed group": a compound adjective may stand between "the" and the anaphor.
    const compound = wordOf(units[i - 2]) === '-' && isActor(units[i - 3]) && /ed$/.test(wordOf(units[i - 1]) ?? '');
    if (lexicon().groupAnaphors.has(word) && (wordOf(units[i - 1]) === 'the' || (compound && wordOf(units[i - 4]) === 'the')) && !isActor(units[i + 1])) {
      // "The group has been attacking": the nearest group named before, in this sentence or the two before.
      const group = antecedentGroup(ctx, view.sentence.index, i);
      return group ? { entities: [group], first: i, last: i, viaPronoun: true } : undefined;
    }
    const government = homeGovernmentAt(ctx, units, i);
    if (government) return { entities: [government], first: i - 1, last: i, viaPronoun: true };
    if (word === 'they') {
      const plural = pluralAntecedent(ctx, view.sentence.index, i);
      return plural ? { entities: plural, first: i, last: i, viaPronoun: true } : undefined;
    }
    if (PERSON_PRONOUNS.has(word) || word === 'it') {
      const entity = pronounActor(ctx, view, i);
      return entity ? { entities: [entity], first: i, last: i, viaPronoun: true } : undefined;
    }
    if (word === ',') {
      // "Congo's army spokesman, Maj. Gen. X, accused": a titled name set off by commas, abbreviation dots and all.
      const titled = units[i - 1];
      if (isActor(titled) && titled.type === 'Person' && titled.candidate.titleStart !== undefined && titled.candidate.titleStart < titled.candidate.start
        && wordOf(units[mentionStart(view, i - 1) - 1]) === ',') {
        return { entities: [titled.entity], first: i - 1, last: i - 1, viaPronoun: false };
      }
      // Skip back over ", who ... ," and over an apposition ", the first foreign leader to visit".
      let k = i - 1;
      while (k >= 0 && wordOf(units[k]) !== ',' && !['.', ';', ':'].includes(wordOf(units[k]) ?? '')) k--;
      if (k >= 0 && wordOf(units[k]) === ',' && ['who', 'which', 'whose'].includes(wordOf(units[k + 1]) ?? '')) { i = k; continue; }
      // "Guyana's delegation, led by Foreign Minister X, would travel to meet": the head acts for the delegation.
      if (k >= 0 && DELEGATION_NOUNS.has(wordOf(units[k - 1]) ?? '') && ['led', 'headed'].includes(wordOf(units[k + 1]) ?? '') && wordOf(units[k + 2]) === 'by') {
        const head = units.slice(k + 3, i).find((u): u is ActorUnit => isActor(u));
        if (head?.type === 'Person') return { entities: [head.entity], first: k + 3, last: i - 1, viaPronoun: false };
      }
      // ", led by X," and ", backed by Y,": a participle clause inside the subject.
      if (k >= 0 && wordOf(units[k]) === ',' && looksLikeVerb(view, k + 1) && wordOf(units[k + 2]) === 'by') { i = k; continue; }
      // "Mali, Burkina Faso and Niger, all run by military rulers, formed": a remark on the list before.
      if (k >= 0 && wordOf(units[k]) === ',' && ['all', 'both', 'each'].includes(wordOf(units[k + 1]) ?? '')) { i = k; continue; }
      // "Iran, Hezbollah's main backer, accused": an owner's role between commas describes the name before it.
      const between = units.slice(k + 1, i);
      if (k >= 1 && isActor(units[k - 1]) && isActor(between[0]) && between[0].possessive && between.length <= 5
        && between.slice(1).every((u, n) => u.kind === 'word' && !looksLikeVerb(view, k + 2 + n))) { i = k; continue; }
      // "France's largest farm union, the FNSEA, denounced": the name set off by the commas is the subject.
      if (k >= 0 && wordOf(units[k]) === ',' && wordOf(units[k + 1]) === 'the' && k + 3 === i && isActor(units[k + 2]) && (units[k + 2] as ActorUnit).type !== 'Place') {
        return { entities: [(units[k + 2] as ActorUnit).entity], first: k + 2, last: k + 2, viaPronoun: false };
      }
      // "Burkina Faso's leader, Captain Ibrahim Traore, condemned": the person named between the commas.
      const named = units[i - 1];
      const onlyTitleBefore = isActor(named) && (k + 2 === i || (named.candidate.titleStart !== undefined && i - 1 - (k + 1) <= 5 && units.slice(k + 1, i - 1).every((u) => u.kind === 'word')));
      if (k >= 0 && wordOf(units[k]) === ',' && isActor(named) && named.type === 'Person' && onlyTitleBefore) {
        return { entities: [named.entity], first: i - 1, last: i - 1, viaPronoun: false };
      }
      // "Jimmy Cherizier, the former police officer known as "Barbecue" who leads Viv Ansanm, said": an
      // apposition opened by an article after a name is skipped back to the name.
      if (k >= 1 && wordOf(units[k]) === ',' && ['the', 'a', 'an'].includes(wordOf(units[k + 1]) ?? '') && isActor(units[k - 1])) { i = k; continue; }
      const after = wordOf(units[i + 1]);
      if (after === 'the' || after === 'a' || after === 'an') continue;
      return undefined;
    }
    if (BOUNDARY.has(word)) return undefined;
  }
  return undefined;
}

/** Words after which "her" is the object ("met her on Monday"), not an owner ("met her counterpart"). */
const AFTER_OBJECT_HER = new Set([',', 'and', 'or', 'on', 'in', 'at', 'for', 'to', 'with', 'about', 'during', 'last', 'this', 'next', 'again', 'twice', 'today', 'yesterday', 'over', 'by', 'from', 'earlier', 'later']);

function ownsNextWord(units: Unit[], i: number): boolean {
  const next = units[i + 1];
  if (next === undefined) return false;
  if (isActor(next)) return true;
  const word = wordOf(next);
  return word !== undefined && !AFTER_OBJECT_HER.has(word) && !BOUNDARY.has(word);
}

/** What it is done to: the first actor to the right, past a few words, and those coordinated with it. */
export function objectOf(ctx: Context, view: SentenceView, from: number, maxFiller = 5): Found | undefined {
  const units = view.units;
  for (let i = from, filler = 0; i < units.length && filler <= maxFiller; i++) {
    const unit = units[i];
    if (isActor(unit)) {
      // "met US Secretary of State X": the title, "of" and all, belongs to the person after it.
      const titled = titledPersonAfter(view, i);
      if (titled !== undefined) { i = titled - 1; continue; }
      if (unit.candidate.demonym && !lexicon().actingNouns.has(wordOf(units[i + 1]) ?? '') && !isActor(units[i + 2])) { filler++; continue; }
      // "held talks with the Houthis' chief negotiator, Mohammed Abdulsalam": the person in apposition.
      const named = unit.possessive ? namedAfterRole(units, i) : undefined;
      if (named !== undefined) return { entities: [(units[named] as ActorUnit).entity], first: named, last: named, viaPronoun: false };
      return listRight(view, i);
    }
    if ((unit as Unit | undefined)?.kind === 'actor') return undefined;
    const word = wordOf(unit);
    if (word === undefined) continue;
    const sides = bothSidesAt(ctx, units, i);
    if (sides) return { entities: sides.entities, first: i, last: sides.last, viaPronoun: true };
    // "pressed both men to show flexibility", "meetings with the two men": the two people named last.
    const twoAt = word === 'both' ? i + 1 : word === 'the' && wordOf(units[i + 1]) === 'two' ? i + 2 : -1;
    if (twoAt > 0 && PEOPLE_NOUNS.has(wordOf(units[twoAt]) ?? '')) {
      // Not the sentence's own subject: "X told reporters after meetings with the two men".
      const opener = units.slice(0, i).find((u): u is ActorUnit => isActor(u) && u.type === 'Person');
      const two = lastTwoPeople(ctx, view.sentence.index, i, opener ? [opener.entity] : []);
      return two ? { entities: two, first: i, last: twoAt, viaPronoun: true } : undefined;
    }
    const government = homeGovernmentAt(ctx, units, i + 1);
    if (word === 'the' && government) return { entities: [government], first: i, last: i + 1, viaPronoun: true };
    // "accused the government of Prime Minister X": whose government it is.
    if (word === 'the' && wordOf(units[i + 1]) === 'government' && wordOf(units[i + 2]) === 'of') return objectOf(ctx, view, i + 3, 3);
    // "accused the rebels of": the group named before.
    // Not "heads the company's chip business", which is a part of it.
    const owns = ["'s", '’s'].includes(wordOf(units[i + 2]) ?? '');
    if (word === 'the' && lexicon().groupAnaphors.has(wordOf(units[i + 1]) ?? '') && !isActor(units[i + 2]) && !owns) {
      const group = antecedentGroup(ctx, view.sentence.index, i);
      return group ? { entities: [group], first: i, last: i + 1, viaPronoun: true } : undefined;
    }
    // "condemned the attack": whoever carried out the attack read just before.
    if (word === 'the' && ATTACK_EVENTS.has(wordOf(units[i + 1]) ?? '') && !isActor(units[i + 2]) && wordOf(units[i + 2]) !== 'by' && wordOf(units[i + 2]) !== 'on') {
      const last = ctx.lastAttack;
      // The same attack: one told by a verb ("stormed", "attacked"), or by a noun of the same stem ("strikes").
      const noun = wordOf(units[i + 1]) ?? '';
      const same = last && (last.rule.startsWith('verb:') || last.rule.includes(noun.slice(0, 5)));
      const recent = last && same && view.sentence.index - last.sentence <= 3 ? last.attacker : undefined;
      return recent ? { entities: [recent], first: i, last: i + 1, viaPronoun: true } : undefined;
    }
    if (word === 'him' || (word === 'her' && !ownsNextWord(units, i))) {
      const entity = pronounActor(ctx, view, i);
      return entity ? { entities: [entity], first: i, last: i, viaPronoun: true } : undefined;
    }
    // "met her Rwandan counterpart, Olivier X": the comma only sets off the name its title introduced.
    if (word === ',' && titledAfterComma(units[i + 1])) continue;
    // "met delegations from both sides", "received envoys of the army": the envoys stand for their side.
    if ((word === 'from' || word === 'of') && ENVOY_NOUNS.has(wordOf(units[i - 1]) ?? '')) continue;
    // "moved on positions held by the Special Deterrence Force", "positions of the army": whose positions.
    if (POSITION_NOUNS.has(wordOf(units[i - 1]) ?? '') && (word === 'of' || (word === 'held' && wordOf(units[i + 1]) === 'by'))) { if (word === 'held') i++; continue; }
    // 'struck "dozens of Hezbollah targets"': a quantity and a quote mark stand before what is hit.
    if (word === 'of' && QUANTITIES.has(wordOf(units[i - 1]) ?? '')) continue;
    if (word === '"' || word === '“' || word === '”') { filler++; continue; }
    if (isBoundary(unit) || word === ',' || word === 'of' || word === 'from' || word === 'in' || OBJECT_ENDS.has(word)) return undefined;
    // "back its forces against the Houthis": past the object, "against" names someone else; "due to meet on
    // December 3 at the UN compound": "at" names where.
    if ((word === 'against' || word === 'at') && i > from) return undefined;
    filler++;
  }
  return undefined;
}

/** After an owner ("the Houthis'"), a role of up to three words, a comma and the person who holds it. */
function namedAfterRole(units: Unit[], owner: number): number | undefined {
  for (let k = owner + 1; k <= owner + 7; k++) {
    const unit = units[k];
    // "Qatar's Prime Minister and Foreign Minister Sheikh X": titles run straight into the titled name.
    if (isActor(unit) && unit.type === 'Person' && unit.candidate.titleStart !== undefined && k > owner + 1
      && units.slice(owner + 1, k).every((u) => u.kind === 'word' && (u.token.cap || u.token.lower === 'and'))) return k;
    if (unit?.kind !== 'word') return undefined;
    if (unit.token.lower !== ',') continue;
    const named = units[k + 1];
    return isActor(named) && named.type === 'Person' && k > owner + 1 ? k + 1 : undefined;
  }
  return undefined;
}

function titledAfterComma(unit: Unit | undefined): boolean {
  return isActor(unit) && unit.type === 'Person' && unit.candidate.titleStart !== undefined && unit.candidate.titleStart < unit.candidate.start;
}

/** "traded fire across the Lebanese border": a place phrase, not what the verb is done to. */
const OBJECT_ENDS = new Set(['across', 'along', 'near', 'inside', 'into', 'during', 'through', 'toward', 'towards', 'around']);
const ATTACK_EVENTS = new Set(['attack', 'attacks', 'assault', 'raid', 'bombing', 'strike', 'strikes', 'airstrike', 'airstrikes', 'offensive', 'ambush', 'killings', 'massacre']);
const POSITION_NOUNS = new Set(['positions', 'position', 'bases', 'base', 'strongholds', 'stronghold', 'posts', 'checkpoints', 'headquarters']);
const QUANTITIES = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'several', 'some', 'many', 'most', 'one', 'two', 'three', 'four', 'five']);
