// Loads every piece of knowledge the extractor uses, once: the data files in ./model (readable, extendable),
// the countries dataset (world-countries) and the name and place lists inside compromise's own model.
// The code elsewhere in src/extract holds rules, never names.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import countriesModule, { type Country } from 'world-countries';
import { z } from 'zod';
import { RelationTypeSchema, type RelationType } from '../types.js';

// world-countries is CommonJS: Node hands its array over as the default export, bundlers sometimes nest it.
const countries: Country[] = Array.isArray(countriesModule)
  ? (countriesModule as Country[])
  : ((countriesModule as unknown as { default: Country[] }).default);

const MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'model');

const TitleFile = z.object({
  qualifiers: z.array(z.string()),
  titles: z.array(z.object({
    title: z.string(),
    role: z.enum(['LEADS', 'WORKS_FOR', 'HONORIFIC', 'COUNTERPART']),
    scope: z.enum(['state', 'group', 'any']),
    sportsRole: z.enum(['LEADS', 'WORKS_FOR']).optional(),
  })),
});
const VerbFile = z.object({
  verbs: z.array(z.object({
    lemma: z.string(),
    type: RelationTypeSchema,
    particle: z.string().optional(),
    object: z.literal('talks').optional(),
    needsActorObject: z.boolean().optional(),
    needsGroupObject: z.boolean().optional(),
    talksType: RelationTypeSchema.optional(),
  })),
  nouns: z.array(z.object({ noun: z.string(), type: RelationTypeSchema })),
  compounds: z.array(z.object({ suffix: z.string(), type: RelationTypeSchema })),
  mediatorNouns: z.array(z.string()),
  talkNouns: z.array(z.string()),
  proposalNouns: z.array(z.string()),
  proposingVerbs: z.array(z.string()),
  claimNouns: z.array(z.string()),
  backerNouns: z.array(z.string()),
  claimingVerbs: z.array(z.string()),
  acceptingVerbs: z.array(z.string()),
  particleGapWords: z.array(z.string()),
  givingVerbs: z.array(z.string()),
  repelVerbs: z.array(z.string()),
  arrivalVerbs: z.array(z.string()),
  launchVerbs: z.array(z.string()),
  firingVerbs: z.array(z.string()),
  projectileNouns: z.array(z.string()),
});
const NamesFile = z.object({
  placeFirstWords: z.array(z.string()).default([]),
  placeLastWords: z.array(z.string()).default([]),
  after: z.array(z.string()),
  before: z.array(z.string()),
  events: z.array(z.string()),
});
const OrganisationFile = z.object({
  organisations: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  newsMedia: z.array(z.string()).default([]),
  seats: z.record(z.string(), z.string()).default({}),
});
const GroupFile = z.object({
  suffixes: z.array(z.string()),
  legalSuffixes: z.array(z.string()),
  prefixes: z.array(z.string()),
  appositionCues: z.array(z.string()),
  actingNouns: z.array(z.string()),
  groupAnaphors: z.array(z.string()),
  armedServices: z.array(z.string()),
  wholeArmedServices: z.array(z.string()),
  stateBodies: z.array(z.string()),
  notArmedActors: z.array(z.string()),
  companyCues: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
});
const StateFile = z.object({
  extraNames: z.record(z.string(), z.array(z.string())),
  extraDemonyms: z.record(z.string(), z.array(z.string())),
  actingStates: z.array(z.string()),
  seats: z.record(z.string(), z.string()),
  capitalAliases: z.record(z.string(), z.string()),
  shortFormsDenied: z.array(z.string()),
  peoples: z.record(z.string(), z.string()),
});
const PlaceFile = z.object({ places: z.array(z.string()) });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const OfficeFile = z.object({
  offices: z.array(z.object({
    person: z.string(),
    aliases: z.array(z.string()).default([]),
    short: z.array(z.string()).default([]),
    of: z.string(),
    role: z.enum(['LEADS', 'WORKS_FOR']),
    office: z.string(),
    from: IsoDate,
    to: IsoDate.optional(),
  })),
});
const GenreFile = z.object({
  factor: z.number().positive(),
  politics: z.array(z.string()),
  sports: z.array(z.string()),
  business: z.array(z.string()),
  teams: z.object({
    verbs: z.array(z.string()),
    nouns: z.array(z.string()),
    phrases: z.array(z.string()),
  }),
  players: z.object({
    scoring: z.array(z.string()),
    results: z.array(z.string()),
    linking: z.array(z.string()),
    leading: z.array(z.string()),
  }),
});

