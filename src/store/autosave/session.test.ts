import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import type { Operation } from '../../core/operations';
import { createEditor, type Editor } from '../editor';
import { isCodingBlind } from '../own-annotation';
import { DATABASE_NAME, openMapStorage, type MapStorage } from './map-storage';
import { startSession as start } from './restore';
import { createAutosaveSession, type AutosaveSession, type LibraryMessage, type SampleDocument } from './session';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';
const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';
const MASTODON = 'mastodon_context_109294719267373593_rtoot.json';
const at = '2026-11-26T14:00:00.000Z';

const sessions: AutosaveSession[] = [];
const storages: MapStorage[] = [];
/** The page's editor: one per test, shared by the sessions a test starts (a reload keeps nothing else). */
let editor: Editor = createEditor();
const openDocument = (...args: Parameters<Editor['actions']['openDocument']>) => editor.actions.openDocument(...args);
const select = (...args: Parameters<Editor['actions']['select']>) => editor.actions.select(...args);
const setNote = (...args: Parameters<Editor['actions']['setNote']>) => editor.actions.setNote(...args);
const setTag = (...args: Parameters<Editor['actions']['setTag']>) => editor.actions.setTag(...args);
const undo = (...args: Parameters<Editor['actions']['undo']>) => editor.actions.undo(...args);
beforeEach(() => {
  editor = createEditor();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  for (const storage of storages.splice(0)) storage.close();
});

const readSample = vi.fn(async () => ({ document: openFixture(SAMPLE), warnings: [] }));

/** A session on the real IndexedDB adapter, as a page load starts it; `sent` collects its messages. */
async function startSession(sent: LibraryMessage[] = []) {
  const storage = await openMapStorage();
  storages.push(storage);
  const session = createAutosaveSession({ editor, readSample, broadcast: (message) => sent.push(message) });
  sessions.push(session);
  await start(session, Promise.resolve(storage));
  return { session, storage };
}

const title = () => editor.store.getState().source?.title;
const loaded = async (storage: MapStorage, id: string) => {
  const read = await storage.loadMap(id, at);
  if (!read.ok) throw new Error(read.error);
  return read.value;
};
const opsStored = async () => {
  const db = await openDB(DATABASE_NAME);
  const count = await db.count('ops');
  db.close();
  return count;
};

