// A company no lexicon knows ("Commerzbank", "UniCredit") shows itself by the words around it: "Commerzbank
// shares rose", "a stake in UniCredit", "analysts at Jefferies". As with teams (teams.ts), one such mention
// makes every mention of the name the company. The cue words are data (groups.json, "companyCues").
import { lexicon } from './lexicon.js';
import type { Candidate } from './mentions.js';
import type { Sentence, Token } from './tokens.js';

function isPossessive(token: Token | undefined): boolean {
  return token?.lower === "'s" || token?.lower === '’s';
}

function standsAsCompany(tokens: Token[], c: Candidate): boolean {
  const { companyCuesBefore, companyCuesAfter } = lexicon();
  const beforeTwo = `${tokens[c.start - 2]?.lower ?? ''} ${tokens[c.start - 1]?.lower ?? ''}`;
  if (companyCuesBefore.has(beforeTwo)) return true;
  const from = isPossessive(tokens[c.end]) ? c.end + 1 : c.end;
  const after = tokens[from]?.lower ?? '';
  return companyCuesAfter.has(after) || companyCuesAfter.has(`${after} ${tokens[from + 1]?.lower ?? ''}`);
}

/** A capitalised name no lexicon knows; a word capitalised ("Army spokesman X") names no company. */
function isUnknownName(c: Candidate): boolean {
  const lower = c.text.toLowerCase();
  const lex = lexicon();
  return c.kind === 'unknown' && (c.rule === 'known-name' || c.rule === 'name-opening-sentence') && !lex.commonWords.has(lower) && !lex.armedServices.some((words) => words.join(' ') === lower);
}

/** Turns every mention of an unknown name that stands as a company somewhere in the article into a group. */
export function promoteCompanies(sentences: Sentence[], candidates: Candidate[][]): void {
  const all = candidates.flat();
  const companies = new Set<string>();
  for (const c of all) {
    if (isUnknownName(c) && standsAsCompany(sentences[c.sentence]?.tokens ?? [], c)) companies.add(c.text.toLowerCase());
  }
  for (const c of all) {
    if (!isUnknownName(c) || !companies.has(c.text.toLowerCase())) continue;
    c.kind = 'group';
    c.rule = 'company-cue';
    c.confidence = 0.7;
  }
}
