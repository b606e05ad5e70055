import type { NodeStatus, ThreadNode } from './types';

/** What a deleted, dead or removed item shows in place of what it no longer has. */
export const STATUS_LABEL: Record<Exclude<NodeStatus, 'ok'>, string> = { deleted: '[deleted]', dead: '[dead]', removed: '[removed]' };

/**
 * The words a node shows wherever it is drawn (cards, the canvas layer, image exports, a
 * sub-debate's opening): its title or text, or, for a deleted, dead or removed item whose text is
 * gone, a label saying so.
 */
export function nodeWords(node: ThreadNode): string {
  return node.status !== 'ok' && !node.text ? STATUS_LABEL[node.status] : (node.title ?? node.text);
}
