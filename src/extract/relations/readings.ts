// How a rule hands over readings: one for each pair of sides or of members, with a status, and with the words
// of what was asked or rejected when there are some.
import type { RelationStatus, RelationType } from '../../types.js';
import type { EntityDraft } from '../resolve.js';
import type { SentenceView } from '../units.js';
import type { Reading, Emit } from './types.js';

export function objectText(view: SentenceView, from: number): string | undefined {
  const words: string[] = [];
  for (let i = from; i < view.units.length && words.length < 14; i++) {
    const unit = view.units[i];
    if (unit?.kind === 'word' && ['.', ';', ':', '"', '“', '”'].includes(unit.token.text)) break;
    if (unit?.kind === 'word' && unit.token.text === ',' && words.length > 2) break;
    if (unit?.kind === 'word') words.push(unit.token.text);
    else if (unit) words.push(unit.candidate.text + (unit.possessive ? "'s" : ''));
  }
  const text = words.join(' ').replace(/\s+([,.'’])/g, '$1').trim();
  return text || undefined;
}

export function pairs(emit: Emit, type: RelationType, sources: EntityDraft[], targets: EntityDraft[], base: Omit<Reading, 'sentence' | 'type' | 'source' | 'target'>): void {
  for (const source of sources) for (const target of targets) if (source !== target) emit({ ...base, type, source, target });
}

export function within(emit: Emit, type: RelationType, members: EntityDraft[], base: Omit<Reading, 'sentence' | 'type' | 'source' | 'target'>): void {
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const source = members[a];
      const target = members[b];
      if (source && target && source !== target) emit({ ...base, type, source, target });
    }
  }
}

export function optionalStatus(status: RelationStatus | undefined): { status?: RelationStatus } {
  return status ? { status } : {};
}
export function optionalObject(object: string | undefined): { object?: string } {
  return object ? { object } : {};
}
