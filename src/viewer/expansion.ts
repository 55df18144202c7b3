// "Expand neighbours" one page at a time: which relation types of an entity may have more neighbours to
// load, and where the next page of one type starts. The API orders neighbours by relation type first
// (src/store/reads.ts, NEIGHBOURS), so a page that stops inside type T has loaded every type before T.
import type { RelationType } from '../types.js';
import type { NeighbourPage } from './api.js';

export interface TypeProgress { type: RelationType; loaded: number; more: boolean }

/** After the first page over all types: `types` are the entity's relation types, as its detail lists them. */
export function progressAfterFirstPage(page: NeighbourPage, types: RelationType[]): TypeProgress[] {
  const lastType = page.groups.at(-1)?.type;
  return [...new Set(types)].sort().map((type) => ({
    type,
    loaded: page.groups.find((g) => g.type === type)?.items.length ?? 0,
    // Cypher orders types as strings, as sort() does here.
    more: page.hasMore && (lastType === undefined || type >= lastType),
  }));
}

/** After a page of one type, asked for at `skip` = what was loaded of it. */
export function progressAfterTypePage(progress: TypeProgress[], type: RelationType, page: NeighbourPage): TypeProgress[] {
  return progress.map((p) => (p.type === type ? { type, loaded: p.loaded + page.edges.length, more: page.hasMore } : p));
}
