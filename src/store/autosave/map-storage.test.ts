import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { historyAfter } from '../../core/operations/history';
import type { Operation } from '../../core/operations/types';
import { TEXT, canonical, editorSession, openRecorded, operation } from '../../core/operations/testing/operation-fixtures';
import { DATABASE_NAME, openMapStorage } from './map-storage';
import { describeStorageError } from './storage';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const at = '2026-11-30T14:00:00.000Z';
const fields = (name: string, revision = 1) => ({ name, revision, history: null, savedAt: at, lastOpen: true });

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

/** Raw access to the stores, as a damaged or foreign write would reach them. */
const raw = () => openDB(DATABASE_NAME);

/** The log's records as the session writes them: editsOf's edits are steps, its last two undos. */
const logged = (ops: readonly Operation[]) => ops.map((op) => ({ op, step: op.id.startsWith('undo-') ? ('undo' as const) : ('do' as const) }));

/** Real editor operations on the recorded text thread, with the last two undone (inverse operations), and the map the editor ends with. */
function editsOf(snapshot = openRecorded(TEXT)) {
  const ops = [
    operation('tag', { id: 't2', tag: 'con' }, 1),
    operation('move', { id: 't10', parent: 't2' }, 2),
    operation('merge', { id: 't9', confirmed: true }, 3),
    operation('split', { id: 't3', range: [0, 30] }, 4),
    operation('note', { id: 't4', note: 'Asks for a source' }, 5),
  ];
  const session = editorSession(snapshot, ops, 2);
  return { snapshot, ops: session.records.map(({ op }) => op), document: session.document };
}

