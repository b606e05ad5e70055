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
 *      always so when it opens with "Also", "But", "Edit:" and the like;
 *    - inside a run of blank-separated paragraphs every comment but the last has two paragraphs
 *      or more, so once the open comment has two, a paragraph that shares no rare word with it
 *      (or follows its question to the reader) starts the next, when two paragraphs remain.
 *    Attributions override all this when they lay the text out (see attribution.ts): a line
 *    "Alice Chen wrote:", "On <date>, Bob wrote:", "Carol said:", "Quoting Dan:" or a copied
 *    page's "user 3 hours ago | parent | next" starts a comment that runs to the next one and
 *    names its author; above a `>` quote, "X wrote:" names the quoted author instead.
 * 4. Parents, in order of strength:
 *    - a comment that quotes an earlier one replies to it (and gets a "quote" link);
 *    - with indentation (two or more indented paragraphs, a fifth of them or more), the
 *      nearest earlier comment that is less indented is the parent, whatever else there is (a
 *      quote then only adds its link);
 *    - a `>` quote of unknown origin, or an answer-like opening, replies to the comment before;
 *    - comments that follow one another without a blank line form a reply chain, except that
 *      a comment of twelve words or more sharing no rare word with the one before starts a new
 *      thread under the root (reader apps list one-paragraph comments that way whatever their
 *      depth, and a reply nearly always picks up a word of what it answers);
 *    - a one-paragraph comment after a blank line (or a comment split off a run) replies to the
 *      comment before when they share a rare word, else it starts a new thread under the root;
 *      a question to the crowd always does;
 *    - an attributed comment replies to the latest comment of the author it quotes or
 *      addresses ("Bob, …", "@bob"), else as a one-paragraph comment does.
 *    "Rare" words are content words used by at most a tenth of the paragraphs: a thread's
 *    subject words appear everywhere and say nothing about who answers whom.
 * Every parent comes before its reply, so the tree never has cycles. Nodes keep the reading
 * order of the text, and ids are positional ("t0" root, then "t1", "t2" …), so the same text
 * always gives the same ids.
 */
