// Pass 4, after the sentence rules: roles the text takes for granted. "President Donald Trump said" names no
// state, yet every reader knows whom he leads; officeholders.json says who held which office, and when.
// Only a role the rules did not read is added, and only towards a state or organisation the article names.
import { entityId } from '../text/ids.js';
import { foldName, lexicon, type OfficeTerm } from './lexicon.js';
import type { EntityDraft } from './resolve.js';

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
export function officeRoles(
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
