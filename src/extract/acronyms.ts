// "The Korean Confederation of Trade Unions (KCTU) said …; the KCTU will join": a name followed by its
// acronym in brackets is an organisation, and the acronym alone later is the same one. The name may hold
// lower-case joining words ("Board of Control for Cricket in India (BCCI)"); its capitalised words must give
// the acronym's letters, which is what makes the span one name and not a run of words that happen to be
// capitalised. A two-word capitalised run before an acronym that does not spell it ("German Football
// League (DFL)", a translated name) is taken too, since people and places are not followed by one.
import { lexicon } from './lexicon.js';
import type { Candidate } from './mentions.js';
import { groupShortForms } from './resolve.js';
import type { Sentence, Token } from './tokens.js';

const JOINERS = new Set(['of', 'for', 'in', 'and', 'on', 'the', '&', 'de', 'du', 'des', 'la', 'el']);
const MAX_NAME_TOKENS = 12;

export function isAcronym(text: string | undefined): boolean {
  return text !== undefined && /^[A-Z][A-Z0-9&]{1,7}$/.test(text);
}

/** The acronym in brackets right after token `end`, if any: "( KCTU )". */
export function acronymAt(tokens: Token[], end: number): string | undefined {
  const inside = tokens[end + 1]?.text;
  return tokens[end]?.text === '(' && isAcronym(inside) && tokens[end + 2]?.text === ')' ? inside : undefined;
}

/** "the Congo River Alliance, or AFC,", "the mission, known as AUSSOM": an acronym given after a comma. */
function acronymAfterComma(tokens: Token[], end: number): string | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  const at = tokens[end + 1]?.lower === 'or' ? end + 2 : tokens[end + 1]?.lower === 'known' && tokens[end + 2]?.lower === 'as' ? end + 3 : -1;
  const acronym = tokens[at]?.text;
  const closes = [',', '.', ')', ';'].includes(tokens[at + 1]?.text ?? '.');
  return at > 0 && isAcronym(acronym) && closes ? acronym : undefined;
}

/** Where a name spelled out before its acronym ends, when one starts at `start`; undefined otherwise. */
export function nameBeforeAcronym(tokens: Token[], start: number): { end: number; acronym: string } | undefined {
  if (!tokens[start]?.cap) return undefined;
  const initials: string[] = [];
  let capitalRun = true;
  for (let k = start; k < Math.min(tokens.length, start + MAX_NAME_TOKENS); k++) {
    const token = tokens[k];
    if (!token) return undefined;
    const acronym = acronymAt(tokens, k);
    if (acronym) {
      if (k - start < 2 || JOINERS.has(tokens[k - 1]?.lower ?? '')) return undefined;
      const spelled = initials.join('') === acronym.replace(/&/g, '');
      // "Port Sudan (AFP)" is a dateline: an acronym the lexicons know names that organisation, not this one.
      // A translated name ("Alliance of Sahel States (AES)") at least starts with the acronym's letter.
      const known = lexicon().gazetteer.has(acronym) || lexicon().libraryOrganisations.has(acronym.toLowerCase());
      const insideLongerName = JOINERS.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.cap === true;
      const translated = !known && !insideLongerName && ((capitalRun && k - start <= 4) || initials[0] === acronym[0]);
      return spelled || translated ? { end: k, acronym } : undefined;
    }
    if (token.cap && /^\p{L}/u.test(token.text)) initials.push(token.text[0] ?? '');
    else if (JOINERS.has(token.lower)) capitalRun = false;
    else return undefined;
  }
  return undefined;
}

/** Gives every bare mention of an acronym the organisation it was defined for in the article. */
export function linkAcronyms(sentences: Sentence[], candidates: Candidate[][]): void {
  const all = candidates.flat();
  const defined = new Map<string, string>();
  for (const c of all) {
    if (c.kind !== 'group') continue;
    const tokens = sentences[c.sentence]?.tokens ?? [];
    const acronym = acronymAt(tokens, c.end) ?? acronymAfterComma(tokens, c.end);
    if (!acronym || defined.has(acronym)) continue;
    const canonical = c.key ?? groupShortForms(c.text).at(-1) ?? c.text;
    c.key = canonical;
    defined.set(acronym, canonical);
  }
  // "the Kurdish-led Syrian Democratic Forces ... the SDF": an acronym never defined in brackets that spells
  // the initials of exactly one group the article names in full.
  const groups = all.filter((c) => c.kind === 'group' && c.text.includes(' '));
  for (const c of all) {
    if (c.kind !== 'unknown' || !isAcronym(c.text) || defined.has(c.text)) continue;
    const spelled = new Set(groups.filter((g) => initialsOf(g.text) === c.text).map((g) => g.key ?? groupShortForms(g.text).at(-1) ?? g.text));
    const [only] = spelled;
    if (only && spelled.size === 1) defined.set(c.text, only);
  }
  for (const c of all) {
    const canonical = defined.get(c.text);
    if (!canonical || c.kind === 'person' || c.kind === 'state') continue;
    c.kind = 'group';
    c.key = canonical;
    c.rule = 'acronym';
  }
}

/** "Syrian Democratic Forces" → "SDF": the capitals of a name's capitalised words, joiners left out. */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}
