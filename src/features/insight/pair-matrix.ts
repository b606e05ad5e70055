import type { ReplyPair } from '../../core/insight';

/** Who replied to whom among a few people: `counts[i][j]` replies from people[i] to people[j]. */
export interface PairMatrix {
  people: string[];
  counts: number[][];
  max: number;
}

/**
 * The people of the strongest pairs, taken in order until `size` are chosen, and every reply
 * between any two of them (not only the pairs that chose them).
 */
export function pairMatrix(pairs: readonly ReplyPair[], size = 8): PairMatrix {
  const people: string[] = [];
  for (const pair of pairs) {
    for (const name of [pair.a, pair.b]) if (people.length < size && !people.includes(name)) people.push(name);
    if (people.length >= size) break;
  }
  const at = new Map(people.map((name, k) => [name, k]));
  const counts = people.map(() => people.map(() => 0));
  let max = 0;
  for (const pair of pairs) {
    const a = at.get(pair.a);
    const b = at.get(pair.b);
    if (a === undefined || b === undefined) continue;
    counts[a]![b] = pair.aToB;
    counts[b]![a] = pair.bToA;
    max = Math.max(max, pair.aToB, pair.bToA);
  }
  return { people, counts, max };
}
