import { describe, expect, it } from 'vitest';
import { sortSubDebates } from './sort-sub-debates';
import type { SubDebate } from './sub-debates';

const debate = (id: string, size: number, extra: Partial<SubDebate> = {}): SubDebate => ({
  id,
  kind: 'top-level',
  size,
  comments: size,
  depth: 0,
  participants: 1,
  start: null,
  end: null,
  durationHours: null,
  activity: null,
  backAndForth: null,
  tags: { pro: 0, con: 0, question: 0 },
  unansweredQuestions: 0,
  contestedness: null,
  ...extra,
});

describe('sorting sub-debates', () => {
  const list = [
    debate('a', 3, { activity: 2, start: '2020-01-02T00:00:00.000Z', backAndForth: { length: 4, authors: ['x', 'y'], ids: [] } }),
    debate('b', 9, { activity: null }),
    debate('c', 5, { activity: 7, start: '2020-01-01T00:00:00.000Z' }),
    debate('d', 5, { activity: 2 }),
  ];

  it('puts the largest value first, unknown values last and breaks ties by comments', () => {
    expect(sortSubDebates(list, 'activity').map((d) => d.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(sortSubDebates(list, 'comments').map((d) => d.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(sortSubDebates(list, 'backAndForth').map((d) => d.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts the earliest start first', () => {
    expect(sortSubDebates(list, 'start').map((d) => d.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('the Comments order', () => {
  it('ranks by comments, not by nodes: a sub-debate of many stubs is not the biggest', () => {
    const stubby = debate('stubby', 40, { comments: 3 });
    const talked = debate('talked', 12, { comments: 12 });
    expect(sortSubDebates([stubby, talked], 'comments').map((d) => d.id)).toEqual(['talked', 'stubby']);
  });
});
