// The extractor: article text → entities and relations with evidence, in four passes:
// sentences and tokens (tokens.ts) → candidate mentions (mentions.ts) → one entity per actor (resolve.ts)
// → relations read by rules over each sentence (relations/). Confidence is documented in ./README.md.
import { entityId, relationId } from '../text/ids.js';
import { lexicon } from './lexicon.js';
import { isSymmetric, type Article, type Entity, type Evidence, type Extraction, type Relation, type RelationType } from '../types.js';
import { detectGenre, POLITICAL_ONLY } from './genre.js';
import { findCandidates, linkPersonAliases, rejoinOpeners, surnamesOverStates, type Candidate } from './mentions.js';
import { promotePeople, promotePlayers } from './people.js';
import { promoteTeams } from './teams.js';
import { promoteCompanies } from './companies.js';
import { linkAcronyms } from './acronyms.js';
import { readSentence, type Context, type Reading } from './relations/index.js';
import { resolveCandidates, type EntityDraft } from './resolve.js';
import { datesIn, nearestDate } from './time.js';
import { splitSentences, type Sentence } from './tokens.js';
import { buildUnits, type SentenceView } from './units.js';
import { addOfficeRoles } from './offices.js';
import { meetLeadersInPerson } from './leaders.js';

export interface ExtractOptions {
  /** Drop entities and relations below this confidence (0-1). */
  minConfidence?: number;
}

/** The state or group written just before a person's title ("Israeli" in "Israeli Prime Minister X"). */
export function anchorBeforeTitle(all: Candidate[][]): (c: Candidate) => string | undefined {
  return (c) => {
    if (c.titleStart === undefined) return undefined;
    const inSentence = all[c.sentence] ?? [];
    const before = inSentence.find((other) => other.end === c.titleStart && other.kind === 'state');
    return before?.key;
  };
}

/** A state has one president and one prime minister: a guessed leader whose title another person already
 * holds for that state, or shares with another guess, is dropped ("Prime Minister Netanyahu" in a report
 * filed from Beirut that also names "Prime Minister Nawaf Salam"). */
