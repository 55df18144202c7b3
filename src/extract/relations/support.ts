// SUPPORTS: aid given to someone, support received from someone, "X, Y's main backer"; and a person's
// government, which they lead.
import { lexicon } from '../lexicon.js';
import { isActor, wordOf, type SentenceView } from '../units.js';
import type { Context, Emit } from './types.js';
import { matchVerb, verbOfSetBefore } from './forms.js';
import { subjectOf, objectOf } from './clause.js';
import { statusBefore, negated } from './status.js';
import { pairs, optionalStatus } from './readings.js';

/** "Merz pledged further military aid to Kyiv": a giving verb, a support noun, and who receives it. */
export function givenSupportRule(ctx: Context, view: SentenceView, emit: Emit): void {
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

const SUPPORT_RECEIVED = new Set(['support', 'backing', 'aid', 'help', 'weapons', 'arms', 'funding', 'assistance']);
const LED_BODIES = /\b(?:Government|Administration|Cabinet|Party)\b/;

/** "Haftar's forces have received support from Egypt, the UAE and Russia": each giver supports the receiver.
 * "Dbeibah's Government of National Unity": a person's government or party is led by them. */
export function receivedSupportRule(ctx: Context, view: SentenceView, emit: Emit): void {
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
export function backerAppositionRule(view: SentenceView, emit: Emit): void {
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
