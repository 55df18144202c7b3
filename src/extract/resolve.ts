// Pass 2: one entity per actor. Full names make people; surnames, honorific names ("Mr Erdogan") and role
// references ("the Israeli prime minister") resolve to them; states meet by ISO code, groups by name with
// legal suffixes dropped ("Thomson Reuters Corp" is later "Thomson Reuters").
import { entityId } from '../text/ids.js';
import type { EntityType, Mention } from '../types.js';
import { lexicon, type TitleEntry } from './lexicon.js';
import type { Candidate } from './mentions.js';

export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Mention[];
  confidence: number;
  /** Lower-case name tokens, for surname matching. */
  nameTokens: string[];
  /** A group read as a team in a sports report: its name may be the short form of a longer one. */
  teamName?: boolean;
  /** A state's armed service ("Sudanese army"): what "the army" and "army chief X" refer to. */
  armedService?: boolean;
}

export interface Resolved {
  entities: Map<string, EntityDraft>;
  /** Candidate → entity id, for every candidate that names an actor or place. */
  entityOf: Map<Candidate, string>;
  /** Person entity id → the roles its introduction gave it (title and the state or group before it). */
  roleKeys: Map<string, string[]>;
}

// Regnal numbers stay as written ("Abdullah II", "Charles III").
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2})$/;

/** "NETANYAHU" in a shouting headline becomes "Netanyahu". */
function titleCase(word: string): string {
  return word.length > 1 && word === word.toUpperCase() && !ROMAN_NUMERAL.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

function personName(text: string): string {
  return text.split(/\s+/).map(titleCase).join(' ');
}

function nameTokens(text: string): string[] {
  return text.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/** "the Commission" for "European Commission": the head noun of exactly one group named before, capitalised. */
function groupByHeadNoun(groups: EntityDraft[], text: string): EntityDraft | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(text)) return undefined;
  const matches = groups.filter((g) => g.name.includes(' ') && g.name.split(/\s+/).at(-1) === text);
  // "Commerce" heads "Ministry of Commerce" but is also in "US Commerce Department": no guess.
  const elsewhere = groups.filter((g) => g.name.split(/\s+/).slice(0, -1).includes(text));
  return matches.length === 1 && elsewhere.length === 0 ? matches[0] : undefined;
}

/** "Lula" for "Luiz Inácio Lula da Silva": a single inner name of exactly one person named in full before. */
function knownByInnerName(people: EntityDraft[], tokens: string[]): EntityDraft | undefined {
  const [word] = tokens;
  if (tokens.length !== 1 || !word || word.length < 4) return undefined;
  const matches = people.filter((p) => p.nameTokens.length >= 3 && p.nameTokens.slice(1, -1).includes(word));
  return matches.length === 1 ? matches[0] : undefined;
}

/** "Xi" for "Xi Jinping", "Prince Faisal" for "Faisal bin Farhan": a single name that opens exactly one full
 * name, when it is no common first name (family name first, as in Chinese and Korean names) or a royal or
 * honorific title stands before it (Arab royals go by their given name). */
function knownByFirstName(people: EntityDraft[], tokens: string[], titled: boolean): EntityDraft | undefined {
  const [word] = tokens;
  if (tokens.length !== 1 || !word || word.length < 2) return undefined;
  if (!titled && lexicon().firstNames.has(word)) return undefined;
  const matches = people.filter((p) => p.nameTokens.length >= 2 && p.nameTokens[0] === word);
  return matches.length === 1 ? matches[0] : undefined;
}

function endsWith(whole: string[], part: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  const offset = whole.length - part.length;
  return part.every((token, i) => whole[offset + i] === token);
}

