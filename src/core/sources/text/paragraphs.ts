import { attributionOf, type Attribution } from './attribution';

/** What separates a paragraph from the one before it. */
export type Gap = 'start' | 'line' | 'blank';

/** A run of source lines that reads as one paragraph. */
export interface Paragraph {
  /** The paragraph as it will appear in a node's text (trimmed, wrapped lines rejoined). */
  text: string;
  /** For `>` paragraphs: the quoted words without their markers; otherwise equal to `text`. */
  body: string;
  gap: Gap;
  /** How many blank lines came before it. */
  blankLines: number;
  /** Leading columns of its first line (a tab counts 4), relative to the least indented line. */
  indent: number;
  /** Every line starts with a `>` marker. */
  quote: boolean;
  /** 0-based number of its first line in the normalized text. */
  line: number;
  /** A line of its own that names the author of what follows ("Alice Chen wrote:"). */
  attribution: Attribution | null;
}

/** The header of a thread copied from a reader app: the story's title and its other lines. */
export interface Header {
  title: string;
  /** Header lines other than the title and status lines (e.g. "177   github.com"). */
  other: string[];
  /** How many paragraphs the header takes. */
  size: number;
}

interface RawLine {
  content: string;
  columns: number;
  quote: boolean;
  attribution: Attribution | null;
}

const TERMINAL = /[.!?:;…"'”’)\]]$/;
const LIST_ITEM = /^([-*•]|\d{1,3}[.)])\s/;
const STATUS_LINE = /^(refreshing|loading)\s+comments\b/i;
// "177   github.com": the points and the domain a reader app shows above a story's title.
// The look-ahead finds the domain's dot once; a pattern like \S+\.[a-z]{2,}\S* would retry every
// dot of a long line, in quadratic time.
const SCORE_LINE = /^\d+\s+(?:self|ask|show|(?=\S+\.[a-z]{2})\S+)$/i;

function columnsOf(raw: string): number {
  let columns = 0;
  for (const char of raw) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4;
    else break;
  }
  return columns;
}

/**
 * A hard-wrapped line continues the previous one: that line stops without closing punctuation
 * and this one goes on in lower case, or goes on after a line of typical wrap width.
 */
function continuesLine(previous: string, next: string): boolean {
  if (TERMINAL.test(previous) || LIST_ITEM.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  return previous.length >= 50 && previous.length <= 100 && /[\p{L},\-–]$/u.test(previous);
}

/** Splits text into paragraphs, recording the gap before each: the raw material of every guess. */
export function splitParagraphs(text: string): Paragraph[] {
  // Text copied from web pages carries no-break spaces where the page laid things out.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  const lines: (RawLine | null)[] = source.map((raw) => {
    const content = raw.trim();
    if (!content) return null;
    const quote = content.startsWith('>');
    return { content, columns: columnsOf(raw), quote, attribution: quote ? null : attributionOf(content) };
  });
  let margin = Infinity;
  for (const line of lines) if (line && line.columns < margin) margin = line.columns;

  const paragraphs: Paragraph[] = [];
  let current: { lines: RawLine[]; gap: Gap; blankLines: number; line: number; joints: string[] } | null = null;
  let gap: Gap = 'start';
  let blankLines = 0;
  const flush = (): void => {
    if (!current) return;
    const first = current.lines[0]!;
    let joined = first.content;
    current.lines.slice(1).forEach((line, i) => (joined += current!.joints[i] + line.content));
    const quote = first.quote && current.lines.every((line) => line.quote);
    paragraphs.push({
      text: joined,
      body: quote ? current.lines.map((line) => line.content.replace(/^(>\s?)+/, '')).join(' ') : joined,
      gap: current.gap,
      blankLines: current.blankLines,
      indent: first.columns - margin,
      quote,
      line: current.line,
      attribution: current.lines.length === 1 ? first.attribution : null,
    });
    current = null;
  };

  lines.forEach((line, index) => {
    if (!line) {
      flush();
      if (gap !== 'start') {
        gap = 'blank';
        blankLines++;
      }
      return;
    }
    const last = current?.lines[current.lines.length - 1];
    // An attribution is a paragraph of its own: nothing joins it, and it joins nothing.
    if (current && last && !line.attribution && !last.attribution) {
      const sameIndent = line.columns === last.columns;
      if (last.quote && line.quote) {
        current.lines.push(line);
        current.joints.push('\n');
        return;
      }
      if (!last.quote && !line.quote && sameIndent && continuesLine(last.content, line.content)) {
        current.lines.push(line);
        current.joints.push(' ');
        return;
      }
      // A list under a line that announces it belongs to that paragraph.
      if (!line.quote && LIST_ITEM.test(line.content) && (last.content.endsWith(':') || LIST_ITEM.test(last.content))) {
        current.lines.push(line);
        current.joints.push('\n');
        return;
      }
    }
    if (current) {
      flush();
      gap = 'line';
    }
    current = { lines: [line], gap, blankLines, line: index, joints: [] };
    gap = 'line';
    blankLines = 0;
  });
  flush();
  return paragraphs;
}

/**
 * Recognises the header a reader app puts above the comments: an optional points-and-domain
 * line, the title, and an optional "Refreshing Comments..." status line. Null when absent.
 */
export function findHeader(paragraphs: readonly Paragraph[]): Header | null {
  const [first, second, third] = paragraphs;
  if (!first || !second) return null;
  const single = (p: Paragraph): boolean => !p.text.includes('\n') && !p.quote && p.text.length <= 300;
  if (SCORE_LINE.test(first.text) && single(second)) {
    const size = third && STATUS_LINE.test(third.text) ? 3 : 2;
    return { title: second.text, other: [first.text.replace(/\s+/g, ' ')], size };
  }
  if (single(first) && STATUS_LINE.test(second.text)) return { title: first.text, other: [], size: 2 };
  return null;
}
