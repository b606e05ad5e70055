import { describe, expect, it } from 'vitest';
import type { Annotations } from '../annotations/types';
import type { ThreadNode } from '../map/types';
import { measureThread } from './measure-thread';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-01-01T00:00:00.000Z');

function item(id: string, parent: string | null, author: string | null, hours: number | null = null, extra: Partial<ThreadNode> = {}): ThreadNode {
  return {
    id,
    parent,
    kind: parent === null ? 'post' : 'comment',
    author,
    createdAt: hours === null ? null : new Date(T0 + hours * HOUR).toISOString(),
    text: id,
    url: null,
    status: 'ok',
    ...extra,
  };
}

const tags = (entries: Record<string, 'pro' | 'con' | 'question'>): Annotations =>
  Object.fromEntries(Object.entries(entries).map(([id, tag]) => [id, { tag, updatedAt: '2026-01-01T00:00:00.000Z' }]));

/** A post and a chain of `length` comments under it, written by `authors` in turn, one an hour. */
function chain(length: number, authors: string[]): ThreadNode[] {
  return [item('p', null, 'op', 0), ...Array.from({ length }, (_, k) => item(`c${k}`, k === 0 ? 'p' : `c${k - 1}`, authors[k % authors.length]!, k + 1))];
}

describe('a chain of replies', () => {
  it('between two people taking turns is one back-and-forth as long as the chain', () => {
    const measures = measureThread({ nodes: chain(9, ['ann', 'bob']), annotations: {} });
    expect(measures.maxDepth).toBe(9);
    expect(measures.topLevel).toEqual([expect.objectContaining({ id: 'c0', size: 9, depth: 8, participants: 2 })]);
    expect(measures.longestBackAndForth).toEqual({ length: 9, authors: ['ann', 'bob'], ids: Array.from({ length: 9 }, (_, k) => `c${k}`) });
    expect(measures.topLevel[0]!.backAndForth!.length).toBe(9);
    expect(measures.topLevel[0]!.durationHours).toBe(8);
    expect(measures.topLevel[0]!.activity).toBeCloseTo(9 / 8, 12);
    expect(measures.pairs).toEqual([
      { a: 'ann', b: 'bob', aToB: 4, bToA: 4, total: 8 },
      { a: 'op', b: 'ann', aToB: 0, bToA: 1, total: 1 },
    ]);
    // ann and bob: op wrote the post, none of the comments.
    expect(measures.summary).toBe('9 comments by 2 people over 9 hours; all in one sub-debate; the longest back-and-forth is 9 comments between ann and bob.');
  });

  it('of three people in turn has no back-and-forth longer than a single reply', () => {
    const measures = measureThread({ nodes: chain(9, ['ann', 'bob', 'cy']), annotations: {} });
    expect(measures.longestBackAndForth!.length).toBe(2);
  });

  it('is broken where a deleted comment sits, and the two halves are measured apart', () => {
    const nodes = chain(9, ['ann', 'bob']);
    nodes[4] = { ...nodes[4]!, status: 'deleted', author: null };
    const measures = measureThread({ nodes, annotations: {} });
    expect(measures.longestBackAndForth!.ids).toEqual(['c4', 'c5', 'c6', 'c7', 'c8']);
    expect(measures.topLevel[0]!.backAndForth!.length).toBe(5);
    expect(measures.participants).toBe(2);
  });

  it('lists a big nested branch only when it holds at most half of the sub-debate around it', () => {
    const measures = measureThread({ nodes: chain(40, ['ann', 'bob']), annotations: {} }, { minSize: 5 });
    // Sizes halve at least each time: 40 → 20 → 10 → 5.
    expect(measures.branches.map((branch) => branch.size)).toEqual([20, 10, 5]);
    expect(measures.branches.every((branch) => branch.kind === 'branch')).toBe(true);
  });
});

