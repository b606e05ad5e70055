import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import {
  cleanMapName,
  copyName,
  defaultMapName,
  orderRestoreCandidates,
  readEntry,
  summarizeDocument,
  threadKeyOf,
  type LibraryEntry,
} from './library';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';
const MASTODON = 'mastodon_context_109294719267373593_rtoot.json';

const entry = (id: string, savedAt: string, revision = 1): LibraryEntry => ({
  id,
  name: id,
  sourceKind: 'hn',
  nodeCount: 3,
  taggedCount: 0,
  savedAt,
  revision,
});

describe('summarizeDocument', () => {
  it('counts the nodes and only the annotations that carry a tag', () => {
    const document = openFixture(ALGOLIA);
    document.annotations = {
      '14953048': { tag: 'con', updatedAt: '2026-11-26T14:00:00.000Z' },
      '14952787': { note: 'only a note', updatedAt: '2026-11-26T14:00:00.000Z' },
    };
    const summary = summarizeDocument(document, { id: 'm1', name: 'Memo', revision: 3, savedAt: '2026-11-26T14:01:00.000Z' });
    expect(summary).toEqual({ id: 'm1', name: 'Memo', sourceKind: 'hn', nodeCount: 579, taggedCount: 1, savedAt: '2026-11-26T14:01:00.000Z', revision: 3, threadKey: 'hn|https://news.ycombinator.com/item?id=14952787' });
  });

  it('[regression] counts the cards any coder coded in a map of several coders, whose main annotations hold only the gold, and categories that count as no tag', () => {
    const document = openFixture(ALGOLIA);
    const at = '2026-11-26T14:00:00.000Z';
    document.annotations = { '14953048': { tag: 'con', updatedAt: at, coder: 'Cleo' } };
    document.layers = [
      { coder: 'Ana', annotations: { '14953048': { tag: 'pro', updatedAt: at }, '14953024': { tag: 'pro', updatedAt: at } } },
      // RumourEval's "comment" counts as no tag; coded all the same.
      { coder: 'Ben', annotations: { '14953024': { category: 'comment', updatedAt: at }, '14959320': { category: 'comment', updatedAt: at }, '14952787': { note: 'only a note', updatedAt: at } } },
    ];
    expect(summarizeDocument(document, { id: 'm1', name: 'Memo', revision: 1, savedAt: at }).taggedCount).toBe(3);
  });
});

describe('threadKeyOf', () => {
  it('gives the same key to a thread opened twice and different keys to different threads', () => {
    const keys = [ALGOLIA, SAMPLE, MASTODON, 'lobsters_s-tdfoqh_compose-lobsters.json', 'reddit_r-redditdev_2ujhkr_comments_reddift.json'].map((name) => threadKeyOf(openFixture(name)));
    expect(keys.every((key) => typeof key === 'string' && key.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(threadKeyOf(openFixture(SAMPLE))).toBe(keys[1]);
    expect(threadKeyOf(openFixture(MASTODON))).toBe(keys[2]);
  });

  it('does not count a tag on the root, which an older file may hold', () => {
    const document = openFixture(ALGOLIA);
    document.annotations = {
      '14953048': { tag: 'con', updatedAt: '2026-11-26T14:00:00.000Z' },
      '14952787': { tag: 'pro', updatedAt: '2026-11-26T14:00:00.000Z' },
    };
    expect(summarizeDocument(document, { id: 'm1', name: 'Memo', revision: 1, savedAt: '2026-11-26T14:01:00.000Z' }).taggedCount).toBe(1);
  });
});

describe('defaultMapName', () => {
  it('names a map after its thread title', () => {
    expect(defaultMapName(openFixture(ALGOLIA))).toBe('Google Fires Employee Behind Controversial Diversity Memo');
  });

  it('falls back to the first words of the opening post when the thread has no title', () => {
    const document = openFixture(SAMPLE);
    document.source = { ...document.source, title: null };
    const { title: _title, ...root } = document.nodes[0]!;
    document.nodes[0] = root;
    const name = defaultMapName(document);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(root.text.replace(/\s+/g, ' ').startsWith(name.replace(/…$/, ''))).toBe(true);
  });

  it('names a Mastodon map, whose root is a bare placeholder, after the first author and their opening words', () => {
    const name = defaultMapName(openFixture(MASTODON));
    expect(name).not.toBe('Untitled map');
    expect(name.startsWith('austinkocher: The best way to keep this development going')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(80);
  });

  it('cleans a typed name to one trimmed line and refuses a blank one', () => {
    expect(cleanMapName('  Memo\n thread  ')).toBe('Memo thread');
    expect(cleanMapName(' \n\t ')).toBeNull();
  });
});

describe('readEntry', () => {
  it('reads a well-formed index record back', () => {
    const read = readEntry({ ...entry('a', '2026-11-26T14:00:00.000Z', 2), savedBy: 'tab-1' }, 'a');
    expect(read).toMatchObject({ ok: true, value: { id: 'a', revision: 2, savedBy: 'tab-1' } });
  });

  it('gives a reason for records of the wrong shape', () => {
    const good = entry('a', '2026-11-26T14:00:00.000Z');
    const cases: [unknown, string, RegExp][] = [
      ['garbage', 'a', /not an object/],
      [null, 'a', /not an object/],
      [good, 'b', /another map/],
      [{ ...good, revision: 0 }, 'a', /revision/],
      [{ ...good, savedAt: 'yesterday' }, 'a', /save time/],
      [{ ...good, nodeCount: -1 }, 'a', /counts/],
      [{ ...good, name: 7 }, 'a', /name/],
    ];
    for (const [raw, key, reason] of cases) {
      const read = readEntry(raw, key);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(reason);
    }
  });
});

describe('orderRestoreCandidates', () => {
  const entries = [entry('old', '2026-01-01T00:00:00.000Z'), entry('new', '2026-03-01T00:00:00.000Z'), entry('mid', '2026-02-01T00:00:00.000Z')];

  it('tries the map open last first, then the others newest first', () => {
    expect(orderRestoreCandidates(entries, 'old')).toEqual(['old', 'new', 'mid']);
  });

  it('goes by save time when the map open last is gone or unknown', () => {
    expect(orderRestoreCandidates(entries, 'deleted')).toEqual(['new', 'mid', 'old']);
    expect(orderRestoreCandidates(entries, null)).toEqual(['new', 'mid', 'old']);
  });

  it('has nothing to restore in an empty library, so the sample opens', () => {
    expect(orderRestoreCandidates([], 'x')).toEqual([]);
  });
});

describe('copyName', () => {
  it('picks the first free copy name', () => {
    expect(copyName('Memo', ['Memo'])).toBe('Memo (copy)');
    expect(copyName('Memo', ['Memo', 'Memo (copy)', 'Memo (copy 2)'])).toBe('Memo (copy 3)');
    expect(copyName('Memo', [], 'unsaved changes')).toBe('Memo (unsaved changes)');
  });
});
