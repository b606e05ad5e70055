import { isJudgeable, isTaggable } from '../annotations/taggable';
import type { MapGraph } from './graph';

export type Move = 'parent' | 'firstReply' | 'nextSibling' | 'previousSibling' | 'next' | 'previous' | 'nextUntagged' | 'root' | 'nextSubDebate' | 'previousSubDebate';

export interface MoveContext {
  /** False for nodes hidden under a collapsed ancestor: moves skip them. */
  isShown: (position: number) => boolean;
  /** For nextUntagged. */
  isTagged?: (position: number) => boolean;
}

/**
 * Where a keyboard move goes from `from` (a node position) through the reply structure;
 * returns `from` itself when there is nowhere to go. Reading-order moves (next, previous) walk the
 * replies, passing over the root and `more` stubs; next untagged also passes over deleted comments
 * with no text left, which cannot be tagged. The sub-debate moves go from reply to reply of the
 * post: to the top comment of the next sub-debate, or (as `{` in an editor goes to the start of
 * the paragraph first) to the top of the one `from` is in, then to the one before.
 */
export function moveFrom(graph: MapGraph, from: number, move: Move, context: MoveContext): number {
  const { isShown } = context;
  switch (move) {
    case 'root':
      return graph.roots[0] ?? from;
    case 'parent': {
      const parent = graph.parent[from]!;
      return parent >= 0 ? parent : from;
    }
    case 'firstReply':
      return graph.children[from]!.find(isShown) ?? from;
    case 'nextSibling':
    case 'previousSibling': {
      const parent = graph.parent[from]!;
      const siblings = parent >= 0 ? graph.children[parent]! : graph.roots;
      const at = siblings.indexOf(from);
      const step = move === 'nextSibling' ? 1 : -1;
      for (let i = at + step; i >= 0 && i < siblings.length; i += step) if (isShown(siblings[i]!)) return siblings[i]!;
      return from;
    }
    case 'nextSubDebate':
    case 'previousSubDebate': {
      // The reply to the post that `from` is in (the post itself: none).
      let top = from;
      while (graph.parent[top]! >= 0 && graph.parent[graph.parent[top]!]! >= 0) top = graph.parent[top]!;
      const post = graph.parent[top]! >= 0 ? graph.parent[top]! : top;
      const tops = graph.children[post]!.filter(isShown);
      if (top === post) return move === 'nextSubDebate' ? (tops[0] ?? from) : from;
      if (move === 'previousSubDebate' && from !== top) return top;
      return tops[tops.indexOf(top) + (move === 'nextSubDebate' ? 1 : -1)] ?? from;
    }
    case 'next':
    case 'previous':
    case 'nextUntagged': {
      const order = graph.preorder;
      const at = order.indexOf(from);
      const step = move === 'previous' ? -1 : 1;
      const stop = (position: number) => {
        const node = graph.nodes[position];
        return isShown(position) && (node === undefined || (move === 'nextUntagged' ? isJudgeable(node) : isTaggable(node)));
      };
      for (let i = at + step; i >= 0 && i < order.length; i += step) {
        const candidate = order[i]!;
        if (!stop(candidate)) continue;
        if (move === 'nextUntagged' && context.isTagged?.(candidate)) continue;
        return candidate;
      }
      if (move === 'nextUntagged') {
        // Wrap around once, so the last untagged card before the selection is found too.
        for (let i = 0; i < at; i++) {
          const candidate = order[i]!;
          if (stop(candidate) && !context.isTagged?.(candidate)) return candidate;
        }
      }
      return from;
    }
  }
}
