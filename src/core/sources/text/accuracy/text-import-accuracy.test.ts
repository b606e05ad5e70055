import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accuracyTable, measureAll, type AccuracyRow } from './measure-text-import';

// The floors sit just under what the importer reaches today (README, "Supported inputs"); a
// change that loses comment boundaries, parents or authors on real threads fails here.
const FLOORS: Record<string, { precision: number; recall: number; parent?: number; author?: number }> = {
  'HN Firebase (2,565 items) reader': { precision: 0.6, recall: 0.85, parent: 0.37 },
  'HN Firebase (2,565 items) headers': { precision: 0.99, recall: 0.99, parent: 0.53, author: 0.99 },
  'HN Algolia (579 items) reader': { precision: 0.57, recall: 0.83, parent: 0.38 },
  'HN Algolia (579 items) headers': { precision: 0.99, recall: 0.99, parent: 0.6, author: 0.99 },
  'Reddit reader': { precision: 0.65, recall: 0.93, parent: 0.64 },
  'Reddit headers': { precision: 0.99, recall: 0.99, parent: 0.66, author: 0.99 },
  'Lobsters reader': { precision: 0.5, recall: 0.7, parent: 0.8 },
  'Lobsters headers': { precision: 0.99, recall: 0.99, parent: 0.85, author: 0.99 },
  'Mastodon reader': { precision: 0.68, recall: 0.93, parent: 0.12 },
  'Mastodon headers': { precision: 0.99, recall: 0.96, parent: 0.15, author: 0.99 },
  'Discourse reader': { precision: 0.03, recall: 0.15, parent: 0.6 },
  'Discourse headers': { precision: 0.99, recall: 0.99, parent: 0.55, author: 0.99 },
  'shipped sample (hand-labelled) as shipped': { precision: 0.99, recall: 0.96 },
};

const root = process.cwd();
const rows: AccuracyRow[] = measureAll((file) => readFileSync(path.resolve(root, file), 'utf8'));

describe('the plain-text importer on copied text of real threads', () => {
  it('measures every recorded thread in both copy styles and the hand-labelled sample', () => {
    console.log(`Plain-text import accuracy\n${accuracyTable(rows)}`);
    expect(rows.map((row) => `${row.input} ${row.style}`)).toEqual(Object.keys(FLOORS));
  });

  it.each(Object.entries(FLOORS))('reaches its floors on %s', (key, floor) => {
    const { score } = rows.find((row) => `${row.input} ${row.style}` === key)!;
    expect(score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
    if (floor.parent !== undefined) expect(score.parentAccuracy).toBeGreaterThanOrEqual(floor.parent);
    if (floor.author !== undefined) expect(score.authorAccuracy).toBeGreaterThanOrEqual(floor.author);
  });

  it('finds at least 31 comments in the shipped sample, each where the hand labels put one', () => {
    const sample = rows[rows.length - 1]!.score;
    expect(sample.foundComments).toBeGreaterThanOrEqual(31);
    expect(sample.matched).toBe(sample.foundComments);
  });
});