describe('saved maps in IndexedDB', () => {
  it('saves a map and reads it back after the database is opened again', async () => {
    const storage = await openMapStorage();
    const document = openFixture(ALGOLIA);
    const entry = await storage.saveSnapshot('m1', document, fields('Memo'));
    expect(entry).toMatchObject({ id: 'm1', name: 'Memo', sourceKind: 'hn', nodeCount: document.nodes.length, revision: 1 });
    storage.close();

    const again = await openMapStorage();
    expect(await again.lastOpen()).toBe('m1');
    const read = await again.loadMap('m1', at);
    if (!read.ok) throw new Error(read.error);
    expect(canonical(read.value.document)).toBe(canonical(document));
    expect(read.value.ops).toEqual([]);
  });

  it('lists the library from metadata alone, newest first, without reading the maps', async () => {
    const storage = await openMapStorage();
    await storage.saveSnapshot('old', openFixture(ALGOLIA), { ...fields('Older'), savedAt: '2026-11-01T00:00:00.000Z' });
    await storage.saveSnapshot('new', openRecorded(TEXT), fields('Newer'));
    // A map whose content no longer reads: listing does not notice, since it reads no map.
    const db = await raw();
    await db.put('maps', '{"format": "threadmap", "nodes": [', 'old');
    db.close();
    const listed = await storage.listLibrary();
    expect(listed.entries.map((entry) => [entry.name, entry.sourceKind])).toEqual([
      ['Newer', 'text'],
      ['Older', 'hn'],
    ]);
    expect(listed.suspects).toEqual([]);
    // It is found out when opened.
    const read = await storage.loadMap('old', at);
    expect(read.ok).toBe(false);
  });

  it('names damaged entries as suspects, rebuilds a damaged index record from its map, and sets aside a map that does not read', async () => {
    const storage = await openMapStorage();
    await storage.saveSnapshot('good', openFixture(ALGOLIA), fields('Memo'));
    await storage.saveSnapshot('bad', openRecorded(TEXT), fields('Unikernel'));
    const db = await raw();
    await db.put('entries', { id: 'good', name: 'Memo', revision: 'x' }, 'good');
    await db.put('maps', { format: 'threadmap', version: 1, nodes: 'broken' }, 'bad');
    await db.put('maps', openRecorded(TEXT), 'orphan');
    db.close();

    const listed = await storage.listLibrary();
    expect(listed.entries.map((entry) => entry.id)).toEqual(['bad']);
    expect(listed.suspects.map((suspect) => suspect.id).sort()).toEqual(['good', 'orphan']);

    const rebuilt = await storage.loadMap('good', at);
    expect(rebuilt.ok && rebuilt.value.entry).toMatchObject({ id: 'good', name: 'Memo', sourceKind: 'hn' });
    expect((await storage.listLibrary()).entries.map((entry) => entry.id).sort()).toEqual(['bad', 'good']);

    const bad = await storage.loadMap('bad', at);
    expect(bad.ok).toBe(false);
    expect(await storage.setAside('bad', bad.ok ? '' : bad.error, at)).toMatchObject({ id: 'bad', name: 'Unikernel' });
    expect((await storage.listDamaged()).map((record) => [record.id, record.value])).toEqual([['bad', { format: 'threadmap', version: 1, nodes: 'broken' }]]);
    expect((await storage.listLibrary()).entries.map((entry) => entry.id)).toEqual(['good']);
  });

  it('replays the operation log onto its snapshot: tags, a move, a merge, a split and two undos', async () => {
    const log = editsOf();
    const storage = await openMapStorage();
    await storage.saveSnapshot('m', log.snapshot, fields('Unikernel'));
    await storage.appendOperations('m', logged(log.ops.slice(0, 3)));
    await storage.appendOperations('m', logged(log.ops.slice(3)));
    storage.close();

    const read = await (await openMapStorage()).loadMap('m', at);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.ops.map(({ op }) => op.id)).toEqual(log.ops.map((op) => op.id));
    expect(canonical(read.value.snapshot)).toBe(canonical(log.snapshot));
    expect(canonical(read.value.document)).toBe(canonical(log.document));
    expect(read.value.document.annotations.t2?.tag).toBe('con');
    expect(read.value.document.nodes.some((node) => node.id === 't9')).toBe(false);
  });

  it('gives back the undo history the log made: each edit a step, each undo an undo; a version-3 record (a bare operation) reads as a step', async () => {
    const log = editsOf();
    const storage = await openMapStorage();
    await storage.saveSnapshot('m', log.snapshot, fields('Unikernel'));
    await storage.appendOperations('m', logged(log.ops));
    const read = await storage.loadMap('m', at);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.ops.map(({ step }) => step)).toEqual(['do', 'do', 'do', 'do', 'do', 'undo', 'undo']);
    const history = historyAfter(null, read.value.ops);
    // Tag, move and merge are still done; the note, then the split, were undone and can be redone, newest last.
    expect(history.past.map((entry) => entry.op.kind)).toEqual(['tag', 'move', 'merge']);
    expect(history.future.map((entry) => entry.op.kind)).toEqual(['note', 'split']);

    const db = await raw();
    await db.put('ops', operation('tag', { id: 't4', tag: 'pro' }, 8), ['m', log.ops.length]);
    db.close();
    const again = await storage.loadMap('m', at);
    if (!again.ok) throw new Error(again.error);
    expect(again.value.ops.at(-1)).toMatchObject({ op: { kind: 'tag', payload: { id: 't4', tag: 'pro' } }, step: 'do' });
    expect(again.value.document.annotations.t4?.tag).toBe('pro');
  });

  it('compacts: a new snapshot takes in the log, and operations appended after it are kept', async () => {
    const log = editsOf();
    const storage = await openMapStorage();
    await storage.saveSnapshot('m', log.snapshot, fields('Unikernel'));
    await storage.appendOperations('m', logged(log.ops.slice(0, 4)));
    const upToFour = editorSession(log.snapshot, log.ops.slice(0, 4), 0).document;
    // Issued in this order, as the session does: the snapshot, then a change made right after.
    const snapshotting = storage.saveSnapshot('m', upToFour, fields('Unikernel', 2));
    const appending = storage.appendOperations('m', logged(log.ops.slice(4)));
    await Promise.all([snapshotting, appending]);

    const db = await raw();
    expect(await db.count('ops')).toBe(log.ops.length - 4);
    db.close();
    const read = await storage.loadMap('m', at);
    if (!read.ok) throw new Error(read.error);
    expect(canonical(read.value.snapshot)).toBe(canonical(upToFour));
    expect(canonical(read.value.document)).toBe(canonical(log.document));
  });

  it('keeps the operations that replay and warns about the first that does not', async () => {
    const log = editsOf();
    const storage = await openMapStorage();
    await storage.saveSnapshot('m', log.snapshot, fields('Unikernel'));
    await storage.appendOperations('m', logged([log.ops[0]!, operation('tag', { id: 'gone', tag: 'pro' }, 9), log.ops[1]!]));
    const read = await storage.loadMap('m', at);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.ops.map(({ op }) => op.id)).toEqual([log.ops[0]!.id]);
    expect(read.value.document.annotations.t2?.tag).toBe('con');
    expect(read.value.warnings.join(' ')).toMatch(/The last 2 changes saved to this map could not be read.*no card/);
  });

  it('refuses to append to a map it has not snapshotted or loaded, since the positions are unknown', async () => {
    const storage = await openMapStorage();
    await expect(storage.appendOperations('m', logged([operation('tag', { id: 't2', tag: 'pro' })]))).rejects.toThrow(/no snapshot here/);
  });

  it('renames, deletes, and forgets a deleted map as the one open last', async () => {
    const storage = await openMapStorage();
    await storage.saveSnapshot('m', openFixture(ALGOLIA), fields('Memo'));
    expect(await storage.rename('m', 'Memo, first pass')).toBe(true);
    expect((await storage.listLibrary()).entries[0]?.name).toBe('Memo, first pass');
    await storage.remove('m');
    expect(await storage.listLibrary()).toEqual({ entries: [], suspects: [] });
    expect(await storage.lastOpen()).toBeNull();
  });
});

