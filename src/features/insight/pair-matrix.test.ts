import { describe, expect, it } from 'vitest';
import { pairMatrix } from './pair-matrix';

describe('the who-replies-to-whom matrix', () => {
  it('takes the people of the strongest pairs and fills in every reply among them, by direction', () => {
    const pairs = [
      { a: 'ann', b: 'bob', aToB: 5, bToA: 4, total: 9 },
      { a: 'bob', b: 'cat', aToB: 1, bToA: 3, total: 4 },
      { a: 'dan', b: 'eve', aToB: 2, bToA: 0, total: 2 },
      { a: 'ann', b: 'cat', aToB: 0, bToA: 1, total: 1 },
    ];
    const matrix = pairMatrix(pairs, 3);
    expect(matrix.people).toEqual(['ann', 'bob', 'cat']);
    expect(matrix.counts).toEqual([
      [0, 5, 0],
      [4, 0, 1],
      [1, 3, 0],
    ]);
    expect(matrix.max).toBe(5);
  });
});