function loadModel<T>(file: string, schema: z.ZodType<T>): T {
  const path = resolve(MODEL_DIR, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`The extractor's data file ${path} is malformed: ${parsed.error.message}`);
  return parsed.data;
}

/** What a run of tokens can name, before the article's context decides. */
export type GazetteerKind = 'state' | 'demonym' | 'capital' | 'seat' | 'people' | 'org' | 'orgSeat' | 'place' | 'event';
export interface GazetteerEntry {
  kind: GazetteerKind;
  /** cca3 for states, the canonical name for organisations, peoples and places. */
  key: string;
  name: string;
}

export type TitleRole = 'LEADS' | 'WORKS_FOR' | 'HONORIFIC' | 'COUNTERPART';
export interface TitleEntry {
  title: string; role: TitleRole; scope: 'state' | 'group' | 'any';
  /** The role in a sports report, where "Brighton boss X" is the club's manager, not its owner. */
  sportsRole?: 'LEADS' | 'WORKS_FOR';
}

export interface VerbForm {
  lemma: string;
  type: RelationType;
  /** Words that must follow the verb form ('lean on', 'hold talks with'). */
  particle: string[];
  tense: 'base' | 'present' | 'past' | 'gerund';
  aboutTalks: boolean;
  needsActorObject: boolean;
  needsGroupObject: boolean;
  /** The relation read instead when the object is talks, not an actor. */
  talksType?: RelationType;
}

/** A term of office (officeholders.json): who held it, for which state or organisation, and when. */
export interface OfficeTerm {
  /** Folded full names ("donald trump"), and single names that count only after an office title ("trump"). */
  names: Set<string>;
  shortNames: Set<string>;
  person: string;
  /** The state or organisation as the gazetteer names it. */
  of: GazetteerEntry;
  role: 'LEADS' | 'WORKS_FOR';
  office: string;
  from: string;
  to?: string;
  /** Position in officeholders.json: where two terms fit, the earlier listed wins. */
  order: number;
}

