// ATTACKS: "an attack by X on Y", "launched airstrikes on Y", "fired rockets at Y".
import { lexicon } from '../lexicon.js';
import { isActor, wordOf, type ActorUnit, type SentenceView } from '../units.js';
import type { Context, Emit } from './types.js';
import { isBoundary } from './words.js';
import { verbOfSetBefore } from './forms.js';
import { listRight } from './lists.js';
import { subjectOf, objectOf } from './clause.js';
import { negated, statusOrPast } from './status.js';
import { pairs, optionalStatus } from './readings.js';

/** "the military carried out a wave of airstrikes on Arakan Army positions": the one who launches attacks the target. */
export function launchedAttackRule(ctx: Context, view: SentenceView, emit: Emit): void {
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

/** "the group fired a barrage of rockets and drones at northern Israel": X ATTACKS Y when a firing verb
 * governs a projectile aimed "at", "on", "into" or "towards" an actor. */
export function firedAtRule(ctx: Context, view: SentenceView, emit: Emit): void {
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

/** "an attack by X on Y" is X ATTACKS Y; "the army repelled an assault by X" is X ATTACKS the army. */
export function attackByRule(ctx: Context, view: SentenceView, emit: Emit): void {
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
