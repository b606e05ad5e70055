import type { MapGraph } from '../map/graph';

/**
 * Which nodes existed at `until` (ms since 1970), as 1/0 by graph position: a node written later
 * is hidden, and so is everything under a hidden node (a reply cannot appear before what it
 * answers, even when clocks disagree). A node without a time follows its parent; roots without a
 * time are always there.
 */
export function writtenBy(graph: MapGraph, until: number): Uint8Array {
  const shown = new Uint8Array(graph.nodes.length);
  for (const node of graph.preorder) {
    const p = graph.parent[node]!;
    if (p >= 0 && !shown[p]) continue;
    const at = graph.nodes[node]!.createdAt;
    shown[node] = at === null || Date.parse(at) <= until ? 1 : 0;
  }
  return shown;
}

/** A node and everything below it, as 1/0 by graph position; all 0 for an unknown id. */
export function subtreeMask(graph: MapGraph, id: string): Uint8Array {
  const mask = new Uint8Array(graph.nodes.length);
  const top = graph.index.get(id);
  if (top === undefined) return mask;
  const stack = [top];
  while (stack.length) {
    const node = stack.pop()!;
    mask[node] = 1;
    for (const child of graph.children[node]!) stack.push(child);
  }
  return mask;
}

/** The nodes one person wrote (deleted ones included: the name is still on them), as 1/0 by position. */
export function authorMask(graph: MapGraph, author: string): Uint8Array {
  const mask = new Uint8Array(graph.nodes.length);
  graph.nodes.forEach((node, at) => void (mask[at] = node.author === author ? 1 : 0));
  return mask;
}

/** Times of the timed comments, earliest first: the steps of a replay, one comment at a time. */
export function commentTimes(graph: MapGraph): Float64Array {
  const times: number[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'comment' || node.createdAt === null) continue;
    const t = Date.parse(node.createdAt);
    if (!Number.isNaN(t)) times.push(t);
  }
  return Float64Array.from(times).sort();
}
