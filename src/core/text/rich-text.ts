/**
 * A small, safe document model for comment text. Source HTML is parsed into these blocks
 * (never injected into a page); the UI renders them as React elements and the exporters
 * flatten them to plain text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string | null; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; items: Block[][]; start?: number };

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns an absolute http(s)/mailto URL, or null for anything else (javascript:, data:,
 * vbscript:, malformed). Relative links are resolved against `base` when there is one.
 */
export function safeHref(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so do we.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]+/g, (m, offset: number) => (offset === 0 ? '' : m)).trim();
  if (!cleaned) return null;
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return null;
  return url.href;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Splits plain text into text and link inlines wherever an http(s) URL appears. */
export function linkify(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) out.push({ type: 'text', text: text.slice(last, start) });
    const href = safeHref(match[0]);
    out.push(href ? { type: 'link', href, children: [{ type: 'text', text: match[0] }] } : { type: 'text', text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** Quotes nested deeper than this stay as text with their `>` marks, so no stack is at risk. */
const MAX_QUOTE_NESTING = 50;

/**
 * The text without line feeds at its start and (unless only `start`) its end. A loop, not
 * /\n+$/: that pattern retries from every line feed of a long run, in quadratic time.
 */
function trimNewlines(text: string, ends: 'both' | 'start' = 'both'): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x0a) start++;
  if (ends === 'both') while (end > start && text.charCodeAt(end - 1) === 0x0a) end--;
  return text.slice(start, end);
}

/** Rich blocks for text that has no markup: paragraphs on blank lines, `>` quotes, links. */
export function plainToBlocks(text: string): Block[] {
  return blocksOfPlain(text, 0);
}

function blocksOfPlain(text: string, depth: number): Block[] {
  const blocks: Block[] = [];
  for (const para of text.split(/\n[ \t]*\n/)) {
    const trimmed = trimNewlines(para);
    if (!trimmed.trim()) continue;
    const lines = trimmed.split('\n');
    if (depth < MAX_QUOTE_NESTING && lines.every((line) => /^\s*>/.test(line))) {
      const inner = lines.map((line) => line.replace(/^\s*>\s?/, '')).join('\n');
      blocks.push({ type: 'quote', children: blocksOfPlain(inner, depth + 1) });
      continue;
    }
    if (lines.every((line) => /^( {2,}|\t)/.test(line))) {
      blocks.push({ type: 'code', text: lines.map((line) => line.replace(/^( {2}|\t)/, '')).join('\n') });
      continue;
    }
    const children: Inline[] = [];
    lines.forEach((line, i) => {
      if (i > 0) children.push({ type: 'break' });
      for (const inline of linkify(line)) children.push(inline);
    });
    blocks.push({ type: 'paragraph', children });
  }
  return blocks;
}

function inlineText(inlines: Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'code':
        out += inline.text;
        break;
      case 'break':
        out += '\n';
        break;
      case 'link': {
        const label = inlineText(inline.children);
        out += linkLabelWithTarget(label, inline.href);
        break;
      }
      default:
        out += inlineText(inline.children);
    }
  }
  return out;
}

/**
 * Plain text keeps a link's target when its label does not already show it, so nothing the
 * author pointed to is lost: HN shows long URLs truncated with "...", other sites use words.
 */
function linkLabelWithTarget(label: string, href: string | null): string {
  if (!href) return label;
  const bare = label.replace(/(\.\.\.|…)$/, '');
  if (!label.trim()) return href;
  if (href.startsWith(bare) || href.replace(/^https?:\/\//, '').startsWith(bare.replace(/^https?:\/\//, ''))) {
    return bare.length < label.length ? href : label;
  }
  if (/^[@#]/.test(label.trim())) return label;
  if (href.startsWith('mailto:') && href.slice(7) === label) return label;
  return `${label} (${href})`;
}

/** Flattens blocks to the plain `text` of the file format: paragraphs separated by a blank line. */
export function blocksToPlain(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': {
        const text = inlineText(block.children).trim();
        if (text) parts.push(text);
        break;
      }
      case 'code':
        if (block.text.trim()) parts.push(trimNewlines(block.text, 'start').trimEnd());
        break;
      case 'quote': {
        const inner = blocksToPlain(block.children);
        if (inner) parts.push(inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'));
        break;
      }
      case 'list': {
        const first = block.start ?? 1;
        const items = block.items
          .map((item, i) => `${block.ordered ? `${first + i}.` : '-'} ${blocksToPlain(item).replace(/\n/g, '\n  ')}`)
          .filter((line) => line.trim().length > 2);
        if (items.length) parts.push(items.join('\n'));
        break;
      }
    }
  }
  return parts.join('\n\n');
}