import type { Link, Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import type { ParseContext } from '../types';
import { QuoteIndex, asksTheReader, contentStems, cueOf, quoteLength, shareRareWord, wordsOf } from './evidence';
import { findHeader, splitParagraphs, type Paragraph } from './paragraphs';
import { readAttributions, type AttributedStart } from './attribution';

type Reason = 'first' | 'line' | 'alone' | 'quote' | 'marker' | 'cue' | 'crowd' | 'indent' | 'chain' | 'attributed';

interface Block {
  /** Positions of its paragraphs. */
  members: number[];
  reason: Reason;
  /** The earlier block the first paragraph quotes, when it quotes one. */
  quoteTarget: number | null;
  indent: number;
  author: string | null;
  /** The author of the comment an attribution says this one quotes. */
  quotedAuthor: string | null;
  /** Opened by an attribution: it runs to the next one. */
  attributed: boolean;
}

interface Evidence {
  words: readonly string[][];
  /** Content words of each paragraph, and in how many paragraphs each word appears. */
  stems: readonly Set<string>[];
  frequency: ReadonlyMap<string, number>;
  rareLimit: number;
}

interface Layout {
  indentMode: boolean;
  titleFirst: boolean;
  /** Where attributed comments start, when the text has attributions. */
  attributed: Map<number, AttributedStart> | null;
}

const ROOT = -1;
const TITLE_LENGTH = 120;
const JUDGEABLE_WORDS = 12;
// Words two paragraphs of one comment share and at most this many paragraphs of the whole text
// use: the later paragraph picks up the earlier one's particular subject.
const CHAIN_RARE_LIMIT = 3;
// A short line ending in a colon: "anonymous45:", "You said:", "From the article:".
const ANNOUNCES_QUOTE = /^[^\n]{1,80}:$/;

/**
 * Which blank lines end a comment when no single break does (rule 3 above): in text without any
 * single break, two blank lines when the text uses them somewhere, else every blank line.
 */
function breakingBlankLines(paragraphs: readonly Paragraph[]): number {
  if (paragraphs.some((p) => p.gap === 'line')) return Infinity;
  return paragraphs.some((p) => p.blankLines >= 2) ? 2 : 1;
}

/** "bob:" or "You said:" above a quote announces it: the two belong to one comment. */
function announcesQuote(previous: Paragraph | undefined): boolean {
  return !!previous && !previous.quote && ANNOUNCES_QUOTE.test(previous.text);
}

/**
 * Inside a run of paragraphs joined by blank lines, every comment but the run's last has two
 * paragraphs or more (a one-paragraph comment would end with a single break). A new comment
 * starts at paragraph `i` when the one open has two paragraphs already, two more remain before
 * the run's own last one, the next paragraph is no stronger start, and `i` shares no rare word
 * with the open comment (a later paragraph of a comment nearly always picks one up).
 */
function startsChainComment(i: number, block: Block, paragraphs: readonly Paragraph[], evidence: Evidence, breaking: number): boolean {
  if (breaking !== Infinity || block.members.length < 2) return false;
  const next = paragraphs[i + 1];
  const afterNext = paragraphs[i + 2];
  if (!next || next.gap !== 'blank' || afterNext?.gap === 'line' || next.quote) return false;
  const nextCue = cueOf(next.body);
  if (nextCue === 'reply' || nextCue === 'crowd') return false;
  // An answer takes up the words of the question it answers, so after a question to the reader
  // shared words are no sign that the comment goes on.
  if (block.members.some((m) => asksTheReader(paragraphs[m]!.body))) return true;
  const own = evidence.stems[i]!;
  for (const member of block.members) {
    if (shareRareWord(own, evidence.stems[member]!, evidence.frequency, CHAIN_RARE_LIMIT)) return false;
  }
  return true;
}

/** Groups paragraphs into comment-like blocks (rule 3 above). */
function groupBlocks(paragraphs: readonly Paragraph[], evidence: Evidence, layout: Layout): Block[] {
  const { words } = evidence;
  const { indentMode, titleFirst, attributed } = layout;
  const blocks: Block[] = [];
  const index = new QuoteIndex();
  const breaking = breakingBlankLines(paragraphs);
  const gapOf = (p: Paragraph | undefined): Paragraph['gap'] | undefined => (p?.gap === 'blank' && p.blankLines >= breaking ? 'line' : p?.gap);
  paragraphs.forEach((p, i) => {
    const keys = index.keysOf(words[i]!);
    const current = blocks.length - 1;
    const block = blocks[current];
    const start = attributed?.get(i);
    const open = (reason: Reason, quoteTarget: number | null): void => {
      blocks.push({ members: [i], reason, quoteTarget, indent: p.indent, author: start?.author ?? null, quotedAuthor: start?.quotedAuthor ?? null, attributed: !!start });
    };
    const extend = (): void => void block!.members.push(i);
    // A paragraph that repeats one of the current comment's own paragraphs quotes it: the
    // comment has ended and this is the reply.
    const target = block ? index.find(keys, quoteLength(p.body, p.quote)) : null;
    const previous = paragraphs[i - 1];
    const next = paragraphs[i + 1];
    const cue = p.quote ? null : cueOf(p.body);
    if (start) open(target !== null ? 'quote' : 'attributed', target);
    else if (!block || (titleFirst && i === 1 && !attributed)) open('first', null);
    // What comes before the first attribution is the thread's post.
    else if (attributed && blocks.length === 1) extend();
    // Between attributions, everything belongs to the comment the last one named.
    else if (block.attributed) extend();
    else if (indentMode && p.indent !== block.indent) open('indent', target);
    else if (gapOf(p) === 'line') {
      if (previous?.quote && !p.quote) extend();
      else if (p.gap === 'blank' && cue === 'continuation') extend();
      else if (p.quote && announcesQuote(previous)) extend();
      else open(target !== null ? 'quote' : p.quote ? 'marker' : 'line', target);
    } else if (p.quote && announcesQuote(previous)) extend();
    else if (p.quote) {
      // Several quotes of the same comment, each answered, make one reply.
      if (target !== null && target === block.quoteTarget) extend();
      else open(target !== null ? 'quote' : 'marker', target);
    } else if (cue === 'continuation') extend();
    else if (target !== null) open('quote', target);
    else if (cue === 'reply') open('cue', null);
    else if (cue === 'crowd') open('crowd', null);
    else if (next?.gap === 'line' && !indentMode) open('alone', null);
    else if (!indentMode && startsChainComment(i, block, paragraphs, evidence, breaking)) open('chain', null);
    else extend();
    index.add(keys, blocks.length - 1);
  });
  return blocks;
}

/** Picks each block's parent (rule 4 above); ROOT stands for the root node. */
function assignParents(blocks: readonly Block[], paragraphs: readonly Paragraph[], evidence: Evidence, indentMode: boolean, rootBlock: number): number[] {
  const { words, stems: paragraphStems, frequency, rareLimit: limit } = evidence;
  const blockStems: (Set<string> | undefined)[] = [];
  const stemsOf = (k: number): Set<string> => {
    const members = blocks[k]!.members;
    if (members.length === 1) return paragraphStems[members[0]!]!;
    return (blockStems[k] ??= new Set(members.flatMap((m) => [...paragraphStems[m]!])));
  };
  const related = (k: number, other: number): boolean => other !== ROOT && shareRareWord(stemsOf(k), stemsOf(other), frequency, limit);
  // The latest block by each named author, for attributions that name whom a comment answers.
  const latestBy = new Map<string, number>();
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
        case 'chain':
          parent = related(k, previous) ? previous : ROOT;
          break;
        case 'attributed':
          parent = attributedParent(block, paragraphs[block.members[0]!]!.body, latestBy) ?? (cueOf(paragraphs[block.members[0]!]!.body) === 'reply' || related(k, previous) ? previous : ROOT);
          break;
        default:
          parent = ROOT;
      }
    }
    if (k !== rootBlock) open.push(k);
    if (block.author !== null) {
      latestBy.set(block.author.toLowerCase(), k);
      latestBy.set(block.author.split(' ')[0]!.toLowerCase(), k);
    }
    parents.push(parent === rootBlock ? ROOT : parent);
  });
  return parents;
}

