// Pass 1: in each sentence, find the runs of tokens that may name an actor, and what kind each may be.
// Nothing here knows the rest of the article; resolve.ts decides which candidates are the same actor.
import { lexicon, type GazetteerEntry, type TitleEntry } from './lexicon.js';
import type { Sentence, Token } from './tokens.js';
import { nameBeforeAcronym } from './acronyms.js';

export type CandidateKind = 'person' | 'group' | 'state' | 'place' | 'unknown' | 'roleRef';

export interface Candidate {
  kind: CandidateKind;
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  start: number;
  end: number;
  text: string;
  charStart: number;
  charEnd: number;
  /** cca3 for states; canonical name for lexicon groups and peoples. */
  key?: string;
  /** The titles written before a person's name, nearest last ("Israeli Prime Minister", "Sheikh"). */
  titles?: TitleEntry[];
  /** Token index where the titles begin. */
  titleStart?: number;
  /** A state read from a demonym ("Israeli") rather than a name. */
  demonym?: boolean;
  /** The fuller name this one is another name for ("X, better known by his alias Antonio Garcia"). */
  aliasOf?: string;
  confidence: number;
  rule: string;
}

const ALIAS_CUES = ['better known by his alias', 'better known by her alias', 'known by his alias', 'known by her alias', 'better known as', 'widely known as', 'also known as', 'known as', 'nicknamed'];

/** "Mohamed Hamdan Dagalo, widely known as Hemedti", "X, better known by his alias Antonio Garcia": the name
 * after the cue is another name of the person before it. */
export function linkPersonAliases(sentences: Sentence[], candidates: Candidate[][]): void {
  const groupAliases = new Map<string, string>();
  for (const list of candidates) {
    for (let n = 0; n + 1 < list.length; n++) {
      const named = list[n];
      const other = list[n + 1];
      if ((named?.kind !== 'person' && named?.kind !== 'group') || !other || (other.kind !== 'person' && other.kind !== 'unknown')) continue;
      const tokens = sentences[named.sentence]?.tokens ?? [];
      if (tokens[named.end]?.text !== ',') continue;
      const between = tokens.slice(named.end + 1, other.start).map((t) => t.lower).join(' ');
      if (!ALIAS_CUES.includes(between)) continue;
      if (named.kind === 'group') {
        // "the Special Deterrence Force, known as Radaa": every later "Radaa" is the group.
        groupAliases.set(other.text, named.key ?? named.text);
        continue;
      }
      other.kind = 'person';
      other.aliasOf = named.text;
      other.rule = 'alias';
    }
  }
  for (const c of candidates.flat()) {
    const canonical = groupAliases.get(c.text);
    if (!canonical || c.kind === 'person' || c.kind === 'state') continue;
    c.kind = 'group';
    c.key = canonical;
    c.rule = 'alias';
  }
}

const CONNECTORS = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'abu', 'bint', 'dos', 'del', '&']);
const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'into', 'near', 'outside', 'via', 'toward', 'towards', 'across', 'around', 'through', 'inside', 'capital', 'city', 'of', 'for']);
const CITY_NOUNS = new Set(['mayor', 'governor', 'residents', 'airport', 'city', 'metro']);
const QUANTITY = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'tens', 'some', 'many', 'several', 'few', 'more', 'fewer', 'scores']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your']);

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && /^\p{L}/u.test(token.text);
}

/** Key as the lexicons write it: words spaced, hyphenated parts joined as written. */
function surface(tokens: Token[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (!token) break;
    out += (i > start && !token.joined ? ' ' : '') + token.text;
  }
  return out;
}

function matchGazetteer(tokens: Token[], i: number): { end: number; entry: GazetteerEntry } | undefined {
  const { gazetteer, gazetteerMaxTokens } = lexicon();
  const first = tokens[i];
  if (!first || (!first.cap && !arabicArticleName(tokens, i))) return undefined;
  for (let end = Math.min(tokens.length, i + gazetteerMaxTokens * 2); end > i; end--) {
    const last = tokens[end - 1];
    if (!last || !/[\p{L}\p{N}.]$/u.test(last.text)) continue;
    const entry = gazetteer.get(surface(tokens, i, end));
    if (entry) return { end, entry };
  }
  return undefined;
}