describe('autosave session', () => {
  it('opens the sample when nothing is saved, and saves nothing until the map changes', async () => {
    readSample.mockClear();
    const { session, storage } = await startSession();
    expect(readSample).toHaveBeenCalledTimes(1);
    expect(editor.store.getState().save.status).toBe('idle');
    expect((await storage.listLibrary()).entries).toEqual([]);

    setTag('t1', 'pro');
    await session.settled();
    expect(editor.store.getState().save.status).toBe('saved');
    const { entries } = await storage.listLibrary();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ sourceKind: 'text', taggedCount: 1 });
  });

  it('[regression] does not save a map only looked at (the sample, its viewport moved) when another is opened', async () => {
    const { session, storage } = await startSession();
    editor.actions.setViewport({ x: 20, y: 64, zoom: 0.52 });
    select('t3');
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    const { entries } = await storage.listLibrary();
    expect(entries.map((entry) => entry.sourceKind)).toEqual(['hn']);
  });

  it('appends each change to the log at once, before any snapshot, and a restart replays it', async () => {
    // No snapshot timer runs out during the test, however slow the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const { session, storage } = await startSession();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    const id = session.mapId!;
    setTag('14953048', 'con');
    setNote('14953048', 'Attacks the premise');
    setTag('14953024', 'pro');
    undo();
    // Every write was issued in the same task as its edit: nothing waits for a timer.
    await session.settled();
    expect(await opsStored()).toBe(4);
    expect((await loaded(storage, id)).snapshot.annotations['14953048']).toBeUndefined();
    session.stop();

    const { session: next } = await startSession();
    expect(next.mapId).toBe(id);
    const annotations = () => editor.store.getState().annotations;
    expect(annotations()['14953048']).toMatchObject({ tag: 'con', note: 'Attacks the premise' });
    expect(annotations()['14953024']).toBeUndefined();
    // The changes since the snapshot come back as the steps they were: the undone tag can be
    // redone, then the three undone one by one.
    expect(editor.redo()).toBe(true);
    expect(annotations()['14953024']?.tag).toBe('pro');
    undo();
    expect(annotations()['14953024']).toBeUndefined();
    undo();
    expect(annotations()['14953048']).toMatchObject({ tag: 'con' });
    expect(annotations()['14953048']?.note).toBeUndefined();
    undo();
    expect(annotations()['14953048']).toBeUndefined();
    expect(editor.history().past).toEqual([]);
  });

  it('keeps the map of a coder who renamed themselves theirs after a reload: their tags shown, the next one beside them', async () => {
    editor.store.setState({ coder: 'ana' });
    const { session } = await startSession();
    openDocument(openFixture(ALGOLIA));
    setTag('14953048', 'con');
    await session.flush();
    session.stop();
    // A reload: the map is now a file of Ana's, and Ana renames herself.
    const { session: reloaded } = await startSession();
    expect(editor.store.getState().fileCoder).toBe('ana');
    const steps = editor.history().past.length;
    editor.actions.askCoderName();
    editor.actions.setCoder('Ana Lima');
    // No undo step: undoing it would hand her tags back to a name that is no longer hers.
    expect(editor.history().past.length).toBe(steps);
    await reloaded.settled();
    reloaded.stop();

    await startSession();
    const state = editor.store.getState();
    expect([state.coder, state.fileCoder]).toEqual(['Ana Lima', 'Ana Lima']);
    expect(isCodingBlind(state)).toBe(false);
    setTag('14953024', 'pro');
    expect(editor.store.getState().layers).toBeUndefined();
    expect(editor.store.getState().annotations['14953048']?.tag).toBe('con');
    expect(editor.store.getState().annotations['14953024']?.tag).toBe('pro');
  });

  it('compacts the log into a snapshot after a pause, and restores tags, notes, selection and undo history', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const { session, storage } = await startSession();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    setTag('14953048', 'con');
    setNote('14953048', 'Attacks the premise');
    setTag('14953024', 'pro');
    select('14953024');
    await session.settled();
    expect(await opsStored()).toBe(3);
    vi.runOnlyPendingTimers();
    await session.settled();
    expect(await opsStored()).toBe(0);
    expect((await loaded(storage, session.mapId!)).snapshot.annotations['14953024']?.tag).toBe('pro');
    await session.flush();
    session.stop();

    openDocument(openFixture(LOBSTERS));
    await startSession();
    expect(title()).toBe('Google Fires Employee Behind Controversial Diversity Memo');
    const state = editor.store.getState();
    expect(state.annotations['14953048']).toMatchObject({ tag: 'con', note: 'Attacks the premise' });
    expect(state.selectedId).toBe('14953024');
    undo();
    expect(editor.store.getState().annotations['14953024']).toBeUndefined();
    undo();
    expect(editor.store.getState().annotations['14953048']).toEqual(expect.not.objectContaining({ note: expect.anything() }));
  });

  it('sets aside a damaged map open last, reports it and restores the next one', async () => {
    const { session } = await startSession();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    const good = session.mapId!;
    openDocument(openFixture(LOBSTERS));
    await session.settled();
    const damaged = session.mapId!;
    session.stop();
    const db = await openDB(DATABASE_NAME);
    await db.put('maps', { format: 'threadmap', version: 1, nodes: 'broken' }, damaged);
    db.close();

    const { storage } = await startSession();
    expect(editor.store.getState().save.mapId).toBe(good);
    expect(editor.store.getState().save.setAside).toEqual([expect.objectContaining({ id: damaged, name: "Ranking comments by sum of replies' scores" })]);
    expect((await storage.listLibrary()).entries.map((entry) => entry.id)).toEqual([good]);
  });

  it('saves the changes of a map left for another, and opens the new one under a new id', async () => {
    const { session, storage } = await startSession();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    const memo = session.mapId!;
    setTag('14953048', 'question');
    setTag('14953024', 'pro');
    openDocument(openFixture(LOBSTERS));
    expect(session.mapId).not.toBe(memo);
    await session.settled();
    const left = await loaded(storage, memo);
    expect(left.snapshot.annotations['14953048']?.tag).toBe('question');
    // [regression] with its undo history: the two tags, not the empty history of the map opened next.
    expect(left.history?.past).toHaveLength(2);
    expect((await storage.listLibrary()).entries).toHaveLength(2);
  });

  it('keeps a selection-only change for the next write, or for when the page is hidden', async () => {
    const { session, storage } = await startSession();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    select('14953504');
    await session.settled();
    expect(await opsStored()).toBe(0);
    expect((await loaded(storage, session.mapId!)).document.view?.selected).not.toBe('14953504');
    await session.flush();
    expect((await loaded(storage, session.mapId!)).document.view?.selected).toBe('14953504');
  });

  it('logs and sends the editor’s own operations: the tag as the tag, the undo as the inverse it applied', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const sent: LibraryMessage[] = [];
    const { session, storage } = await startSession(sent);
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    const heard: Operation[] = [];
    editor.subscribe((op) => heard.push(op));
    setTag('14953048', 'con');
    editor.actions.setViewport({ x: 5, y: 6, zoom: 0.7 });
    undo();
    await session.settled();
    expect(heard.map((op) => op.kind)).toEqual(['tag', 'viewport', 'restore']);
    // Where the canvas looks is kept with the next snapshot, never logged on its own.
    const logged = [heard[0], heard[2]];
    expect((await loaded(storage, session.mapId!)).ops.map(({ op, step }) => ({ op, step }))).toEqual([{ op: heard[0], step: 'do' }, { op: heard[2], step: 'undo' }]);
    expect(sent.filter((message) => message.kind === 'op').map((message) => message.kind === 'op' && message.op)).toEqual(logged);
    expect(logged[0]).toMatchObject({ kind: 'tag', payload: { id: '14953048', tag: 'con' } });
  });

  it('lets go of the map when another tab asks only where the browser keeps a map to one tab', async () => {
    const { session } = await startSession();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    setTag('14953048', 'con');
    // Without Web Locks (as here) every tab writes: a request to let go changes nothing.
    await session.onMessage({ kind: 'release', mapId: session.mapId!, tabId: 'other-tab' });
    expect(editor.store.getState().save.readOnly).toBe(false);
    expect(editor.store.getState().save.reports.join(' ')).toMatch(/cannot keep a map to one tab/);
  });

  it('opens a copy under a new name, written by this tab', async () => {
    const { session, storage } = await startSession();
    openDocument(openFixture(ALGOLIA));
    setTag('14953048', 'pro');
    await session.settled();
    const first = session.mapId!;
    await session.openCopy();
    expect(session.mapId).not.toBe(first);
    const names = (await storage.listLibrary()).entries.map((entry) => entry.name).sort();
    expect(names).toEqual(['Google Fires Employee Behind Controversial Diversity Memo', 'Google Fires Employee Behind Controversial Diversity Memo (copy)']);
    expect((await loaded(storage, session.mapId!)).document.annotations['14953048']?.tag).toBe('pro');
  });

  it('says that work is not saved when there is no storage, keeps the map working, and warns before closing', async () => {
    const session = createAutosaveSession({ editor, readSample });
    sessions.push(session);
    await start(session, Promise.reject(new DOMException('denied', 'SecurityError')));
    expect(editor.store.getState().save.problem).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/not being saved/) });
    expect(editor.store.getState().save.status).toBe('off');
    expect(session.wouldLoseChanges()).toBe(false);
    setTag('t1', 'pro');
    expect(editor.store.getState().annotations.t1?.tag).toBe('pro');
    expect(session.wouldLoseChanges()).toBe(true);
  });

  it('shows a failed save as storage full, and saves everything once writing works again', async () => {
    const { session, storage } = await startSession();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function full() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      setTag('t1', 'pro');
      await session.settled();
      expect(editor.store.getState().save.problem?.kind).toBe('quota');
      expect(session.wouldLoseChanges()).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    setTag('t2', 'con');
    await session.settled();
    expect(editor.store.getState().save.problem).toBeNull();
    expect(editor.store.getState().save.status).toBe('saved');
    const saved = await loaded(storage, session.mapId!);
    expect([saved.document.annotations.t1?.tag, saved.document.annotations.t2?.tag]).toEqual(['pro', 'con']);
  });
});

