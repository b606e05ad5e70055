/**
 * Plain-text threads: how the reply structure is guessed.
 *
 * Text copied from a thread (the embedded sample comes from a Hacker News reader app) has no
 * authors and no reply markers. What it does have, and what this importer reads:
 *
 * 1. Paragraphs. Lines are grouped into paragraphs; a hard-wrapped line (the line before stops
 *    without closing punctuation) is joined back, consecutive `>` lines form one quote, and a
 *    list stays with the line that announces it. Each paragraph remembers whether a blank line
 *    or a single line break came before it.
 * 2. The header. "177   github.com" / title / "Refreshing Comments..." becomes the root post
 *    "t0" carrying the title. Without such a header, the first comment-like block is the root;
 *    a short first line followed by a blank line is taken as a title, a block of its own.
 * 3. Comment boundaries. Reader apps render a comment's later paragraphs as `<p>` blocks with
 *    margins and its first paragraph bare, so (in text that has no single line break at all,
 *    a blank line, or two blank lines when the text uses them, takes the single break's place):
 *    - a single line break always ends a comment (except the answer right under a `>` quote);
 *    - a paragraph with a blank line before and a single break after is a whole one-paragraph
 *      comment (a longer comment would end with a blank line), unless replies are indented;
 *    - after a blank line, a new comment starts only on evidence: the paragraph quotes an
 *      earlier comment (exactly or nearly, first sentence, indexed by runs of four words), is
 *      a `>` quote, opens like an answer ("Yes,", "Not yet", "Hi", "Can you …?"), asks the crowd
 *      ("Anyone …?"), or sits at another indentation. Otherwise it continues the comment,
 *      always so when it opens with "Also", "But", "Edit:" and the like.
 * 4. Parents, in order of strength:
 *    - a comment that quotes an earlier one replies to it (and gets a "quote" link);
 *    - with indentation (two or more indented paragraphs), the nearest earlier comment that is
 *      less indented is the parent, whatever else there is (a quote then only adds its link);
 *    - a `>` quote of unknown origin, or an answer-like opening, replies to the comment before;
 *    - comments that follow one another without a blank line form a reply chain, except that
 *      a comment of twelve words or more sharing no rare word with the one before starts a new
 *      thread under the root (reader apps list one-paragraph comments that way whatever their
 *      depth, and a reply nearly always picks up a word of what it answers);
 *    - a one-paragraph comment after a blank line replies to the comment before when they share
 *      a rare word, else it starts a new thread under the root; a question to the crowd always
 *      does.
 *    "Rare" words are content words used by at most a tenth of the paragraphs: a thread's
 *    subject words appear everywhere and say nothing about who answers whom.
 * Every parent comes before its reply, so the tree never has cycles. Nodes keep the reading
 * order of the text, and ids are positional ("t0" root, then "t1", "t2" …), so the same text
 * always gives the same ids.
 */
