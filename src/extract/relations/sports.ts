// In a match report, the team a player plays for (WORKS_FOR): "Bayern's X", "X scored for the Lakers".
import { lexicon } from '../lexicon.js';
import { isActor, wordOf, type ActorUnit, type SentenceView, type Unit } from '../units.js';
import type { Context, Emit } from './types.js';
import { pastArticle } from './words.js';
import { listRight } from './lists.js';

/** In a match report, the team a player plays for: "Bayern's X", "X added 24 points for the Lakers", "X scored
 * twice as Bayern came from behind to beat Dortmund", "Bayern levelled through X's shot". Only named players
 * with no title of their own; the words are data (genres.json, "players"). */
export function playerTeamRule(ctx: Context, view: SentenceView, emit: Emit): void {
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
export function ledeScorersRule(ctx: Context, view: SentenceView, emit: Emit): void {
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
