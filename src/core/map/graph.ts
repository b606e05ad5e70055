import type { ThreadNode } from './types';

/**
 * Index structure over a thread's nodes, built once per structural change and shared by
 * layout, navigation and export. Nodes are referred to by their position in `nodes`.
 */
export interface MapGraph {
  nodes: readonly ThreadNode[];
  index: ReadonlyMap<string, number>;
  /** Parent position of each node; -1 for a root. */
  parent: Int32Array;
  /** Child positions of each node, in thread order. */
  children: number[][];
  /** Depth of each node; roots have depth 0. */
  depth: Int32Array;
  /** Root positions, in thread order (normally exactly one). */
  roots: number[];
  /** Every position in depth-first pre-order (thread reading order). */
  preorder: Int32Array;
}

export interface BuildMapResult {
  graph: MapGraph;
  /** Broken references that were repaired (unknown parents, cycles), one sentence each. */
  warnings: string[];
}

/**
 * Builds the reply tree of a thread. Never throws: a node whose parent is unknown, or which is
 * part of a parent cycle, is hung under the first root and reported in `warnings`.
 */
export function buildMap(nodes: readonly ThreadNode[]): BuildMapResult {
  const warnings: string[] = [];
  const count = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (index.has(node.id)) warnings.push(`Node id "${node.id}" appears more than once; the later one is unreachable by id.`);
    else index.set(node.id, i);
  });

  const parent = new Int32Array(count).fill(-1);
  const roots: number[] = [];
  let unknownParents = 0;
  for (let i = 0; i < count; i++) {
    const parentId = nodes[i]!.parent;
    if (parentId === null) {
      roots.push(i);
      continue;
    }
    const p = index.get(parentId);
    if (p === undefined || p === i) {
      unknownParents++;
      parent[i] = -2; // repaired below, once the root is known
    } else {
      parent[i] = p;
    }
  }
  if (roots.length === 0 && count > 0) {
    roots.push(0);
    parent[0] = -1;
    warnings.push(`No node is a root; "${nodes[0]!.id}" is used as the root.`);
  }
  const fallbackRoot = roots[0] ?? -1;
  if (unknownParents > 0) {
    warnings.push(`${unknownParents} node(s) reply to an id that is not in the thread; they are shown under the root.`);
    for (let i = 0; i < count; i++) if (parent[i] === -2) parent[i] = i === fallbackRoot ? -1 : fallbackRoot;
  }

  const { children, depth, preorder, reached } = walk(count, parent, roots);
  if (reached < count) {
    // Nodes never reached from a root sit on a parent cycle: cut each cycle under the root.
    let cut = 0;
    for (let i = 0; i < count; i++) {
      if (depth[i] === -1 && parent[i] !== fallbackRoot) {
        parent[i] = fallbackRoot;
        cut++;
      }
    }
    warnings.push(`${cut} node(s) were part of a reply cycle; they are shown under the root.`);
    const again = walk(count, parent, roots);
    return { graph: { nodes, index, parent, children: again.children, depth: again.depth, roots, preorder: again.preorder }, warnings };
  }
  return { graph: { nodes, index, parent, children, depth, roots, preorder }, warnings };
}

function walk(count: number, parent: Int32Array, roots: number[]) {
  const children: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) {
    const p = parent[i]!;
    if (p >= 0) children[p]!.push(i);
  }
  const depth = new Int32Array(count).fill(-1);
  const preorder = new Int32Array(count);
  let reached = 0;
  const stack: number[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push(roots[r]!);
  for (const root of roots) depth[root] = 0;
  while (stack.length) {
    const node = stack.pop()!;
    preorder[reached++] = node;
    const kids = children[node]!;
    for (let k = kids.length - 1; k >= 0; k--) {
      const kid = kids[k]!;
      if (depth[kid] !== -1) continue;
      depth[kid] = depth[node]! + 1;
      stack.push(kid);
    }
  }
  return { children, depth, preorder: reached === count ? preorder : preorder.slice(0, reached), reached };
}

/**
 * The reply tree rebuilt from its parent array alone, for work that needs only the shape (a
 * layout worker): `nodes` is an empty array of the right length and `index` is empty.
 */
export function graphFromParents(parent: Int32Array, roots: readonly number[]): MapGraph {
  const { children, depth, preorder } = walk(parent.length, parent, [...roots]);
  return { nodes: new Array<ThreadNode>(parent.length), index: new Map(), parent, children, depth, roots: [...roots], preorder };
}

/** Positions of every descendant of `start` (not including it), in pre-order. */
export function descendantsOf(graph: MapGraph, start: number): number[] {
  const out: number[] = [];
  const stack = [...graph.children[start]!].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    const kids = graph.children[node]!;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}

/** Positions from `node` up to its root, `node` first. */
export function ancestorsOf(graph: MapGraph, node: number): number[] {
  const out: number[] = [];
  for (let at = node; at >= 0 && out.length <= graph.nodes.length; at = graph.parent[at]!) out.push(at);
  return out;
}
