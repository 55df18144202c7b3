// Pass 3: relations read from each sentence by rules over its units. Every rule names itself in the
// evidence it yields, so `kg explain` can show why an edge exists. A sentence no rule reads yields nothing.
import type { RelationType } from '../../types.js';
import type { SentenceView } from '../units.js';
import type { Context, Emit, Reading } from './types.js';
import { negatedAcceptanceRule, verbRules } from './verbs.js';
import { betweenRule, inRelationWithRule, counterpartArrivalRule, backToTableRule, hyphenPairRule, possessiveNounRule, compoundRule, mediatorNounRule, jointTalksRule } from './nominal.js';
import { givenSupportRule, receivedSupportRule, backerAppositionRule } from './support.js';
import { launchedAttackRule, firedAtRule, attackByRule } from './attacks.js';
import { playerTeamRule, ledeScorersRule } from './sports.js';
import { membershipRule, ofWhichMember } from './membership.js';
import { roleReferenceRule, roleRule, appositionRoleRule, groupPossessiveRule } from './roles.js';

export type { Context, Reading } from './types.js';

const SIDE_TYPES = new Set<RelationType>(['NEGOTIATES_WITH', 'MEETS', 'FIGHTS', 'ATTACKS']);

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
    if ((reading.type === 'LEADS' || reading.type === 'WORKS_FOR') && reading.target.type === 'State') ctx.personStates.set(reading.source.id, reading.target);
    if (reading.type === 'MEETS' && reading.source.type === 'Person' && reading.target.type === 'Person') ctx.lastMeeting = { people: [reading.source, reading.target], sentence: view.sentence.index };
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
  negatedAcceptanceRule(ctx, view, emit);
  mediatorNounRule(ctx, view, emit);
  membershipRule(view, emit);
  ofWhichMember(view, emit);
  // The latest pair of states or groups in talks or meeting is what later "mediators" mediate between;
  // a visit ("the IAEA chief visits Tehran") is no pair of sides.
  for (const reading of readings) {
    // "Somali President X and Ethiopian Prime Minister Y met": their states are the sides in talks. Only a
    // joint subject says so; "Rubio, who met Ali in Georgetown" is a visit beside the talks.
    const [a, b] = [ctx.personStates.get(reading.source.id), ctx.personStates.get(reading.target.id)];
    if (reading.type === 'MEETS' && reading.rule.includes('joint subject') && a && b && a !== b) ctx.talkParties = [a, b];
    if (reading.source.type === 'Person' || reading.target.type === 'Person') continue;
    if ((reading.type === 'NEGOTIATES_WITH' || reading.type === 'MEETS') && !reading.rule.startsWith('verb:visit')) {
      ctx.talkParties = [reading.source, reading.target];
    }
    if (SIDE_TYPES.has(reading.type) && !reading.rule.startsWith('verb:visit')) ctx.sides = [reading.source, reading.target];
  }
  return readings;
}