/**
 * The comment an attributed one answers, by name: the quoted author's latest comment ("On Tue,
 * Bob wrote: > …"), or that of an earlier author it addresses in its first words ("Bob, I …",
 * "@bob"). `latestBy` is keyed by lower-case author name and by its first word.
 */
function attributedParent(block: Block, firstText: string, latestBy: ReadonlyMap<string, number>): number | null {
  if (block.quotedAuthor !== null) {
    const quoted = latestBy.get(block.quotedAuthor.toLowerCase());
    if (quoted !== undefined) return quoted;
  }
  const opening = firstText.slice(0, 80);
  const own = block.author?.toLowerCase();
  const names = [...opening.matchAll(/(?:^|\s)@([\w.-]{1,40})/g)].map((m) => m[1]!);
  const greeted = /^([\p{L}][\p{L}.-]{0,39})[,:]\s/u.exec(opening)?.[1];
  if (greeted) names.unshift(greeted);
  for (const name of names) {
    const key = name.toLowerCase();
    const k = key === own ? undefined : latestBy.get(key);
    if (k !== undefined) return k;
  }
  return null;
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
  const read = readTextThread(text, context);
  return read.ok ? ok(read.value.thread, read.warnings) : read;
}

/**
 * parseText, also saying on which line (0-based) each node after the root starts: what the
 * accuracy measurement compares with the true comment boundaries.
 */
export function readTextThread(text: string, context: ParseContext): Result<{ thread: Thread; startLines: number[] }> {
  if (!text.trim()) return importError('empty', 'The text is empty: paste a discussion, or choose a file that has text in it.');
  if (text.includes('\u0000')) return importError('binary', 'This looks like a binary file, not text: choose a text file or a thread export (.json or .txt).');

  const all = splitParagraphs(text);
  const header = findHeader(all);
  const afterHeader = all.slice(header?.size ?? 0);
  const attributions = readAttributions(afterHeader);
  const paragraphs = attributions && attributions.paragraphs.length > 0 ? attributions.paragraphs : afterHeader;
  const attributed = paragraphs === afterHeader ? null : attributions!.starts;
  const minIndent = paragraphs.reduce((min, p) => Math.min(min, p.indent), Infinity);
  const body = paragraphs.map((p) => (p.indent === minIndent ? p : { ...p, indent: p.indent - minIndent }));
  // Replies shown indented indent many paragraphs; a few indented lines of code or verse do not
  // make a text indented.
  const indented = body.filter((p) => p.indent > 0).length;
  const indentMode = indented >= 2 && indented * 5 >= body.length;
  const first = body[0];
  const titleFirst = !header && !!first && !first.quote && !first.text.includes('\n') && first.text.length <= TITLE_LENGTH && body[1]?.gap === 'blank';
  const words = body.map((p) => wordsOf(p.body));
  const stems = words.map((w) => contentStems(w));
  const frequency = new Map<string, number>();
  for (const set of stems) for (const stem of set) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  // "Rare" words appear in at most a tenth of the paragraphs (rule 4 above).
  const evidence: Evidence = { words, stems, frequency, rareLimit: Math.max(3, Math.floor(body.length / 10)) };
  const blocks = groupBlocks(body, evidence, { indentMode, titleFirst: titleFirst && !attributed?.has(0), attributed });
  const rootBlock = header ? ROOT : 0;
  const parents = assignParents(blocks, body, evidence, indentMode, rootBlock);

  const offset = header ? 1 : 0;
  const idOf = (k: number): string => (k === ROOT ? 't0' : `t${k + offset}`);
  const nodes: ThreadNode[] = [];
  const links: Link[] = [];
  const startLines: number[] = [];
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
      nodes.push({ ...textNode('t0', null, nodeText), kind: 'post', title, author: block.author });
      return;
    }
    nodes.push({ ...textNode(idOf(k), idOf(parents[k]!), nodeText), author: block.author });
    startLines.push(body[block.members[0]!]!.line);
    if (block.quoteTarget !== null) links.push({ from: idOf(k), to: idOf(block.quoteTarget === rootBlock ? ROOT : block.quoteTarget), kind: 'quote' });
  });

  // One block is a valid map, but pasted by mistake (a word, a link, half a copy) it would open
  // as a thread of one card without a word of why.
  const warnings = nodes.length === 1 ? [ONE_BLOCK_WARNING] : [];
  return ok({
    thread: { source: { kind: 'text', url: null, title, retrievedAt: context.retrievedAt, structureGuessed: true }, nodes, links },
    startLines,
  }, warnings);
}

export const ONE_BLOCK_WARNING =
  'The text holds one block, so the map has one card and no replies. Threadmap starts a new comment at a blank line or a comment header ("user 3 hours ago"): copy the whole thread with its comments.';
