import type { ThreadNode, Tag } from '../map/types';

export interface TagSuggestion {
  tag: Tag;
  /** Why it is suggested, shown to the person who decides. */
  reason: string;
}

const QUESTION_WORDS = new Set([
  'what', 'why', 'how', 'who', 'whom', 'whose', 'when', 'where', 'which',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will', 'shall', 'may',
  'isn\'t', 'aren\'t', 'doesn\'t', 'don\'t', 'didn\'t', 'can\'t', 'couldn\'t', 'wouldn\'t', 'shouldn\'t', 'won\'t',
  'has', 'have', 'hasn\'t', 'haven\'t', 'anyone', 'anybody',
]);

/** A question mark after this many characters without a question word is likely an aside. */
const MAX_PLAIN_QUESTION = 200;

/** Openers of rhetorical questions that argue a side ("So you're saying…?", "Why don't you…?"). */
const RHETORICAL = /^(?:(?:and|but|yet|sure)\b|so (?:you|you're|your)\b|(?:how about|why don't) you\b|are you (?:kidding|serious|joking)\b)/i;

/** The first sentence of the comment's own words: quoted lines (">") are skipped. */
export function firstSentence(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const own = paragraphs.find((paragraph) => paragraph.trim() && !paragraph.trimStart().startsWith('>')) ?? '';
  const line = own.trim().split('\n')[0] ?? '';
  const end = /[.?!](?=\s|$)/.exec(line);
  return (end ? line.slice(0, end.index + 1) : line).trim();
}

function questionIn(node: ThreadNode): string | null {
  const sentence = firstSentence(node.text);
  if (!sentence.endsWith('?')) return null;
  // Mastodon replies open with the @names they answer.
  const words = sentence.replace(/^(?:@\S+\s+)+/, '');
  if (RHETORICAL.test(words)) return null;
  const first = words.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z']/g, '') ?? '';
  if (!QUESTION_WORDS.has(first) && sentence.length > MAX_PLAIN_QUESTION) return null;
  return sentence;
}

/**
 * Tag suggestions for obvious cases only; each is offered to the user, never applied silently.
 * A reply whose own first sentence is a question is suggested as "question".
 *
 * Precision, judged by hand against the meaning of the tag ("asks about or challenges the claim
 * it replies to without taking a side") on the recorded threads in test/fixtures: plain-text
 * sample 4 of 5 (t2 answers with a rhetorical question), Mastodon 8 of 9, Reddit 9 of 11, Lobsters
 * 0 of 1 (a proposal phrased as a question), and a deterministic third (19) of the 67 suggestions
 * on the heated HN Algolia thread 13 of 19: about three in four overall. Rhetorical questions that
 * argue a side are the usual miss, which is why these are offered, not applied.
 */
export function suggestTags(doc: { nodes: readonly ThreadNode[] }): Map<string, TagSuggestion> {
  const out = new Map<string, TagSuggestion>();
  for (const node of doc.nodes) {
    if (node.parent === null || node.status !== 'ok' || (node.kind !== 'comment' && node.kind !== 'claim')) continue;
    const question = questionIn(node);
    if (question === null) continue;
    const shown = question.length > 80 ? `${question.slice(0, 77)}…?` : question;
    out.set(node.id, { tag: 'question', reason: `It opens with a question: “${shown}”` });
  }
  return out;
}
