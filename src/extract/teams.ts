// In a sports report, a name that wins, loses, hosts or has a coach is a team, whatever the lexicons call it
// otherwise: compromise knows "Chelsea" as a first name and "Liverpool" as a city. The cue words are data
// (genres.json, "teams"); this pass only runs on articles read as sports.
import { lexicon } from './lexicon.js';
import type { Candidate } from './mentions.js';
import type { Sentence, Token } from './tokens.js';

const PROMOTABLE = new Set<Candidate['kind']>(['unknown', 'place']);

/** A candidate a team reading may take over: unknown, a place, or a person only because its last word was
 * used alone ("the Bruins" made "Boston Bruins" a person before teams were known). */
function promotable(c: Candidate): boolean {
  if (PROMOTABLE.has(c.kind)) return true;
  // Only a name that starts with a place ("Boston Bruins"), not a player's ("Jannik Sinner beat ...").
  const first = c.text.split(/\s+/)[0] ?? '';
  const { places, gazetteer } = lexicon();
  return c.kind === 'person' && c.rule === 'name-in-use' && c.text.includes(' ') && (places.has(first.toLowerCase()) || gazetteer.get(first)?.kind === 'capital');
}

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && /^\p{N}+$/u.test(token.text);
}

/** "Chelsea 3-1", "Chelsea won 2-0". */
function scoreAt(tokens: Token[], i: number): boolean {
  return isNumber(tokens[i]) && tokens[i + 1]?.text === '-' && isNumber(tokens[i + 2]);
}

/** "England beat South Africa 27-24", "beaten by New Zealand": a country that wins, loses or plays in a match
 * report is its national team. Only by verbs and scores: "Germany coach X" is the country's coach. */
function playsAsNationalTeam(tokens: Token[], c: Candidate): boolean {
  const { teamVerbs, teamPhrases } = lexicon();
  const before = tokens[c.start - 1]?.lower ?? '';
  const beforeTwo = `${tokens[c.start - 2]?.lower ?? ''} ${before}`;
  const after = tokens[c.end]?.lower ?? '';
  const playing = (word: string) => teamVerbs.has(word) && !['host', 'hosts', 'hosted', 'hosting', 'against', 'v', 'vs'].includes(word);
  if (playing(before) || teamPhrases.has(beforeTwo) || beforeTwo === 'beaten by') return true;
  return scoreAt(tokens, c.end) || (playing(after) && (scoreAt(tokens, c.end + 1) || isNumber(tokens[c.end + 2])));
}

function standsAsTeam(tokens: Token[], c: Candidate): boolean {
  const { teamVerbs, teamNouns, teamPhrases } = lexicon();
  const before = tokens[c.start - 1]?.lower ?? '';
  const beforeTwo = `${tokens[c.start - 2]?.lower ?? ''} ${before}`;
  const after = tokens[c.end]?.lower ?? '';
  const afterTwo = `${after} ${tokens[c.end + 1]?.lower ?? ''}`;
  if (teamVerbs.has(before) || teamPhrases.has(beforeTwo)) return true;
  // "Liverpool, who beat Everton 2-0, stay top".
  if (after === ',' && tokens[c.end + 1]?.lower === 'who' && teamVerbs.has(tokens[c.end + 2]?.lower ?? '')) return true;
  if (teamNouns.has(after) || teamNouns.has(afterTwo)) return true;
  if (scoreAt(tokens, c.end) || (teamVerbs.has(after) && (scoreAt(tokens, c.end + 1) || !isNumber(tokens[c.end + 1])))) return true;
  // "rallied Kansas City (7-4)", "Kansas City's 32-29 win": a win-loss record or a score right after the name.
  return (after === '(' || after === "'s" || after === '’s') && scoreAt(tokens, c.end + 1);
}

/** "LOS ANGELES (AP) —", "LIVERPOOL, England (AP)": the city the report is filed from is a place, even
 * when the home team carries its name. */
function isDateline(tokens: Token[], c: Candidate): boolean {
  return c.sentence === 0 && c.start === 0 && c.text === c.text.toUpperCase() && ['(', ','].includes(tokens[c.end]?.text ?? '');
}

/** Surnames and first names of the people named in the article: "Palmer beat two defenders" and "against
 * Carlos" name a player, not a team. */
function personSurnames(candidates: Candidate[]): Set<string> {
  const people = candidates.filter((c) => c.kind === 'person' && c.text.includes(' ')).map((c) => c.text.toLowerCase().split(/\s+/));
  return new Set(people.flatMap((words) => [words.at(-1) ?? '', words[0] ?? '']));
}

/** "The German and the American meet", "the 34-year-old Egyptian was": in a match report a demonym used as a
 * noun is a player, not the state. Those mentions are dropped; the state stays where it is named as one. */
