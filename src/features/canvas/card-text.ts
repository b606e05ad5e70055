import type { ThreadNode } from '../../core/map/types';
import { nodeWords } from '../../core/map/node-words';
import { excerpt } from '../../components/format';

/** The name a card shows for who wrote it, mounted or drawn by the canvas layer alike. */
export const cardAuthor = (node: ThreadNode) =>
  node.author ?? (node.kind === 'post' ? 'Post' : node.kind === 'more' ? 'More replies' : node.kind === 'claim' ? '' : 'Comment');

/** The words a card shows, at most `chars` of them: a deleted or removed comment says so. */
export const cardBody = (node: ThreadNode, chars: number) => excerpt(nodeWords(node), chars);
