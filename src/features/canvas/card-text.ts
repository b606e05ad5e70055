import type { ThreadNode } from '../../core/map/types';
import { nodeWords } from '../../core/map/node-words';
import { cardName } from '../../core/map/author-name';
import { excerpt } from '../../components/format';

/** The name a card shows for who wrote it, mounted or drawn by the canvas layer alike (`cardName`). */
export const cardAuthor = (node: ThreadNode) => cardName(node);

/** The words a card shows, at most `chars` of them: a deleted or removed comment says so. */
export const cardBody = (node: ThreadNode, chars: number) => excerpt(nodeWords(node), chars);
