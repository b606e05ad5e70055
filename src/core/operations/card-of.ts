import type { Operation } from './types';

/**
 * The card an operation is about: the one it tags, notes, splits, moves, merges, folds or decides,
 * or the quoting card of a link; undefined for one about no single card (the view, the codebook,
 * a restore).
 */
export function cardOfOperation(op: Operation): string | undefined {
  switch (op.kind) {
    case 'tag':
    case 'note':
    case 'confirm':
    case 'split':
    case 'move':
    case 'merge':
    case 'collapse':
    case 'expand':
    case 'gold':
      return op.payload.id;
    case 'link':
    case 'unlink':
      return op.payload.from;
    case 'viewport':
    case 'layout':
    case 'codebook':
    case 'mapCoder':
    case 'restore':
      return undefined;
  }
}