/** "Blackstone Group LP" → ["Blackstone Group LP", "Blackstone Group", "Blackstone"]. */
export function groupShortForms(name: string): string[] {
  const { legalSuffixes, commonWords } = lexicon();
  const forms = [name];
  let words = name.split(/\s+/);
  while (words.length > 1 && legalSuffixes.has(words.at(-1)?.replace(/\.$/, '') ?? '')) {
    // "International Crisis Group" keeps its "Group": what would remain ends in a common word, no name.
    if (words.at(-1) === 'Group' && commonWords.has(words.at(-2)?.toLowerCase() ?? '')) break;
    words = words.slice(0, -1);
    forms.push(words.join(' '));
  }
  return forms;
}

/** A company's registered name ("Activision Blizzard Inc") makes its first words ("Activision") a short form of it. */
function absorbGroup(groups: EntityDraft[], entities: Map<string, EntityDraft>, entityOf: Map<Candidate, string>, short: EntityDraft, whole: EntityDraft): void {
  if (!entities.has(short.id) || short === whole) return;
  groups.splice(groups.indexOf(short), 1);
  for (const alias of short.aliases) whole.aliases.add(alias);
  whole.mentions.push(...short.mentions);
  whole.confidence = Math.max(whole.confidence, short.confidence);
  for (const [c, id] of entityOf) if (id === short.id) entityOf.set(c, whole.id);
  entities.delete(short.id);
}

/** "Sudan's army", "the Sudanese Armed Forces" and "the Sudanese military" are one actor: the first named. */
function mergeWholeArmedServices(groups: EntityDraft[], serviceNames: Set<string>, entities: Map<string, EntityDraft>, entityOf: Map<Candidate, string>): void {
  const { wholeArmedServices } = lexicon();
  const firstByState = new Map<string, EntityDraft>();
  for (const group of [...groups]) {
    if (!serviceNames.has(group.name)) continue;
    group.armedService = true;
    const lower = group.name.toLowerCase();
    const service = [...wholeArmedServices].find((s) => lower.endsWith(` ${s}`));
    if (!service) continue;
    const state = lower.slice(0, -service.length - 1);
    const first = firstByState.get(state);
    if (first) absorbGroup(groups, entities, entityOf, group, first);
    else firstByState.set(state, group);
  }
}

function mergeShortGroupNames(groups: EntityDraft[], entities: Map<string, EntityDraft>, entityOf: Map<Candidate, string>): void {
  const { legalSuffixes, commonWords, firstNames } = lexicon();
  const absorb = (short: EntityDraft, whole: EntityDraft) => absorbGroup(groups, entities, entityOf, short, whole);
  const registered = groups.filter((g) => [...g.aliases].some((a) => legalSuffixes.has(a.split(/\s+/).at(-1)?.replace(/\.$/, '') ?? '') && a.split(/\s+/).length > 2));
  for (const short of [...groups]) {
    const whole = registered.find((g) => g !== short && g.name.startsWith(`${short.name} `));
    if (whole) absorb(short, whole);
  }
  // "Brighton" in a match report is "Brighton & Hove Albion" when no other group starts with it.
  for (const short of [...groups]) {
    if (!short.teamName) continue;
    const longer = groups.filter((g) => g !== short && g.name.startsWith(`${short.name} `));
    const whole = longer.length === 1 ? longer[0] : undefined;
    if (whole) absorb(short, whole);
  }
  // "the Lakers" in a report on the "Los Angeles Lakers", "Dortmund" for "Borussia Dortmund": the last word of
  // exactly one longer group's name, when it is a team or no common word ("Union", "Army").
  for (const short of [...groups]) {
    // A team's shorter name may have two words ("the Maple Leafs" for the "Toronto Maple Leafs").
    if ((short.name.includes(' ') && !short.teamName) || (commonWords.has(short.name.toLowerCase()) && !short.teamName) || short.armedService) continue;
    const longer = groups.filter((g) => g !== short && g.name.endsWith(` ${short.name}`));
    const whole = longer.length === 1 ? longer[0] : undefined;
    if (whole) absorb(short, whole);
  }
  // "Corvel said": the first word of a registered name, when it is no common word, is the name in short.
  for (const whole of registered) {
    const first = whole.name.split(/\s+/)[0] ?? '';
    if (whole.name.includes(' ') && !commonWords.has(first.toLowerCase()) && !firstNames.has(first.toLowerCase())) whole.aliases.add(first);
  }
}

