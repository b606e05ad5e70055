import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { renameRepeatedIds } from '../map/repeated-ids';

export interface OrderedTree {
  /** Every node, once, in reading order (depth-first pre-order), each parent before its replies. */
  nodes: ThreadNode[];
  /** One sentence per kind of repair made. */
  warnings: string[];
}

/**
 * Makes a parsed thread one tree in reading order. Sources name parents by id, and a file can make
 * them repeat an id, point to themselves or go round in a cycle: a repeated id gets a "~2", "~3", …
 * suffix (replies stay with the first), and a node on a cycle is hung under the root, with its
 * `parent` rewritten so that the thread itself, not only the map drawn from it, is a tree.
 */
export function orderAsTree(input: readonly ThreadNode[]): OrderedTree {
  const warnings: string[] = [];
  let renamed = 0;
  const nodes = renameRepeatedIds(input, () => renamed++);
  if (renamed > 0) warnings.push(`${renamed} item(s) repeated an id already used; they were kept with a "~N" suffix.`);
  const { graph, warnings: graphWarnings } = buildMap(nodes);
  warnings.push(...graphWarnings);
  const ordered = Array.from(graph.preorder, (position) => {
    const node = nodes[position]!;
    const parentPosition = graph.parent[position]!;
    const parent = parentPosition < 0 ? null : nodes[parentPosition]!.id;
    return parent === node.parent ? node : { ...node, parent };
  });
  return { nodes: ordered, warnings };
}
