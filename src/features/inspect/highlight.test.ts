import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/support/fixtures';
import { highlightRanges, queryTerms } from './highlight';

/** Every occurrence of each term by a plain scan, one character position at a time. */
function markedPositions(text: string, terms: string[]): Set<number> {
  const marked = new Set<number>();
  for (const term of terms) {
    for (let i = 0; i + term.length <= text.length; i++) {
      if (text.slice(i, i + term.length).toLowerCase() === term) for (let j = i; j < i + term.length; j++) marked.add(j);
    }
  }
  return marked;
}

describe('highlightRanges', () => {
  it('marks every occurrence of every word, in any case, as the map’s find matches them', () => {
    const text = readFixture('hn-text_eggos-unikernel-thread.txt');
    for (const query of ['E1000', 'the driver', 'go  unikernel', 'nanos']) {
      const terms = queryTerms(query);
      const ranges = highlightRanges(text, terms);
      const covered = new Set<number>();
      for (const [start, end] of ranges) for (let i = start; i < end; i++) covered.add(i);
      expect(covered).toEqual(markedPositions(text, terms));
      // Sorted and apart: each range starts after the previous one ends.
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    }
  });

  it('joins overlapping words into one mark and marks nothing for an empty query', () => {
    expect(highlightRanges('unikernels', ['kernel', 'uni'])).toEqual([[0, 9]]);
    expect(highlightRanges('anything', queryTerms('   '))).toEqual([]);
  });
});
