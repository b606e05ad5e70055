/**
 * Lines that name who wrote what follows: e-mail and forum attributions ("Alice Chen wrote:",
 * "On Tue, 3 Mar 2026, Bob <bob@example.org> wrote:", "Carol said:", "Quoting Dan:") and the
 * header line a copied comment page puts above each comment ("pg 3 hours ago | parent | next").
 */

export interface Attribution {
  author: string;
  /** `header`: a comment page's line above a comment; `wrote`: an attribution sentence. */
  kind: 'header' | 'wrote';
}

// Attributions are short; a longer line is a sentence that happens to end in "said:".
const MAX_LINE = 200;
const MAX_NAME_WORDS = 5;

// "<name> wrote:" and "On <date>, <name> wrote:" (the name follows the last comma, as mail
// clients write it). The verb is found first and the name cut out around it, so no pattern has
// two quantifiers competing for the same spaces.
const WROTE_END = /\s(?:wrote|writes|said|says)\s*:$/i;
const MAX_NAME = 120;
const QUOTING = /^Quoting\s+([^:]{1,120}):$/i;
// "pg 3 hours ago | parent | next [–]", "dmon on Feb 25, 2007 | prev", "u/name · 5 hr. ago".
const PAGE_HEADER =
  /^(?:u\/)?([\w.@-]{1,80})(?:\s*·)?\s+(?:\d{1,4}\s*(?:seconds?|minutes?|min|hours?|hrs?|hr\.|h|days?|d|weeks?|w|months?|mo|years?|y|yr)\.?\s+ago|on\s+[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4})(?:\s*(?:\||·|\[[-–]\]).*)?$/;

// Words that start a sentence, not a name: "He said:", "The article says:", "Someone wrote:".
const NOT_A_NAME = /^(?:i|he|she|it|we|you|they|someone|somebody|everyone|nobody|one|the|a|an|this|that|these|those|my|your|his|her|our|their|who|which|what|and|but|so|also|as|then|because)$/i;

/** The author a line names for what follows it, or null when it names nobody. */
export function attributionOf(line: string): Attribution | null {
  const text = line.trim();
  if (text.length > MAX_LINE || text.length < 3) return null;
  const header = PAGE_HEADER.exec(text);
  if (header) return { author: header[1]!, kind: 'header' };
  const raw = QUOTING.exec(text)?.[1] ?? nameBeforeWrote(text);
  if (raw === undefined) return null;
  const author = cleanName(raw);
  return author ? { author, kind: 'wrote' } : null;
}

/** The name in "<name> wrote:" or "On <date>, <name> wrote:", or undefined. */
function nameBeforeWrote(text: string): string | undefined {
  const verb = WROTE_END.exec(text);
  if (!verb) return undefined;
  const head = text.slice(0, verb.index);
  const comma = /^On /i.test(head) ? head.lastIndexOf(',') : -1;
  const name = (comma >= 0 ? head.slice(comma + 1) : head).trim();
  if (!name || name.length > MAX_NAME || name.includes(':')) return undefined;
  return name;
}

/** "Bob Okafor <bob@example.org>" → "Bob Okafor"; "<bob@example.org>" → "bob@example.org". */
function cleanName(raw: string): string | null {
  const withoutAddress = raw.replace(/<([^<>]{1,100})>/g, ' ').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  const address = /<([^<>@\s]{1,64}@[^<>\s]{1,100})>/.exec(raw)?.[1];
  const name = withoutAddress || address || '';
  if (!name) return null;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS || NOT_A_NAME.test(words[0]!)) return null;
  // A name has no sentence punctuation inside it ("In my experience, Alice said:").
  if (/[.!?;,]\s/.test(name) || /[.!?;,]$/.test(name)) return null;
  return name;
}

/** Who an attribution says wrote the paragraphs from one point on. */
export interface AttributedStart {
  /** The author of the comment that starts here, when the attribution names it. */
  author: string | null;
  /** "Bob wrote:" above a `>` quote names the author of the quoted comment, not of this one. */
  quotedAuthor: string | null;
}

// What a copied comment page puts after each comment: a "reply" link, a collapse toggle.
const PAGE_CHROME = /^(?:reply|\[[-–+]\]|link|permalink|embed|save|report|give award|share)$/i;

/**
 * In text laid out by attributions ("X wrote:", comment-page header lines),
 * drops the attribution lines and the page's link words, and says where each attributed comment
 * starts (keyed by position in the returned list). Null when the text has no attributions.
 */
export function readAttributions<P extends { text: string; quote: boolean; attribution: Attribution | null }>(
  paragraphs: readonly P[],
): { paragraphs: P[]; starts: Map<number, AttributedStart> } | null {
  const headers = paragraphs.filter((p) => p.attribution?.kind === 'header').length;
  const count = paragraphs.filter((p) => p.attribution).length;
  // A thread is laid out by attributions when they are frequent enough: a page's header lines
  // (one in thirty paragraphs, comments can be long), or "X wrote:" lines (one in ten); a few
  // "X wrote:" inside long comments are quotes, not structure.
  const laidOut = (headers >= 2 && headers * 30 >= paragraphs.length) || (count >= 2 && count * 10 >= paragraphs.length);
  if (!laidOut) return null;
  const kept: P[] = [];
  const starts = new Map<number, AttributedStart>();
  let pending: Attribution | null = null;
  paragraphs.forEach((p, i) => {
    if (p.attribution) {
      pending = p.attribution;
      return;
    }
    if (headers >= 2 && PAGE_CHROME.test(p.text)) return;
    if (pending) {
      const quotes = pending.kind === 'wrote' && p.quote && paragraphs[i + 1] !== undefined && !paragraphs[i + 1]!.attribution;
      starts.set(kept.length, quotes ? { author: null, quotedAuthor: pending.author } : { author: pending.author, quotedAuthor: null });
      pending = null;
    }
    kept.push(p);
  });
  return { paragraphs: kept, starts };
}