/** A lower-case noun right after a name ("the Lebanese border"), not a verb ("the Lebanese rejected"). */
function nounAfter(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  const lex = lexicon();
  // "Lebanese Prime Minister X": a title after it, in capitals or not.
  if (next !== undefined && matchTitle(tokens, end) !== undefined) return true;
  if (next === undefined || !isWord(next) || next.cap || lex.verbWords.has(next.lower) || /ed$/.test(next.lower)) return false;
  const word = next.lower;
  return lex.nounWords.has(word) || lex.actingNouns.has(word) || lex.titles.has(word) || (word.endsWith('s') && lex.nounWords.has(word.slice(0, -1)));
}

/** "al-Shabaab", "al-Qaida": the lower-case Arabic article the press keeps before a name. */
function arabicArticleName(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  return ['al', 'el'].includes(tokens[i]?.lower ?? '') && hyphen?.text === '-' && hyphen.joined && tokens[i + 2]?.joined === true && tokens[i + 2]?.cap === true;
}

function matchTitle(tokens: Token[], i: number): { end: number; entry: TitleEntry } | undefined {
  const { titles, titleMaxTokens } = lexicon();
  for (let end = Math.min(tokens.length, i + titleMaxTokens * 2); end > i; end--) {
    const key = surface(tokens, i, end).toLowerCase();
    const entry = titles.get(key);
    if (entry) return { end, entry };
  }
  return undefined;
}

/** Capitalised words, with the particles names carry ("bin", "Al") and hyphens inside a name. */
function capitalRunEnd(tokens: Token[], i: number): number {
  let end = i;
  while (end < tokens.length) {
    const token = tokens[end];
    if (!token) break;
    if (isWord(token) && token.cap) { end++; continue; }
    const next = tokens[end + 1];
    // "C. S. Venkatakrishnan", "John F. Kennedy": the dot after an initial stays inside the name.
    const initial = tokens[end - 1];
    if (end > i && token.text === '.' && token.joined && initial && /^\p{Lu}$/u.test(initial.text) && next?.cap) { end++; continue; }
    if (end > i && CONNECTORS.has(token.lower) && next && next.cap && isWord(next)) { end++; continue; }
    // "Ursula von der Leyen", "Jose de la Cruz": two particles in a row before the last name.
    const afterNext = tokens[end + 2];
    if (end > i && CONNECTORS.has(token.lower) && next && CONNECTORS.has(next.lower) && afterNext?.cap && isWord(afterNext)) { end += 2; continue; }
    // "al-Sisi", "bin-Zayed": a lower-case particle joined by a hyphen to the next part of the name.
    const afterHyphen = tokens[end + 2];
    if (end > i && CONNECTORS.has(token.lower) && next?.text === '-' && next.joined && afterHyphen?.joined && afterHyphen.cap) { end += 3; continue; }
    if (end > i && token.text === '-' && token.joined && next && next.joined && next.cap) { end++; continue; }
    // "U.N. Support Mission in Libya": a mission or office's name goes on with the country it serves.
    if (end > i && token.lower === 'in' && next?.cap && isWord(next) && ['Mission', 'Office'].includes(tokens[end - 1]?.text ?? '')) { end++; continue; }
    // "Ministry of Commerce", "Bank of England": a group's name that goes on after "of" (groups.json prefixes).
    if (end > i && token.lower === 'of' && next?.cap && isWord(next) && startsGroupName(surface(tokens, i, end))) { end++; continue; }
    // "Lee Jae-myung", "Kim Young-hoon": a lower-case syllable joined by a hyphen ends a given name; "Iran-backed",
    // "US-led", "Trump-style" join an English word, which is no name.
    if (end > i && token.text === '-' && token.joined && next?.joined && isWord(next) && !next.cap && tokens[end - 1]?.cap && isNameSyllable(next.lower)) { end += 2; continue; }
    break;
  }
  return end;
}