export interface Lexicon {
  /** Holders of well-known offices, for the role a text takes for granted ("President Donald Trump"). */
  officeTerms: OfficeTerm[];
  /** The same terms by folded full name and by single name, so a person is looked up, not matched against all. */
  officeTermsByName: Map<string, OfficeTerm[]>;
  officeTermsByShortName: Map<string, OfficeTerm[]>;
  gazetteer: Map<string, GazetteerEntry>;
  gazetteerMaxTokens: number;
  stateNames: Map<string, string>;
  titles: Map<string, TitleEntry>;
  titleMaxTokens: number;
  /** Words between an owner and its title ("Rwandan government spokeswoman"). */
  titleQualifiers: Set<string>;
  /** Words that open or close a place's name, never a player's ("St Germain", "Chinnaswamy Stadium"). */
  placeNameWords: { first: Set<string>; last: Set<string> };
  /** News agencies and broadcasters (organisations.json "newsMedia"). */
  newsMedia: Set<string>;
  verbForms: Map<string, VerbForm[]>;
  relationNouns: Map<string, RelationType>;
  compounds: Map<string, RelationType>;
  mediatorNouns: Set<string>;
  talkNouns: Set<string>;
  proposalNouns: Set<string>;
  /** Every form of the verbs that put forward a demand or plan ("pressed", "proposed"), for "rejected that demand". */
  proposingVerbs: Set<string>;
  /** What one side claims and another rejects ("that account"), and every form of the verbs that claim it. */
  claimNouns: Set<string>;
  /** "Iran, Hezbollah's main backer": nouns naming a supporter in apposition. */
  backerNouns: Set<string>;
  claimingVerbs: Set<string>;
  /** Every form of the verbs whose negation is a rejection ("would not accept"). */
  acceptingVerbs: Set<string>;
  /** Words that may stand between a verb and its particle ("held lengthy talks with"). */
  particleGapWords: Set<string>;
  /** Every form of the verbs that give support as a thing ("pledged aid to Kyiv"). */
  givingVerbs: Set<string>;
  /** Verbs whose subject is the target of the attack they govern ("repelled an assault by X"). */
  repelVerbs: Set<string>;
  /** Verbs of coming: a counterpart who arrives comes to meet ("his counterpart Y arrived in Cairo"). */
  arrivalVerbs: Set<string>;
  /** Verbs that carry out an attack a noun names ("launched airstrikes on X"). */
  launchVerbs: Set<string>;
  /** Every form of the verbs that fire a projectile ("fired rockets at X"), and the projectiles. */
  firingVerbs: Set<string>;
  projectileNouns: Set<string>;
  groupSuffixes: Set<string>;
  legalSuffixes: Set<string>;
  groupPrefixes: string[];
  appositionCues: Set<string>;
  actingNouns: Set<string>;
  /** "the group", "the militia": a noun that refers back to the group named before. */
  groupAnaphors: Set<string>;
  /** "army", "air force": after a state they name its armed service, a group of its own ("Sudan's army"). */
  armedServices: string[][];
  /** Service names that all mean a state's whole armed forces: one actor. */
  wholeArmedServices: Set<string>;
  /** A state's ministries and agencies written in lower case after its name ("Russia's defence ministry"). */
  stateBodies: string[][];
  /** Nouns after a service that make it no actor: "US military aid". */
  notArmedActors: Set<string>;
  /** cca3 → the demonym that names the state's institutions ("Sudanese army"). */
  stateDemonyms: Map<string, string>;
  firstNames: Set<string>;
  /** Lower-case words compromise knows as something other than a name: a capitalised one opening a sentence is no name. */
  commonWords: Set<string>;
  /** Lower-case words compromise knows as plain nouns ("arsenal"): a capitalised one opening a sentence may be a name. */
  nounWords: Set<string>;
  /** Lower-case words compromise knows as verb forms ("thanked", "warned"): where a coordinated verb's subject is found. */
  verbWords: Set<string>;
  /** Lower-case city, region and place names from compromise and places.json. */
  places: Set<string>;
  /** Lower-case organisation names from compromise's lexicon. */
  libraryOrganisations: Set<string>;
  /** Cue words per genre, and how far sports or business cues must outnumber politics ones. */
  genreCues: { politics: Set<string>; sports: Set<string>; business: Set<string> };
  genreFactor: number;
  /** Words around an unknown name that make it a person ("X said", "coached by X"). */
  personCuesAfter: Set<string>;
  personCuesBefore: Set<string>;
  /** In sports reports: words around a name that make it a team ("beat X", "X coach"). */
  teamVerbs: Set<string>;
  teamNouns: Set<string>;
  teamPhrases: Set<string>;
  /** Match reports: a player's scoring verbs, a team's result verbs, and the words that join them. */
  playerScoring: Set<string>;
  teamResults: Set<string>;
  playerLinking: Set<string>;
  playerLeading: Set<string>;
  /** Words around an unknown name that make it a company ("shares of X", "X's chief executive"). */
  companyCuesBefore: Set<string>;
  companyCuesAfter: Set<string>;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);

/** Inflections of a lemma from compromise's conjugator (the head verb only; particles are appended by us). */
function inflect(lemma: string): Array<{ form: string; tense: VerbForm['tense'] }> {
  const conjugated = nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined;
  const forms: Array<{ form: string; tense: VerbForm['tense'] }> = [{ form: lemma, tense: 'base' }];
  if (conjugated) {
    if (conjugated.PresentTense) forms.push({ form: conjugated.PresentTense, tense: 'present' });
    if (conjugated.PastTense) forms.push({ form: conjugated.PastTense, tense: 'past' });
    if (conjugated.Gerund) forms.push({ form: conjugated.Gerund, tense: 'gerund' });
    if (conjugated.Participle && conjugated.Participle !== conjugated.PastTense) forms.push({ form: conjugated.Participle, tense: 'past' });
  } else {
    // compromise reads some lemmas as nouns ("host", "broker", "pledge") and will not conjugate them: use the regular forms.
    forms.push(...regularInflections(lemma));
  }
  return forms;
}

