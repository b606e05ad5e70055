import { htmlToBlocks } from './html';
import { blocksToPlain } from './rich-text';

export { htmlToBlocks } from './html';
export { blocksToPlain, plainToBlocks, linkify, safeHref, type Block, type Inline } from './rich-text';
export { withSourceTargets } from './source-targets';

/** Plain text of comment HTML, as the `text` field of the file format holds it. */
export function htmlToText(html: string, base: string | null = null): string {
  return blocksToPlain(htmlToBlocks(html, base));
}