describe('storage failures, as the user is told of them', () => {
  it('a full storage fails the whole snapshot, keeps the earlier one, and reads as storage full', async () => {
    const storage = await openMapStorage();
    const document = openFixture(ALGOLIA);
    await storage.saveSnapshot('m', document, fields('Memo'));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function full(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'history') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    const changed = { ...document, annotations: { '14953048': { tag: 'con' as const, updatedAt: at } } };
    const error = await storage.saveSnapshot('m', changed, { ...fields('Memo', 2), history: { past: [], future: [] } }).catch((caught: unknown) => caught);
    IDBObjectStore.prototype.put = put;
    expect(describeStorageError(error)).toMatchObject({ kind: 'quota', message: expect.stringMatching(/storage for this site is full/) });
    const read = await storage.loadMap('m', at);
    expect(read.ok && read.value.document.annotations['14953048']).toBeUndefined();
  });

  it('a tab of an older version that keeps the database open blocks it, which reads as saving being off', async () => {
    const old = await openDB(DATABASE_NAME, 1, { upgrade: (db) => void db.createObjectStore('pending') });
    const error = await openMapStorage().catch((caught: unknown) => caught);
    expect(describeStorageError(error, true)).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/not being saved.*older version/) });
    old.close();
  });

  it('upgrades a version-1 database, keeping its saved maps and settling what closing pages left', async () => {
    const document = openFixture(ALGOLIA);
    const v1 = await openDB(DATABASE_NAME, 1, {
      upgrade: (db) => ['entries', 'maps', 'history', 'pending', 'damaged', 'meta'].forEach((name) => db.createObjectStore(name)),
    });
    const entry = (id: string, revision: number) => ({ id, name: `Memo ${id}`, sourceKind: 'hn', nodeCount: document.nodes.length, taggedCount: 0, savedAt: at, revision });
    const tagged = { ...document, annotations: { '14953048': { tag: 'con', updatedAt: at } } };
    const pending = (mapId: string, baseRevision: number) => ({ mapId, tabId: 'closed-tab', baseRevision, name: null, document: tagged, history: null, savedAt: at });
    for (const [id, revision] of [['kept', 3], ['newer', 5]] as const) {
      await v1.put('maps', document, id);
      await v1.put('entries', entry(id, revision), id);
    }
    // Written by a tab as it closed: onto the revision it read (kept), and behind a newer save (newer).
    await v1.put('pending', pending('kept', 3), 'closed-tab|kept');
    await v1.put('pending', pending('newer', 3), 'closed-tab|newer');
    v1.close();

    const storage = await openMapStorage();
    expect((await storage.listLibrary()).entries.map((listed) => [listed.id, listed.name]).sort()).toEqual([
      ['kept', 'Memo kept'],
      ['newer', 'Memo newer'],
    ]);
    const kept = await storage.loadMap('kept', at);
    const newer = await storage.loadMap('newer', at);
    expect(kept.ok && kept.value.document.annotations['14953048']?.tag).toBe('con');
    expect(newer.ok && newer.value.document.annotations['14953048']).toBeUndefined();
    const db = await raw();
    expect([...db.objectStoreNames]).not.toContain('pending');
    db.close();
  });

  it('upgrades a version-2 database: the maps and their logs stay, the undo histories of the old shape go without a warning', async () => {
    const document = openFixture(ALGOLIA);
    const v2 = await openDB(DATABASE_NAME, 2, {
      upgrade: (db) => ['entries', 'maps', 'history', 'ops', 'damaged', 'meta'].forEach((name) => db.createObjectStore(name)),
    });
    await v2.put('maps', document, 'memo');
    await v2.put('entries', { id: 'memo', name: 'Memo', sourceKind: 'hn', nodeCount: document.nodes.length, taggedCount: 0, savedAt: at, revision: 2 }, 'memo');
    // Version 2 kept states of the nodes, links and main annotations, each as a difference.
    await v2.put('history', { past: [{ annotations: { set: {}, removed: ['14953048'] } }], future: [] }, 'memo');
    v2.close();

    const storage = await openMapStorage();
    const read = await storage.loadMap('memo', at);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.history).toBeNull();
    expect(read.value.warnings).toEqual([]);
    expect(read.value.document.nodes).toHaveLength(document.nodes.length);
  });
});