function regularInflections(lemma: string): Array<{ form: string; tense: VerbForm['tense'] }> {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const consonantY = /[^aeiou]y$/.test(lemma);
  const present = consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  return [{ form: present, tense: 'present' }, { form: past, tense: 'past' }, { form: `${stem}ing`, tense: 'gerund' }];
}

/** A name as offices are matched: no accents, dots or case ("Jean-Noël" = "jean-noel", "J.D." = "jd"). */
export function foldName(name: string): string {
  return withoutAccents(name).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** "Bogotá" as the wires often write it, "Bogota": the same letters without their accents. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function addGazetteer(map: Map<string, GazetteerEntry>, surface: string, entry: GazetteerEntry): void {
  const folded = withoutAccents(surface.trim());
  if (folded !== surface.trim()) addGazetteerKey(map, folded, entry);
  addGazetteerKey(map, surface, entry);
}

function addGazetteerKey(map: Map<string, GazetteerEntry>, surface: string, entry: GazetteerEntry): void {
  const key = surface.trim();
  if (!key) return;
  const existing = map.get(key);
  // A state's own names outrank a capital or demonym that happens to share the spelling.
  const rank: Record<GazetteerKind, number> = { state: 6, seat: 5, org: 4, event: 4, people: 3, demonym: 2, orgSeat: 2, capital: 1, place: 0 };
  if (!existing || rank[entry.kind] > rank[existing.kind]) map.set(key, entry);
}

function buildLexicon(): Lexicon {
  const titlesFile = loadModel('titles.json', TitleFile);
  const verbsFile = loadModel('verbs.json', VerbFile);
  const orgFile = loadModel('organisations.json', OrganisationFile);
  const groupFile = loadModel('groups.json', GroupFile);
  const stateFile = loadModel('states.json', StateFile);
  const placeFile = loadModel('places.json', PlaceFile);
  const names = loadModel('names.json', NamesFile);
  const genres = loadModel('genres.json', GenreFile);
  const officeFile = loadModel('officeholders.json', OfficeFile);

  const gazetteer = new Map<string, GazetteerEntry>();
  const stateNames = new Map<string, string>();
  const stateDemonyms = new Map<string, string>();
  const denied = new Set(stateFile.shortFormsDenied);
  for (const country of countries) {
    if (!country.independent && !stateFile.actingStates.includes(country.cca3)) continue;
    const key = country.cca3;
    const name = country.name.common;
    stateNames.set(key, name);
    const state = { kind: 'state' as const, key, name };
    addGazetteer(gazetteer, name, state);
    addGazetteer(gazetteer, country.name.official, state);
    for (const alt of country.altSpellings) {
      // ISO alpha-2 codes are not how the press names a state ("ET" is Eastern Time, not Ethiopia); other short
      // forms ("UK", "DRC") only when upper-case and not an English word or common abbreviation.
      if (alt === country.cca2) continue;
      if (alt.length <= 3 && (alt !== alt.toUpperCase() || denied.has(alt))) continue;
      addGazetteer(gazetteer, alt, state);
    }
    const demonyms = country.demonyms?.eng;
    if (demonyms?.m) stateDemonyms.set(key, demonyms.m);
    for (const demonym of [demonyms?.m, demonyms?.f]) {
      if (demonym) addGazetteer(gazetteer, demonym, { kind: 'demonym', key, name });
    }
    for (const capital of country.capital ?? []) {
      addGazetteer(gazetteer, capital, { kind: 'capital', key, name });
    }
  }
  for (const [key, names] of Object.entries(stateFile.extraNames)) {
    const name = stateNames.get(key) ?? names[0] ?? key;
    // The press's usage outranks the dataset's: bare "Congo" is the Democratic Republic.
    for (const surface of names) gazetteer.set(surface.trim(), { kind: 'state', key, name });
  }
  for (const [key, names] of Object.entries(stateFile.extraDemonyms)) {
    const name = stateNames.get(key) ?? key;
    // As with names: "Dominican" in the press is the Dominican Republic's, not Dominica's.
    for (const surface of names) {
      const existing = gazetteer.get(surface.trim());
      if (!existing || existing.kind === 'demonym') gazetteer.set(surface.trim(), { kind: 'demonym', key, name });
      else addGazetteer(gazetteer, surface, { kind: 'demonym', key, name });
    }
  }
  for (const [surface, key] of Object.entries(stateFile.capitalAliases)) {
    addGazetteer(gazetteer, surface, { kind: 'capital', key, name: stateNames.get(key) ?? key });
  }
  for (const [surface, key] of Object.entries(stateFile.seats)) {
    addGazetteer(gazetteer, surface, { kind: 'seat', key, name: stateNames.get(key) ?? key });
  }
  for (const [surface, people] of Object.entries(stateFile.peoples)) {
    addGazetteer(gazetteer, surface, { kind: 'people', key: people, name: people });
  }
  for (const [surface, org] of Object.entries(orgFile.seats)) addGazetteer(gazetteer, surface, { kind: 'orgSeat', key: org, name: org });
  for (const org of orgFile.organisations) {
    for (const surface of [org.name, ...org.aliases]) addGazetteer(gazetteer, surface, { kind: 'org', key: org.name, name: org.name });
  }
  for (const place of placeFile.places) addGazetteer(gazetteer, place, { kind: 'place', key: place, name: place });
  for (const event of names.events) addGazetteer(gazetteer, event, { kind: 'event', key: event, name: event });

  let gazetteerMaxTokens = 1;
  for (const key of gazetteer.keys()) gazetteerMaxTokens = Math.max(gazetteerMaxTokens, key.split(/[\s-]+/).length);

  const titles = new Map<string, TitleEntry>();
  let titleMaxTokens = 1;
  for (const entry of titlesFile.titles) {
    titles.set(entry.title, entry);
    titleMaxTokens = Math.max(titleMaxTokens, entry.title.split(/[\s-]+/).length);
  }

  const verbForms = new Map<string, VerbForm[]>();
  for (const verb of verbsFile.verbs) {
    for (const { form, tense } of inflect(verb.lemma)) {
      const list = verbForms.get(form) ?? [];
      list.push({
        lemma: verb.lemma,
        type: verb.type,
        particle: verb.particle ? verb.particle.split(' ') : [],
        tense,
        aboutTalks: verb.object === 'talks',
        needsActorObject: Boolean(verb.needsActorObject),
        needsGroupObject: Boolean(verb.needsGroupObject),
        ...(verb.talksType ? { talksType: verb.talksType } : {}),
      });
      verbForms.set(form, list);
    }
  }

  const firstNames = new Set<string>();
  const commonWords = new Set<string>();
  const verbWords = new Set<string>();
  const nounWords = new Set<string>();
  const places = new Set<string>(placeFile.places.map((p) => p.toLowerCase()));
  const libraryOrganisations = new Set<string>();
  const libraryLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tagOrTags] of Object.entries(libraryLexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.some((t) => NAME_TAGS.has(t))) firstNames.add(word);
    else if (tags.some((t) => PLACE_TAGS.has(t))) places.add(word);
    else if (tags.includes('Organization') || tags.includes('SportsTeam')) { if (word.length > 2) libraryOrganisations.add(word); }
    else if (!tags.includes('LastName') && !tags.includes('Person')) commonWords.add(word);
    if (tags.some((t) => VERB_TAGS.has(t))) verbWords.add(word);
    if (tags.length === 1 && (tags[0] === 'Singular' || tags[0] === 'Noun')) nounWords.add(word);
  }

  const officeTerms = officeFile.offices.map((o, order): OfficeTerm => {
    const of = gazetteer.get(o.of);
    if (!of || (of.kind !== 'state' && of.kind !== 'org')) throw new Error(`The extractor's data file officeholders.json names "${o.of}" for ${o.person}, which is no state or organisation the lexicon knows.`);
    return {
      names: new Set([o.person, ...o.aliases].map(foldName)), shortNames: new Set(o.short.map(foldName)),
      person: o.person, of, role: o.role, office: o.office, from: o.from, ...(o.to ? { to: o.to } : {}), order,
    };
  });
  const officeTermsByName = new Map<string, OfficeTerm[]>();
  const officeTermsByShortName = new Map<string, OfficeTerm[]>();
  for (const term of officeTerms) {
    for (const name of term.names) officeTermsByName.set(name, [...(officeTermsByName.get(name) ?? []), term]);
    for (const name of term.shortNames) officeTermsByShortName.set(name, [...(officeTermsByShortName.get(name) ?? []), term]);
  }

  return {
    officeTerms,
    officeTermsByName,
    officeTermsByShortName,
    gazetteer,
    gazetteerMaxTokens,
    stateNames,
    titles,
    titleMaxTokens,
    titleQualifiers: new Set(titlesFile.qualifiers),
    placeNameWords: { first: new Set(names.placeFirstWords), last: new Set(names.placeLastWords) },
    newsMedia: new Set(orgFile.newsMedia),
    verbForms,
    relationNouns: new Map(verbsFile.nouns.map((n) => [n.noun, n.type])),
    compounds: new Map(verbsFile.compounds.map((c) => [c.suffix, c.type])),
    mediatorNouns: new Set(verbsFile.mediatorNouns),
    talkNouns: new Set(verbsFile.talkNouns),
    proposalNouns: new Set(verbsFile.proposalNouns),
    particleGapWords: new Set(verbsFile.particleGapWords),
    claimNouns: new Set(verbsFile.claimNouns),
    backerNouns: new Set(verbsFile.backerNouns),
    claimingVerbs: new Set(verbsFile.claimingVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    acceptingVerbs: new Set(verbsFile.acceptingVerbs.flatMap((lemma) => [lemma, ...inflect(lemma).map((f) => f.form)])),
    proposingVerbs: new Set(verbsFile.proposingVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    givingVerbs: new Set(verbsFile.givingVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    repelVerbs: new Set(verbsFile.repelVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    arrivalVerbs: new Set(verbsFile.arrivalVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    launchVerbs: new Set(verbsFile.launchVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    firingVerbs: new Set(verbsFile.firingVerbs.flatMap((lemma) => inflect(lemma).map((f) => f.form))),
    projectileNouns: new Set(verbsFile.projectileNouns),
    groupSuffixes: new Set(groupFile.suffixes),
    legalSuffixes: new Set(groupFile.legalSuffixes),
    groupPrefixes: groupFile.prefixes,
    appositionCues: new Set(groupFile.appositionCues),
    actingNouns: new Set(groupFile.actingNouns),
    groupAnaphors: new Set(groupFile.groupAnaphors),
    wholeArmedServices: new Set(groupFile.wholeArmedServices),
    stateBodies: groupFile.stateBodies.map((s) => s.split(' ')).sort((a, b) => b.length - a.length),
    armedServices: groupFile.armedServices.map((s) => s.split(' ')).sort((a, b) => b.length - a.length),
    notArmedActors: new Set(groupFile.notArmedActors),
    stateDemonyms,
    firstNames,
    commonWords,
    verbWords,
    nounWords,
    places,
    libraryOrganisations,
    genreCues: { politics: new Set(genres.politics), sports: new Set(genres.sports), business: new Set(genres.business) },
    genreFactor: genres.factor,
    personCuesAfter: new Set(names.after),
    personCuesBefore: new Set(names.before),
    teamVerbs: new Set(genres.teams.verbs),
    teamNouns: new Set(genres.teams.nouns),
    teamPhrases: new Set(genres.teams.phrases),
    playerScoring: new Set(genres.players.scoring),
    teamResults: new Set(genres.players.results),
    playerLinking: new Set(genres.players.linking),
    playerLeading: new Set(genres.players.leading),
    companyCuesBefore: new Set(groupFile.companyCues.before),
    companyCuesAfter: new Set(groupFile.companyCues.after),
  };
}

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
