// Pass 3: relations read from each sentence by rules over its units. Every rule names itself in the
// evidence it yields, so `kg explain` can show why an edge exists. A sentence no rule reads yields nothing.
import { entityId } from '../text/ids.js';
import type { RelationStatus, RelationType } from '../types.js';
import { lexicon, type TitleEntry, type VerbForm } from './lexicon.js';
import type { EntityDraft } from './resolve.js';
import { isActor, wordOf, type ActorUnit, type SentenceView, type Unit } from './units.js';
import type { Genre } from './genre.js';

export interface Reading {
  type: RelationType;
  source: EntityDraft;
  target: EntityDraft;
  sentence: number;
  confidence: number;
  rule: string;
  status?: RelationStatus;
  object?: string;
  /** Unit index of the word that triggered the rule, to find the nearest date. */
  anchor: number;
  /** A guess made only because the text named no one: dropped when another rule gives the same person a role. */
  fallback?: boolean;
}

const BOUNDARY = new Set([';', ':', '.', '?', '!', '"', '“', '”', '(', ')', '–', '—', 'but', 'while', 'although', 'because', 'after', 'before', 'since', 'when', 'where', 'which', 'that', 'who', 'whom', 'whose', 'if', 'despite', 'though', 'until', 'unless', 'whereas', 'said', 'says', 'say', 'told', 'as']);
const COORDINATORS = new Set([',', 'and', 'or', '&']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);
const NEGATIONS = new Set(['not', 'never', "n't", 'no', 'cannot']);
const PLANNED = new Set(['will', "'ll", 'set', 'due', 'expected', 'plans', 'planned', 'planning', 'scheduled', 'going', 'would', 'to', 'shall', 'intends', 'hopes', 'ready']);
const REFUSALS = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const THING_PRONOUNS = new Set(['it', 'its']);
/** Before a group and a leading title, words that make the person one leader among several. */
const ONE_OF_MANY = new Set(['a', 'an', 'senior', 'deputy', 'local', 'regional', 'field', 'one', 'another']);
/** "denied arming the RSF" says it did not happen. */
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
/** Words that make the next one a noun: "an attack by", "its support", "the proposed deal". */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'any', 'each', 'every']);
/** Words that may stand between "and" and a verb sharing the subject before it: "and later met", "and has pressed". */
const VERB_MODIFIERS = new Set(['also', 'then', 'later', 'again', 'since', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'not', 'never', "n't", 'did', 'does', 'do']);

export interface Context {
  views: SentenceView[];
  /** Every entity of the article by id: the state a role reference names ("the German leader"). */
  entities: Map<string, EntityDraft>;
  /** The two sides of the talks the article is about, once known: what "mediator X" mediates between. */
  talkParties: EntityDraft[];
  /** The latest two states or groups in talks, a meeting, a fight or an attack: what "both sides" names. */
  sides: EntityDraft[];
  /** Who carried out the latest attack read, and in which sentence: what "condemned the attack" condemns. */
  lastAttack?: { attacker: EntityDraft; sentence: number; rule: string };
  /** Person id → relation type their title gave them, for "his counterpart". */
  personRoles: Map<string, RelationType>;
  mostMentionedGroup: EntityDraft | undefined;
  /** The state the article is written from: its dateline capital's, else the one it names far more than others. */
  homeState: EntityDraft | undefined;
  /** What the article is: titles may mean other roles in a sports report. */
  genre: Genre;
}

// ---------- reading actors around a word ----------

/** The index of the unit at `k`, or just past it when it is "the" ("by the United States"). */
function pastArticle(units: Unit[], k: number): number {
  return wordOf(units[k]) === 'the' ? k + 1 : k;
}

function isBoundary(unit: Unit | undefined): boolean {
  const word = wordOf(unit);
  return word !== undefined && BOUNDARY.has(word);
}

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

interface Found { entities: EntityDraft[]; first: number; last: number; viaPronoun: boolean }

/** A ministry or department is a state's body, never what "the group" or "the rebels" stands for. */
const STATE_BODY = /\b(?:Ministry|Department|Agency|Office|Command)\b/;

/** "the government" with no state named in front of it or after it: the article's home state's. */
function homeGovernmentAt(ctx: Context, units: Unit[], i: number): EntityDraft | undefined {
  if (wordOf(units[i]) !== 'government' || wordOf(units[i - 1]) !== 'the') return undefined;
  if (['of', 'in', "'s", '’s', '-'].includes(wordOf(units[i + 1]) ?? '') || isActor(units[i + 1])) return undefined;
  return ctx.homeState;
}

/** What "the group" stands for: the nearest group before, in this sentence or the three before. A state's army
 * is never "the group" ("pushed Hezbollah to hand its weapons to the Lebanese army, a demand the group refused"). */