function dropClashingLeaders(relations: Map<string, Relation>, fallbackIds: Set<string>): void {
  const titleOf = (r: Relation) => /^title:([^(]+?)(?: \(|$)/.exec(r.evidence[0]?.rule ?? '')?.[1]?.trim();
  const leads = [...relations.values()].filter((r) => r.type === 'LEADS' && titleOf(r) !== undefined);
  for (const id of fallbackIds) {
    const guess = relations.get(id);
    if (!guess || guess.type !== 'LEADS') continue;
    const title = titleOf(guess);
    const clash = leads.some((r) => r.id !== guess.id && r.target === guess.target && r.source !== guess.source && titleOf(r) === title);
    if (clash) relations.delete(id);
  }
}

/** A role guessed for a person the text gave no employer is dropped when the text gives one elsewhere. */
function dropAnsweredFallbacks(relations: Map<string, Relation>, fallbackIds: Set<string>): void {
  const isRole = (r: Relation) => r.type === 'LEADS' || r.type === 'WORKS_FOR';
  const answered = new Set([...relations.values()].filter((r) => isRole(r) && !fallbackIds.has(r.id)).map((r) => r.source));
  for (const id of fallbackIds) {
    const relation = relations.get(id);
    if (relation && answered.has(relation.source)) relations.delete(id);
  }
}

/** What no one does with the state or group they lead or serve. */
const NEVER_WITH_OWN_SIDE = new Set<RelationType>(['MEETS', 'NEGOTIATES_WITH', 'MEDIATES', 'REJECTS', 'ATTACKS', 'FIGHTS']);

/** "The meeting, hosted by the Philippines" beside its foreign minister is the minister's own side, not her
 * counterpart; a president rejects others' demands, not his own state's. */
function dropRelationsWithOwnSide(relations: Map<string, Relation>): void {
  const roles = new Set([...relations.values()].filter((r) => r.type === 'LEADS' || r.type === 'WORKS_FOR').map((r) => `${r.source}|${r.target}`));
  for (const [id, r] of relations) {
    if (!NEVER_WITH_OWN_SIDE.has(r.type)) continue;
    if (roles.has(`${r.source}|${r.target}`) || roles.has(`${r.target}|${r.source}`)) relations.delete(id);
  }
}

/** "SEOUL, May 12 (Yonhap) -": the state whose capital the article is filed from, if it names that state. */
function datelineState(sentences: Sentence[], entities: Map<string, EntityDraft>): EntityDraft | undefined {
  const tokens = sentences[0]?.tokens ?? [];
  const place: string[] = [];
  for (const token of tokens) {
    if (token.text === ',' || token.text === '(' || token.text === '-' || token.text === '—' || place.length > 3) break;
    place.push(token.text.charAt(0) + token.text.slice(1).toLowerCase());
  }
  const entry = lexicon().gazetteer.get(place.join(' '));
  if (entry?.kind !== 'capital') return undefined;
  return entities.get(entityId('State', entry.name));
}

/** The state an article names at least three times and at least twice as often as any other. */
function dominantState(entities: Map<string, EntityDraft>): EntityDraft | undefined {
  const states = [...entities.values()].filter((e) => e.type === 'State').sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = states;
  if (!first || first.mentions.length < 3) return undefined;
  return !second || first.mentions.length >= 2 * second.mentions.length ? first : undefined;
}

function mostMentionedGroup(entities: Map<string, EntityDraft>): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  const { newsMedia } = lexicon();
  for (const e of entities.values()) {
    if (e.type === 'Group' && !newsMedia.has(e.name) && (!best || e.mentions.length > best.mentions.length)) best = e;
  }
  return best;
}

function toEntity(draft: EntityDraft): Entity {
  const mentions = [...draft.mentions].sort((a, b) => a.start - b.start);
  const unique = mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]?.start || m.end !== mentions[i - 1]?.end);
  return { id: draft.id, name: draft.name, type: draft.type, aliases: [...draft.aliases].sort(), confidence: round(draft.confidence), mentions: unique };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const STANDING_TYPES = new Set<RelationType>(['LEADS', 'WORKS_FOR', 'MEMBER_OF']);

function evidenceOf(reading: Reading, view: SentenceView, articleDate: string | undefined, dates: Map<string, ReturnType<typeof datesIn>>): Evidence {
  const sentence: Sentence = view.sentence;
  // A bare weekday falls on a different day for what is planned and what is done: one reading per status.
  const key = `${sentence.index}|${reading.status ?? ''}`;
  let found = dates.get(key);
  if (!found) {
    found = datesIn(sentence.text, articleDate, reading.status);
    dates.set(key, found);
  }
  const unit = view.units[reading.anchor];
  const anchorChar = (unit?.kind === 'word' ? unit.token.start : unit?.candidate.charStart ?? sentence.start) - sentence.start;
  // A role or a membership is a standing, not an event: "President X on Thursday" dates the meeting, not the office.
  const date = STANDING_TYPES.has(reading.type) ? undefined : nearestDate(found, anchorChar);
  return {
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    confidence: round(reading.confidence),
    rule: reading.rule,
    ...(date ? { date } : {}),
    ...(reading.status && !STANDING_TYPES.has(reading.type) ? { status: reading.status } : {}),
    ...(reading.object ? { object: reading.object } : {}),
  };
}