/** "Chancellor Friedrich Merz … The German leader": a leading title written with no state is the role the
 * later "the German leader" names; the nearest such person before it holds it. */
function unanchoredLeaderBefore(ref: Candidate, people: Candidate[], entityOf: Map<Candidate, string>, roleKeys: Map<string, string[]>, entities: Map<string, EntityDraft>): EntityDraft | undefined {
  if (ref.titles?.find((t) => t.role !== 'HONORIFIC')?.role !== 'LEADS') return undefined;
  const before = people
    .filter((p) => p.charStart < ref.charStart && p.titles?.some((t) => t.role === 'LEADS' && t.scope !== 'group'))
    .filter((p) => !roleKeys.has(entityOf.get(p) ?? ''))
    .sort((a, b) => b.charStart - a.charStart);
  const id = before[0] ? entityOf.get(before[0]) : undefined;
  return id ? entities.get(id) : undefined;
}

/** "Somali President X … The Somali leader": a leading title of another name for the same state, when exactly
 * one person was introduced with a leading title of that state. */
function soleLeaderOf(ref: Candidate, roleKeys: Map<string, string[]>, entities: Map<string, EntityDraft>): EntityDraft | undefined {
  if (ref.titles?.find((t) => t.role !== 'HONORIFIC')?.role !== 'LEADS') return undefined;
  const { titles } = lexicon();
  const leads = (key: string) => key.startsWith(`${ref.key}|`) && titles.get(key.slice(key.indexOf('|') + 1))?.role === 'LEADS';
  const holders = [...roleKeys.entries()].filter(([, held]) => held.some(leads));
  return holders.length === 1 && holders[0] ? entities.get(holders[0][0]) : undefined;
}

function roleKey(stateOrGroup: string, title: string): string {
  return `${stateOrGroup}|${title}`;
}

/** The last word of a title is its head: "foreign minister" is also a "minister". */
function titleKeys(titles: TitleEntry[] | undefined): string[] {
  const roleTitle = titles?.find((t) => t.role !== 'HONORIFIC');
  if (!roleTitle) return [];
  const head = roleTitle.title.split(/\s+/).at(-1) ?? roleTitle.title;
  return head === roleTitle.title ? [roleTitle.title] : [roleTitle.title, head];
}