function antecedentGroup(ctx: Context, sentenceIndex: number, unitIndex: number): EntityDraft | undefined {
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

const PEOPLE_NOUNS = new Set(['leaders', 'men', 'women', 'ministers', 'presidents', 'officials']);

/** The two people named last before unit `unitIndex`, in this sentence or the two before. */
function lastTwoPeople(ctx: Context, sentenceIndex: number, unitIndex: number, exclude: EntityDraft[] = []): EntityDraft[] | undefined {
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
function pluralAntecedent(ctx: Context, sentenceIndex: number, unitIndex: number): EntityDraft[] | undefined {
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

function pronounActor(ctx: Context, view: SentenceView, i: number): EntityDraft | undefined {
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

/** From an actor, the others coordinated with it to the right: "Egypt, Jordan, the Palestinians and ceasefire mediator Qatar". */
function listRight(view: SentenceView, start: number, maxFiller = 3): Found {
  const first = view.units[start] as ActorUnit;
  const entities = [first.entity];
  let last = start;
  let i = start + 1;
  while (i < view.units.length) {
    // "the Congolese government and the M23": the acting noun belongs to the demonym before it.
    const previous = view.units[last];
    if (i === last + 1 && isActor(previous) && previous.candidate.demonym && lexicon().actingNouns.has(wordOf(view.units[i]) ?? '')) i++;
    let j = i;
    let sawCoordinator = false;
    // "Hamas in Gaza, Hezbollah in Lebanon": a place after "in" belongs to the actor before it.
    if (wordOf(view.units[j]) === 'in' && view.units[j + 1]?.kind === 'actor') { j += 2; }
    const joinFrom = j;
    // "N'Tam as well as leaders of the PAIGC".
    if (wordOf(view.units[j]) === 'as' && wordOf(view.units[j + 1]) === 'well' && wordOf(view.units[j + 2]) === 'as') { sawCoordinator = true; j += 3; }
    while (j < view.units.length && (COORDINATORS.has(wordOf(view.units[j]) ?? '') || wordOf(view.units[j]) === 'including' || wordOf(view.units[j]) === 'both')) { sawCoordinator = true; j++; }
    if (!sawCoordinator) break;
    let filler = 0;
    // "meets Wang Yi in Beijing, urges China": a verb of ours ends the list; China is the next clause's object.
    while (j < view.units.length && view.units[j]?.kind === 'word' && !isBoundary(view.units[j]) && !matchVerb(view, j) && filler < maxFiller) { j++; filler++; }
    // "Modi and Chinese President Xi Jinping": the state titles the person after it.
    j = titledPersonAfter(view, j) ?? j;
    const next = view.units[j];
    if (!isActor(next)) break;
    // "met Putin in Moscow, the Kremlin said": after a bare comma, an actor with a verb of its own opens a new clause.
    const commaOnly = view.units.slice(joinFrom, j).every((u) => wordOf(u) === ',' || wordOf(u) === 'the');
    const speaksSoon = [1, 2, 3].some((n) => SPEECH_VERBS.has(wordOf(view.units[j + n]) ?? ''));
    if (commaOnly && (looksLikeVerb(view, j + 1) || speaksSoon)) break;
    entities.push(next.entity);
    last = j;
    i = j + 1;
  }
  return { entities, first: start, last, viaPronoun: false };
}

const SPEAKING = new Set(['said', 'saying', 'says', 'added', 'adding', 'warned', 'warning', 'insisted', 'insisting', 'claimed', 'claiming']);
const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'added', 'warned', 'announced']);

/** From an actor, the others coordinated with it to the left: "Egyptian and Qatari officials". */
function listLeft(view: SentenceView, end: number): Found {
  const last = view.units[end] as ActorUnit;
  const entities = [last.entity];
  let first = end;
  let i = mentionStart(view, end) - 1;
  while (i >= 0) {
    // "Egypt, Qatar and the United States": the article sits between the coordinator and the name.
    let j = wordOf(view.units[i]) === 'the' ? i - 1 : i;
    let sawCoordinator = false;
    while (j >= 0 && (COORDINATORS.has(wordOf(view.units[j]) ?? '') || wordOf(view.units[j]) === 'both')) { sawCoordinator = true; j--; }
    if (!sawCoordinator) break;
    if (wordOf(view.units[j]) === 'the') j--;
    const previous = view.units[j];
    if (!isActor(previous) || previous.possessive) break;
    entities.unshift(previous.entity);
    first = j;
    i = mentionStart(view, j) - 1;
  }
  return { entities, first, last: end, viaPronoun: false };
}

/** The first unit of an actor's mention: "Armenian Foreign Minister X" starts at "Armenian", whose title and
 * state belong to the person, so a list can go on to the left of them. */
function mentionStart(view: SentenceView, k: number): number {
  const unit = view.units[k];
  if (!isActor(unit) || unit.type !== 'Person' || unit.candidate.titleStart === undefined) return k;
  const titleOffset = view.sentence.tokens[unit.candidate.titleStart]?.start;
  if (titleOffset === undefined) return k;
  let j = k;
  for (let prev = view.units[j - 1]; prev?.kind === 'word' && prev.token.start >= titleOffset; prev = view.units[j - 1]) j--;
  const before = view.units[j - 1];
  // "Jordan's King Abdullah II": the owner's "'s" sits between the state and the title.
  const ownerEnd = isActor(before) && before.possessive ? before.candidate.end + 1 : before && isActor(before) ? before.candidate.end : -1;
  if (isActor(before) && before.type !== 'Person' && ownerEnd === unit.candidate.titleStart) {
    j--;
    // "Turkish Cypriot leader X": demonyms in a row all qualify the title.
    for (let prev = view.units[j - 1]; isActor(prev) && prev.candidate.demonym && prev.candidate.end === (view.units[j] as ActorUnit).candidate.start; prev = view.units[j - 1]) j--;
  }
  return j;
}

/** A word used as a verb: one of the lexicon's, one compromise knows as a verb, or a past form in -ed, and not after an article. */
function looksLikeVerb(view: SentenceView, k: number): boolean {
  const word = wordOf(view.units[k]);
  if (word === undefined || NOUN_MARKERS.has(wordOf(view.units[k - 1]) ?? '')) return false;
  return matchVerb(view, k) !== undefined || lexicon().verbWords.has(word) || /[a-z]ed$/.test(word);
}

/** Nouns that look like verbs ("an attack by", "its support", "Israel's backing"), and the second half of a
 * compound ("Iran-backed"), which compoundRule reads. */
function usedAsNoun(view: SentenceView, i: number): boolean {
  const before = view.units[i - 1];
  const unit = view.units[i];
  const inCompound = unit?.kind === 'word' && unit.token.joined && wordOf(before) === '-';
  return inCompound || NOUN_MARKERS.has(wordOf(before) ?? '') || (isActor(before) && before.possessive);
}

/** "Blinken met Wang Yi in Beijing and pressed China": the verb after "and" shares the subject of the verb before it. */
function coordinatedVerbBefore(view: SentenceView, trigger: number): number | undefined {
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

const GERUND_LEADS = new Set(['after', 'before', 'while', 'by', 'is', 'was', 'are', 'were', 'been', 'be', 'without', 'since', 'of', 'from', 'when']);
const CALL_WORDS = new Set(['phone', 'telephone', 'call', 'video', 'videoconference']);
const COORDINATION_ENDS = new Set(['.', ';', ':', '(', ')', 'while', 'although', 'because', 'whereas', 'if', 'unless', 'since', 'but']);
const CLAUSE_ENDS = new Set([';', ':', '.', '?', '!', '"', '“', '”', '(', ')', 'which', 'who', 'that', 'when', 'while', 'because', 'although', 'if', 'whereas', 'as']);

/** Who does it: the nearest actor to the left in the same clause, across an apposition or a "who" clause. */
function subjectOf(ctx: Context, view: SentenceView, trigger: number): Found | undefined {
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

/** "Saudi Crown Prince X": the state only qualifies the titled person after it, who is the actor. */
function titledPersonAfter(view: SentenceView, i: number): number | undefined {
  const unit = view.units[i];
  if (!isActor(unit) || unit.type === 'Person') return undefined;
  for (let k = i + 1; k < Math.min(view.units.length, i + 6); k++) {
    const next = view.units[k];
    if (next?.kind === 'actor') return next.type === 'Person' && next.candidate.titleStart === unit.candidate.end ? k : undefined;
  }
  return undefined;
}

const SIDE_TYPES = new Set<RelationType>(['NEGOTIATES_WITH', 'MEETS', 'FIGHTS', 'ATTACKS']);
/** "urged both sides", "called on the two governments", "the warring parties". */
const SIDE_NOUNS = new Set(['sides', 'parties', 'governments', 'countries', 'nations', 'camps', 'factions']);

/** The two sides a phrase at `i` names, if it is one: the pair the article last set against or beside each other. */
function bothSidesAt(ctx: Context, units: Unit[], i: number): { entities: EntityDraft[]; last: number } | undefined {
  const word = wordOf(units[i]);
  const next = wordOf(units[i + 1]) ?? '';
  let last: number | undefined;
  if ((word === 'both' || word === 'all') && SIDE_NOUNS.has(next)) last = i + 1;
  else if (word === 'the' && (next === 'two' || next === 'warring') && SIDE_NOUNS.has(wordOf(units[i + 2]) ?? '')) last = i + 2;
  if (last === undefined || ctx.sides.length !== 2) return undefined;
  return { entities: [...ctx.sides], last };
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
function objectOf(ctx: Context, view: SentenceView, from: number, maxFiller = 5): Found | undefined {
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

function actorsAfterBy(view: SentenceView, from: number): Found | undefined {
  // "were hosted at the White House by President X": a short place phrase may come before "by".
  const placePhrase = ['at', 'in', 'on'].includes(wordOf(view.units[from]) ?? '');
  for (let i = from; i < Math.min(view.units.length, from + (placePhrase ? 6 : 3)); i++) {
    if (isBoundary(view.units[i]) || wordOf(view.units[i]) === ',') return undefined;
    if (wordOf(view.units[i]) === 'by') {
      for (let j = i + 1; j < Math.min(view.units.length, i + 4); j++) {
        // "received by French President X": the demonym titles X, who acts.
        if (isActor(view.units[j])) return listRight(view, titledPersonAfter(view, j) ?? j);
        if (isBoundary(view.units[j])) return undefined;
      }
    }
  }
  return undefined;
}

/** Whoever proposed what is rejected: "Y's plan", "his proposal", "as called for by Y", or the proposer named earlier in the sentence. */
function proposerOf(ctx: Context, view: SentenceView, from: number, rejecters: EntityDraft[], passive: boolean, trigger = from): { entity: EntityDraft; others?: EntityDraft[]; how: string } | undefined {
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
  const pronounOnly = wordOf(units[from]) === 'to' && ['it', 'them', 'this', 'that', 'so'].includes(wordOf(units[from + 2]) ?? '');
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

// ---------- time and status ----------

function statusBefore(view: SentenceView, trigger: number, form: VerbForm | undefined): RelationStatus | undefined {
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

function negated(view: SentenceView, trigger: number): boolean {
  for (let i = trigger - 1; i >= Math.max(0, trigger - 3); i--) {
    const word = wordOf(view.units[i]);
    if (word === undefined) return false;
    if (NEGATIONS.has(word) || word.endsWith("n't")) return true;
    if (DENIALS.has(word) && i >= trigger - 2) return true;
    if (BOUNDARY.has(word)) return false;
  }
  return false;
}

const DELEGATION_NOUNS = new Set(['delegation', 'team', 'negotiators', 'side', 'mission', 'negotiating']);
/** "received the army delegation, led by General X", "met RSF negotiators headed by Y": whoever heads the
 * delegation met is met in person. */
function delegationHead(view: SentenceView, from: number): EntityDraft | undefined {
  const units = view.units;
  for (let k = from; k < Math.min(units.length, from + 5); k++) {
    const word = wordOf(units[k]);
    if (word !== undefined && (isBoundary(units[k]) || word === ',')) return undefined;
    if (!ENVOY_NOUNS.has(word ?? '') && !DELEGATION_NOUNS.has(word ?? '')) continue;
    let at = k + 1;
    if (wordOf(units[at]) === ',') at++;
    if (!['led', 'headed'].includes(wordOf(units[at]) ?? '') || wordOf(units[at + 1]) !== 'by') return undefined;
    // A rank before the name ("Lieutenant General") is words, not part of the person's unit.
    const headAt = units.findIndex((u, n) => n >= at + 2 && n <= at + 4 && u.kind === 'actor');
    const head = units[headAt];
    return isActor(head) && head.type === 'Person' ? head.entity : undefined;
  }
  return undefined;
}

/** "traded fire across the Lebanese border": a place phrase, not what the verb is done to. */
const OBJECT_ENDS = new Set(['across', 'along', 'near', 'inside', 'into', 'during', 'through', 'toward', 'towards', 'around']);
const ATTACK_EVENTS = new Set(['attack', 'attacks', 'assault', 'raid', 'bombing', 'strike', 'strikes', 'airstrike', 'airstrikes', 'offensive', 'ambush', 'killings', 'massacre']);
const POSITION_NOUNS = new Set(['positions', 'position', 'bases', 'base', 'strongholds', 'stronghold', 'posts', 'checkpoints', 'headquarters']);
const QUANTITIES = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'several', 'some', 'many', 'most', 'one', 'two', 'three', 'four', 'five']);
const ENVOY_NOUNS = new Set(['delegation', 'delegations', 'envoys', 'envoy', 'negotiators', 'representatives', 'delegates', 'officials', 'leaders', 'members']);

/** "prepared to meet Aliyev", "offered to mediate": an offer or a wish, which says nothing happened or is set. */
const OFFERS = new Set(['prepared', 'willing', 'ready', 'offered', 'offers', 'offer', 'offering', 'open', 'wants', 'want', 'wanted', 'hopes', 'hoped', 'hope', 'eager', 'keen']);

function onlyOffered(view: SentenceView, trigger: number): boolean {
  return wordOf(view.units[trigger - 1]) === 'to' && OFFERS.has(wordOf(view.units[trigger - 2]) ?? '');
}

/** "refused to meet", "refused on Wednesday to meet": a refusal word before the infinitive, across a short
 * time phrase. */
function refusedBefore(view: SentenceView, trigger: number): boolean {
  if (wordOf(view.units[trigger - 1]) !== 'to') return false;
  for (let k = trigger - 2; k >= Math.max(0, trigger - 6); k--) {
    const unit = view.units[k];
    const word = wordOf(unit);
    if (word === undefined || isBoundary(unit) || word === ',') return false;
    if (REFUSALS.has(word)) return true;
  }
  return false;
}

function objectText(view: SentenceView, from: number): string | undefined {
  const words: string[] = [];
  for (let i = from; i < view.units.length && words.length < 14; i++) {
    const unit = view.units[i];
    if (unit?.kind === 'word' && ['.', ';', ':', '"', '“', '”'].includes(unit.token.text)) break;
    if (unit?.kind === 'word' && unit.token.text === ',' && words.length > 2) break;
    if (unit?.kind === 'word') words.push(unit.token.text);
    else if (unit) words.push(unit.candidate.text + (unit.possessive ? "'s" : ''));
  }
  const text = words.join(' ').replace(/\s+([,.'’])/g, '$1').trim();
  return text || undefined;
}

// ---------- the rules ----------

type Emit = (reading: Omit<Reading, 'sentence'>) => void;

function pairs(emit: Emit, type: RelationType, sources: EntityDraft[], targets: EntityDraft[], base: Omit<Reading, 'sentence' | 'type' | 'source' | 'target'>): void {
  for (const source of sources) for (const target of targets) if (source !== target) emit({ ...base, type, source, target });
}

function within(emit: Emit, type: RelationType, members: EntityDraft[], base: Omit<Reading, 'sentence' | 'type' | 'source' | 'target'>): void {
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const source = members[a];
      const target = members[b];
      if (source && target && source !== target) emit({ ...base, type, source, target });
    }
  }
}

function matchVerb(view: SentenceView, i: number): { form: VerbForm; end: number } | undefined {
  const word = wordOf(view.units[i]);
  if (!word) return undefined;
  const forms = lexicon().verbForms.get(word);
  if (!forms) return undefined;
  for (const form of forms) {
    const at = particleStart(view, i + 1, form.particle[0]);
    if (at === undefined) continue;
    const ok = form.particle.every((p, k) => wordOf(view.units[at + k]) === p);
    if (ok) return { form, end: at + form.particle.length };
  }
  return undefined;
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

function passiveAt(view: SentenceView, i: number, form: VerbForm): boolean {
  if (form.tense !== 'past') return false;
  const before = wordOf(view.units[i - 1]);
  const beforeTwo = wordOf(view.units[i - 2]);
  const be = BE.has(before ?? '') || (before?.endsWith('ly') === true && BE.has(beforeTwo ?? ''));
  const byNext = wordOf(view.units[i + 1]) === 'by' || wordOf(view.units[i + 2]) === 'by';
  // "an agreement brokered by Brazil", "the talks, mediated by Riyadh": a participle after a noun or comma.
  const afterNoun = before !== undefined && !VERB_MODIFIERS.has(before) && !BOUNDARY.has(before) && !/ly$/.test(before) && view.units[i - 1]?.kind === 'word';
  return be || (byNext && (before === ',' || afterNoun));
}

function isTalksObject(view: SentenceView, from: number): boolean {
  const lex = lexicon();
  for (let i = from; i < Math.min(view.units.length, from + 4); i++) {
    const word = wordOf(view.units[i]);
    // "Japan hosts a trilateral summit with China": talks "with" someone are the host's own, not mediated.
    if (word !== undefined && lex.talkNouns.has(word)) return wordOf(view.units[i + 1]) !== 'with';
    if (view.units[i]?.kind === 'actor' && view.units[i + 1]?.kind !== 'word') return false;
  }
  return false;
}

/** The parties of talks named in this sentence ("between A and B", "A-B talks"), else the article's. */
function partiesOf(ctx: Context, view: SentenceView, exclude: EntityDraft[]): EntityDraft[] {
  const units = view.units;
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

function verbRules(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    const match = matchVerb(view, i);
    if (!match || usedAsNoun(view, i)) continue;
    const { form, end } = match;
    if (form.type !== 'REJECTS' && (negated(view, i) || refusedBefore(view, i))) continue;
    if (onlyOffered(view, i)) continue;
    if (form.type === 'REJECTS' && DENIALS.has(wordOf(units[i - 1]) ?? '')) continue;
    const status = statusBefore(view, i, form);
    const rule = `verb:${form.lemma}${form.particle.length ? ` ${form.particle.join(' ')}` : ''}`;

    if (passiveAt(view, i, form)) {
      const agents = actorsAfterBy(view, end);
      if (!agents) continue;
      const status2 = status ?? 'happened';
      if (form.type === 'REJECTS') {
        const proposer = proposerOf(ctx, view, Math.max(0, i - 6), agents.entities, true, i);
        if (proposer) pairs(emit, 'REJECTS', agents.entities, [proposer.entity, ...(proposer.others ?? [])], { confidence: proposer.how === 'proposer-in-sentence' ? 0.65 : 0.8, rule: `${rule} (passive, ${proposer.how})`, status: status2, anchor: i, ...optionalObject(objectText(view, 0)) });
      } else if (form.type === 'MEDIATES') {
        const left = units.slice(0, i).filter(isActor).map((u) => u.entity).filter((e) => !agents.entities.includes(e));
        const parties = [...new Set([...left, ...(left.length < 2 ? partiesOf(ctx, view, agents.entities) : [])])];
        pairs(emit, 'MEDIATES', agents.entities, parties, { confidence: 0.75, rule: `${rule} (passive)`, status: status2, anchor: i });
      } else {
        // "The RSF, led by X,": the participle describes the actor just before its comma.
        const patients = wordOf(units[i - 1]) === ',' && isActor(units[i - 2]) ? listLeft(view, i - 2) : subjectOf(ctx, view, i);
        // "Tehran's delegation was led by X": X heads the delegation and serves the state, not leads it.
        const delegation = form.type === 'LEADS' && patients && DELEGATION_NOUNS.has(wordOf(units[patients.last + 1]) ?? '');
        const type: RelationType = delegation ? 'WORKS_FOR' : form.type;
        if (patients) pairs(emit, type, agents.entities, patients.entities, { confidence: 0.75, rule: `${rule} (passive${delegation ? ', delegation' : ''})`, status: status2, anchor: i });
      }
      continue;
    }

    const subject = subjectOf(ctx, view, i);
    if (!subject) continue;
    const confidence = subject.viaPronoun ? 0.7 : 0.85;
    const talksObject = isTalksObject(view, end);
    if ((form.aboutTalks || form.talksType) && talksObject) {
      const type = form.talksType ?? form.type;
      const parties = partiesOf(ctx, view, subject.entities);
      if (parties.length >= 1 && !subject.entities.some((e) => ctx.talkParties.includes(e))) {
        pairs(emit, type, subject.entities, parties, { confidence: confidence - 0.1, rule: `${rule} (talks)`, ...optionalStatus(status), anchor: i });
      } else if (parties.length === 0 && subject.entities.length >= 2 && form.lemma !== 'host') {
        // "Ethiopia and Egypt will resume negotiations": the two who resume talks are their sides.
        within(emit, 'NEGOTIATES_WITH', subject.entities.filter((e) => e.type !== 'Person'), { confidence: confidence - 0.15, rule: `${rule} (talks, joint subject)`, ...optionalStatus(status), anchor: i });
      }
      continue;
    }
    if (form.aboutTalks) continue;
    const object = objectOf(ctx, view, end, form.needsActorObject ? 2 : 5);

    if (form.type === 'REJECTS') {
      const proposer = proposerOf(ctx, view, end, subject.entities, false);
      if (proposer) pairs(emit, 'REJECTS', subject.entities, [proposer.entity, ...(proposer.others ?? [])], { confidence: proposer.how === 'proposer-in-sentence' ? 0.6 : confidence, rule: `${rule} (${proposer.how})`, status: refusedBefore(view, i) || REFUSALS.has(wordOf(units[i]) ?? '') ? 'refused' : (status ?? 'happened'), anchor: i, ...optionalObject(objectText(view, end)) });
      continue;
    }
    // "a demand that SDF fighters join the army": a bare base form is what someone wants, not a membership.
    if (form.type === 'MEMBER_OF' && form.tense === 'base' && !['will', 'to', "'ll", 'would', 'can', 'could'].includes(wordOf(units[i - 1]) ?? '')) continue;
    // "the first face-to-face meeting between the two ministers": "meeting" is a noun unless a verb leads to it.
    if (form.type === 'MEETS' && form.tense === 'gerund' && !GERUND_LEADS.has(wordOf(units[i - 1]) ?? '')) continue;
    // "spoke by phone with X", "held a video call with Y": a call is contact, not a meeting.
    if (form.type === 'MEETS' && units.slice(i + 1, end).some((u) => CALL_WORDS.has(wordOf(u) ?? ''))) continue;
    if (form.type === 'MEETS' || form.type === 'NEGOTIATES_WITH' || form.type === 'FIGHTS') {
      const head = form.type === 'MEETS' ? delegationHead(view, end) : undefined;
      if (head) pairs(emit, 'MEETS', subject.entities, [head], { confidence: confidence - 0.05, rule: `${rule} (delegation head)`, ...optionalStatus(status), anchor: i });
      if (object) pairs(emit, form.type, subject.entities, object.entities, { confidence: Math.min(confidence, object.viaPronoun ? 0.7 : 1), rule, ...optionalStatus(status), anchor: i });
      else if (subject.entities.length >= 2) within(emit, form.type, subject.entities, { confidence: confidence - 0.05, rule: `${rule} (joint subject)`, ...optionalStatus(status), anchor: i });
      continue;
    }
    if (form.type === 'MEDIATES' && units.slice(end).some((u) => wordOf(u) === 'between')) {
      // "China brokered a ceasefire earlier this year between the military and the MNDAA".
      const parties = partiesOf(ctx, view, subject.entities);
      if (parties.length >= 2) { pairs(emit, 'MEDIATES', subject.entities, parties, { confidence, rule: `${rule} (between)`, ...optionalStatus(status), anchor: i }); continue; }
    }
    if (!object) continue;
    if (form.needsGroupObject && !object.entities.every((e) => e.type === 'Group')) continue;
    const extra = form.type === 'PRESSURES' ? optionalObject(objectText(view, object.last + 1)) : {};
    pairs(emit, form.type, subject.entities, object.entities, { confidence: Math.min(confidence, object.viaPronoun ? 0.7 : 1), rule, ...optionalStatus(status), anchor: i, ...extra });
  }
}

function optionalStatus(status: RelationStatus | undefined): { status?: RelationStatus } {
  return status ? { status } : {};
}
function optionalObject(object: string | undefined): { object?: string } {
  return object ? { object } : {};
}

/** The two sides after "between" at `i`: the actors before and after its "and" ("between the Congolese
 * government and the M23"), up to the end of the clause. */
function betweenSides(view: SentenceView, i: number): { left: EntityDraft[]; right: EntityDraft[] } {
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

/** "a meeting between X and Y", "negotiations between Israel and Hamas", "fighting between X and Y". */
function betweenRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    if (wordOf(units[i]) !== 'between') continue;
    let type: RelationType | undefined;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const word = wordOf(units[k]);
      if (word !== undefined && lex.relationNouns.has(word)) { type = lex.relationNouns.get(word); break; }
    }
    if (type !== 'MEETS' && type !== 'NEGOTIATES_WITH' && type !== 'FIGHTS') continue;
    const { left, right } = betweenSides(view, i);
    if (left.length && right.length) pairs(emit, type, left, right, { confidence: 0.8, rule: `noun:${type === 'MEETS' ? 'meeting' : type === 'FIGHTS' ? 'war' : 'talks'} between`, anchor: i });
  }
}

/** The verb a phrase hangs on, back over a place: "travel to Kigali | for talks", "arrived in Berlin | for talks". */
function governingVerb(view: SentenceView, i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const unit = view.units[k];
    // "visit Beijing for talks with Xi": a capital there is where the talks are, not who holds them.
    if (unit?.kind === 'actor') { if (unit.type === 'Place' || unit.candidate.rule === 'capital-as-state') continue; return undefined; }
    const word = wordOf(unit) ?? '';
    if (['to', 'in', 'at', 'into', 'the', 'next', 'week', 'month', 'this', 'on', 'later', 'earlier', 'reporters', 'journalists'].includes(word)) continue;
    // "told reporters after separate meetings with the two men": the one who spoke met them.
    if (word === 'told' || word === 'said') return k;
    // "will travel to Ankara for talks with X": a verb of coming counts though compromise may read it as a noun.
    return looksLikeVerb(view, k) || lexicon().arrivalVerbs.has(word) ? k : undefined;
  }
  return undefined;
}

/** "is due to meet X and then travel": the status the first of two coordinated verbs gives both. */
function statusOfCoordinated(view: SentenceView, verb: number): RelationStatus | undefined {
  const previous = coordinatedVerbBefore(view, verb);
  return previous === undefined ? undefined : statusBefore(view, previous, matchVerb(view, previous)?.form);
}

/** Talks one goes to or comes from are a meeting: "arrived in Berlin for talks with Merz". */
const MEETING_PREPOSITIONS = new Set(['for', 'after', 'during', 'following']);

/** "X has been at war with Y", "Hamas is in talks with Israel", "X arrived for talks with Y". */
function inRelationWithRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i + 3 < units.length; i++) {
    const preposition = wordOf(units[i]) ?? '';
    // "after separate meetings with": an adjective may stand before the noun.
    const shift = wordOf(units[i + 3]) === 'with' && RELATION_ADJECTIVES.has(wordOf(units[i + 1]) ?? '') ? 1 : 0;
    if (wordOf(units[i + 2 + shift]) !== 'with') continue;
    const noun = wordOf(units[i + 1 + shift]) ?? '';
    const nounType = lex.relationNouns.get(noun);
    const standing = (preposition === 'at' || preposition === 'in') && (nounType === 'FIGHTS' || nounType === 'NEGOTIATES_WITH');
    const meeting = MEETING_PREPOSITIONS.has(preposition) && (nounType === 'NEGOTIATES_WITH' || nounType === 'MEETS');
    // "Colombia's government called off a planned meeting with the ELN": meetings planned, sought or called
    // off are no meeting, but the two sides are in talks.
    const planned = ['a', 'the'].includes(preposition) && shift === 1 && (nounType === 'MEETS' || nounType === 'NEGOTIATES_WITH') && wordOf(units[i + 1]) === 'planned';
    const type = meeting ? 'MEETS' : standing ? nounType : planned ? 'NEGOTIATES_WITH' : undefined;
    if (!type) continue;
    // "and then travel to Kigali for talks with X": the verb the talks hang on carries subject and status.
    const verb = meeting || planned ? governingVerb(view, i) : undefined;
    const trigger = verb ?? i;
    if (negated(view, trigger)) continue;
    const subject = subjectOf(ctx, view, trigger);
    const object = subject && objectOf(ctx, view, i + 3 + shift, 2);
    const status = verb === undefined ? undefined : statusBefore(view, verb, matchVerb(view, verb)?.form) ?? statusOfCoordinated(view, verb);
    if (subject && object) pairs(emit, type, subject.entities, object.entities, { confidence: subject.viaPronoun ? 0.7 : 0.8, rule: `noun:${preposition} ${noun} with`, anchor: i + 1 + shift, ...optionalStatus(status) });
  }
}

const RELATION_ADJECTIVES = new Set(['separate', 'further', 'fresh', 'direct', 'new', 'private', 'lengthy', 'brief', 'planned']);

/** The nearest of `verbs` within `span` units before `i`, not across an actor or a clause boundary; -1 if none. */
function verbOfSetBefore(units: Unit[], i: number, verbs: Set<string>, span: number): number {
  for (let k = i - 1; k >= Math.max(0, i - span); k--) {
    if (verbs.has(wordOf(units[k]) ?? '')) return k;
    if (units[k]?.kind === 'actor' || isBoundary(units[k])) return -1;
  }
  return -1;
}

/** The status a verb gives, or "happened" for a bare past form ("launched", "arrived"). */
function statusOrPast(view: SentenceView, verb: number): RelationStatus | undefined {
  return statusBefore(view, verb, matchVerb(view, verb)?.form) ?? (/ed$/.test(wordOf(view.units[verb]) ?? '') ? 'happened' : undefined);
}

/** "Merz pledged further military aid to Kyiv": a giving verb, a support noun, and who receives it. */
function givenSupportRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 1; i + 2 < units.length; i++) {
    const noun = wordOf(units[i]) ?? '';
    const preposition = wordOf(units[i + 1]);
    if (lex.relationNouns.get(noun) !== 'SUPPORTS' || (preposition !== 'to' && preposition !== 'for')) continue;
    const verb = verbOfSetBefore(units, i, lex.givingVerbs, 4);
    if (verb < 0 || negated(view, verb)) continue;
    const subject = subjectOf(ctx, view, verb);
    const object = subject && objectOf(ctx, view, i + 2, 1);
    if (subject && object) pairs(emit, 'SUPPORTS', subject.entities, object.entities, { confidence: subject.viaPronoun ? 0.7 : 0.8, rule: `noun:${noun} ${preposition} (given)`, anchor: i, ...optionalStatus(statusBefore(view, verb, matchVerb(view, verb)?.form)) });
  }
}

/** "X said his Qatari counterpart Y had arrived in Cairo": a counterpart comes to meet the one whose counterpart he is. */
function counterpartArrivalRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    const person = units[i];
    if (!isActor(person) || person.type !== 'Person' || !person.candidate.titles?.some((t) => t.role === 'COUNTERPART')) continue;
    // "his Qatari counterpart Y": the owner word stands a few units before, past the demonym and the title.
    let k = i - 1;
    while (k >= Math.max(0, i - 4) && !['his', 'her'].includes(wordOf(units[k]) ?? '') && !isBoundary(units[k])) k--;
    if (!['his', 'her'].includes(wordOf(units[k]) ?? '')) continue;
    const host = pronounActor(ctx, view, k);
    let verb = -1;
    for (let v = i + 1; v < Math.min(units.length, i + 4) && verb < 0; v++) {
      if (lex.arrivalVerbs.has(wordOf(units[v]) ?? '')) verb = v;
      else if (isBoundary(units[v]) || units[v]?.kind === 'actor') break;
    }
    if (!host || verb < 0 || negated(view, verb)) continue;
    const status = statusOrPast(view, verb);
    emit({ type: 'MEETS', source: host, target: person.entity, confidence: 0.6, rule: `counterpart ${wordOf(units[verb])}`, anchor: verb, ...optionalStatus(status) });
  }
}

