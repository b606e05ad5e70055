import type { MapGraph } from './graph';
import type { ThreadNode } from './types';

/** Overrides of a tree for one edit: replaced nodes and replaced child lists, by position. */
export interface TreeOverrides {
  nodes?: ReadonlyMap<number, ThreadNode>;
  children?: ReadonlyMap<number, readonly number[]>;
  roots?: readonly number[];
}

/** The rank of every position in the graph's pre-order (thread reading order). */
export function preorderRanks(graph: MapGraph): Int32Array {
  const rank = new Int32Array(graph.nodes.length).fill(-1);
  graph.preorder.forEach((position, i) => {
    rank[position] = i;
  });
  return rank;
}

/** True when `ancestor` is `node` itself or lies on the path from `node` up to its root. */
export function isSelfOrAncestor(graph: MapGraph, ancestor: number, node: number): boolean {
  for (let at = node, steps = 0; at >= 0 && steps <= graph.nodes.length; at = graph.parent[at]!, steps++) {
    if (at === ancestor) return true;
  }
  return false;
}

/**
 * The node list of the edited tree in pre-order, so that the file's "nodes in thread order"
 * rule holds after any edit. Untouched nodes are the same objects; a position reachable from
 * no list (a merged node) is left out.
 */
export function emitPreorder(graph: MapGraph, overrides: TreeOverrides): ThreadNode[] {
  const out: ThreadNode[] = [];
  const kidsOf = (position: number) => overrides.children?.get(position) ?? graph.children[position]!;
  const roots = overrides.roots ?? graph.roots;
  const stack: number[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push(roots[r]!);
  while (stack.length) {
    const position = stack.pop()!;
    out.push(overrides.nodes?.get(position) ?? graph.nodes[position]!);
    const kids = kidsOf(position);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}

/** `list` with `item` inserted before the first entry for which `before` holds, or at the end. */
export function insertBefore(list: readonly number[], item: number, before: (entry: number) => boolean): number[] {
  const at = list.findIndex(before);
  return at === -1 ? [...list, item] : [...list.slice(0, at), item, ...list.slice(at)];
}