function startsGroupName(run: string): boolean {
  const phrase = `${run.toLowerCase()} of`;
  return lexicon().groupPrefixes.some((prefix) => prefix.toLowerCase() === phrase);
}

function isNameSyllable(word: string): boolean {
  const lex = lexicon();
  if (word.length > 6 || /(?:ed|ing|ly|ist|ian|ese|ism)$/.test(word)) return false;
  return !lex.commonWords.has(word) && !lex.verbWords.has(word) && !lex.nounWords.has(word);
}

function skipAbbreviationDot(tokens: Token[], i: number): number {
  return tokens[i]?.text === '.' && tokens[i]?.joined ? i + 1 : i;
}

function candidate(sentence: Sentence, kind: CandidateKind, start: number, end: number, confidence: number, rule: string, extra: Partial<Candidate> = {}): Candidate {
  const first = sentence.tokens[start];
  const last = sentence.tokens[end - 1];
  const charStart = first?.start ?? sentence.start;
  const charEnd = last?.end ?? sentence.start;
  return { kind, sentence: sentence.index, start, end, text: surface(sentence.tokens, start, end), charStart, charEnd, confidence, rule, ...extra };
}

/** A capitalised run no lexicon names: a group by its cue words, a place, a person by a known first name, or unknown. */
function classifyRun(sentence: Sentence, start: number, end: number, previous: Candidate | undefined): Candidate | undefined {
  const lex = lexicon();
  const tokens = sentence.tokens;
  const text = surface(tokens, start, end);
  const lower = text.toLowerCase();
  const first = tokens[start];
  const last = tokens[end - 1];
  if (!first || !last) return undefined;
  if (lex.places.has(lower)) return candidate(sentence, 'place', start, end, 0.7, 'place-lexicon');
  const cue = tokens[end - 2]?.lower === 'in' ? tokens[end - 3] : last;
  if (cue && lex.groupSuffixes.has(cue.text) && end - start >= 2) return candidate(sentence, 'group', start, end, 0.85, 'group-suffix');
  if (lex.groupPrefixes.some((prefix) => lower.startsWith(`${prefix.toLowerCase()} `))) return candidate(sentence, 'group', start, end, 0.85, 'group-prefix');
  const before = tokens[start - 1];
  // "the services union Verdi", "France's largest farm union, the FNSEA".
  const beforeThe = before?.lower === 'the' && tokens[start - 2]?.text === ',' ? tokens[start - 3] : undefined;
  const beforeComma = beforeThe ?? (before?.text === ',' ? tokens[start - 2] : before);
  if (beforeComma && lex.appositionCues.has(beforeComma.lower)) return candidate(sentence, 'group', start, end, 0.8, 'group-apposition');
  if (before?.lower === 'of' && previous?.kind === 'person' && previous.end === start - 1 && previous.titles?.some((t) => t.scope !== 'state')) {
    return candidate(sentence, 'group', start, end, 0.75, 'employer-after-of');
  }
  if (lex.libraryOrganisations.has(lower)) return candidate(sentence, 'group', start, end, 0.75, 'organisation-lexicon');
  if (describedAfterAsGroup(tokens, end)) return candidate(sentence, 'group', start, end, 0.75, 'group-apposition-after');
  if (end - start >= 2 && lex.firstNames.has(first.lower) && !lex.gazetteer.has(last.text)) return candidate(sentence, 'person', start, end, 0.8, 'first-name');
  // A sentence's first word is capitalised anyway: alone, a common word there names nothing.
  if (start === 0 && end - start === 1 && lex.commonWords.has(first.lower)) return undefined;
  return candidate(sentence, 'unknown', start, end, 0.6, 'known-name');
}

