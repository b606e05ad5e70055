import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { applyAnnotationChanges } from '../../core/annotations/apply';
import type { ThreadmapDocument } from '../../core/document/types';
import {
  deleteSaved,
  listDamaged,
  loadLibrary,
  pendingWrites,
  readLastOpen,
  readSaved,
  renameSaved,
  saveMap,
  settlePending,
  setAside,
  type SaveRequest,
} from './library-service';
import { createMemoryStorage } from './memory-storage';
import { describeStorageError } from './storage';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';
const at = '2026-11-26T14:00:00.000Z';

function tagged(document: ThreadmapDocument, id: string, tag: 'pro' | 'con' | 'question'): ThreadmapDocument {
  return { ...document, annotations: applyAnnotationChanges(document.annotations, [{ type: 'tag', id, tag, at }]) };
}

const request = (document: ThreadmapDocument, fields: Partial<SaveRequest> = {}): SaveRequest => ({
  id: 'memo',
  baseRevision: 0,
  name: null,
  document,
  history: null,
  tabId: 'tab-a',
  savedAt: at,
  ...fields,
});

let ids = 0;
const newId = () => `copy-${++ids}`;

describe('saveMap', () => {
  it('saves a new map with its index record, undo history and as the map open last', async () => {
    const storage = createMemoryStorage();
    const document = tagged(openFixture(ALGOLIA), '14953048', 'con');
    const outcome = await saveMap(storage, request(document, { history: { past: [{ annotations: { set: {}, removed: ['14953048'] } }], future: [] } }));
    expect(outcome).toEqual({ kind: 'saved', entry: { id: 'memo', name: 'Google Fires Employee Behind Controversial Diversity Memo', sourceKind: 'hn', nodeCount: 579, taggedCount: 1, savedAt: at, revision: 1, savedBy: 'tab-a', threadKey: 'hn|https://news.ycombinator.com/item?id=14952787' } });
    expect(await readLastOpen(storage)).toBe('memo');
    const read = await readSaved(storage, 'memo', at);
    expect(read.ok && read.value.document.annotations['14953048']?.tag).toBe('con');
    expect(read.ok && read.value.history?.past).toHaveLength(1);
  });

  it('refuses to overwrite a newer revision saved by another tab, and writes nothing', async () => {
    const storage = createMemoryStorage();
    const document = openFixture(ALGOLIA);
    await saveMap(storage, request(document));
    // Both tabs read revision 1; the second tab saves first.
    const theirs = await saveMap(storage, request(tagged(document, '14953048', 'pro'), { baseRevision: 1, tabId: 'tab-b' }));
    expect(theirs.kind === 'saved' && theirs.entry.revision).toBe(2);
    const writes = storage.writeCount;
    const mine = await saveMap(storage, request(tagged(document, '14953048', 'con'), { baseRevision: 1 }));
    expect(mine).toMatchObject({ kind: 'conflict', theirs: { revision: 2, savedBy: 'tab-b' } });
    expect(storage.writeCount).toBe(writes);
    const read = await readSaved(storage, 'memo', at);
    expect(read.ok && read.value.document.annotations['14953048']?.tag).toBe('pro');
  });

  it('keeps a name given in another tab when this tab saves the map again', async () => {
    const storage = createMemoryStorage();
    await saveMap(storage, request(openFixture(ALGOLIA)));
    expect(await renameSaved(storage, 'memo', 'Memo thread, first pass')).toBe(true);
    const outcome = await saveMap(storage, request(openFixture(ALGOLIA), { baseRevision: 1, name: 'stale name' }));
    expect(outcome.kind === 'saved' && outcome.entry.name).toBe('Memo thread, first pass');
  });

  it('fails as a whole when the storage is full, and the failure reads as storage full', async () => {
    const storage = createMemoryStorage();
    storage.failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failure = await saveMap(storage, request(openFixture(ALGOLIA))).catch((error: unknown) => error);
    expect(describeStorageError(failure)).toMatchObject({ kind: 'quota', message: expect.stringMatching(/storage for this site is full/) });
    expect((await loadLibrary(storage, at)).entries).toEqual([]);
  });
});

