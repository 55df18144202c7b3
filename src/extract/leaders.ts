// After the sentence rules: "Erdogan hosted the leaders of Somalia and Ethiopia" is a meeting with two people,
// not with two states. Once the article names who leads each state, the meeting is moved to that person.
import { isSymmetric, type Relation } from '../types.js';
import { relationId } from '../text/ids.js';
import { isActor, wordOf, type SentenceView } from './units.js';

const LEADER_NOUNS = new Set(['leader', 'leaders', 'head', 'heads', 'president', 'presidents']);
const LIST_WORDS = new Set([',', 'and', 'the']);

/** Ids of the states and groups written after "the leaders of" in a sentence, with any coordinated after them. */
export function ledByNamedLeader(view: SentenceView): Set<string> {
  const ids = new Set<string>();
  const units = view.units;
  for (let i = 1; i + 1 < units.length; i++) {
    if (wordOf(units[i]) !== 'of' || !LEADER_NOUNS.has(wordOf(units[i - 1]) ?? '')) continue;
    for (let k = i + 1; k < units.length; k++) {
      const unit = units[k];
      if (isActor(unit) && unit.type !== 'Person' && !unit.possessive) ids.add(unit.entity.id);
      else if (!LIST_WORDS.has(wordOf(unit) ?? '')) break;
    }
  }
  return ids;
}

/** The one person a LEADS relation names for each state or group; none where two people are said to lead it. */
function soleLeaders(relations: Map<string, Relation>): Map<string, string> {
  const leaders = new Map<string, string | null>();
  for (const r of relations.values()) {
    if (r.type !== 'LEADS') continue;
    const known = leaders.get(r.target);
    leaders.set(r.target, known === undefined || known === r.source ? r.source : null);
  }
  return new Map([...leaders].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** Meetings read with "the leaders of X" move from X to the person who leads X, where the article names one. */
export function meetLeadersInPerson(relations: Map<string, Relation>, views: SentenceView[]): void {
  const leaders = soleLeaders(relations);
  const viewAt = new Map(views.map((v) => [v.sentence.start, v]));
  for (const [id, r] of [...relations]) {
    if (r.type !== 'MEETS') continue;
    const named = new Set(r.evidence.flatMap((e) => {
      const view = viewAt.get(e.start);
      return view ? [...ledByNamedLeader(view)] : [];
    }));
    const swap = (end: string) => (named.has(end) ? leaders.get(end) ?? end : end);
    let [source, target] = [swap(r.source), swap(r.target)];
    if (source === r.source && target === r.target) continue;
    if (source === target) continue;
    if (isSymmetric(r.type) && target < source) [source, target] = [target, source];
    relations.delete(id);
    const movedId = relationId(r.type, source, target);
    const existing = relations.get(movedId);
    if (existing) existing.evidence.push(...r.evidence.filter((e) => !existing.evidence.some((x) => x.start === e.start)));
    else relations.set(movedId, { ...r, id: movedId, source, target });
  }
}