/** "the military carried out a wave of airstrikes on Arakan Army positions": the one who launches attacks the target. */
function launchedAttackRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 1; i + 1 < units.length; i++) {
    const on = wordOf(units[i + 1]);
    if (lex.relationNouns.get(wordOf(units[i]) ?? '') !== 'ATTACKS' || (on !== 'on' && on !== 'against')) continue;
    const verb = verbOfSetBefore(units, i, lex.launchVerbs, 6);
    if (verb < 0 || negated(view, verb)) continue;
    const target = objectOf(ctx, view, i + 2, 1);
    const attacker = target && subjectOf(ctx, view, verb);
    if (!attacker || !target || target.viaPronoun) continue;
    pairs(emit, 'ATTACKS', attacker.entities, target.entities, { confidence: attacker.viaPronoun ? 0.65 : 0.75, rule: `noun:${wordOf(units[i])} on (${wordOf(units[verb])})`, anchor: i, ...optionalStatus(statusOrPast(view, verb)) });
  }
}

const SUPPORT_RECEIVED = new Set(['support', 'backing', 'aid', 'help', 'weapons', 'arms', 'funding', 'assistance']);
const LED_BODIES = /\b(?:Government|Administration|Cabinet|Party)\b/;

/** "Haftar's forces have received support from Egypt, the UAE and Russia": each giver supports the receiver.
 * "Dbeibah's Government of National Unity": a person's government or party is led by them. */
function receivedSupportRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const body = units[i + 1];
    if (isActor(unit) && unit.type === 'Person' && unit.possessive && isActor(body) && body.type === 'Group' && LED_BODIES.test(body.entity.name)) {
      emit({ type: 'LEADS', source: unit.entity, target: body.entity, confidence: 0.7, rule: "noun:person's government", anchor: i });
    }
    if (!/^receiv/.test(wordOf(unit) ?? '')) continue;
    const noun = units.findIndex((u, n) => n > i && n <= i + 3 && SUPPORT_RECEIVED.has(wordOf(u) ?? ''));
    if (noun < 0 || wordOf(units[noun + 1]) !== 'from') continue;
    const givers = objectOf(ctx, view, noun + 2, 1);
    const receiver = subjectOf(ctx, view, i);
    if (givers && receiver && !givers.viaPronoun) pairs(emit, 'SUPPORTS', givers.entities, receiver.entities, { confidence: 0.7, rule: 'verb:receive support from', anchor: i });
  }
}

/** "Iran, Hezbollah's main backer, accused", "The United States, Kosovo's most important backer": the name set
 * off before an owner's backer or ally supports the owner. */
function backerAppositionRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 2; i < units.length; i++) {
    const owner = units[i];
    if (!isActor(owner) || !owner.possessive || wordOf(units[i - 1]) !== ',') continue;
    const backer = units[i - 2];
    if (!isActor(backer) || backer.type === 'Person') continue;
    const noun = units.slice(i + 1, i + 5).findIndex((u) => lex.backerNouns.has(wordOf(u) ?? ''));
    if (noun < 0 || units.slice(i + 1, i + 1 + noun).some((u) => u.kind === 'actor' || wordOf(u) === ',')) continue;
    emit({ type: 'SUPPORTS', source: backer.entity, target: owner.entity, confidence: 0.75, rule: `apposition:${wordOf(units[i + 1 + noun])}`, anchor: i });
  }
}

const BRINGING = new Set(['bring', 'brings', 'brought', 'bringing', 'coax', 'coaxed', 'lure', 'lured', 'get', 'got']);

/** "Saudi Arabia and the United States brought envoys of Sudan's army and the RSF back to the negotiating
 * table": the ones who bring mediate between the ones brought, who negotiate with each other. */
function backToTableRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    if (!BRINGING.has(wordOf(units[i]) ?? '')) continue;
    const table = units.findIndex((u, n) => n > i && n <= i + 16 && wordOf(u) === 'table');
    if (table < 0 || !['negotiating', 'the'].includes(wordOf(units[table - 1]) ?? '')) continue;
    const parties = [...new Set(units.slice(i + 1, table).filter(isActor).filter((u) => !u.candidate.demonym || lexicon().actingNouns.has(wordOf(units[units.indexOf(u) + 1]) ?? '')).map((u) => u.entity))];
    const mediators = subjectOf(ctx, view, i)?.entities.filter((e) => !parties.includes(e)) ?? [];
    if (parties.length < 2 || mediators.length === 0) continue;
    const status = statusOrPast(view, i);
    pairs(emit, 'MEDIATES', mediators, parties, { confidence: 0.7, rule: 'verb:bring to the table', anchor: i, ...optionalStatus(status) });
    within(emit, 'NEGOTIATES_WITH', parties, { confidence: 0.65, rule: 'verb:bring to the table (the sides)', anchor: i, ...optionalStatus(status) });
  }
}

/** "the group fired a barrage of rockets and drones at northern Israel": X ATTACKS Y when a firing verb
 * governs a projectile aimed "at", "on", "into" or "towards" an actor. */
function firedAtRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    if (!lex.firingVerbs.has(wordOf(units[i]) ?? '') || negated(view, i)) continue;
    let projectile = -1;
    for (let k = i + 1; k < Math.min(units.length, i + 6) && projectile < 0; k++) {
      if (units[k]?.kind === 'actor' || isBoundary(units[k])) break;
      if (lex.projectileNouns.has(wordOf(units[k]) ?? '')) projectile = k;
    }
    if (projectile < 0) continue;
    for (let k = projectile + 1; k < Math.min(units.length, projectile + 6); k++) {
      const word = wordOf(units[k]);
      if (isBoundary(units[k]) || word === ',' || isActor(units[k])) break;
      if (!['at', 'on', 'into', 'towards', 'toward'].includes(word ?? '')) continue;
      // "at northern Israel": a direction word may stand before the target.
      const target = objectOf(ctx, view, k + 1, 2);
      const attacker = target && subjectOf(ctx, view, i);
      if (attacker && target && !target.viaPronoun) {
        pairs(emit, 'ATTACKS', attacker.entities, target.entities, { confidence: attacker.viaPronoun ? 0.65 : 0.75, rule: `verb:${wordOf(units[i])} ${wordOf(units[projectile])} ${word}`, anchor: i, ...optionalStatus(statusOrPast(view, i)) });
      }
      break;
    }
  }
}

/** In a match report, the team a player plays for: "Bayern's X", "X added 24 points for the Lakers", "X scored
 * twice as Bayern came from behind to beat Dortmund", "Bayern levelled through X's shot". Only named players
 * with no title of their own; the words are data (genres.json, "players"). */
function playerTeamRule(ctx: Context, view: SentenceView, emit: Emit): void {
  if (ctx.genre !== 'sports') return;
  const units = view.units;
  const lex = lexicon();
  const isTeam = (u: Unit | undefined): u is ActorUnit => isActor(u) && u.type === 'Group';
  // A named player: no title, or a position only ("wing Cheslin Kolbe"), not a coach or an owner.
  const isPlayer = (u: Unit | undefined): u is ActorUnit => isActor(u) && u.type === 'Person'
    && (u.candidate.titles ?? []).every((t) => t.role === 'WORKS_FOR' && t.scope === 'group' && !['manager', 'coach', 'boss', 'director', 'executive', 'analyst', 'economist'].includes(t.title));
  const plays = (player: ActorUnit, team: ActorUnit, how: string, anchor: number) =>
    emit({ type: 'WORKS_FOR', source: player.entity, target: team.entity, confidence: 0.6, rule: `player:${how}`, anchor });
  const clauseEnd = (k: number) => ['.', ';', 'but', 'while', '"', '“', '”'].includes(wordOf(units[k]) ?? '');
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const next = units[i + 1];
    if (isTeam(unit) && unit.possessive && isPlayer(next)) plays(next, unit, "team's player", i);
    // "South Africa, the two-time defending world champions, led": past an apposition to the team's verb.
    const closing = wordOf(next) === ',' ? units.findIndex((u, n) => n > i + 1 && n <= i + 10 && wordOf(u) === ',') : -1;
    const verbAt = closing > 0 && !units.slice(i + 2, closing).some(isActor) ? closing + 1 : i + 1;
    if (isTeam(unit) && !unit.possessive && lex.teamResults.has(wordOf(units[verbAt]) ?? '')) {
      // "Bayern levelled before halftime through Michael Olise's shot", "led after tries from wing X".
      for (let k = verbAt + 1; k < Math.min(units.length, verbAt + 14) && !clauseEnd(k); k++) {
        if (!lex.playerLinking.has(wordOf(units[k]) ?? '')) continue;
        const at = units.findIndex((u, n) => n > k && n <= k + 5 && u.kind === 'actor');
        const player = units[at];
        if (isPlayer(player) && units.slice(k + 1, at).every((u) => !clauseEnd(units.indexOf(u)))) {
          plays(player, unit, `${wordOf(units[k])} the player`, i);
          // "tries from wing X and flanker Y": each player in the list.
          for (const other of listRight(view, at).entities.slice(1)) if (other.type === 'Person') emit({ type: 'WORKS_FOR', source: other, target: unit.entity, confidence: 0.6, rule: 'player:listed', anchor: i });
        }
        break;
      }
    }
    // "Patrick Mahomes drove the Chiefs", "Kane led Bayern".
    const led = units[pastArticle(units, i + 2)];
    if (isPlayer(unit) && !unit.possessive && lex.playerLeading.has(wordOf(next) ?? '') && isTeam(led)) plays(unit, led, 'led the team', i);
    // "David Pastrnak and Morgan Geekie scored for Boston": the list shares the scoring verb.
    let scoredAt = i + 1;
    const listed: ActorUnit[] = [];
    while (wordOf(units[scoredAt]) === 'and' && isPlayer(units[scoredAt + 1])) { listed.push(units[scoredAt + 1] as ActorUnit); scoredAt += 2; }
    if (listed.length && isPlayer(unit) && lex.playerScoring.has(wordOf(units[scoredAt]) ?? '')) {
      const forTeam = units[wordOf(units[scoredAt + 1]) === 'for' ? pastArticle(units, scoredAt + 2) : -1];
      if (isTeam(forTeam)) for (const player of [unit, ...listed]) plays(player, forTeam, 'scored for', i);
    }
    if (!isPlayer(unit) || unit.possessive || !lex.playerScoring.has(wordOf(next) ?? '')) continue;
    for (let k = i + 2; k < Math.min(units.length, i + 14) && !clauseEnd(k); k++) {
      const word = wordOf(units[k]);
      // "added 24 points for the Lakers".
      const team = units[pastArticle(units, k + 1)];
      if (word === 'for' && isTeam(team) && k < i + 9) { plays(unit, team, 'scored for', i); break; }
      // "scored twice as Bayern came from behind to beat Dortmund".
      if ((word === 'as' || word === 'when') && isTeam(team) && lex.teamResults.has(wordOf(units[units.indexOf(team) + 1]) ?? '')) { plays(unit, team, `scored ${word} the team won`, i); break; }
    }
  }
}

const WINNING = new Set(['beat', 'beats', 'defeated', 'edged', 'routed', 'won', 'held', 'downed', 'topped', 'outlasted', 'overcame']);

/** A match report's first sentence: "Auston Matthews scored twice, William Nylander added a goal, and the Toronto
 * Maple Leafs beat the Boston Bruins 4-2": the players who scored before ", and the TEAM beat" play for it. */
function ledeScorersRule(ctx: Context, view: SentenceView, emit: Emit): void {
  if (ctx.genre !== 'sports') return;
  const units = view.units;
  const and = units.findIndex((u, n) => wordOf(u) === 'and' && isActor(units[pastArticle(units, n + 1)]) && WINNING.has(wordOf(units[pastArticle(units, n + 1) + 1]) ?? ''));
  if (and < 0) return;
  const team = units[pastArticle(units, and + 1)] as ActorUnit;
  if (team.type !== 'Group') return;
  const lex = lexicon();
  for (let i = 0; i < and; i++) {
    const unit = units[i];
    if (isActor(unit) && unit.type === 'Person' && !unit.candidate.titles?.length && lex.playerScoring.has(wordOf(units[i + 1]) ?? '')) {
      emit({ type: 'WORKS_FOR', source: unit.entity, target: team.entity, confidence: 0.6, rule: 'player:scored as the team won', anchor: i });
    }
  }
}

/** "an attack by X on Y" is X ATTACKS Y; "the army repelled an assault by X" is X ATTACKS the army. */
function attackByRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 1; i + 2 < units.length; i++) {
    if (lex.relationNouns.get(wordOf(units[i]) ?? '') !== 'ATTACKS' || wordOf(units[i + 1]) !== 'by') continue;
    // "by the paramilitary Rapid Support Forces": a few words may stand before the attacker.
    const attacker = objectOf(ctx, view, i + 2, 2);
    if (!attacker || attacker.viaPronoun) continue;
    const on = wordOf(units[attacker.last + 1]);
    const target = (on === 'on' || on === 'against') && isActor(units[attacker.last + 2]) && (units[attacker.last + 2] as ActorUnit).type !== 'Place'
      ? listRight(view, attacker.last + 2) : undefined;
    if (target) {
      pairs(emit, 'ATTACKS', attacker.entities, target.entities, { confidence: 0.75, rule: 'noun:attack by … on', anchor: i });
      continue;
    }
    const verb = verbOfSetBefore(units, i, lex.repelVerbs, 4);
    if (verb < 0 || negated(view, verb)) continue;
    const defender = subjectOf(ctx, view, verb);
    if (defender) pairs(emit, 'ATTACKS', attacker.entities, defender.entities, { confidence: defender.viaPronoun ? 0.65 : 0.7, rule: `noun:attack by (${wordOf(units[verb])})`, anchor: i, status: 'happened' });
  }
}

/** "Israel-Hamas talks", "Israel-Hamas war": two actors joined by a hyphen before a relation noun. */
function hyphenPairRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i + 2 < units.length; i++) {
    const a = units[i];
    const b = units[i + 2];
    const hyphen = units[i + 1];
    if (!isActor(a) || !isActor(b) || hyphen?.kind !== 'word' || hyphen.token.text !== '-' || !hyphen.token.joined) continue;
    for (let k = i + 3; k < Math.min(units.length, i + 6); k++) {
      const type = lex.relationNouns.get(wordOf(units[k]) ?? '');
      if (type === 'MEETS' || type === 'NEGOTIATES_WITH' || type === 'FIGHTS') {
        emit({ type, source: a.entity, target: b.entity, confidence: 0.75, rule: `noun:${wordOf(units[k])} (hyphenated pair)`, anchor: k });
        break;
      }
      if (units[k]?.kind === 'actor' || isBoundary(units[k])) break;
    }
  }
}

/** "Israel's wars with Hamas", "Hamas's deadly attack on Israel", "Egypt's strong opposition to ...". */
function possessiveNounRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    const owner = units[i];
    const ownerWord = wordOf(owner);
    let ownerEntity: EntityDraft | undefined;
    if (isActor(owner) && (owner.possessive || (i + 1 < units.length && lex.relationNouns.has(wordOf(units[i + 1]) ?? '') && !owner.candidate.demonym))) ownerEntity = owner.entity;
    else if (ownerWord === 'its' || ownerWord === 'his' || ownerWord === 'her') ownerEntity = pronounActor(ctx, view, i);
    if (!ownerEntity) continue;
    for (let k = i + 1; k < Math.min(units.length, i + 4); k++) {
      const word = wordOf(units[k]);
      if (word === undefined || isBoundary(units[k])) break;
      const type = lex.relationNouns.get(word);
      if (!type) continue;
      const preposition = wordOf(units[k + 1]);
      if (type === 'REJECTS' && (preposition === 'to' || preposition === 'of')) {
        const proposer = proposerOf(ctx, view, k + 2, [ownerEntity], false);
        if (proposer) pairs(emit, type, [ownerEntity], [proposer.entity, ...(proposer.others ?? [])], { confidence: 0.7, rule: `noun:${word} (${proposer.how})`, anchor: k, ...optionalObject(objectText(view, k + 2)) });
      } else if ((type === 'FIGHTS' || type === 'NEGOTIATES_WITH' || type === 'MEETS') && preposition === 'with') {
        const object = objectOf(ctx, view, k + 2, 2);
        if (object) pairs(emit, type, [ownerEntity], object.entities, { confidence: 0.75, rule: `noun:${word} with`, anchor: k });
      } else if (type === 'ATTACKS' && (preposition === 'on' || preposition === 'against')) {
        const object = objectOf(ctx, view, k + 2, 2);
        if (object) pairs(emit, type, [ownerEntity], object.entities, { confidence: 0.75, rule: `noun:${word} on`, anchor: k, status: 'happened' });
      } else if (type === 'SUPPORTS' && (preposition === 'to' || preposition === 'for')) {
        const object = objectOf(ctx, view, k + 2, 2);
        if (object) pairs(emit, type, [ownerEntity], object.entities, { confidence: 0.7, rule: `noun:${word} to`, anchor: k });
      }
      break;
    }
  }
}

