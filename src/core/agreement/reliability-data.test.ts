import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha';
import { buildReliabilityData, pairableUnitIndexes, selectUnits } from './reliability-data';

const tags = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('reliability data', () => {
  const data = buildReliabilityData(
    ['c1', 'c2', 'c3', 'c4'],
    [
      { coder: 'ana', tags: tags({ c1: 'pro', c2: 'con', c3: 'question', c4: 'pro' }) },
      { coder: 'ben', tags: tags({ c1: 'pro', c2: 'pro', c4: 'con' }) },
    ],
    ['pro', 'con', 'question'],
  );

  it('puts each coder’s tag in the unit’s row as a category index, untagged as null', () => {
    expect(data.coders).toEqual(['ana', 'ben']);
    expect(data.values).toEqual([[0, 0], [1, 0], [2, null], [0, 1]]);
    expect(pairableUnitIndexes(data)).toEqual([0, 1, 3]);
  });

  it('refuses a category list with a name twice', () => {
    expect(() => buildReliabilityData([], [], ['pro', 'pro'])).toThrow(/distinct/);
  });

  it('keeps only the chosen units, so a sub-debate’s alpha is the alpha of its own rows', () => {
    const part = selectUnits(data, (id) => id !== 'c2');
    expect(part.units).toEqual(['c1', 'c3', 'c4']);
    expect(krippendorffAlpha(part)).toBe(krippendorffAlpha(buildReliabilityData(
      ['c1', 'c3', 'c4'],
      [
        { coder: 'ana', tags: tags({ c1: 'pro', c3: 'question', c4: 'pro' }) },
        { coder: 'ben', tags: tags({ c1: 'pro', c4: 'con' }) },
      ],
      ['pro', 'con', 'question'],
    )));
  });
});
