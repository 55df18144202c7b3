// Node sizes by degree, betweenness and PageRank, and Louvain communities: small graphs with a known answer.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { centrality, nodeSizes, undirectedSkeleton, type SizeMeasure } from '../../src/viewer/metrics.js';
import { communityColours, detectCommunities, groupCount } from '../../src/viewer/communities.js';
import { LONE_COMMUNITY_COLOUR } from '../../src/viewer/palette.js';

function graphOf(pairs: Array<[string, string]>, loners: string[] = []): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of [...pairs.flat(), ...loners]) graph.mergeNode(node);
  for (const [source, target] of pairs) graph.addDirectedEdge(source, target);
  return graph;
}

/** A hub with five leaves, and the leaves' relations pointing both ways, as news reports them. */
const star = graphOf([['hub', 'a'], ['b', 'hub'], ['hub', 'c'], ['d', 'hub'], ['hub', 'e']]);
/** Two cliques of five joined by one relation between a1 and b1. */
const clique = (prefix: string) => ['1', '2', '3', '4', '5'].flatMap((i, n, all) => all.slice(n + 1).map((j) => [`${prefix}${i}`, `${prefix}${j}`] as [string, string]));
const twoCliques = graphOf([...clique('a'), ...clique('b'), ['a1', 'b1']]);

describe('node sizes', () => {
  it.each<[SizeMeasure]>([['degree'], ['betweenness'], ['pagerank']])('a star\'s centre is the biggest node under %s', (measure) => {
    const sizes = nodeSizes(star, measure);
    for (const leaf of ['a', 'b', 'c', 'd', 'e']) expect(sizes.get('hub')!).toBeGreaterThan(sizes.get(leaf)!);
  });

  it('betweenness ranks the bridge ends above their clique mates though their degree barely differs', () => {
    const scores = centrality(twoCliques, 'betweenness');
    expect(scores.a1).toBeGreaterThan(scores.a2! * 10);
    const sizes = nodeSizes(twoCliques, 'betweenness');
    expect(sizes.get('a1')).toBe(sizes.get('b1'));
    expect(sizes.get('a1')!).toBeGreaterThan(sizes.get('a2')!);
  });

  it('gives every node a finite size, entities without relations and an edgeless graph too', () => {
    for (const graph of [graphOf([['x', 'y']], ['alone']), graphOf([], ['p', 'q'])]) {
      for (const measure of ['degree', 'betweenness', 'pagerank'] as const) {
        const sizes = nodeSizes(graph, measure);
        expect(sizes.size).toBe(graph.order);
        for (const size of sizes.values()) expect(Number.isFinite(size) && size > 0).toBe(true);
      }
    }
  });

  it('counts parallel and opposite relations between one pair as one tie', () => {
    const skeleton = undirectedSkeleton(graphOf([['a', 'b'], ['a', 'b'], ['b', 'a'], ['a', 'a']]));
    expect(skeleton.size).toBe(1);
  });
});

describe('communities', () => {
  it('finds the two cliques joined by one relation as two communities', () => {
    const communities = detectCommunities(twoCliques);
    const of = (nodes: string[]) => new Set(nodes.map((n) => communities.get(n)));
    expect(of(['a1', 'a2', 'a3', 'a4', 'a5']).size).toBe(1);
    expect(of(['b1', 'b2', 'b3', 'b4', 'b5']).size).toBe(1);
    expect(communities.get('a1')).not.toBe(communities.get('b1'));
  });

  it('paints each community in its own colour, the same each time', () => {
    const colours = communityColours(detectCommunities(twoCliques));
    expect(colours.get('a3')).toBe(colours.get('a5'));
    expect(colours.get('a3')).not.toBe(colours.get('b3'));
    expect(communityColours(detectCommunities(twoCliques))).toEqual(colours);
  });

  it('leaves an entity without relations grey and out of the count', () => {
    const communities = detectCommunities(graphOf(clique('a'), ['alone']));
    expect(groupCount(communities)).toBe(1);
    expect(communityColours(communities).get('alone')).toBe(LONE_COMMUNITY_COLOUR);
    expect(communityColours(communities).get('a1')).not.toBe(LONE_COMMUNITY_COLOUR);
  });
});
