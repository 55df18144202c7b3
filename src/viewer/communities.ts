// Communities by Louvain on the graph's undirected skeleton, and a colour for each. Pure: a graph in, maps out.
import type { AbstractGraph } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './cjs.js';
import { undirectedSkeleton } from './metrics.js';
import { COMMUNITY_COLOURS, LONE_COMMUNITY_COLOUR } from './palette.js';

const louvain = cjsDefault<typeof louvainModule.default>(louvainModule);

/**
 * Community number per node; an entity without relations is a community of its own. Nodes are visited in
 * order, not at random, so toggling the colouring twice paints the same communities the same way.
 */
export function detectCommunities(graph: AbstractGraph): Map<string, number> {
  return new Map(Object.entries(louvain(undirectedSkeleton(graph), { randomWalk: false, getEdgeWeight: null })));
}

function memberCounts(communities: Map<string, number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const community of communities.values()) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  return sizes;
}

/** Communities of two entities or more: a lone entity forms no group worth a colour. */
export function groupCount(communities: Map<string, number>): number {
  return [...memberCounts(communities).values()].filter((n) => n > 1).length;
}

/** The biggest community gets the first colour, so the picture's main groups stay apart; lone entities go grey. */
export function communityColours(communities: Map<string, number>): Map<string, string> {
  const sizes = memberCounts(communities);
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community], i) => [community, i]));
  return new Map([...communities].map(([node, community]) => [node,
    sizes.get(community)! > 1 ? COMMUNITY_COLOURS[rank.get(community)! % COMMUNITY_COLOURS.length]! : LONE_COMMUNITY_COLOUR]));
}