describe('opening a thread the library already holds', () => {
  it('offers the saved map instead of listing the thread twice, and opens it with its tags', async () => {
    const { session, storage } = await startSession();
    openDocument(openFixture(LOBSTERS));
    setTag('ncdsfc', 'pro');
    await session.settled();
    const saved = session.mapId!;
    openDocument(openFixture(LOBSTERS));
    await session.settled();
    expect(editor.store.getState().save.savedCopy?.id).toBe(saved);
    expect((await storage.listLibrary()).entries).toHaveLength(1);

    expect(await session.openSavedCopy()).toBe(true);
    expect(session.mapId).toBe(saved);
    expect(editor.store.getState().annotations['ncdsfc']?.tag).toBe('pro');
    await session.settled();
    expect((await storage.listLibrary()).entries).toHaveLength(1);
  });

  it('keeps the fresh map as a map of its own when asked, so both are listed', async () => {
    const { session, storage } = await startSession();
    openDocument(openFixture(MASTODON));
    await session.settled();
    openDocument(openFixture(MASTODON));
    await session.settled();
    expect(editor.store.getState().save.savedCopy).not.toBeNull();
    session.keepFresh();
    await session.settled();
    const entries = (await storage.listLibrary()).entries;
    expect(entries).toHaveLength(2);
    expect(new Set(entries.map((entry) => entry.threadKey)).size).toBe(1);
    expect(entries.every((entry) => entry.name.startsWith('austinkocher: '))).toBe(true);
  });

  it('saves a thread not in the library at once, with no offer', async () => {
    const { session, storage } = await startSession();
    openDocument(openFixture(LOBSTERS));
    await session.settled();
    expect(editor.store.getState().save.savedCopy).toBeNull();
    expect((await storage.loadMap(session.mapId!, at)).ok).toBe(true);
  });
});

/** Keeps the type of the sample reader in view for the test of a slow sample below. */
type Sample = Promise<SampleDocument>;

describe('starting', () => {
  it('keeps a map opened while the sample is still being read, and saves it', async () => {
    let finishSample: (() => void) | null = null;
    const slowSample = () => new Promise((resolve) => (finishSample = () => resolve({ document: openFixture(SAMPLE), warnings: [] }))) as Sample;
    const storage = await openMapStorage();
    storages.push(storage);
    const session = createAutosaveSession({ editor, readSample: slowSample });
    sessions.push(session);
    const starting = start(session, Promise.resolve(storage));
    await vi.waitFor(() => expect(finishSample).not.toBeNull());
    openDocument(openFixture(LOBSTERS));
    finishSample!();
    await starting;
    expect(editor.store.getState().source?.kind).toBe('lobsters');
    await session.settled();
    expect((await storage.listLibrary()).entries.map((entry) => entry.sourceKind)).toEqual(['lobsters']);
  });
});