export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const minConfidence = options.minConfidence ?? 0;
  const sentences = splitSentences(article.text);
  const genre = detectGenre(sentences);
  const candidates = sentences.map(findCandidates);
  rejoinOpeners(sentences, candidates);
  surnamesOverStates(candidates);
  linkAcronyms(sentences, candidates);
  // Company cues first: "Commerzbank said" alone would make a person of it.
  promoteCompanies(sentences, candidates);
  promotePeople(sentences, candidates);
  linkPersonAliases(sentences, candidates);
  if (genre === 'sports') {
    promoteTeams(sentences, candidates);
    promotePlayers(sentences, candidates);
  }
  const resolved = resolveCandidates(candidates.flat(), anchorBeforeTitle(candidates));
  const views = sentences.map((s, i) => buildUnits(s, candidates[i] ?? [], resolved.entityOf, resolved.entities));
  const ctx: Context = { views, entities: resolved.entities, talkParties: [], sides: [], personRoles: new Map(), personStates: new Map(), mostMentionedGroup: mostMentionedGroup(resolved.entities), genre,
    homeState: datelineState(sentences, resolved.entities) ?? dominantState(resolved.entities),
  };

  const relations = new Map<string, Relation>();
  const fallbackIds = new Set<string>();
  const dates = new Map<string, ReturnType<typeof datesIn>>();
  for (const view of views) {
    for (const reading of readSentence(ctx, view)) {
      if (genre !== 'politics' && POLITICAL_ONLY.has(reading.type)) continue;
      if (reading.confidence < minConfidence) continue;
      let [source, target] = [reading.source.id, reading.target.id];
      if (isSymmetric(reading.type) && target < source) [source, target] = [target, source];
      const id = relationId(reading.type, source, target);
      const evidence = evidenceOf(reading, view, article.meta.date, dates);
      const existing = relations.get(id);
      if (reading.fallback && !existing) fallbackIds.add(id);
      if (!reading.fallback) fallbackIds.delete(id);
      if (!existing) {
        relations.set(id, {
          id, type: reading.type, source, target, confidence: round(reading.confidence), evidence: [evidence],
          ...(evidence.date ? { date: evidence.date } : {}),
          ...(evidence.status ? { status: evidence.status } : {}),
          ...(evidence.object ? { object: evidence.object } : {}),
        });
        continue;
      }
      // One piece of evidence per sentence and relation; the relation keeps the best confidence.
      if (!existing.evidence.some((e) => e.start === evidence.start)) existing.evidence.push(evidence);
      existing.confidence = Math.max(existing.confidence, round(reading.confidence));
      if (!existing.date && evidence.date) existing.date = evidence.date;
      if (!existing.status && evidence.status) existing.status = evidence.status;
      if (!existing.object && evidence.object) existing.object = evidence.object;
    }
  }

  dropAnsweredFallbacks(relations, fallbackIds);
  dropClashingLeaders(relations, fallbackIds);
  if (minConfidence <= 0.6) addOfficeRoles(relations, resolved, candidates, sentences, article.meta.date);
  meetLeadersInPerson(relations, views);
  dropRelationsWithOwnSide(relations);

  const used = new Set<string>();
  for (const r of relations.values()) { used.add(r.source); used.add(r.target); }
  const entities = [...resolved.entities.values()]
    .filter((e) => e.confidence >= minConfidence || used.has(e.id))
    .map(toEntity)
    .sort((a, b) => (b.mentions.length - a.mentions.length) || a.name.localeCompare(b.name));
  return { article: article.meta, entities, relations: [...relations.values()] };
}

/** Per relation: the sentence, the rule that fired and the confidence, so an analyst can see why an edge exists. */
export function formatExplanation(doc: Extraction, _text?: string): string {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [`${doc.article.title} (${doc.article.date ?? 'no date'}): ${doc.entities.length} entities, ${doc.relations.length} relations`, ''];
  for (const relation of doc.relations) {
    lines.push(`${names.get(relation.source) ?? relation.source} -[${relation.type}]-> ${names.get(relation.target) ?? relation.target}  confidence ${relation.confidence.toFixed(2)}${relation.status ? `, ${relation.status}` : ''}${relation.date ? `, ${relation.date}` : ''}`);
    for (const evidence of relation.evidence) {
      lines.push(`    rule ${evidence.rule ?? '?'} (${(evidence.confidence ?? relation.confidence).toFixed(2)}) at ${evidence.start}-${evidence.end}`);
      lines.push(`    "${evidence.sentence}"`);
      if (evidence.object) lines.push(`    about: ${evidence.object}`);
    }
    lines.push('');
  }
  if (doc.relations.length === 0) lines.push('No relation was read from this article.');
  return lines.join('\n');
}

