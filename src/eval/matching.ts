// One-to-one matching between output items and gold items: each gold item is found at most once and
// each output item counts once. A maximum matching (Kuhn's augmenting paths), not a greedy one, so
// the order of the output never changes a score; the lists are a few dozen items long.

/** `edges[o]` lists the gold indices output `o` may match; returns gold index per output, or -1. */
export function maximumMatching(edges: readonly (readonly number[])[], goldCount: number, allowedOutputs?: ReadonlySet<number>): number[] {
  const goldTo = new Array<number>(goldCount).fill(-1);
  const tryAugment = (o: number, seen: boolean[]): boolean => {
    for (const g of edges[o] ?? []) {
      if (seen[g]) continue;
      seen[g] = true;
      const holder = goldTo[g] ?? -1;
      if (holder === -1 || tryAugment(holder, seen)) {
        goldTo[g] = o;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, o) => {
    if (!allowedOutputs || allowedOutputs.has(o)) tryAugment(o, new Array<boolean>(goldCount).fill(false));
  });
  const outTo = new Array<number>(edges.length).fill(-1);
  goldTo.forEach((o, g) => { if (o !== -1) outTo[o] = g; });
  return outTo;
}
