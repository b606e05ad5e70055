import type { ThreadNode } from './types';

/**
 * Whether a node's author is a participant: the words of an `ok` post, comment or claim, with an
 * author. Deleted, dead and removed items and `more` stubs speak for no one. One rule for every
 * count of people: the measures, their exports and the map's sub-debate labels.
 */
export function speaksForAuthor(node: ThreadNode): boolean {
  return node.status === 'ok' && node.kind !== 'more' && node.author !== null && node.author !== '';
}
