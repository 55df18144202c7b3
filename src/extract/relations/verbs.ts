// The verb rules: a verb of the lexicon (verbs.json) with its subject and object, or in the passive with its
// agent after "by"; talks, rejections and meetings with a delegation's head included.
import type { RelationStatus, RelationType } from '../../types.js';
import { lexicon, type VerbForm } from '../lexicon.js';
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type SentenceView } from '../units.js';
import type { Context, Found, Emit } from './types.js';
import { BOUNDARY, REFUSALS, DENIALS, VERB_MODIFIERS, isBoundary, DELEGATION_NOUNS, ENVOY_NOUNS } from './words.js';
import { usedAsNoun, matchVerb } from './forms.js';
import { listRight, listLeft, titledPersonAfter } from './lists.js';
import { subjectOf, objectOf } from './clause.js';
import { statusBefore, negated } from './status.js';
import { objectText, pairs, within, optionalStatus, optionalObject } from './readings.js';
import { partiesOf } from './parties.js';
import { proposerOf } from './rejections.js';

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);

const GERUND_LEADS = new Set(['after', 'before', 'while', 'by', 'is', 'was', 'are', 'were', 'been', 'be', 'without', 'since', 'of', 'from', 'when']);
const CALL_WORDS = new Set(['phone', 'telephone', 'call', 'video', 'videoconference']);

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

/** "prepared to meet Aliyev", "offered to mediate": an offer or a wish, which says nothing happened or is set. */
const OFFERS = new Set(['prepared', 'willing', 'ready', 'offered', 'offers', 'offer', 'offering', 'open', 'wants', 'want', 'wanted', 'hopes', 'hoped', 'hope', 'eager', 'keen']);

function onlyOffered(view: SentenceView, trigger: number): boolean {
  return wordBeforeInfinitive(view, trigger, OFFERS);
}

/** "refused to meet", "refused on Wednesday to meet": a refusal word before the infinitive. */
function refusedBefore(view: SentenceView, trigger: number): boolean {
  return wordBeforeInfinitive(view, trigger, REFUSALS);
}

/** One of `words` before the infinitive at `trigger`, across a short time phrase ("offered last month to broker"). */
function wordBeforeInfinitive(view: SentenceView, trigger: number, words: Set<string>): boolean {
  if (wordOf(view.units[trigger - 1]) !== 'to') return false;
  for (let k = trigger - 2; k >= Math.max(0, trigger - 6); k--) {
    const unit = view.units[k];
    const word = wordOf(unit);
    if (word === undefined || isBoundary(unit) || word === ',') return false;
    if (words.has(word)) return true;
  }
  return false;
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

/** "The meeting, hosted by X": a talk noun opens the clause the passive verb is in. */
function hostedTalksBefore(view: SentenceView, verb: number): boolean {
  const lex = lexicon();
  for (let k = verb - 1; k >= Math.max(0, verb - 4); k--) {
    const word = wordOf(view.units[k]);
    if (word === undefined || (k < verb - 1 && BOUNDARY.has(word))) return false;
    if (lex.talkNouns.has(word)) return true;
  }
  return false;
}

/** The host of a meeting met the two people whose meeting the sentence before told, and mediated between
 * their states; with no such meeting just read, the phrase says too little. */
function hostedTalks(ctx: Context, view: SentenceView, hosts: EntityDraft[], base: { rule: string; status: RelationStatus; anchor: number }, emit: Emit): void {
  const last = ctx.lastMeeting;
  if (!last || last.sentence < view.sentence.index - 1) return;
  const guests = last.people.filter((p) => !hosts.includes(p));
  // "The meeting, hosted by the Philippines" where its own minister was one of the two: a home match, no third party.
  const homeGuest = guests.some((g) => {
    const state = ctx.personStates.get(g.id);
    return state !== undefined && hosts.includes(state);
  });
  if (guests.length !== 2 || homeGuest) return;
  pairs(emit, 'MEETS', hosts, guests, { confidence: 0.7, rule: `${base.rule} (hosted meeting)`, status: base.status, anchor: base.anchor });
  const states = guests.map((g) => ctx.personStates.get(g.id)).filter((s): s is EntityDraft => s !== undefined && !hosts.includes(s));
  if (states.length === 2) pairs(emit, 'MEDIATES', hosts, states, { confidence: 0.7, rule: `${base.rule} (hosted talks)`, status: base.status, anchor: base.anchor });
}

export function verbRules(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    const match = matchVerb(view, i);
    if (!match || usedAsNoun(view, i)) continue;
    const { form, end } = match;
    if (negated(view, i) || (form.type !== 'REJECTS' && refusedBefore(view, i))) continue;
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
        if (!patients && form.talksType && hostedTalksBefore(view, i)) {
          hostedTalks(ctx, view, agents.entities, { rule, status: status2, anchor: i }, emit);
          continue;
        }
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

/** "His government would not accept any Ethiopian plan", "refused to recognise the vote": not accepting is rejecting. */
export function negatedAcceptanceRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    const word = wordOf(units[i]);
    if (word === undefined || !lex.acceptingVerbs.has(word) || usedAsNoun(view, i)) continue;
    const refused = refusedBefore(view, i);
    if (!refused && !negated(view, i)) continue;
    const subject = subjectOf(ctx, view, i);
    if (!subject) continue;
    const proposer = proposerOf(ctx, view, i + 1, subject.entities, false);
    // Whoever else the sentence names is too loose a guess for a rejection no verb states outright.
    if (!proposer || proposer.how === 'proposer-in-sentence') continue;
    pairs(emit, 'REJECTS', subject.entities, [proposer.entity, ...(proposer.others ?? [])], {
      confidence: 0.75, rule: `verb:not ${word} (${proposer.how})`,
      status: refused ? 'refused' : 'happened', anchor: i, ...optionalObject(objectText(view, i + 1)),
    });
  }
}