/** "Iran-backed Houthis" (SUPPORTS), "a US-brokered deal" (MEDIATES), "Saudi-led coalition" (LEADS). */
function compoundRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i + 2 < units.length; i++) {
    const actor = units[i];
    const hyphen = units[i + 1];
    const suffix = wordOf(units[i + 2]);
    if (!isActor(actor) || hyphen?.kind !== 'word' || hyphen.token.text !== '-' || !suffix) continue;
    const type = lex.compounds.get(suffix);
    if (!type) continue;
    if (type === 'MEDIATES') {
      pairs(emit, type, [actor.entity], partiesOf(ctx, view, [actor.entity]), { confidence: 0.65, rule: `compound:-${suffix}`, anchor: i + 2 });
      continue;
    }
    const next = units[i + 3];
    if (isActor(next) && (type !== 'LEADS' || actor.type === 'Person')) emit({ type, source: actor.entity, target: next.entity, confidence: 0.75, rule: `compound:-${suffix}`, anchor: i + 2 });
    else if (lex.groupAnaphors.has(wordOf(next) ?? '') && type !== 'LEADS') {
      // "hours after the Iran-backed group fired": the group named before.
      const group = antecedentGroup(ctx, view.sentence.index, i);
      if (group && group !== actor.entity) emit({ type, source: actor.entity, target: group, confidence: 0.6, rule: `compound:-${suffix} (the group named before)`, anchor: i + 2 });
    }
  }
}

/** "ceasefire mediator Qatar", "Egyptian and Qatari mediators": mediators of the talks the article is about. */
function mediatorNounRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    const word = wordOf(units[i]);
    if (word === undefined || !lex.mediatorNouns.has(word)) continue;
    // "when Japan hosts a summit": after its subject, "hosts" is the verb, read by the verb rules.
    if ((word === 'host' || word === 'hosts') && isActor(units[i - 1])) continue;
    let mediators: EntityDraft[] = [];
    if (isActor(units[i + 1])) mediators = listRight(view, i + 1).entities;
    else if (isActor(units[i - 1])) mediators = listLeft(view, i - 1).entities;
    // "mediation by Qatar", "mediators from Egypt and Qatar".
    else if ((wordOf(units[i + 1]) === 'by' || wordOf(units[i + 1]) === 'from') && isActor(units[i + 2])) mediators = listRight(view, i + 2).entities;
    else {
      // "with Cuba and Norway acting as guarantors", "Qatar, serving as mediator".
      let k = i - 1;
      if (['a', 'an', 'the'].includes(wordOf(units[k]) ?? '')) k--;
      if (wordOf(units[k]) === 'as' && ['acting', 'serving', 'act', 'acts', 'served', 'acted'].includes(wordOf(units[k - 1]) ?? '')) k -= 2;
      else if (wordOf(units[k]) === 'as' && wordOf(units[k - 1]) === ',') k -= 2;
      else k = -1;
      if (k >= 0 && isActor(units[k])) mediators = listLeft(view, k).entities;
    }
    if (mediators.length === 0) continue;
    const parties = partiesOf(ctx, view, mediators);
    pairs(emit, 'MEDIATES', mediators, parties, { confidence: 0.65, rule: `noun:${word}`, anchor: i });
  }
}

/** "Israel and Hamas say they are ready for negotiations": a coordinated pair before talks, with no mediator in sight. */
function jointTalksRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  const mediation = units.some((u) => {
    const word = wordOf(u);
    if (word === undefined) return false;
    return lex.mediatorNouns.has(word) || lex.verbForms.get(word)?.some((f) => f.type === 'MEDIATES' || f.talksType === 'MEDIATES') === true;
  });
  if (mediation) return;
  for (let i = 0; i < units.length; i++) {
    if (!isActor(units[i]) || (units[i] as ActorUnit).possessive) continue;
    const list = listRight(view, i, 0);
    const members = list.entities.filter((e) => e.type !== 'Person');
    const people = list.entities.filter((e) => e.type === 'Person');
    // "Modi and Chinese President Xi agreed ..., after talks": two people in talks have met.
    const [type, sides]: [RelationType, EntityDraft[]] = members.length >= 2 ? ['NEGOTIATES_WITH', members] : ['MEETS', people];
    if (sides.length < 2) { i = list.last; continue; }
    for (let k = list.last + 1; k < Math.min(units.length, list.last + 24); k++) {
      const word = wordOf(units[k]);
      if (word === ';' || word === 'but') break;
      // "Egypt and Qatar will hold talks with Hamas": the talks are with someone else, not between them.
      if ((word === 'talks' || word === 'negotiations') && wordOf(units[k + 1]) === 'with') break;
      if (word === 'talks' || word === 'negotiations' || word === 'negotiate') {
        within(emit, type, sides, { confidence: 0.7, rule: `noun:${word} (joint subject)`, anchor: k });
        break;
      }
    }
    i = list.last;
  }
}

/** "Turkey is a NATO member", "NATO member Turkey", "X is a member of Y". */
function membershipRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    if (wordOf(units[i]) !== 'member') continue;
    const before = units[i - 1];
    const after = units[i + 1];
    if (isActor(before) && before.type === 'Group') {
      if (isActor(after) && after.type !== 'Person') emit({ type: 'MEMBER_OF', source: after.entity, target: before.entity, confidence: 0.8, rule: 'noun:member (before name)', anchor: i });
      const article = wordOf(units[i - 2]);
      const copula = wordOf(units[i - 3]);
      const subject = units[i - 4];
      if ((article === 'a' || article === 'an') && (copula === 'is' || copula === 'was' || copula === ',' || copula === 'are') && isActor(subject) && subject.type !== 'Person') {
        emit({ type: 'MEMBER_OF', source: subject.entity, target: before.entity, confidence: 0.85, rule: 'noun:member (is a Y member)', anchor: i });
      }
    }
  }
  // "X is a member of Y", "X is part of the Y", "Guyana, a founding member of Y".
  for (let i = 0; i < units.length; i++) {
    if (!MEMBERSHIP_NOUNS.has(wordOf(units[i]) ?? '') || wordOf(units[i + 1]) !== 'of') continue;
    const targetAt = pastArticle(units, i + 2);
    const target = units[targetAt];
    if (!isActor(target) || target.type !== 'Group') continue;
    let k = i - 1;
    while (k >= 0 && k >= i - 4 && MEMBERSHIP_LINKS.has(wordOf(units[k]) ?? '')) k--;
    const subject = units[k];
    if (k < i - 1 && isActor(subject) && subject.type !== 'Person' && subject.type !== 'Place') {
      emit({ type: 'MEMBER_OF', source: subject.entity, target: target.entity, confidence: 0.8, rule: `noun:${wordOf(units[i])} of`, anchor: i });
    }
  }
}

/** "CARICOM, of which Guyana is a founding member": the group before "of which" has the member after it. */
function ofWhichMember(view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 2; i < units.length; i++) {
    if (wordOf(units[i]) !== 'which' || wordOf(units[i - 1]) !== 'of') continue;
    const member = units[i + 1];
    const noun = units.slice(i + 2, i + 7).findIndex((u) => wordOf(u) === 'member');
    const link = units.slice(i + 2, i + 2 + Math.max(0, noun)).every((u) => MEMBERSHIP_LINKS.has(wordOf(u) ?? ''));
    let g = i - 2;
    while (g >= Math.max(0, i - 6) && !(isActor(units[g]) && (units[g] as ActorUnit).type === 'Group')) g--;
    const group = units[g];
    if (noun > 0 && link && isActor(member) && member.type !== 'Person' && isActor(group)) {
      emit({ type: 'MEMBER_OF', source: member.entity, target: group.entity, confidence: 0.8, rule: 'noun:member (of which)', anchor: i });
    }
  }
}

const MEMBERSHIP_NOUNS = new Set(['member', 'part']);
const MEMBERSHIP_LINKS = new Set(['is', 'was', 'are', 'were', 'has', 'been', 'became', 'remains', 'a', 'an', ',', 'founding', 'full', 'permanent', 'key', 'also', 'now']);

/** Titles give roles: "Israeli Prime Minister Benjamin Netanyahu" LEADS Israel; "analyst X of Y" WORKS_FOR Y. */
/** The owner of a title written "his spokesman", "its chief executive" or "the group's spokesman". */
function ownerOfTitle(ctx: Context, view: SentenceView, k: number, holder: EntityDraft): EntityDraft | undefined {
  const units = view.units;
  const word = wordOf(units[k]) ?? '';
  let owner: EntityDraft | undefined;
  if (word === 'his' || word === 'her' || word === 'its') owner = pronounActor(ctx, view, k);
  else if ((word === "'s" || word === '’s') && wordOf(units[k - 2]) === 'the' && lexicon().groupAnaphors.has(wordOf(units[k - 1]) ?? '')) {
    owner = antecedentGroup(ctx, view.sentence.index, k - 2);
  }
  return owner && owner !== holder && owner.type !== 'Place' ? owner : undefined;
}

/** The actor the sentence before opens with ("UniCredit, which …"), not one it names in passing. */
/** The state whose capital a sentence opens in ("In Paris, President X"), when the article names that state. */
function capitalStateBefore(ctx: Context, view: SentenceView, person: number): EntityDraft | undefined {
  const units = view.units;
  if (wordOf(units[0]) !== 'in' || units[1]?.kind !== 'actor' || units[1].type !== 'Place' || wordOf(units[2]) !== ',' || person > 6) return undefined;
  const entry = lexicon().gazetteer.get(units[1].candidate.text);
  if (entry?.kind !== 'capital') return undefined;
  const name = lexicon().stateNames.get(entry.key);
  return [...ctx.entities.values()].find((e) => e.type === 'State' && e.name === name);
}

