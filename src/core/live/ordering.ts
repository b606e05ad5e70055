import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Sibling order in a shared map. Each entry carries a fractional rank (a string that sorts
 * between its neighbours'), so a peer can insert or move one reply without renumbering its
 * siblings, and two peers inserting at once both keep their entry (equal ranks fall back to
 * the id). Ranks compare by code unit, never by locale.
 */

/** Compares two ranked entries: by rank, then by id, so every peer reads the same order. */
export function compareRanked(a: { rank: string; id: string }, b: { rank: string; id: string }): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The rank changes that make `order` (ids, wanted order) sort as given, touching as few entries
 * as possible: entries whose present ranks already rise along the list keep them (a longest
 * strictly increasing run, O(n log n)); the others get new ranks between their neighbours.
 */
export function reRank(order: readonly string[], present: (id: string) => string | undefined): Map<string, string> {
  const ranks = order.map((id) => present(id));
  const kept = longestRisingRun(ranks);
  const changes = new Map<string, string>();
  let i = 0;
  while (i < order.length) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < order.length && !kept.has(end)) end++;
    const before = i > 0 ? (changes.get(order[i - 1]!) ?? ranks[i - 1]!) : null;
    const after = end < order.length ? ranks[end]! : null;
    const keys = generateNKeysBetween(before, after, end - i);
    for (let k = i; k < end; k++) changes.set(order[k]!, keys[k - i]!);
    i = end;
  }
  return changes;
}

/** A rank after every given one (for a first entry, any rank). */
export function rankAfter(last: string | null): string {
  return generateKeyBetween(last, null);
}

/** Indices of a longest strictly increasing subsequence of the defined ranks (patience sorting). */
function longestRisingRun(ranks: ReadonlyArray<string | undefined>): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((rank, index) => {
    if (rank === undefined) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranks[tails[middle]!]! < rank) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}