describe('a star: a post with only direct replies', () => {
  const nodes = [item('p', null, 'op', 0), ...Array.from({ length: 12 }, (_, k) => item(`c${k}`, 'p', `u${k % 4}`, k / 4))];
  const measures = measureThread({ nodes, annotations: {} });

  it('has one sub-debate per reply, each of size 1 and depth 0, and no nested branches', () => {
    expect(measures.topLevel).toHaveLength(12);
    expect(measures.topLevel.every((debate) => debate.size === 1 && debate.depth === 0 && debate.participants === 1 && debate.activity === null)).toBe(true);
    expect(measures.branches).toEqual([]);
    expect(measures.maxDepth).toBe(1);
  });

  it('counts the first hour from the post: replies at 0, ¼, ½ and ¾ of an hour', () => {
    expect(measures.firstHour).toEqual({ from: new Date(T0).toISOString(), comments: 4, share: 4 / 12, participants: 4, subDebatesStarted: 4, busiest: { id: 'c0', comments: 1 } });
  });

  it('counts who replies to whom from the post author', () => {
    expect(measures.people.find((person) => person.author === 'op')!.repliesReceived).toBe(12);
    expect(measures.people.find((person) => person.author === 'u0')).toEqual(
      expect.objectContaining({ comments: 3, repliesGiven: 3, first: new Date(T0).toISOString(), last: new Date(T0 + 2 * HOUR).toISOString() }),
    );
  });

  it('buckets 2¾ hours of comments by 5 minutes, every comment once', () => {
    expect(measures.timeSeries!.bucketLabel).toBe('5 minutes');
    expect(measures.timeSeries!.counts.reduce((a, b) => a + b, 0)).toBe(12);
    expect(measures.timeSeries!.counts[0]).toBe(1);
    expect(measures.timeSeries!.counts[3]).toBe(1);
    expect(measures.timeSeries!.counts[1]).toBe(0);
  });
});

describe('tagged threads', () => {
  // p ← a (pro, 3 nodes: a, a1, a2) ; p ← b (con, 2 nodes) ; a ← a1 (con) ← a2 (question, unanswered)
  const nodes = [item('p', null, 'op', 0), item('a', 'p', 'ann', 1), item('a1', 'a', 'bob', 2), item('a2', 'a1', 'cy', 3), item('b', 'p', 'bob', 4), item('b1', 'b', 'ann', 5)];
  const annotations = tags({ a: 'pro', a1: 'con', a2: 'question', b: 'con', b1: 'question' });
  const measures = measureThread({ nodes, annotations });

  it('finds the questions nobody answered', () => {
    expect(measures.unansweredQuestions).toEqual({ count: 2, ids: ['a2', 'b1'] });
    expect(measures.topLevel.find((debate) => debate.id === 'a')!.unansweredQuestions).toBe(1);
    expect(measures.summary).toContain('2 questions got no reply');
  });

  it('weighs each pro and con by the replies it drew: a is 2 con nodes against 3 pro', () => {
    const a = measures.topLevel.find((debate) => debate.id === 'a')!;
    expect(a.tags).toEqual({ pro: 1, con: 1, question: 1 });
    expect(a.contestedness).toBeCloseTo(2 / (3 + 2), 12);
    expect(measures.topLevel.find((debate) => debate.id === 'b')!.contestedness).toBe(1);
  });

  it('profiles each participant by the tags of their comments', () => {
    expect(measures.people.find((person) => person.author === 'bob')!.tags).toEqual({ pro: 0, con: 2, question: 0 });
  });

  it('does not count a question as answered by a claim split out of it', () => {
    const split = [...nodes, item('a2-claim', 'a2', 'cy', null, { kind: 'claim', range: [0, 1] })];
    expect(measureThread({ nodes: split, annotations }).unansweredQuestions!.ids).toContain('a2');
  });

  it('leaves unanswered questions out until something is tagged', () => {
    const untagged = measureThread({ nodes, annotations: {} });
    expect(untagged.unansweredQuestions).toBeNull();
    expect(untagged.topLevel.every((debate) => debate.contestedness === null)).toBe(true);
  });
});

describe('a tree with no times', () => {
  it('has no time series, no first hour, no durations, and the summary says why', () => {
    const nodes = chain(5, ['ann', 'bob']).map((node) => ({ ...node, createdAt: null }));
    const measures = measureThread({ nodes, annotations: {}, source: { kind: 'hn', url: null, title: null, retrievedAt: null } });
    expect(measures.timeSeries).toBeNull();
    expect(measures.firstHour).toBeNull();
    expect(measures.topLevel[0]).toEqual(expect.objectContaining({ start: null, end: null, durationHours: null, activity: null }));
    expect(measures.summary).toBe('5 comments by 2 people; all in one sub-debate; the longest back-and-forth is 5 comments between ann and bob. The source gives no times, so nothing can be said about when it was written.');
  });

  it('an empty thread measures as nothing rather than failing', () => {
    const measures = measureThread({ nodes: [], annotations: {} });
    expect(measures).toEqual(expect.objectContaining({ nodes: 0, participants: 0, maxDepth: 0, topLevel: [], longestBackAndForth: null, timeSeries: null }));
  });
});