describe('what a closing page leaves behind', () => {
  it('is written to a store no save uses, so a save under way cannot hold it up', () => {
    const writes = pendingWrites(request(openFixture(ALGOLIA)));
    expect(writes.map((write) => write.store)).toEqual(['pending']);
  });

  it('becomes the next revision when nobody saved the map since', async () => {
    const storage = createMemoryStorage();
    const document = openFixture(ALGOLIA);
    await saveMap(storage, request(document));
    storage.writeNow(pendingWrites(request(tagged(document, '14953048', 'question'), { baseRevision: 1 })));
    await saveMap(storage, request(openFixture(LOBSTERS), { id: 'other' }));
    expect(await readLastOpen(storage)).toBe('other');
    const settled = await settlePending(storage, newId);
    expect(settled).toEqual({ promoted: ['memo'], copies: [], dropped: [] });
    expect(await readLastOpen(storage)).toBe('memo');
    const read = await readSaved(storage, 'memo', at);
    expect(read.ok && read.value.entry.revision).toBe(2);
    expect(read.ok && read.value.document.annotations['14953048']?.tag).toBe('question');
    expect(await storage.list('pending')).toEqual([]);
  });

  it('still wins over its own save that was under way as the page closed', async () => {
    const storage = createMemoryStorage();
    const document = openFixture(ALGOLIA);
    await saveMap(storage, request(document));
    // A save of an earlier state was under way as the page closed: it lands as revision 2, while
    // the closing page, which never heard back, writes its last changes as based on revision 1.
    await saveMap(storage, request(document, { baseRevision: 1 }));
    storage.writeNow(pendingWrites(request(tagged(document, '14953048', 'pro'), { baseRevision: 1 })));
    const settled = await settlePending(storage, newId);
    expect(settled.promoted).toEqual(['memo']);
    const read = await readSaved(storage, 'memo', at);
    expect(read.ok && read.value.document.annotations['14953048']?.tag).toBe('pro');
  });

  it('is kept as a copy when another tab saved the map after it was read', async () => {
    const storage = createMemoryStorage();
    const document = openFixture(ALGOLIA);
    await saveMap(storage, request(document));
    storage.writeNow(pendingWrites(request(tagged(document, '14953048', 'pro'), { baseRevision: 1 })));
    await saveMap(storage, request(tagged(document, '14953048', 'con'), { baseRevision: 1, tabId: 'tab-b' }));
    const settled = await settlePending(storage, newId);
    expect(settled.copies).toHaveLength(1);
    expect(settled.copies[0]!.name).toBe('Google Fires Employee Behind Controversial Diversity Memo (unsaved changes)');
    const theirs = await readSaved(storage, 'memo', at);
    const mine = await readSaved(storage, settled.copies[0]!.id, at);
    expect(theirs.ok && theirs.value.document.annotations['14953048']?.tag).toBe('con');
    expect(mine.ok && mine.value.document.annotations['14953048']?.tag).toBe('pro');
  });

  it('is dropped with a reason when it cannot be read', async () => {
    const storage = createMemoryStorage();
    storage.putRaw('pending', 'tab-x|memo', { mapId: 'memo', tabId: 'tab-x', baseRevision: 0, savedAt: at, document: 'garbage' });
    const settled = await settlePending(storage, newId);
    expect(settled.dropped).toEqual([expect.stringMatching(/not a Threadmap map/)]);
    expect(await storage.list('pending')).toEqual([]);
  });
});

describe('damaged saved maps', () => {
  it('sets aside an unreadable map with its raw value and loads the others', async () => {
    const storage = createMemoryStorage();
    await saveMap(storage, request(openFixture(ALGOLIA)));
    await saveMap(storage, request(openFixture(LOBSTERS), { id: 'lobsters' }));
    storage.putRaw('maps', 'lobsters', '{"format": "threadmap", "nodes": [');
    // Damage shows when the map is read, with a reason; the map is then set aside.
    const read = await readSaved(storage, 'lobsters', at);
    expect(!read.ok && read.error).toMatch(/^Its saved content cannot be opened: This is not a Threadmap map/);
    const damaged = await setAside(storage, 'lobsters', read.ok ? '' : read.error, at);
    expect(damaged).toMatchObject({ id: 'lobsters', name: "Ranking comments by sum of replies' scores" });
    expect((await loadLibrary(storage, at)).entries.map((entry) => entry.id)).toEqual(['memo']);
    expect((await listDamaged(storage)).map((record) => record.value)).toEqual(['{"format": "threadmap", "nodes": [']);
    const other = await readSaved(storage, 'memo', at);
    expect(other.ok && other.value.document.nodes).toHaveLength(579);
  });

  it('settles index records and documents that do not match while loading the library', async () => {
    const storage = createMemoryStorage();
    const document = openFixture(ALGOLIA);
    await saveMap(storage, request(document));
    await saveMap(storage, request(openFixture(LOBSTERS), { id: 'lobsters' }));
    storage.putRaw('entries', 'lobsters', { id: 'lobsters', name: 'Composing', revision: 'three' });
    storage.putRaw('maps', 'orphan', structuredClone(document));
    storage.putRaw('entries', 'gone', { id: 'gone', name: 'Lost content', sourceKind: 'hn', nodeCount: 1, taggedCount: 0, savedAt: at, revision: 1 });
    storage.putRaw('entries', 'junk', { id: 'junk', name: 'Junk' });
    storage.putRaw('maps', 'junk', 42);

    const library = await loadLibrary(storage, at);
    expect(library.entries.map((entry) => entry.id).sort()).toEqual(['lobsters', 'memo', 'orphan']);
    const rebuilt = library.entries.find((entry) => entry.id === 'lobsters')!;
    expect(rebuilt).toMatchObject({ name: 'Composing', sourceKind: 'lobsters', revision: 1 });
    expect(library.setAside.map((entry) => [entry.id, entry.name]).sort()).toEqual([['gone', 'Lost content'], ['junk', 'Junk']]);
    expect(library.setAside.find((entry) => entry.id === 'gone')!.reason).toBe('Its saved content is missing.');

    const damaged = await listDamaged(storage);
    expect(damaged.find((record) => record.id === 'junk')!.value).toBe(42);
    // Settled once: loading again finds nothing new to set aside.
    expect((await loadLibrary(storage, at)).setAside).toEqual([]);
  });

  it('opens a map whose undo history is damaged, without the history and saying so', async () => {
    const storage = createMemoryStorage();
    await saveMap(storage, request(openFixture(ALGOLIA)));
    storage.putRaw('history', 'memo', { past: 'nope' });
    const read = await readSaved(storage, 'memo', at);
    expect(read.ok && read.value.history).toBeNull();
    expect(read.ok && read.value.warnings).toContain('The undo history saved with this map could not be read; undo starts afresh.');
  });
});

describe('deleteSaved', () => {
  it('removes the map and forgets it as the map open last', async () => {
    const storage = createMemoryStorage();
    await saveMap(storage, request(openFixture(ALGOLIA)));
    await deleteSaved(storage, 'memo');
    expect(await readLastOpen(storage)).toBeNull();
    expect(await storage.keys('maps')).toEqual([]);
    expect((await loadLibrary(storage, at)).entries).toEqual([]);
  });
});
