/**
 * Where a piece of text a person selected in the displayed comment lies in the comment's plain
 * `text`. The display is rendered from the source's markup, so its whitespace and paragraph breaks
 * differ from the plain text: the search ignores differences in whitespace, and a link whose plain
 * text carries its target in brackets is bridged by matching the selection's two ends.
 */

interface Collapsed {
  text: string;
  /** Index in the original text of each character of the collapsed text. */
  origin: number[];
}

function collapseWhitespace(text: string): Collapsed {
  let out = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    if (space && out) {
      out += ' ';
      origin.push(i - 1);
    }
    space = false;
    out += char;
    origin.push(i);
  }
  return { text: out, origin };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function nearest(candidates: number[], origin: number[], hint: number | undefined): number | undefined {
  if (hint === undefined) return candidates[0];
  let best: number | undefined;
  for (const candidate of candidates) {
    if (best === undefined || Math.abs(origin[candidate]! - hint) < Math.abs(origin[best]! - hint)) best = candidate;
  }
  return best;
}

const END_LENGTH = 16;

/**
 * The [start, end) range in `text` of the `selected` string, its surrounding whitespace left out;
 * `hint` (an approximate start offset) picks among repeated occurrences. Null when not found.
 */
export function locateSelection(text: string, selected: string, hint?: number): [number, number] | null {
  const haystack = collapseWhitespace(text);
  const needle = collapseWhitespace(selected).text;
  if (!needle) return null;
  const range = (start: number, endInclusive: number): [number, number] => [haystack.origin[start]!, haystack.origin[endInclusive]! + 1];

  const whole = nearest(occurrences(haystack.text, needle), haystack.origin, hint);
  if (whole !== undefined) return range(whole, whole + needle.length - 1);
  if (needle.length < 2 * END_LENGTH) return null;

  // The selection spans text the plain version spells differently (a link's bracketed target):
  // find its first and last words, in order, not much further apart than the selection is long.
  const head = needle.slice(0, END_LENGTH);
  const tail = needle.slice(-END_LENGTH);
  const start = nearest(occurrences(haystack.text, head), haystack.origin, hint);
  if (start === undefined) return null;
  const end = haystack.text.indexOf(tail, start + head.length);
  if (end === -1 || end + tail.length - start > needle.length * 2 + 400) return null;
  return range(start, end + tail.length - 1);
}
