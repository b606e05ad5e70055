import type { SourceParser } from '../types';
import { parseText } from './parse-text';

export { parseText } from './parse-text';

/** Plain text (pasted or a .txt file): one node per comment-like block, structure guessed. */
export const textParser: SourceParser = {
  format: 'text',
  label: 'Plain text',
  sniff: (input) => input.json === undefined,
  parse: (input, context) => parseText(input.text, context),
};
