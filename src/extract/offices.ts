// Pass 4, after the sentence rules: roles the text takes for granted. "President Donald Trump said" names no
// state, yet every reader knows whom he leads; officeholders.json says who held which office, and when.
// Only a role the rules did not read is added, and only towards a state or organisation the article names.
import { entityId, relationId } from '../text/ids.js';
import type { Evidence, Relation, RelationType } from '../types.js';
import { foldName, lexicon, type OfficeTerm } from './lexicon.js';
import type { Candidate } from './mentions.js';
import type { EntityDraft, Resolved } from './resolve.js';
import type { Sentence } from './tokens.js';

export interface OfficeRole {
  person: EntityDraft;
  target: EntityDraft;
  term: OfficeTerm;
}

/** Whether a term covers the article's date; an undated article is read as current, so only open terms count. */
export function inTerm(term: OfficeTerm, date: string | undefined): boolean {
  if (!date) return term.to === undefined;
  return term.from <= date && (term.to === undefined || date < term.to);
}

/** The term a person holds: by a full name, or by a single name ("Trump") when the article gave them an office title. */
function termOf(person: EntityDraft, titled: boolean, date: string | undefined): OfficeTerm | undefined {
  const { officeTermsByName, officeTermsByShortName } = lexicon();
  const byName = [person.name, ...person.aliases].flatMap((name) => officeTermsByName.get(foldName(name)) ?? []);
  const single = titled && person.nameTokens.length === 1 ? officeTermsByShortName.get(foldName(person.name)) ?? [] : [];
  return [...byName, ...single].filter((term) => inTerm(term, date)).sort((a, b) => a.order - b.order)[0];
}

/**
 * Office roles for the article's people.
 * @param titled ids of people written after an office title somewhere in the article ("President Lula")
 * @param hasRole whether the rules already gave a person this role towards an entity of the target's type
 */
function officeRoles(
  entities: Map<string, EntityDraft>,
  titled: Set<string>,
  date: string | undefined,
  hasRole: (person: EntityDraft, role: OfficeTerm['role'], target: EntityDraft) => boolean,
): OfficeRole[] {
  const roles: OfficeRole[] = [];
  for (const person of entities.values()) {
    if (person.type !== 'Person') continue;
    const term = termOf(person, titled.has(person.id), date);
    if (!term) continue;
    const target = entities.get(entityId(term.of.kind === 'state' ? 'State' : 'Group', term.of.name));
    if (!target || hasRole(person, term.role, target)) continue;
    roles.push({ person, target, term });
  }
  return roles;
}

/** People written after an office title somewhere ("President Lula"), by entity id. */
function titledPeople(candidates: Candidate[][], entityOf: Map<Candidate, string>): Set<string> {
  const ids = new Set<string>();
  for (const c of candidates.flat()) {
    const id = entityOf.get(c);
    if (id && c.kind === 'person' && c.titles?.some((t) => t.role === 'LEADS' || t.role === 'WORKS_FOR')) ids.add(id);
  }
  return ids;
}

/** Roles known from officeholders.json that no sentence rule read, with the person's first sentence as evidence. */
export function addOfficeRoles(relations: Map<string, Relation>, resolved: Resolved, candidates: Candidate[][], sentences: Sentence[], date: string | undefined): void {
  const roles = [...relations.values()].filter((r) => r.type === 'LEADS' || r.type === 'WORKS_FOR');
  const typeOf = (id: string) => resolved.entities.get(id)?.type;
  // A state guessed from the article's context ("President Erdogan" in a story filed about Somalia) gives way
  // to the record; a state written beside the title (confidence 0.85) does not.
  const guessedElsewhere = (r: Relation, target: EntityDraft) => r.confidence < 0.8 && r.target !== target.id && typeOf(r.target) === target.type;
  // A second employer would be a false edge where the text named one ("Trump's envoy X"); a leader leads one state.
  const hasRole = (person: EntityDraft, role: RelationType, target: EntityDraft) => roles.some((r) => r.source === person.id && !guessedElsewhere(r, target)
    && (r.target === target.id || (role === 'WORKS_FOR' ? true : r.type === 'LEADS' && typeOf(r.target) === target.type)));
  for (const { person, target, term } of officeRoles(resolved.entities, titledPeople(candidates, resolved.entityOf), date, hasRole)) {
    const first = [...person.mentions].sort((a, b) => a.start - b.start)[0];
    const sentence = sentences.find((s) => first && s.start <= first.start && first.start < s.end);
    if (!sentence) continue;
    for (const r of roles) if (r.source === person.id && guessedElsewhere(r, target)) relations.delete(r.id);
    const id = relationId(term.role, person.id, target.id);
    const evidence: Evidence = { sentence: sentence.text, start: sentence.start, end: sentence.end, confidence: 0.6, rule: `office:${term.office} (officeholders.json)` };
    relations.set(id, { id, type: term.role, source: person.id, target: target.id, confidence: 0.6, evidence: [evidence] });
  }
}
