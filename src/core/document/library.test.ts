import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import {
  cleanMapName,
  copyName,
  decidePending,
  decideSave,
  defaultMapName,
  orderRestoreCandidates,
  readEntry,
  readSavedMap,
  summarizeDocument,
  type LibraryEntry,
} from './library';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';

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
    expect(summary).toEqual({ id: 'm1', name: 'Memo', sourceKind: 'hn', nodeCount: 579, taggedCount: 1, savedAt: '2026-11-26T14:01:00.000Z', revision: 3 });
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

describe('readSavedMap', () => {
  it('opens a stored document through the file checks', () => {
    const document = openFixture(ALGOLIA);
    const read = readSavedMap(structuredClone(document));
    expect(read.ok && read.value.nodes.length).toBe(579);
  });

  it('explains why damaged stored values cannot be opened', () => {
    const missing = readSavedMap(undefined);
    expect(!missing.ok && missing.error.message).toBe('Its saved content is missing.');
    const text = readSavedMap('{"format": "threadmap", "nodes": [');
    expect(!text.ok && text.error.message).toMatch(/^Its saved content cannot be opened: This is not a Threadmap map/);
    const newer = readSavedMap({ ...openFixture(ALGOLIA), version: 9 });
    expect(!newer.ok && newer.error.kind).toBe('versionTooNew');
    const broken = readSavedMap({ format: 'threadmap', version: 1, source: 'x', nodes: 'none' });
    expect(broken.ok).toBe(false);
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

describe('decideSave', () => {
  const stored = entry('a', '2026-11-26T14:00:00.000Z', 4);

  it('writes the next revision when the stored one is the one this tab read', () => {
    expect(decideSave(stored, 4)).toEqual({ kind: 'write', revision: 5 });
  });

  it('writes revision 1 for a map never saved, and brings back a map deleted elsewhere while open', () => {
    expect(decideSave(null, 0)).toEqual({ kind: 'write', revision: 1 });
    expect(decideSave(null, 7)).toEqual({ kind: 'write', revision: 8 });
  });

  it('is a conflict, not a write, when another tab saved a newer revision', () => {
    expect(decideSave(stored, 3)).toEqual({ kind: 'conflict', theirs: stored });
    expect(decideSave(stored, 0)).toEqual({ kind: 'conflict', theirs: stored });
  });
});

describe('decidePending', () => {
  it('promotes a closing page’s changes unless someone saved the map after it read it', () => {
    expect(decidePending(entry('a', '2026-11-26T14:00:00.000Z', 2), 2)).toBe('promote');
    expect(decidePending(null, 0)).toBe('promote');
    expect(decidePending(entry('a', '2026-11-26T14:00:00.000Z', 3), 2)).toBe('copy');
  });
});

describe('copyName', () => {
  it('picks the first free copy name', () => {
    expect(copyName('Memo', ['Memo'])).toBe('Memo (copy)');
    expect(copyName('Memo', ['Memo', 'Memo (copy)', 'Memo (copy 2)'])).toBe('Memo (copy 3)');
    expect(copyName('Memo', [], 'unsaved changes')).toBe('Memo (unsaved changes)');
  });
});
