// Communities by Louvain on the graph's undirected skeleton, and a colour for each. Pure: a graph in, maps out.
import type { AbstractGraph } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './cjs.js';
import { undirectedSkeleton } from './metrics.js';
import { COMMUNITY_COLOURS } from './palette.js';

const louvain = cjsDefault<typeof louvainModule.default>(louvainModule);

/**
 * Community number per node; an entity without relations is a community of its own. Nodes are visited in
 * order, not at random, so toggling the colouring twice paints the same communities the same way.
 */
export function detectCommunities(graph: AbstractGraph): Map<string, number> {
  return new Map(Object.entries(louvain(undirectedSkeleton(graph), { randomWalk: false, getEdgeWeight: null })));
}

/** The biggest community gets the first colour, so the picture's main groups stay apart. */
export function communityColours(communities: Map<string, number>): Map<string, string> {
  const sizes = new Map<number, number>();
  for (const community of communities.values()) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community], i) => [community, i]));
  return new Map([...communities].map(([node, community]) => [node, COMMUNITY_COLOURS[rank.get(community)! % COMMUNITY_COLOURS.length]!]));
}