function openingActorBefore(ctx: Context, view: SentenceView): ActorUnit | undefined {
  return ctx.views[view.sentence.index - 1]?.units.slice(0, 2).find((u): u is ActorUnit => isActor(u));
}

/**
 * Whom a title serves when the sentence does not say: "Army chief X" heads the article's one army; "chief
 * executive X told analysts" the company just named, else the one the sentence before is about, else (for a
 * leader) the article's main company; "Labor Minister X" serves the article's home state (its dateline
 * capital's, else the state it names far more than any other). In a match report, players and staff are
 * placed by the clubs themselves, never by the nearest name.
 */
function unnamedEmployer(ctx: Context, view: SentenceView, i: number, title: TitleEntry, role: RelationType): { entity: EntityDraft; how: string; role: RelationType } | undefined {
  const lex = lexicon();
  const titleWords = title.title.split(/\s+/);
  const service = lex.armedServices.find((words) => words.every((w) => titleWords.includes(w)));
  if (service) {
    // "army chief": what the rest of the title is ("chief" leads) says how the holder stands to the army.
    const rest = lex.titles.get(titleWords.filter((w) => !service.includes(w)).join(' '));
    const services = [...ctx.entities.values()].filter((e) => e.armedService);
    const serviceRole: RelationType = rest?.role === 'LEADS' ? 'LEADS' : 'WORKS_FOR';
    return services.length === 1 && services[0] ? { entity: services[0], how: "the article's armed service", role: serviceRole } : undefined;
  }
  // "In Paris, President Emmanuel Macron said": the capital the sentence opens in is the state's.
  const capital = title.scope !== 'group' ? capitalStateBefore(ctx, view, i) : undefined;
  if (capital) return { entity: capital, how: 'the capital the sentence is set in', role };
  if (title.scope === 'state') {
    // "Israel … was sharply critical. Foreign Minister X said": the state the sentence before opens with,
    // else the one the article is filed from or mostly about.
    // Only an office that serves: a leader's state is too weighty a guess to take from the sentence before.
    const opening = openingActorBefore(ctx, view);
    if (opening?.type === 'State' && role === 'WORKS_FOR') return { entity: opening.entity, how: 'the state the sentence before is about', role };
    return ctx.homeState ? { entity: ctx.homeState, how: "the article's home state", role } : undefined;
  }
  if (title.scope !== 'group' || ctx.genre === 'sports') return undefined;
  // A news agency reports; it is never the employer guessed for a title.
  const reporting = (e: EntityDraft) => lex.newsMedia.has(e.name);
  const nearby = [...view.units.slice(0, i)].reverse().find((u): u is ActorUnit => isActor(u) && u.type === 'Group' && !reporting(u.entity));
  if (nearby) return { entity: nearby.entity, how: 'the group just named', role };
  const opening = openingActorBefore(ctx, view);
  if (opening?.type === 'Group' && !reporting(opening.entity)) return { entity: opening.entity, how: 'the group the sentence before is about', role };
  // "Chief Executive X" in a company story leads the company it is about; a "commander" in a war story need not.
  return role === 'LEADS' && ctx.genre === 'business' && ctx.mostMentionedGroup ? { entity: ctx.mostMentionedGroup, how: "the article's main group", role } : undefined;
}

/** "The German leader criticised Hungary": the role reference names the state its holder leads or serves. */
function roleReferenceRule(ctx: Context, view: SentenceView, emit: Emit): void {
  for (const [i, unit] of view.units.entries()) {
    if (!isActor(unit) || unit.type !== 'Person' || unit.candidate.kind !== 'roleRef' || !unit.candidate.key) continue;
    const role = unit.candidate.titles?.find((t) => t.role !== 'HONORIFIC')?.role;
    const state = ctx.entities.get(entityId('State', lexicon().stateNames.get(unit.candidate.key) ?? unit.candidate.key));
    if (state && (role === 'LEADS' || role === 'WORKS_FOR')) emit({ type: role, source: unit.entity, target: state, confidence: 0.7, rule: 'role-reference', anchor: i });
  }
}

function roleRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    const person = units[i];
    if (!isActor(person) || person.type !== 'Person' || !person.candidate.titles || person.candidate.kind === 'roleRef') continue;
    const titles = person.candidate.titles;
    const roleTitle: TitleEntry | undefined = titles.find((t) => t.role !== 'HONORIFIC');
    if (!roleTitle) continue;
    const titleRole = (ctx.genre === 'sports' && roleTitle.sportsRole) || roleTitle.role;
    let role: RelationType | undefined = titleRole === 'LEADS' ? 'LEADS' : titleRole === 'WORKS_FOR' ? 'WORKS_FOR' : undefined;
    if (roleTitle.role === 'COUNTERPART') {
      for (let k = i - 1; k >= 0 && !role; k--) {
        const other = units[k];
        if (isActor(other) && other.type === 'Person') role = ctx.personRoles.get(other.entity.id);
      }
      if (!role) {
        for (const earlier of ctx.views.slice(Math.max(0, view.sentence.index - 2), view.sentence.index).reverse()) {
          const other = earlier.units.find((u): u is ActorUnit => isActor(u) && u.type === 'Person' && ctx.personRoles.has(u.entity.id));
          if (other) { role = ctx.personRoles.get(other.entity.id); break; }
        }
      }
    }
    if (!role) continue;
    // The unit just before the titles: "Israeli", "Hamas", "Trump's", "Ukraine".
    const titleStart = person.candidate.titleStart ?? person.candidate.start;
    let k = i - 1;
    while (k >= 0 && units[k]?.kind === 'word' && (units[k] as { token: { start: number } }).token.start >= (view.sentence.tokens[titleStart]?.start ?? 0)) k--;
    // "Rwandan government spokeswoman X", "Houthi military spokesman Y": qualifiers stand between owner and title.
    const qualifiers = lexicon().titleQualifiers;
    let qualified = 0;
    for (; qualified < 2 && qualifiers.has(wordOf(units[k]) ?? '') && (isActor(units[k - 1]) || qualifiers.has(wordOf(units[k - 1]) ?? '')); qualified++) k--;
    // "EU foreign policy chief X", "Turkish intelligence chief Y": the chief of a field serves the owner.
    if (qualified > 0 && role === 'LEADS' && FIELD_HEADS.has(roleTitle.title)) role = 'WORKS_FOR';
    // "Qatar's Prime Minister and Foreign Minister Sheikh X": the first of two titles, and its owner.
    if (wordOf(units[k]) === 'and') {
      const earlier = ownerOfTitleBefore(ctx, view, k - 1, person.entity);
      if (earlier) {
        ctx.personRoles.set(person.entity.id, earlier.role);
        emit({ type: earlier.role, source: person.entity, target: earlier.entity, confidence: 0.8, rule: `title (two titles):${earlier.title}`, anchor: i });
        continue;
      }
    }
    // "his spokesman X", "its chief executive X", "the group's spokesman X": the owner the title belongs to.
    const determiner = wordOf(units[k]) ?? '';
    // "his counterpart X" is the other side's officer, not his.
    const owner = roleTitle.role === 'COUNTERPART' ? undefined : ownerOfTitle(ctx, view, k, person.entity);
    if (['the', 'his', 'her', 'its', 'their'].includes(determiner)) k--;
    const unitBefore = units[k];
    if (unitBefore?.kind === 'actor' && unitBefore.type === 'Place') k--;
    let anchor: Unit | undefined = units[k];
    let rule = 'title';
    if (owner) {
      const finalRole: RelationType = owner.type === 'Person' ? 'WORKS_FOR' : role;
      ctx.personRoles.set(person.entity.id, role);
      emit({ type: finalRole, source: person.entity, target: owner, confidence: 0.7, rule: `title (owner ${determiner === "'s" ? 'named' : 'pronoun'}):${roleTitle.title}`, anchor: i });
      continue;
    }
    if (!isActor(anchor) && wordOf(units[k]) === ',') {
      // "Congo's army spokesman, Maj. Gen. X,", "its top commander, X,": the title before the comma is X's,
      // and so is its owner.
      const before = ownerOfTitleBefore(ctx, view, k - 1, person.entity);
      if (before) {
        ctx.personRoles.set(person.entity.id, before.role);
        emit({ type: before.role, source: person.entity, target: before.entity, confidence: 0.75, rule: `title before comma:${before.title}`, anchor: i });
        continue;
      }
    }
    if (!isActor(anchor)) {
      // "X, a spokesman for Y"; "analyst X of Y"; "Trump's advisors, including envoy X".
      const after = wordOf(units[i + 1]);
      if ((after === 'of' || after === 'at' || after === 'for') && isActor(units[i + 2]) && (units[i + 2] as ActorUnit).type !== 'Person') { anchor = units[i + 2]; rule = `title … ${after}`; }
      else if (wordOf(units[k]) === 'including') {
        for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
          const u = units[b];
          if (isActor(u) && u.possessive) { anchor = u; rule = 'title (including, after owner)'; break; }
        }
      }
    }
    if (isActor(anchor) && anchor.entity !== person.entity) {
      const target = anchor.entity;
      // "a senior Hamas commander": one of its commanders serves it; "Hamas leader X" leads it.
      const oneOfMany = [1, 2].some((back) => ONE_OF_MANY.has(wordOf(units[k - back]) ?? ''));
      const finalRole: RelationType = target.type === 'Person' || (role === 'LEADS' && oneOfMany) ? 'WORKS_FOR' : role;
      ctx.personRoles.set(person.entity.id, role);
      emit({ type: finalRole, source: person.entity, target, confidence: rule === 'title' ? 0.85 : 0.75, rule: `${rule}:${roleTitle.title}`, anchor: i });
    } else {
      ctx.personRoles.set(person.entity.id, role);
      const employer = unnamedEmployer(ctx, view, i, roleTitle, role);
      // The army an "army chief" heads is named by the title itself; the others are guesses.
      const named = employer?.how === "the article's armed service";
      if (employer) emit({ type: employer.role, source: person.entity, target: employer.entity, confidence: named ? 0.7 : 0.5, rule: `title:${roleTitle.title} (${employer.how})`, anchor: i, fallback: !named });
    }
  }
}

const FIELD_HEADS = new Set(['chief', 'head']);
const FIELD_TITLES = new Set(['researcher', 'analyst', 'specialist', 'expert', 'scholar', 'fellow', 'economist', 'correspondent', 'strategist']);

/** The owner of a title that ends at unit `end`, past a qualifier or two, and the role the title gives:
 * "Congo's army spokesman", "Qatar's Prime Minister", "its top commander". */
