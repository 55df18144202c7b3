// A sentence as the relation rules see it: a row of units, each a word or a resolved actor
// (with its type, whether it is possessive, and whether it was read from a pronoun).
import type { EntityType } from '../types.js';
import type { Candidate } from './mentions.js';
import type { EntityDraft } from './resolve.js';
import type { Sentence, Token } from './tokens.js';

export interface ActorUnit {
  kind: 'actor';
  entity: EntityDraft;
  type: EntityType;
  candidate: Candidate;
  tokens: Token[];
  /** Followed by "'s" or "'": owns what comes next ("Netanyahu's office"). */
  possessive: boolean;
}
export interface WordUnit { kind: 'word'; token: Token }
export type Unit = ActorUnit | WordUnit;

export interface SentenceView {
  sentence: Sentence;
  units: Unit[];
}

export function buildUnits(sentence: Sentence, candidates: Candidate[], entityOf: Map<Candidate, string>, entities: Map<string, EntityDraft>): SentenceView {
  // Earliest first, longest first: "the Israeli prime minister" (a person) wins over "Israeli" inside it.
  const placed = candidates
    .filter((c) => entityOf.has(c))
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const byStart = new Map<number, Candidate>();
  let coveredUntil = -1;
  for (const c of placed) {
    if (c.start < coveredUntil) continue;
    byStart.set(c.start, c);
    coveredUntil = c.end;
  }
  const units: Unit[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length;) {
    const c = byStart.get(i);
    const entity = c ? entities.get(entityOf.get(c) ?? '') : undefined;
    if (c && entity) {
      const next = tokens[c.end];
      const possessive = next !== undefined && (next.lower === "'s" || next.lower === '’s' || ((next.text === "'" || next.text === '’') && next.joined));
      units.push({ kind: 'actor', entity, type: entity.type, candidate: c, tokens: tokens.slice(c.start, c.end), possessive });
      i = possessive ? c.end + 1 : c.end;
      continue;
    }
    const token = tokens[i];
    if (token) units.push({ kind: 'word', token });
    i++;
  }
  return { sentence, units };
}

export function isActor(unit: Unit | undefined): unit is ActorUnit {
  return unit?.kind === 'actor' && unit.type !== 'Place';
}

export function wordOf(unit: Unit | undefined): string | undefined {
  return unit?.kind === 'word' ? unit.token.lower : undefined;
}