function dropPlayerDemonyms(sentences: Sentence[], candidates: Candidate[][]): void {
  const { nounWords, actingNouns } = lexicon();
  for (const list of candidates) {
    for (let n = list.length - 1; n >= 0; n--) {
      const c = list[n];
      if (!c?.demonym) continue;
      const tokens = sentences[c.sentence]?.tokens ?? [];
      const next = tokens[c.end];
      const attributive = next !== undefined && !next.cap && (nounWords.has(next.lower) || actingNouns.has(next.lower) || next.text === '-');
      let k = c.start - 1;
      while (k >= 0 && k >= c.start - 5 && tokens[k]?.lower !== 'the' && !tokens[k]?.cap) k--;
      if (tokens[k]?.lower === 'the' && !attributive) list.splice(n, 1);
    }
  }
}

/** Turns every mention of a name that stands as a team anywhere in the article into a group. */
export function promoteTeams(sentences: Sentence[], candidates: Candidate[][]): void {
  dropPlayerDemonyms(sentences, candidates);
  const all = candidates.flat();
  const surnames = personSurnames(all);
  const teams = new Set<string>();
  const nationalTeams = new Set<string>();
  for (const c of all) {
    const tokens = sentences[c.sentence]?.tokens ?? [];
    const lower = c.text.toLowerCase();
    if (promotable(c) && !surnames.has(lower) && standsAsTeam(tokens, c)) teams.add(lower);
    if (c.kind === 'state' && !c.demonym && playsAsNationalTeam(tokens, c)) nationalTeams.add(lower);
  }
  // A name already read as a group ("Kansas City" by its suffix) that plays is a team too, so its longer
  // and shorter forms become one (resolve.ts).
  for (const c of all) {
    if (c.kind === 'group' && c.rule !== 'team' && standsAsTeam(sentences[c.sentence]?.tokens ?? [], c)) teams.add(c.text.toLowerCase());
    if (c.kind === 'group' && teams.has(c.text.toLowerCase())) c.rule = 'team';
  }
  for (const c of all) {
    if (c.kind !== 'state' || c.demonym || !nationalTeams.has(c.text.toLowerCase())) continue;
    c.kind = 'group';
    c.key = undefined;
    c.rule = 'national-team';
    c.confidence = 0.7;
  }
  for (const c of all) {
    const tokens = sentences[c.sentence]?.tokens ?? [];
    const opener = tokens[0];
    // "Young Boys coach X said": the sentence's first word was dropped as a common word; the team name has it.
    if (c.start === 1 && opener?.cap && teams.has(`${opener.lower} ${c.text.toLowerCase()}`)) {
      c.start = 0;
      c.text = `${opener.text} ${c.text}`;
      c.charStart = opener.start;
    }
    // "Bayern Munich came from behind" when "Bayern" stands as a team elsewhere: the longer name is the team's.
    const firstWord = c.text.split(/\s+/)[0]?.toLowerCase() ?? '';
    const longerName = c.text.includes(' ') && teams.has(firstWord);
    if (!promotable(c) || !(teams.has(c.text.toLowerCase()) || longerName) || isDateline(tokens, c)) continue;
    c.kind = 'group';
    c.rule = 'team';
    c.confidence = 0.75;
  }
  cityAsTeam(sentences, all);
  // "the Maple Leafs" in a report on the "Toronto Maple Leafs": the end of a team's name is that team.
  const teamNames = longTeamNames(all);
  for (const c of all) {
    if (c.kind !== 'person' || c.rule !== 'name-in-use' || !teamNames.some((name) => name.endsWith(` ${c.text}`))) continue;
    c.kind = 'group';
    c.rule = 'team';
    c.confidence = 0.7;
  }
}

/** The names of more than one word that teams go by in the article ("Oklahoma City Thunder"). */
function longTeamNames(all: Candidate[]): string[] {
  return [...new Set(all.filter((c) => c.kind === 'group' && c.rule === 'team' && c.text.includes(' ')).map((c) => c.text))];
}

/** "33 points for Oklahoma City", "put Denver ahead": in a report on the Oklahoma City Thunder, the city alone
 * is the team, when exactly one team's name starts with it. */
function cityAsTeam(sentences: Sentence[], all: Candidate[]): void {
  const teamNames = longTeamNames(all);
  for (const c of all) {
    if (c.kind !== 'place' && c.kind !== 'unknown' && !(c.kind === 'state' && !c.demonym && c.rule !== 'state-name')) continue;
    if (isDateline(sentences[c.sentence]?.tokens ?? [], c)) continue;
    const starting = teamNames.filter((name) => name.startsWith(`${c.text} `));
    if (starting.length !== 1) continue;
    c.kind = 'group';
    c.key = starting[0];
    c.rule = 'team';
    c.confidence = 0.7;
  }
}
