import type { NodeFacts } from './node-facts';

/** A reply chain in which two people answer each other in turn: A, B, A, B, … */
export interface BackAndForth {
  /** Comments in the chain. */
  length: number;
  /** The two authors, the one who started first. */
  authors: [string, string];
  /** Node ids from the first comment of the chain down to the last. */
  ids: string[];
}

/**
 * For every node, the length of the longest alternating two-author chain that ends at it, reading
 * down from its ancestors: 0 when the node speaks for no one, 1 when its parent cannot continue a
 * chain (no author, or the same author), else one more than the parent's chain when the
 * grandparent has this node's author, or 2 (a plain reply starts a new chain).
 */
export function alternatingChainLengths(facts: NodeFacts): Int32Array {
  const { graph, author } = facts;
  const length = new Int32Array(graph.nodes.length);
  for (const node of graph.preorder) {
    const a = author[node]!;
    if (a < 0) continue;
    const p = graph.parent[node]!;
    const b = p >= 0 ? author[p]! : -1;
    if (b < 0 || b === a) {
      length[node] = 1;
      continue;
    }
    const g = graph.parent[p]!;
    length[node] = length[p]! >= 2 && g >= 0 && author[g] === a ? length[p]! + 1 : 2;
  }
  return length;
}

/** The chain of `length` comments ending at `end`, or null when it is shorter than a reply. */
export function chainEndingAt(facts: NodeFacts, end: number, length: number): BackAndForth | null {
  if (length < 2) return null;
  const positions: number[] = [];
  for (let at = end; positions.length < length; at = facts.graph.parent[at]!) positions.push(at);
  positions.reverse();
  const ids = positions.map((at) => facts.graph.nodes[at]!.id);
  const first = facts.authors[facts.author[positions[0]!]!]!;
  const second = facts.authors[facts.author[positions[1]!]!]!;
  return { length, authors: [first, second], ids };
}

/** The longest back-and-forth of the whole thread (the post may open it); the first one found on ties. */
export function longestBackAndForth(facts: NodeFacts, lengths: Int32Array): BackAndForth | null {
  let best = -1;
  for (const node of facts.graph.preorder) if (best < 0 || lengths[node]! > lengths[best]!) best = node;
  return best < 0 ? null : chainEndingAt(facts, best, lengths[best]!);
}
