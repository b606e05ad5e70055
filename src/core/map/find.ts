import { isJudgeable } from '../annotations/taggable';
import type { Annotations } from '../annotations/types';
import type { MapGraph } from './graph';
import type { ThreadNode } from './types';

/** Lowercased text of every node, built once per node list so each keystroke only scans. */
export interface SearchIndex {
  nodes: readonly ThreadNode[];
  /** Author, title and text of each node, lowercased, by position. */
  haystack: string[];
  /** Lowercased author of each node ('' when unknown), by position. */
  author: string[];
}

/** Any card, untagged ones, or the cards of one codebook category (its id: `pro`, `support`, …). */
export type TagFilter = 'any' | 'untagged' | string;

export interface FindCriteria {
  /** Words that must all appear in a node's text, title or author (any case). */
  query: string;
  tag: TagFilter;
  /** Exact author name (any case); '' for any author. */
  author: string;
  /** Inclusive depth range; null for no bound. The root has depth 0. */
  depthMin: number | null;
  depthMax: number | null;
}

export const NO_CRITERIA: FindCriteria = { query: '', tag: 'any', author: '', depthMin: null, depthMax: null };

export interface FindResult {
  /** The graph the positions refer to. */
  graph: MapGraph;
  /** 1 for a matching position, 0 otherwise. */
  mask: Uint8Array;
  /** Matching positions in thread order. */
  order: number[];
  ids: ReadonlySet<string>;
}

/** Builds the lowercased search index of a node list. */
export function buildSearchIndex(nodes: readonly ThreadNode[]): SearchIndex {
  const haystack = new Array<string>(nodes.length);
  const author = new Array<string>(nodes.length);
  nodes.forEach((node, i) => {
    const name = node.author?.toLowerCase() ?? '';
    author[i] = name;
    haystack[i] = `${name}\n${node.title?.toLowerCase() ?? ''}\n${node.text.toLowerCase()}`;
  });
  return { nodes, haystack, author };
}

/** True when the criteria select anything less than the whole map. */
export function isFiltering(criteria: FindCriteria): boolean {
  return criteria.query.trim() !== '' || criteria.tag !== 'any' || criteria.author.trim() !== '' || criteria.depthMin !== null || criteria.depthMax !== null;
}

/** The nodes matching every criterion, in thread order; null when nothing is being filtered. */
export function findMatches(graph: MapGraph, index: SearchIndex, annotations: Annotations, criteria: FindCriteria): FindResult | null {
  if (!isFiltering(criteria)) return null;
  const terms = criteria.query.toLowerCase().split(/\s+/).filter(Boolean);
  const author = criteria.author.trim().toLowerCase();
  const { tag, depthMin, depthMax } = criteria;
  const mask = new Uint8Array(graph.nodes.length);
  const order: number[] = [];
  const ids = new Set<string>();
  for (const position of graph.preorder) {
    const depth = graph.depth[position]!;
    if ((depthMin !== null && depth < depthMin) || (depthMax !== null && depth > depthMax)) continue;
    if (author && index.author[position] !== author) continue;
    if (tag !== 'any') {
      const node = graph.nodes[position]!;
      const annotation = annotations[node.id];
      const current = annotation?.category ?? annotation?.tag;
      // Untagged means still to code: the post and `more` stubs take no tag, so they are not.
      if (tag === 'untagged' ? current !== undefined || !isJudgeable(node) : current !== tag) continue;
    }
    const haystack = index.haystack[position]!;
    if (!terms.every((term) => haystack.includes(term))) continue;
    mask[position] = 1;
    order.push(position);
    ids.add(graph.nodes[position]!.id);
  }
  return { graph, mask, order, ids };
}

/** Authors of the thread, most active first, for the author filter's choices. */
export function authorsByActivity(nodes: readonly ThreadNode[]): string[] {
  const counts = new Map<string, number>();
  for (const node of nodes) if (node.author) counts.set(node.author, (counts.get(node.author) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/**
 * The match to step to from `from` (a position or undefined), forwards or backwards in thread
 * order, wrapping around at the ends; undefined when nothing matches.
 */
export function stepThroughMatches(result: FindResult, rankOf: (position: number) => number, from: number | undefined, direction: 1 | -1): number | undefined {
  const { order } = result;
  if (order.length === 0) return undefined;
  if (from === undefined) return direction === 1 ? order[0] : order.at(-1);
  const rank = rankOf(from);
  if (direction === 1) return order.find((position) => rankOf(position) > rank) ?? order[0];
  for (let i = order.length - 1; i >= 0; i--) if (rankOf(order[i]!) < rank) return order[i];
  return order.at(-1);
}