/** "the FDLR, a Hutu militia that …": an apposition after the name says what it is. */
function describedAfterAsGroup(tokens: Token[], end: number): boolean {
  // "Gran Grif, one of the gangs in the alliance": one of a kind of group.
  const oneOf = tokens[end + 1]?.lower === 'one' && tokens[end + 2]?.lower === 'of';
  if (tokens[end]?.text !== ',' || !(oneOf || ['a', 'an', 'the'].includes(tokens[end + 1]?.lower ?? ''))) return false;
  const cues = lexicon().appositionCues;
  const from = oneOf ? end + 3 : end + 2;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const word = tokens[k]?.lower ?? '';
    // "Abdulghani al-Kikli, a militia leader": a title after the cue says the name is a person's.
    if (cues.has(word) && lexicon().titles.has(tokens[k + 1]?.lower ?? '')) return false;
    // "on Sunday, the group said": a group that speaks is a new clause, not what the name before is.
    if (cues.has(word) && !['rival', 'side'].includes(word)) return !['said', 'says', 'told', 'added'].includes(tokens[k + 1]?.lower ?? '');
    // "X, a brother of the group's commander": what follows "of" is not what X is.
    if (word === ',' || word === 'that' || word === 'which' || word === 'who' || word === 'of') return false;
  }
  return false;
}