import type { Link, Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import type { ParseContext } from '../types';
import { QuoteIndex, contentStems, cueOf, quoteLength, shareRareWord, wordsOf } from './evidence';
import { findHeader, splitParagraphs, type Paragraph } from './paragraphs';

type Reason = 'first' | 'line' | 'alone' | 'quote' | 'marker' | 'cue' | 'crowd' | 'indent';

interface Block {
  /** Positions of its paragraphs. */
  members: number[];
  reason: Reason;
  /** The earlier block the first paragraph quotes, when it quotes one. */
  quoteTarget: number | null;
  indent: number;
}

const ROOT = -1;
const TITLE_LENGTH = 120;
const JUDGEABLE_WORDS = 12;

/**
 * Which blank lines end a comment when no single break does (rule 3 above): in text without any
 * single break, two blank lines when the text uses them somewhere, else every blank line.
 */
function breakingBlankLines(paragraphs: readonly Paragraph[]): number {
  if (paragraphs.some((p) => p.gap === 'line')) return Infinity;
  return paragraphs.some((p) => p.blankLines >= 2) ? 2 : 1;
}

/** Groups paragraphs into comment-like blocks (rule 3 above). */
function groupBlocks(paragraphs: readonly Paragraph[], words: readonly string[][], indentMode: boolean, titleFirst: boolean): Block[] {
  const blocks: Block[] = [];
  const index = new QuoteIndex();
  const breaking = breakingBlankLines(paragraphs);
  const gapOf = (p: Paragraph | undefined): Paragraph['gap'] | undefined => (p?.gap === 'blank' && p.blankLines >= breaking ? 'line' : p?.gap);
  paragraphs.forEach((p, i) => {
    const keys = index.keysOf(words[i]!);
    const current = blocks.length - 1;
    const block = blocks[current];
    const open = (reason: Reason, quoteTarget: number | null): void => {
      blocks.push({ members: [i], reason, quoteTarget, indent: p.indent });
    };
    const extend = (): void => void block!.members.push(i);
    // A paragraph that repeats one of the current comment's own paragraphs quotes it: the
    // comment has ended and this is the reply.
    const target = block ? index.find(keys, quoteLength(p.body, p.quote)) : null;
    const previous = paragraphs[i - 1];
    const next = paragraphs[i + 1];
    const cue = p.quote ? null : cueOf(p.body);
    if (!block || (titleFirst && i === 1)) open('first', null);
    else if (indentMode && p.indent !== block.indent) open('indent', target);
    else if (gapOf(p) === 'line') {
      if (previous?.quote && !p.quote) extend();
      else if (p.gap === 'blank' && cue === 'continuation') extend();
      else open(target !== null ? 'quote' : p.quote ? 'marker' : 'line', target);
    } else if (p.quote) {
      // Several quotes of the same comment, each answered, make one reply.
      if (target !== null && target === block.quoteTarget) extend();
      else open(target !== null ? 'quote' : 'marker', target);
    } else if (cue === 'continuation') extend();
    else if (target !== null) open('quote', target);
    else if (cue === 'reply') open('cue', null);
    else if (cue === 'crowd') open('crowd', null);
    else if (next?.gap === 'line' && !indentMode) open('alone', null);
    else extend();
    index.add(keys, blocks.length - 1);
  });
  return blocks;
}

/** Picks each block's parent (rule 4 above); ROOT stands for the root node. */
function assignParents(blocks: readonly Block[], paragraphs: readonly Paragraph[], words: readonly string[][], indentMode: boolean, rootBlock: number): number[] {
  // How many paragraphs use each content word: what makes a shared word rare or common.
  const paragraphStems = words.map((w) => contentStems(w));
  const frequency = new Map<string, number>();
  for (const stems of paragraphStems) for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const limit = Math.max(3, Math.floor(paragraphs.length / 10));
  const blockStems: (Set<string> | undefined)[] = [];
  const stemsOf = (k: number): Set<string> => {
    const members = blocks[k]!.members;
    if (members.length === 1) return paragraphStems[members[0]!]!;
    return (blockStems[k] ??= new Set(members.flatMap((m) => [...paragraphStems[m]!])));
  };
  const related = (k: number, other: number): boolean => other !== ROOT && shareRareWord(stemsOf(k), stemsOf(other), frequency, limit);
  const wordCount = (k: number): number => blocks[k]!.members.reduce((sum, m) => sum + words[m]!.length, 0);
  // Blocks still open to replies at each indentation, for the indentation rule.
  const open: number[] = [];
  const parents: number[] = [];
  blocks.forEach((block, k) => {
    const previous = k - 1 === rootBlock || k === 0 ? ROOT : k - 1;
    let parent: number;
    if (k === rootBlock) parent = ROOT;
    else if (indentMode) {
      while (open.length > 0 && blocks[open[open.length - 1]!]!.indent >= block.indent) open.pop();
      parent = open[open.length - 1] ?? ROOT;
    } else {
      switch (block.reason) {
        case 'quote':
          parent = block.quoteTarget ?? previous;
          break;
        case 'marker':
        case 'cue':
          parent = previous;
          break;
        case 'line': {
          const judgeable = wordCount(k) >= JUDGEABLE_WORDS && cueOf(paragraphs[block.members[0]!]!.body) !== 'reply';
          parent = judgeable && !related(k, previous) ? ROOT : previous;
          break;
        }
        case 'alone':
          parent = related(k, previous) ? previous : ROOT;
          break;
        default:
          parent = ROOT;
      }
    }
    if (k !== rootBlock) open.push(k);
    parents.push(parent === rootBlock ? ROOT : parent);
  });
  return parents;
}

function shortTitle(text: string): string {
  const line = text.split('\n', 1)[0]!.trim();
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function textNode(id: string, parent: string | null, text: string): ThreadNode {
  return { id, parent, kind: 'comment', author: null, createdAt: null, text, url: null, status: 'ok' };
}

/** Parses pasted or loaded plain text into a thread whose reply structure is guessed. */
export function parseText(text: string, context: ParseContext): Result<Thread> {
  if (!text.trim()) return importError('empty', 'The text is empty: paste a discussion, or choose a file that has text in it.');
  if (text.includes('\u0000')) return importError('binary', 'This looks like a binary file, not text: choose a text file or a thread export (.json or .txt).');

  const all = splitParagraphs(text);
  const header = findHeader(all);
  const paragraphs = all.slice(header?.size ?? 0);
  const minIndent = paragraphs.reduce((min, p) => Math.min(min, p.indent), Infinity);
  const body = paragraphs.map((p) => (p.indent === minIndent ? p : { ...p, indent: p.indent - minIndent }));
  const indentMode = body.filter((p) => p.indent > 0).length >= 2;
  const first = body[0];
  const titleFirst = !header && !!first && !first.quote && !first.text.includes('\n') && first.text.length <= TITLE_LENGTH && body[1]?.gap === 'blank';
  const words = body.map((p) => wordsOf(p.body));
  const blocks = groupBlocks(body, words, indentMode, titleFirst);
  const rootBlock = header ? ROOT : 0;
  const parents = assignParents(blocks, body, words, indentMode, rootBlock);

  const offset = header ? 1 : 0;
  const idOf = (k: number): string => (k === ROOT ? 't0' : `t${k + offset}`);
  const nodes: ThreadNode[] = [];
  const links: Link[] = [];
  let title: string;
  if (header) {
    title = header.title;
    nodes.push({ ...textNode('t0', null, [...header.other, header.title].join('\n\n')), kind: 'post', title });
  } else {
    title = shortTitle(body[0]!.text);
  }
  blocks.forEach((block, k) => {
    const nodeText = block.members.map((m) => body[m]!.text).join('\n\n');
    if (k === rootBlock) {
      nodes.push({ ...textNode('t0', null, nodeText), kind: 'post', title });
      return;
    }
    nodes.push(textNode(idOf(k), idOf(parents[k]!), nodeText));
    if (block.quoteTarget !== null) links.push({ from: idOf(k), to: idOf(block.quoteTarget === rootBlock ? ROOT : block.quoteTarget), kind: 'quote' });
  });

  return ok({
    source: { kind: 'text', url: null, title, retrievedAt: context.retrievedAt, structureGuessed: true },
    nodes,
    links,
  });
}
