// Relations told by nouns: "a meeting between X and Y", "in talks with", "Israel-Hamas war", "Israel's wars with
// Hamas", "Iran-backed", "mediator Qatar", joint talks, the negotiating table, a counterpart who arrives.
import type { RelationStatus, RelationType } from '../../types.js';
import { lexicon } from '../lexicon.js';
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type ActorUnit, type SentenceView } from '../units.js';
import type { Context, Emit } from './types.js';
import { isBoundary } from './words.js';
import { looksLikeVerb, matchVerb } from './forms.js';
import { listRight, listLeft } from './lists.js';
import { antecedentGroup } from './reference.js';
import { pronounActor, coordinatedVerbBefore, subjectOf, objectOf } from './clause.js';
import { statusBefore, negated, statusOrPast } from './status.js';
import { objectText, pairs, within, optionalStatus, optionalObject } from './readings.js';
import { partiesOf, betweenSides } from './parties.js';
import { proposerOf } from './rejections.js';

/** "a meeting between X and Y", "negotiations between Israel and Hamas", "fighting between X and Y". */
export function betweenRule(view: SentenceView, emit: Emit): void {
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
export function inRelationWithRule(ctx: Context, view: SentenceView, emit: Emit): void {
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

/** "X said his Qatari counterpart Y had arrived in Cairo": a counterpart comes to meet the one whose counterpart he is. */
export function counterpartArrivalRule(ctx: Context, view: SentenceView, emit: Emit): void {
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

const BRINGING = new Set(['bring', 'brings', 'brought', 'bringing', 'coax', 'coaxed', 'lure', 'lured', 'get', 'got']);

/** "Saudi Arabia and the United States brought envoys of Sudan's army and the RSF back to the negotiating
 * table": the ones who bring mediate between the ones brought, who negotiate with each other. */
export function backToTableRule(ctx: Context, view: SentenceView, emit: Emit): void {
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

/** "Israel-Hamas talks", "Israel-Hamas war": two actors joined by a hyphen before a relation noun. */
export function hyphenPairRule(view: SentenceView, emit: Emit): void {
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
export function possessiveNounRule(ctx: Context, view: SentenceView, emit: Emit): void {
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
export function compoundRule(ctx: Context, view: SentenceView, emit: Emit): void {
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
      pairs(emit, type, [actor.entity], partiesOf(ctx, view, [actor.entity], i), { confidence: 0.65, rule: `compound:-${suffix}`, anchor: i + 2 });
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
const INFINITIVE_MARKERS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', "'ll"]);

export function mediatorNounRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 0; i < units.length; i++) {
    const word = wordOf(units[i]);
    if (word === undefined || !lex.mediatorNouns.has(word)) continue;
    // "when Japan hosts a summit": after its subject, "hosts" is the verb, read by the verb rules.
    if ((word === 'host' || word === 'hosts') && isActor(units[i - 1])) continue;
    // "expected to host Abiy", "will host": a verb, whose object is a guest, not a mediator.
    if ((word === 'host' || word === 'broker') && INFINITIVE_MARKERS.has(wordOf(units[i - 1]) ?? '')) continue;
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
export function jointTalksRule(view: SentenceView, emit: Emit): void {
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
