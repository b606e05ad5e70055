import type { NodeKind, ThreadNode } from './types';
import { nodeWords, STATUS_LABEL } from './node-words';

/**
 * The name of a node without an author, by its kind. A comment is "Comment", not "Anonymous": in
 * pasted text the author is unknown, which says nothing of whether the writer was named.
 */
const KIND_NAME: Record<NodeKind, string> = { post: 'Post', comment: 'Comment', more: 'More replies', claim: 'Claim' };

/**
 * Who a node is by, as every view names it (side panel, breadcrumb, timeline, sub-debates, the
 * map's region labels, cards): its author; for a deleted, dead or removed item without one, the
 * label its words show too ("[deleted]"); otherwise its kind's name: "Post", "Comment", "More
 * replies" for a stub, "Claim" for a part of a comment.
 */
export function authorName(node: ThreadNode): string {
  if (node.author) return node.author;
  if (node.status !== 'ok') return STATUS_LABEL[node.status];
  return KIND_NAME[node.kind];
}

/**
 * The name a card's face shows (mounted, drawn by the canvas layer, or in an image export):
 * `authorName`, but nothing where the card already says it, so it is not said twice: a claim's
 * card carries a "Claim" label, and a deleted item's words are "[deleted]". A comment with no
 * author (pasted text) is not labelled "Comment" either: on a map of comments that says nothing,
 * and the card's few words at a distance are better spent on what it says.
 */
export function cardName(node: ThreadNode): string {
  if (node.author) return node.author;
  if (node.kind === 'claim' || (node.kind === 'comment' && node.status === 'ok')) return '';
  const name = authorName(node);
  return node.status !== 'ok' && nodeWords(node) === name ? '' : name;
}

/**
 * A node named in one line, "name: words" (the timeline's series, a sub-debate's start): the
 * words are `nodeWords`, cut by `cut`, and a deleted item whose name and words are the same label
 * says it once.
 */
export function nameAndWords(node: ThreadNode, cut: (words: string) => string): string {
  const name = authorName(node);
  const words = cut(nodeWords(node));
  return !words || words === name ? name : `${name}: ${words}`;
}
