import type { Annotations } from '../annotations/types';
import type { MapGraph } from '../map/graph';
import { speaksForAuthor } from '../map/participants';

/** Tag codes in the typed arrays below: 0 is untagged. */
export const PRO = 1;
export const CON = 2;
export const QUESTION = 3;

/**
 * What the measures read from each node, as flat arrays indexed by graph position, so every
 * measure is a loop over numbers rather than over strings and objects.
 */
export interface NodeFacts {
  graph: MapGraph;
  /** Index into `authors` of who wrote the node, or -1 when it does not count as anyone's words. */
  author: Int32Array;
  /** Distinct author names, in order of first appearance. */
  authors: string[];
  /** Milliseconds since 1970 of `createdAt`, or NaN when the node has no time. */
  time: Float64Array;
  /** 0 untagged, PRO, CON or QUESTION. */
  tag: Uint8Array;
  /** 1 for a comment (kind "comment"), the unit the thread-level counts are made of. */
  isComment: Uint8Array;
  /** Position of each node in `graph.preorder`, so a subtree is a contiguous range of it. */
  order: Int32Array;
  /** Nodes in the subtree of each node, itself included. */
  size: Int32Array;
}

/** Reads authors, times, tags and subtree sizes of every node in one pass each. */
export function nodeFacts(graph: MapGraph, annotations: Annotations): NodeFacts {
  const count = graph.nodes.length;
  const author = new Int32Array(count).fill(-1);
  const authorIndex = new Map<string, number>();
  const authors: string[] = [];
  const time = new Float64Array(count);
  const tag = new Uint8Array(count);
  const isComment = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const node = graph.nodes[i]!;
    if (speaksForAuthor(node)) {
      let at = authorIndex.get(node.author!);
      if (at === undefined) {
        at = authors.length;
        authors.push(node.author!);
        authorIndex.set(node.author!, at);
      }
      author[i] = at;
    }
    time[i] = node.createdAt === null ? Number.NaN : Date.parse(node.createdAt);
    const annotation = Object.hasOwn(annotations, node.id) ? annotations[node.id] : undefined;
    const value = annotation?.tag;
    tag[i] = value === 'pro' ? PRO : value === 'con' ? CON : value === 'question' ? QUESTION : 0;
    isComment[i] = node.kind === 'comment' ? 1 : 0;
  }
  const order = new Int32Array(count);
  graph.preorder.forEach((node, position) => void (order[node] = position));
  const size = new Int32Array(count).fill(1);
  for (let k = graph.preorder.length - 1; k >= 0; k--) {
    const node = graph.preorder[k]!;
    const p = graph.parent[node]!;
    if (p >= 0) size[p]! += size[node]!;
  }
  return { graph, author, authors, time, tag, isComment, order, size };
}
