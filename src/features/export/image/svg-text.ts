/*
 * Text for SVG drawn without a DOM: escaping, and widths estimated from character classes so that
 * card text can be cut to fit without measuring it in a browser (the renderer runs in Node too).
 */

// Characters XML 1.0 forbids even when escaped, and lone surrogate halves: one of them in a
// comment would make the whole SVG unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe as SVG character data or an attribute value: markup is escaped, never kept. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line: runs of white space (line breaks included) become one space. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NARROW: ReadonlySet<string> = new Set("il.,:;'|!ijtf()[]{} `\"/\\-");
const WIDE: ReadonlySet<string> = new Set('mwMW@%&');

/** Estimated advance of one character, in ems of a sans-serif font; generous so text rarely overflows. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1.05; // CJK, emoji and other full-width symbols
  if (NARROW.has(char)) return 0.33;
  if (WIDE.has(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  return 0.58;
}

/** Estimated width of a line of text at a font size, in the same units as the size. */
export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** The text cut to fit a width, with an ellipsis when cut; whole code points only. */
export function fitToWidth(text: string, width: number, fontSize: number): string {
  if (estimateWidth(text, fontSize) <= width) return text;
  const room = width - estimateWidth('…', fontSize);
  let used = 0;
  let out = '';
  for (const char of text) {
    used += charWidth(char) * fontSize;
    if (used > room) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Greedy word wrap into at most `maxLines` lines of a width; the last line ends with an ellipsis
 * when text is left over. A word longer than a line is broken.
 */
export function wrapToLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  if (maxLines <= 0) return lines;
  const words = flattenText(text).split(' ').filter(Boolean);
  let line = '';
  let at = 0;
  while (at < words.length && lines.length < maxLines) {
    const word = words[at]!;
    const candidate = line ? `${line} ${word}` : word;
    if (estimateWidth(candidate, fontSize) <= width) {
      line = candidate;
      at++;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      continue;
    }
    // A single word wider than the line: break it.
    const head = fitToWidth(word, width, fontSize).replace(/…$/, '');
    const cut = head.length > 0 ? head : Array.from(word)[0]!;
    lines.push(cut);
    words[at] = word.slice(cut.length);
    if (!words[at]) at++;
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (at < words.length && lines.length > 0) {
    lines[lines.length - 1] = fitToWidth(`${lines[lines.length - 1]!} ${words.slice(at).join(' ')}`, width, fontSize);
  }
  return lines;
}