function isQuantified(tokens: Token[], start: number): boolean {
  // "thousands of Ukrainians" are people, not the people acting as one; quotes around the number don't matter.
  tokens = tokens.slice(0, start).filter((t) => !/^["“”'‘’]$/.test(t.text));
  start = tokens.length;
  const before = tokens[start - 1];
  if (!before) return false;
  if (/^\p{N}/u.test(before.text) || QUANTITY.has(before.lower)) return true;
  return before.lower === 'of' && (QUANTITY.has(tokens[start - 2]?.lower ?? '') || /^\p{N}/u.test(tokens[start - 2]?.text ?? ''));
}

let demonymStates: Map<string, string> | undefined;

/** The state whose demonym is `text` ("Sudanese" → SDN), if any. */
function stateOfDemonym(text: string): string | undefined {
  demonymStates ??= new Map([...lexicon().stateDemonyms].map(([key, demonym]) => [demonym, key]));
  return demonymStates.get(text);
}

function matchArmedService(tokens: Token[], i: number): { end: number; words: string[]; body: boolean } | undefined {
  const { armedServices, stateBodies, notArmedActors } = lexicon();
  for (const [list, body] of [[armedServices, false], [stateBodies, true]] as const) {
    for (const words of list) {
      if (!words.every((w, k) => tokens[i + k]?.lower === w)) continue;
      const end = i + words.length;
      // "US military aid" describes; so does "Ukraine's military-industrial complex".
      const compound = tokens[end]?.text === '-' && tokens[end]?.joined;
      return notArmedActors.has(tokens[end]?.lower ?? '') || compound ? undefined : { end, words, body };
    }
  }
  return undefined;
}

/** "Sudan's army", "the Israeli military", "Ukraine's air force": the state's armed service, a group of its own. */
function armedServiceAfter(sentence: Sentence, state: Candidate): Candidate | undefined {
  const tokens = sentence.tokens;
  const possessive = tokens[state.end]?.lower === "'s" || tokens[state.end]?.lower === '’s';
  const service = matchArmedService(tokens, possessive ? state.end + 1 : state.end);
  const demonym = lexicon().stateDemonyms.get(state.key ?? '');
  if (!service || !demonym) return undefined;
  const name = `${demonym} ${service.words.join(' ')}`;
  return candidate(sentence, 'group', state.start, service.end, 0.85, service.body ? 'state-body' : 'armed-service', { key: name });
}

/** "aid to Kyiv", "support for Kyiv": a capital after a relation noun and its preposition is the state. */
function receivesRelation(tokens: Token[], start: number): boolean {
  const preposition = tokens[start - 1]?.lower;
  const lex = lexicon();
  const noun = tokens[start - 2]?.lower ?? '';
  // "a demand from Damascus", "offers of talks from Kyiv": the capital is the state that makes them.
  if (preposition === 'from' && (lex.proposalNouns.has(noun) || lex.claimNouns.has(noun) || noun === 'pressure' || noun === 'criticism')) return true;
  return (preposition === 'to' || preposition === 'for') && lex.relationNouns.get(noun) === 'SUPPORTS';
}

/** Whether the words before `and` at `andAt` are a capitalised place name that follows a locative ("in Johannesburg"). */
function afterLocativePlace(tokens: Token[], andAt: number): boolean {
  let k = andAt - 1;
  while (k >= 0 && tokens[k]?.cap) k--;
  return k < andAt - 1 && LOCATIVE.has(tokens[k]?.lower ?? '');
}

function gazetteerCandidate(sentence: Sentence, start: number, end: number, entry: GazetteerEntry): Candidate | undefined {
  const tokens = sentence.tokens;
  const before = tokens[start - 1];
  switch (entry.kind) {
    case 'state':
      // "at the Emirates" is a stadium: no one is "at" a state by its name.
      if (before?.lower === 'the' && tokens[start - 2]?.lower === 'at') return candidate(sentence, 'place', start, end, 0.6, 'venue');
      return candidate(sentence, 'state', start, end, 0.95, 'state-name', { key: entry.key });
    case 'seat':
      return candidate(sentence, 'state', start, end, 0.95, entry.kind === 'seat' ? 'seat-of-power' : 'state-name', { key: entry.key });
    case 'demonym':
      return candidate(sentence, 'state', start, end, 0.9, 'demonym', { key: entry.key, demonym: true });
    case 'capital':
      // "talks in Doha" is a place; "Moscow warned" is the state acting through its capital, and so is the
      // receiver of "aid to Kyiv".
      if (before && LOCATIVE.has(before.lower) && !receivesRelation(tokens, start)) return candidate(sentence, 'place', start, end, 0.7, 'capital-as-place');
      // "in Johannesburg and Cape Town": the second of two places after a locative is a place too.
      if (before?.lower === 'and' && afterLocativePlace(tokens, start - 1)) return candidate(sentence, 'place', start, end, 0.7, 'capital-as-place');
      // "London Mayor X", "Kyiv residents": the city itself.
      if (CITY_NOUNS.has(tokens[end]?.lower ?? '')) return candidate(sentence, 'place', start, end, 0.7, 'capital-as-city');
      return candidate(sentence, 'state', start, end, 0.75, 'capital-as-state', { key: entry.key });
    case 'people':
      if (isQuantified(tokens, start)) return undefined;
      return candidate(sentence, 'group', start, end, 0.8, 'people', { key: entry.key });
    case 'org':
      return candidate(sentence, 'group', start, end, 0.95, 'organisation-lexicon', { key: entry.key });
    case 'orgSeat':
      // "Brussels wants safeguards" is the EU; "talks in Brussels" a place.
      if (before && LOCATIVE.has(before.lower)) return candidate(sentence, 'place', start, end, 0.7, 'seat-as-place');
      return candidate(sentence, 'group', start, end, 0.75, 'seat-of-organisation', { key: entry.key });
    case 'place':
      return candidate(sentence, 'place', start, end, 0.7, 'place-lexicon');
    case 'event':
      return undefined;
  }
}

/** Titles before a name, chained ("counterpart Sheikh"), and the name after them. */
function titledPerson(sentence: Sentence, i: number): { titles: TitleEntry[]; nameStart: number; nameEnd: number } | undefined {
  const tokens = sentence.tokens;
  const titles: TitleEntry[] = [];
  let cursor = i;
  for (let guard = 0; guard < 4; guard++) {
    const title = matchTitle(tokens, cursor);
    if (!title) break;
    titles.push(title.entry);
    cursor = skipAbbreviationDot(tokens, title.end);
    if (tokens[cursor]?.text === ',' && titles.length === 1 && title.entry.role !== 'HONORIFIC') {
      // "a senior Hamas commander, Khalil Hamdan,": a full name in apposition after the title; a rank
      // before it ("military leader, General Assimi Goita") is a title too, not part of the name.
      let nameStart = cursor + 1;
      const rank = matchTitle(tokens, nameStart);
      if (rank && tokens[rank.end]?.cap) { titles.push(rank.entry); nameStart = skipAbbreviationDot(tokens, rank.end); }
      const end = capitalRunEnd(tokens, nameStart);
      if (end - nameStart >= 2 && !matchGazetteer(tokens, nameStart)) return { titles, nameStart, nameEnd: end };
      break;
    }
  }
  if (titles.length === 0) return undefined;
  return { titles, nameStart: cursor, nameEnd: capitalRunEnd(tokens, cursor) };
}

/** A title written capitalised inside a run of capitalised words, with a name after it. */
function titleInsideRun(sentence: Sentence, start: number, end: number): { titleStart: number; titles: TitleEntry[]; nameStart: number } | undefined {
  for (let k = start + 1; k < end - 1; k++) {
    const titled = titledPerson(sentence, k);
    if (titled && titled.nameStart < end && titled.nameEnd === end && titled.titles.some((t) => t.role !== 'HONORIFIC')) {
      return { titleStart: k, titles: titled.titles, nameStart: titled.nameStart };
    }
  }
  return undefined;
}

/** "the Rome-based Catholic group", "a London-based analyst": the city or state says where, it does not act. */
function basedIn(tokens: Token[], c: Candidate): boolean {
  const dash = tokens[c.end];
  return dash?.text === '-' && dash.joined && tokens[c.end + 1]?.lower === 'based';
}

export function findCandidates(sentence: Sentence): Candidate[] {
  const lex = lexicon();
  const tokens = sentence.tokens;
  const found: Candidate[] = [];
  const hasBracket = tokens.some((t) => t.text === '(');
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;

    // "Premier League" is a competition and "General Assembly" an organisation, not a title before a name.
    const named = token.cap ? matchGazetteer(tokens, i)?.entry.kind : undefined;
    const titled = isWord(token) && named !== 'event' && named !== 'org' ? titledPerson(sentence, i) : undefined;
    if (titled) {
      const nameLast = sentence.tokens[titled.nameEnd - 1];
      const namesGroup = nameLast !== undefined && titled.nameEnd > titled.nameStart && lex.groupSuffixes.has(nameLast.text);
      if (titled.nameEnd > titled.nameStart && !namesGroup) {
        const gaz = matchGazetteer(tokens, titled.nameStart);
        // "President Trump" is a person; "President of Egypt" is not a name after a title.
        if (!gaz || gaz.end < titled.nameEnd || gaz.entry.kind === 'place' || gaz.entry.kind === 'capital') {
          found.push(candidate(sentence, 'person', titled.nameStart, titled.nameEnd, 0.9, 'titled-name', { titles: titled.titles, titleStart: i }));
          i = titled.nameEnd;
          continue;
        }
      } else if (tokens[i - 1] && (tokens[i - 2]?.lower === 'the' || DETERMINERS.has(tokens[i - 2]?.lower ?? '')) && found.at(-1)?.end === i && found.at(-1)?.demonym) {
        // "the Israeli prime minister": a role that refers back to the person who holds it.
        const state = found.at(-1);
        found.push(candidate(sentence, 'roleRef', i - 2, titled.nameStart, 0.7, 'role-reference', { titles: titled.titles, titleStart: i, ...(state?.key ? { key: state.key } : {}) }));
        i = titled.nameStart;
        continue;
      }
    }

    // A sentence's first word is capitalised anyway: a common word there ("By", "Hours") opens no name,
    // unless the run it opens is a group by its cue words ("General Motors", "United Nations Agency").
    if (i === 0 && token.cap && lex.commonWords.has(token.lower) && !lex.firstNames.has(token.lower) && !matchGazetteer(tokens, i)) {
      const runEnd = capitalRunEnd(tokens, i);
      const whole = runEnd > i + 1 ? classifyRun(sentence, i, runEnd, undefined) : undefined;
      const rest = runEnd > i + 1 ? classifyRun(sentence, i + 1, runEnd, undefined) : undefined;
      if (whole?.kind === 'group' && rest?.kind !== 'group' && !DETERMINERS.has(token.lower)) {
        found.push(whole);
        i = runEnd;
        continue;
      }
      // Alone it names nothing by itself, but may be a name used again ("Arsenal manager X said").
      // So may a plural before a title ("Bills coach X", "Chiefs quarterback Y").
      const beforeTitle = runEnd === i + 1 && matchTitle(tokens, i + 1) !== undefined;
      if (runEnd === i + 1 && (lex.nounWords.has(token.lower) || beforeTitle)) found.push(candidate(sentence, 'unknown', i, i + 1, 0.5, 'sentence-opener'));
      i++;
      continue;
    }

    // "the 444 Combat Brigade", "the 101st Airborne Division": a unit's number opens its name.
    if (/^\p{N}+(?:st|nd|rd|th)?$/u.test(token.text) && tokens[i - 1]?.lower === 'the' && tokens[i + 1]?.cap) {
      const runEnd = capitalRunEnd(tokens, i + 1);
      const last = tokens[runEnd - 1];
      if (last && lex.groupSuffixes.has(last.text)) {
        found.push(candidate(sentence, 'group', i, runEnd, 0.8, 'numbered-unit'));
        i = runEnd;
        continue;
      }
    }

    if (token.cap && isWord(token)) {
      // Most sentences have no bracket: then no name is spelled out before an acronym.
      const spelled = hasBracket ? nameBeforeAcronym(tokens, i) : undefined;
      const gazHere = matchGazetteer(tokens, i);
      if (spelled && !(gazHere && gazHere.end >= spelled.end) && !lex.firstNames.has(token.lower)) {
        found.push(candidate(sentence, 'group', i, spelled.end, 0.85, 'name-with-acronym'));
        i = spelled.end;
        continue;
      }
      const runEnd = capitalRunEnd(tokens, i);
      const gaz = gazHere;
      if (gaz) {
        const runIsLonger = runEnd > gaz.end;
        // "United Nations Verification Mission in Colombia": the cue word is the one before "in".
        const last = tokens[runEnd - 2]?.lower === 'in' ? tokens[runEnd - 3] : tokens[runEnd - 1];
        // "Sudanese Armed Forces" ends in a group cue but is the state's armed service, read below.
        const servicePart = gaz.entry.kind !== 'place' && gaz.entry.kind !== 'capital' && matchArmedService(tokens, gaz.end) !== undefined;
        // "Haitian National Police": a demonym opening a group's proper name is part of it.
        const groupByCue = runIsLonger && last !== undefined && lex.groupSuffixes.has(last.text) && (!servicePart || gaz.entry.kind === 'demonym' && runEnd - gaz.end >= 2);
        const personByName = runIsLonger && gaz.end === i + 1 && lex.firstNames.has(token.lower) && !matchGazetteer(tokens, i + 1);
        // "the Santiago Bernabeu", "Paris St Germain": a capital that opens a longer name is not the state.
        const capitalInName = runIsLonger && gaz.entry.kind === 'capital' && gaz.end === runEnd - 1 && matchTitle(tokens, gaz.end) === undefined && !lex.gazetteer.has(tokens[gaz.end]?.text ?? '');
        if (!groupByCue && !personByName && !capitalInName) {
          // "the Lebanese army": a people's name that is also a demonym names the state before its army.
          // So does one before a plain noun ("across the Lebanese border", "Sudanese officials").
          const beforeNoun = nounAfter(tokens, gaz.end);
          const demonymOfPeople = gaz.entry.kind === 'people' && (servicePart || beforeNoun) ? stateOfDemonym(surface(tokens, i, gaz.end)) : undefined;
          const made = demonymOfPeople
            ? candidate(sentence, 'state', i, gaz.end, 0.9, 'demonym', { key: demonymOfPeople, demonym: true })
            : gazetteerCandidate(sentence, i, gaz.end, gaz.entry);
          const service = made?.kind === 'state' && made.key ? armedServiceAfter(sentence, made) : undefined;
          if (service) {
            found.push(service);
            i = service.end;
            continue;
          }
          if (made) found.push(made);
          i = gaz.end;
          continue;
        }
      }
      const inner = titleInsideRun(sentence, i, runEnd);
      if (inner) {
        // "Treasury Secretary Janet Yellen", "Microsoft Chief Executive Satya Nadella": what comes before the
        // title qualifies the office (and may itself name a group); the name after it is the person.
        const qualifier = classifyRun(sentence, i, inner.titleStart, found.at(-1));
        if (qualifier) found.push(qualifier);
        found.push(candidate(sentence, 'person', inner.nameStart, runEnd, 0.9, 'titled-name', { titles: inner.titles, titleStart: inner.titleStart }));
        i = runEnd;
        continue;
      }
      const made = classifyRun(sentence, i, runEnd, found.at(-1));
      if (made) found.push(made);
      i = Math.max(runEnd, i + 1);
      continue;
    }

    // "al-Shabaab" in lower case: a name the lexicon knows with its article.
    if (arabicArticleName(tokens, i)) {
      const known = matchGazetteer(tokens, i);
      const made = known ? gazetteerCandidate(sentence, i, known.end, known.entry) : undefined;
      if (known && made) {
        found.push(made);
        i = known.end;
        continue;
      }
    }

    // "the army" alone: the article's armed service, if it names only one (resolve.ts decides).
    if (tokens[i - 1]?.lower === 'the') {
      const service = matchArmedService(tokens, i);
      if (service && !service.body) {
        found.push(candidate(sentence, 'unknown', i, service.end, 0.6, 'armed-service-alone'));
        i = service.end;
        continue;
      }
    }

    // "U.S." and codes are capitalised too, but a lower-case token never starts a name.
    i++;
  }
  return found.map((c) => (basedIn(tokens, c) && c.kind === 'state' ? { ...c, kind: 'place' as const, rule: `${c.rule}, -based` } : c));
}

/**
 * "Air France-KLM chief executive X said": a sentence's first word is dropped as a common word ("Air"), and
 * what is left splits into other names ("France", "KLM"). When the whole capitalised run is a name the article
 * uses elsewhere, the sentence opens with that name: its candidate replaces the pieces.
 */
export function rejoinOpeners(sentences: Sentence[], candidates: Candidate[][]): void {
  const named = new Map<string, Candidate>();
  for (const c of candidates.flat()) if (c.start > 0 && (c.kind === 'unknown' || c.kind === 'group')) named.set(c.text, c);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    if (!tokens[0]?.cap) continue;
    const runEnd = capitalRunEnd(tokens, 0);
    const seen = named.get(surface(tokens, 0, runEnd));
    const list = candidates[sentence.index];
    if (!seen || !list || runEnd < 2 || list.some((c) => c.start === 0 && c.end === runEnd)) continue;
    const kept = list.filter((c) => c.end <= 0 || c.start >= runEnd);
    kept.unshift(candidate(sentence, seen.kind, 0, runEnd, seen.confidence, 'name-opening-sentence', seen.key ? { key: seen.key } : {}));
    candidates[sentence.index] = kept.sort((a, b) => a.start - b.start);
  }
}

/** "Prime Minister Luís Montenegro … lobby Montenegro": a state's name that is the surname of a person the
 * article names in full is that person, as every other surname is. */
export function surnamesOverStates(candidates: Candidate[][]): void {
  const all = candidates.flat();
  const surnames = new Set(all.filter((c) => c.kind === 'person' && c.end - c.start >= 2).map((c) => c.text.split(/\s+/).at(-1)));
  for (const c of all) {
    if (c.kind !== 'state' || c.rule !== 'state-name' || !surnames.has(c.text)) continue;
    c.kind = 'unknown';
    c.rule = 'known-name';
    delete c.key;
  }
}
