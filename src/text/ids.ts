// Stable identifiers: the same text, actor or reading gets the same id in every run and every article.
import { createHash } from 'node:crypto';
import type { EntityType, RelationType } from '../types.js';

export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** Content-derived, so re-ingesting the same text is recognised whatever the file is called. */
export function articleId(text: string): string {
  return `a-${shortHash(text.replace(/\r\n/g, '\n').trim())}`;
}

/** Lower-case ASCII slug; accents folded so "Erdoğan" and "Erdogan" meet. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** From canonical name and type, so "Jordan" the state and "Jordan" a person stay apart. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type.toLowerCase()}:${slug(canonicalName)}`;
}

export function relationId(type: RelationType, sourceId: string, targetId: string): string {
  return `r-${shortHash(type, sourceId, targetId)}`;
}

export function evidenceId(articleIdValue: string, relationIdValue: string, start: number, end: number): string {
  return `e-${shortHash(articleIdValue, relationIdValue, String(start), String(end))}`;
}
