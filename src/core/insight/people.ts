import { CON, PRO, QUESTION, type NodeFacts } from './node-facts';

/** One person's part in the thread. */
export interface Participant {
  author: string;
  /** Their `ok` comments and claims; the post is not one of them. */
  comments: number;
  /** 1 for the author of the thread's post (listed even when they wrote no comment), else 0. */
  posts: number;
  /** Time of the first and last thing they wrote, post included (ISO 8601); null without times. */
  first: string | null;
  last: string | null;
  /** Replies they wrote to someone else, and replies others wrote to them. */
  repliesGiven: number;
  repliesReceived: number;
  /** How their comments are tagged. */
  tags: { pro: number; con: number; question: number };
}

/** Two people and how often each answered the other. */
export interface ReplyPair {
  /** Of the two, `a` is the one whose first comment comes first in the thread. */
  a: string;
  b: string;
  aToB: number;
  bToA: number;
  total: number;
}

/**
 * Every participant, most comments first (the post's author among them, with the comments they
 * wrote, which may be none), and every pair of people who replied to each other,
 * strongest first: a reply counts for a pair when both it and its parent speak for an author and
 * the two authors differ.
 */
export function measurePeople(facts: NodeFacts): { participants: Participant[]; pairs: ReplyPair[] } {
  const { graph, author, authors, time, tag } = facts;
  const people: Participant[] = authors.map((name) => ({
    author: name,
    comments: 0,
    posts: 0,
    first: null,
    last: null,
    repliesGiven: 0,
    repliesReceived: 0,
    tags: { pro: 0, con: 0, question: 0 },
  }));
  const firstMs = new Float64Array(authors.length).fill(Number.POSITIVE_INFINITY);
  const lastMs = new Float64Array(authors.length).fill(Number.NEGATIVE_INFINITY);
  const pairs = new Map<number, ReplyPair>();
  const n = authors.length;
  for (let node = 0; node < graph.nodes.length; node++) {
    const a = author[node]!;
    if (a < 0) continue;
    const person = people[a]!;
    const t = time[node]!;
    if (t < firstMs[a]!) firstMs[a] = t;
    if (t > lastMs[a]!) lastMs[a] = t;
    // The post is its author's, but not a comment: counted apart, so the table's comments add up
    // to the thread's and its tag (it answers no one) stays out of the profile of their comments.
    if (graph.nodes[node]!.kind === 'post') {
      person.posts++;
      continue;
    }
    person.comments++;
    const own = tag[node]!;
    if (own === PRO) person.tags.pro++;
    else if (own === CON) person.tags.con++;
    else if (own === QUESTION) person.tags.question++;
    const p = graph.parent[node]!;
    const b = p >= 0 ? author[p]! : -1;
    if (b < 0 || b === a) continue;
    person.repliesGiven++;
    people[b]!.repliesReceived++;
    // Keyed by the unordered pair; authors are numbered by first appearance in the thread.
    const key = Math.min(a, b) * n + Math.max(a, b);
    let pair = pairs.get(key);
    if (!pair) {
      pair = { a: authors[Math.min(a, b)]!, b: authors[Math.max(a, b)]!, aToB: 0, bToA: 0, total: 0 };
      pairs.set(key, pair);
    }
    if (a < b) pair.aToB++;
    else pair.bToA++;
    pair.total++;
  }
  people.forEach((person, a) => {
    if (Number.isFinite(firstMs[a]!)) person.first = new Date(firstMs[a]!).toISOString();
    if (Number.isFinite(lastMs[a]!)) person.last = new Date(lastMs[a]!).toISOString();
  });
  const participants = people.slice().sort((x, y) => y.comments - x.comments || x.author.localeCompare(y.author));
  const strongest = [...pairs.values()].sort((x, y) => y.total - x.total || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { participants, pairs: strongest };
}
