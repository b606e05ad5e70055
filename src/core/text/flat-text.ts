import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { Block } from './rich-text';

// Void elements never close: counting one as open would drop the rest of the text.
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The words of markup nested too deeply to build a tree of, read in one linear pass of
 * htmlparser2's tokenizer: one paragraph per block, entities decoded, the content of `dropped`
 * elements left out. Links become their label: nothing here is clickable.
 */
export function flatTextBlocks(html: string, dropped: ReadonlySet<string>, blocks: ReadonlySet<string>): Block[] {
  const paragraphs: string[] = [];
  let current = '';
  let droppedDepth = 0;
  const nameAt = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const endParagraph = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const ignore = () => undefined;
  const callbacks: TokenizerCallbacks = {
    ontext(start, end) {
      if (droppedDepth === 0) current += html.slice(start, end);
    },
    ontextentity(codepoint) {
      if (droppedDepth === 0) current += String.fromCodePoint(codepoint);
    },
    onopentagname(start, end) {
      const name = nameAt(start, end);
      if (dropped.has(name) && !VOID_TAGS.has(name)) droppedDepth++;
      else if (name === 'br') current += ' ';
      else if (blocks.has(name)) endParagraph();
    },
    onclosetag(start, end) {
      const name = nameAt(start, end);
      if (dropped.has(name)) droppedDepth = Math.max(0, droppedDepth - 1);
      else if (blocks.has(name)) endParagraph();
    },
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onopentagend: ignore,
    onprocessinginstruction: ignore,
    onselfclosingtag: ignore,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  endParagraph();
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