function ownerOfTitleBefore(ctx: Context, view: SentenceView, end: number, person: EntityDraft): { entity: EntityDraft; role: RelationType; title: string } | undefined {
  const lex = lexicon();
  const units = view.units;
  for (let n = 3; n >= 1; n--) {
    const words = units.slice(end - n + 1, end + 1).map(wordOf);
    const entry = words.length === n && !words.some((w) => w === undefined) ? lex.titles.get(words.join(' ')) : undefined;
    if (!entry || (entry.role !== 'LEADS' && entry.role !== 'WORKS_FOR')) continue;
    let b = end - n;
    let qualified = 0;
    for (; qualified < 2 && lex.titleQualifiers.has(wordOf(units[b]) ?? ''); qualified++) b--;
    const role: RelationType = entry.role === 'LEADS' && !(qualified > 0 && FIELD_HEADS.has(entry.title)) ? 'LEADS' : 'WORKS_FOR';
    const owner = units[b];
    const word = wordOf(owner);
    // "its top commander": the owner a pronoun stands for.
    const entity = isActor(owner) && owner.type !== 'Person' ? owner.entity : word === 'its' || word === 'his' || word === 'her' ? pronounActor(ctx, view, b) : undefined;
    return entity && entity !== person ? { entity, role: entity.type === 'Person' ? 'WORKS_FOR' : role, title: entry.title } : undefined;
  }
  return undefined;
}

/** "X, a spokesman for Y" / "X, chief executive of Y": a title in apposition after the name. */
const APPOSITION_RANKS = new Set(['senior', 'top', 'longtime', 'close', 'chief']);

function appositionRoleRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 2; i < units.length; i++) {
    // "The ELN's chief negotiator, Pablo Beltran, said": an owner's title set before the name by a comma.
    const named = units[i];
    if (!isActor(named) || named.type !== 'Person' || named.candidate.titles?.length || wordOf(units[i - 1]) !== ',') continue;
    const before = ownerOfTitleBefore(ctx, view, i - 2, named.entity);
    if (before) emit({ type: before.role, source: named.entity, target: before.entity, confidence: 0.75, rule: `title before comma:${before.title}`, anchor: i });
  }
  for (let i = 0; i + 3 < units.length; i++) {
    const person = units[i];
    if (!isActor(person) || person.type !== 'Person' || wordOf(units[i + 1]) !== ',') continue;
    let k = i + 2;
    if (['a', 'an', 'the'].includes(wordOf(units[k]) ?? '')) k++;
    // "X, senior adviser to Y": a rank word before the title; "X, a former minister" holds no office now.
    if (wordOf(units[k]) === 'former') continue;
    if (APPOSITION_RANKS.has(wordOf(units[k]) ?? '')) k++;
    // "X, Qatar's minister of state", "X, the senior U.S. adviser for Africa", "X, the U.N. humanitarian chief":
    // the state or group the title belongs to stands before it, with a qualifier or two.
    const ownerUnit = units[k];
    // "X, a Syria researcher at Chatham House": after "a", a state before a scholar's title is their field.
    const field = ['a', 'an'].includes(wordOf(units[k - 1]) ?? '') && isActor(ownerUnit) && ownerUnit.type === 'State' && FIELD_TITLES.has(wordOf(units[k + 1]) ?? '');
    const owner = isActor(ownerUnit) && ownerUnit.type !== 'Person' && ownerUnit.type !== 'Place' && !field ? ownerUnit : undefined;
    if (owner) k++;
    let title: TitleEntry | undefined;
    // With an owner, qualifiers may stand before the title ("the U.N. humanitarian chief"); without one, a
    // field of up to two words ("X, a Syria researcher at Chatham House", "an energy analyst at Morningstar").
    const fieldWord = (u: Unit | undefined) => u !== undefined && wordOf(u) !== ',' && !isBoundary(u) && !(isActor(u) && u.type === 'Person');
    for (let skip = 0; skip <= 2 && !title; skip++) {
      const skipped = units[k + skip - 1];
      if (skip > 0 && (owner ? !lex.titleQualifiers.has(wordOf(skipped) ?? '') : !fieldWord(skipped))) break;
      for (let n = 3; n >= 1 && !title; n--) {
        const words = units.slice(k + skip, k + skip + n).map(wordOf);
        if (words.some((w) => w === undefined)) continue;
        const entry = lex.titles.get(words.join(' '));
        if (entry && entry.role !== 'HONORIFIC' && entry.role !== 'COUNTERPART') { title = entry; k += skip + n; }
      }
    }
    if (!title) continue;
    const preposition = wordOf(units[k]);
    // "adviser to U.S. President Donald Trump": the state only titles the person after it.
    const targetAt = titledPersonAfter(view, k + 1) ?? (wordOf(units[k + 1]) === 'the' && isActor(units[k + 2]) ? k + 2 : k + 1);
    const targetUnit = units[targetAt];
    let target = isActor(targetUnit) ? targetUnit.entity : undefined;
    // "a spokesman for the rebel alliance": the group named before.
    const anaphor = [k + 2, k + 3].some((n) => wordOf(units[k + 1]) === 'the' && lex.groupAnaphors.has(wordOf(units[n]) ?? ''));
    if (!target && anaphor) target = antecedentGroup(ctx, view.sentence.index, i);
    const advises = preposition === 'to' && /^advis/.test(title.title);
    // "the U.N. special envoy for Libya": an envoy for a state is sent to it, by the owner named before.
    const sentTo = owner && target?.type === 'State' && /envoy|ambassador|representative|coordinator/.test(title.title);
    if (!sentTo && (((preposition === 'for' || preposition === 'of' || preposition === 'at') && target && target.type !== 'Person') || (advises && target))) {
      const role = title.role === 'LEADS' && target.type !== 'Person' ? 'LEADS' : 'WORKS_FOR';
      emit({ type: role, source: person.entity, target, confidence: 0.8, rule: `apposition:${title.title} ${preposition}`, anchor: i });
    } else if (owner && title.role !== 'HONORIFIC') {
      // A "chief" of a field ("the U.N. humanitarian chief") serves the owner; a bare "chief" or "leader" leads it.
      // So does the "president of basketball operations": an office of a department, not of the whole.
      const qualified = wordOf(units[k - 2]) !== undefined && lex.titleQualifiers.has(wordOf(units[k - 2]) ?? '');
      const department = preposition === 'of' && !isActor(units[k + 1]);
      const role: RelationType = title.role === 'LEADS' && !qualified && !department ? 'LEADS' : 'WORKS_FOR';
      emit({ type: role, source: person.entity, target: owner.entity, confidence: 0.75, rule: `apposition:${title.title} (owner before)`, anchor: i });
    }
  }
}

/** The actor at `from`, or the titled person whose title starts there ("General X" after "the army of"). */
function titledActorFrom(view: SentenceView, from: number): ActorUnit | undefined {
  const first = view.units[from];
  if (isActor(first)) return first;
  if (first?.kind !== 'word') return undefined;
  for (let k = from + 1; k < Math.min(view.units.length, from + 5); k++) {
    const unit = view.units[k];
    if (unit?.kind !== 'actor') continue;
    const titleStart = unit.candidate.titleStart;
    return isActor(unit) && titleStart !== undefined && (view.sentence.tokens[titleStart]?.start ?? Infinity) <= first.token.start ? unit : undefined;
  }
  return undefined;
}

/** "Chelsea's Cole Palmer": a group's person, named with no title, works for it. "The army of General X",
 * "the forces of X": the group a person owns is one they lead. */
function groupPossessiveRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i + 1 < units.length; i++) {
    const owner = units[i];
    const person = units[i + 1];
    const leader = wordOf(person) === 'of' ? titledActorFrom(view, i + 2) : undefined;
    if (isActor(owner) && owner.type === 'Group' && !owner.possessive && leader?.type === 'Person') {
      emit({ type: 'LEADS', source: leader.entity, target: owner.entity, confidence: 0.7, rule: 'noun:group of person', anchor: i });
    }
    if (!isActor(owner) || !owner.possessive || owner.type !== 'Group' || !isActor(person) || person.type !== 'Person' || person.candidate.titles) continue;
    emit({ type: 'WORKS_FOR', source: person.entity, target: owner.entity, confidence: 0.7, rule: "possessive:group's person", anchor: i + 1 });
  }
}

export function readSentence(ctx: Context, view: SentenceView): Reading[] {
  const readings: Reading[] = [];
  const emit: Emit = (reading) => {
    if (reading.source === reading.target) return;
    if (reading.source.type === 'Place' || reading.target.type === 'Place') return;
    if ((reading.type === 'LEADS' || reading.type === 'WORKS_FOR') && reading.source.type !== 'Person') return;
    // Membership is of states and groups (ontology); a person "joins" a club as its player, not its member.
    if (reading.type === 'MEMBER_OF' && reading.source.type === 'Person') return;
    readings.push({ ...reading, sentence: view.sentence.index });
    // "Israel and Hezbollah traded fire, as France pressed both sides": the sides are known at once.
    const bothSides = reading.source.type !== 'Person' && reading.target.type !== 'Person' && SIDE_TYPES.has(reading.type) && !reading.rule.startsWith('verb:visit');
    if (bothSides && reading.type === 'FIGHTS') ctx.sides = [reading.source, reading.target];
    if (reading.type === 'ATTACKS') ctx.lastAttack = { attacker: reading.source, sentence: view.sentence.index, rule: reading.rule };
  };
  roleRule(ctx, view, emit);
  roleReferenceRule(ctx, view, emit);
  appositionRoleRule(ctx, view, emit);
  groupPossessiveRule(view, emit);
  betweenRule(view, emit);
  hyphenPairRule(view, emit);
  inRelationWithRule(ctx, view, emit);
  givenSupportRule(ctx, view, emit);
  attackByRule(ctx, view, emit);
  launchedAttackRule(ctx, view, emit);
  firedAtRule(ctx, view, emit);
  backToTableRule(ctx, view, emit);
  backerAppositionRule(view, emit);
  receivedSupportRule(ctx, view, emit);
  playerTeamRule(ctx, view, emit);
  ledeScorersRule(ctx, view, emit);
  counterpartArrivalRule(ctx, view, emit);
  jointTalksRule(view, emit);
  possessiveNounRule(ctx, view, emit);
  compoundRule(ctx, view, emit);
  verbRules(ctx, view, emit);
  mediatorNounRule(ctx, view, emit);
  membershipRule(view, emit);
  ofWhichMember(view, emit);
  // The latest pair of states or groups in talks or meeting is what later "mediators" mediate between;
  // a visit ("the IAEA chief visits Tehran") is no pair of sides.
  for (const reading of readings) {
    if (reading.source.type === 'Person' || reading.target.type === 'Person') continue;
    if ((reading.type === 'NEGOTIATES_WITH' || reading.type === 'MEETS') && !reading.rule.startsWith('verb:visit')) {
      ctx.talkParties = [reading.source, reading.target];
    }
    if (SIDE_TYPES.has(reading.type) && !reading.rule.startsWith('verb:visit')) ctx.sides = [reading.source, reading.target];
  }
  return readings;
}
