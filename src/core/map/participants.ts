import type { ThreadNode } from './types';

/**
 * Whether a node's author is a participant: the words of an `ok` post, comment or claim, with an
 * author. Deleted, dead and removed items and `more` stubs speak for no one. One rule for every
 * count of people: the measures, their exports and the map's sub-debate labels.
 */
export function speaksForAuthor(node: ThreadNode): boolean {
  return node.status === 'ok' && node.kind !== 'more' && node.author !== null && node.author !== '';
}

/**
 * Whether a node is one of its author's comments: it speaks for them and is not the post. The
 * post's author wrote the thread, not its comments, so "N comments by M people" counts only these.
 */
export function isCommentBy(node: ThreadNode): boolean {
  return speaksForAuthor(node) && node.kind !== 'post';
}

/** Distinct authors of comments (and claims): the people a count beside "comments" means. */
export function countCommenters(nodes: readonly ThreadNode[]): number {
  const names = new Set<string>();
  for (const node of nodes) if (isCommentBy(node)) names.add(node.author!);
  return names.size;
}