export function resolveCandidates(candidates: Candidate[], stateBefore: (c: Candidate) => string | undefined): Resolved {
  const lex = lexicon();
  const entities = new Map<string, EntityDraft>();
  const entityOf = new Map<Candidate, string>();
  const roleKeys = new Map<string, string[]>();

  const ensure = (type: EntityType, name: string, confidence: number): EntityDraft => {
    const id = entityId(type, name);
    let draft = entities.get(id);
    if (!draft) {
      draft = { id, type, name, aliases: new Set(), mentions: [], confidence, nameTokens: nameTokens(name) };
      entities.set(id, draft);
    }
    draft.confidence = Math.max(draft.confidence, confidence);
    return draft;
  };
  const attach = (draft: EntityDraft, c: Candidate) => {
    entityOf.set(c, draft.id);
    draft.aliases.add(c.text);
    draft.mentions.push({ start: c.charStart, end: c.charEnd, text: c.text });
  };

  // People first, fullest names first, so "Tayyip Erdogan" joins "Recep Tayyip Erdogan" and surnames find both.
  const people = candidates.filter((c) => c.kind === 'person').sort((a, b) => nameTokens(b.text).length - nameTokens(a.text).length);
  const personDrafts: EntityDraft[] = [];
  for (const c of people) {
    const tokens = nameTokens(c.text);
    // "X, better known by his alias Antonio Garcia": the alias names the person before it.
    const aliased = c.aliasOf ? personDrafts.find((p) => endsWith(p.nameTokens, nameTokens(c.aliasOf ?? ''))) : undefined;
    let draft = aliased ?? personDrafts.find((p) => endsWith(p.nameTokens, tokens)) ?? knownByFirstName(personDrafts, tokens, (c.titles?.length ?? 0) > 0);
    if (!draft) {
      draft = ensure('Person', personName(c.text), c.confidence);
      personDrafts.push(draft);
    }
    attach(draft, c);
    const anchor = stateBefore(c);
    if (anchor) {
      const keys = roleKeys.get(draft.id) ?? [];
      for (const title of titleKeys(c.titles)) keys.push(roleKey(anchor, title));
      roleKeys.set(draft.id, keys);
    }
  }

  const groupDrafts: EntityDraft[] = [];
  for (const c of candidates) {
    if (c.kind === 'state' && c.key) attach(ensure('State', lex.stateNames.get(c.key) ?? c.key, c.confidence), c);
    else if (c.kind === 'place') attach(ensure('Place', c.text, c.confidence), c);
    else if (c.kind === 'group') {
      const canonical = c.key ?? groupShortForms(c.text).at(-1) ?? c.text;
      const existing = groupDrafts.find((g) => g.aliases.has(canonical) || g.name === canonical);
      const draft = existing ?? ensure('Group', canonical, c.confidence);
      if (!existing) groupDrafts.push(draft);
      if (c.rule === 'team') draft.teamName = true;
      for (const form of groupShortForms(c.text)) draft.aliases.add(form);
      attach(draft, c);
    }
  }

  mergeShortGroupNames(groupDrafts, entities, entityOf);
  mergeWholeArmedServices(groupDrafts, new Set(candidates.filter((c) => c.rule === 'armed-service' && c.key).map((c) => c.key as string)), entities, entityOf);

  // Surnames, short names and role references, now that every full name is known.
  const armedServices = groupDrafts.filter((g) => g.armedService);
  const { wholeArmedServices } = lex;
  for (const c of candidates) {
    if (c.kind === 'unknown' && armedServices.length > 0) {
      // "the army", "Army spokesman X": the article's one armed service of that kind.
      const service = c.text.toLowerCase();
      const names = (g: EntityDraft) => [g.name, ...g.aliases].map((a) => a.toLowerCase());
      const matching = armedServices.filter((g) => names(g).some((a) => a.endsWith(` ${service}`)
        || (wholeArmedServices.has(service) && [...wholeArmedServices].some((s) => a.endsWith(` ${s}`)))));
      if (matching.length === 1 && matching[0]) { attach(matching[0], c); continue; }
    }
    if (c.kind === 'unknown') {
      const tokens = nameTokens(c.text);
      const person = personDrafts.find((p) => endsWith(p.nameTokens, tokens)) ?? knownByInnerName(personDrafts, tokens) ?? knownByFirstName(personDrafts, tokens, false);
      const group = person ? undefined : groupDrafts.find((g) => g.aliases.has(c.text) || [...g.aliases].some((a) => a.toLowerCase() === c.text.toLowerCase()))
        ?? groupByHeadNoun(groupDrafts, c.text);
      const draft = person ?? group;
      if (draft) attach(draft, c);
    } else if (c.kind === 'roleRef' && c.key) {
      const keys = titleKeys(c.titles).map((t) => roleKey(c.key ?? '', t));
      const holder = [...roleKeys.entries()].find(([, held]) => keys.some((k) => held.includes(k)));
      const draft = holder ? entities.get(holder[0]) : soleLeaderOf(c, roleKeys, entities) ?? unanchoredLeaderBefore(c, people, entityOf, roleKeys, entities);
      if (draft) attach(draft, c);
    }
  }
  return { entities, entityOf, roleKeys };
}
