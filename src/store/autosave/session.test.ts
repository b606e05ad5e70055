import { createEditor, type Editor } from '../editor';
import { afterEach, describe, expect, it, vi, beforeEach } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { initialAutosaveState, useAutosaveStore } from './autosave-store';
import { loadLibrary, readSaved, saveMap } from './library-service';
import { createMemoryStorage, type MemoryStorage } from './memory-storage';
import { startSession as start } from './restore';
import { createAutosaveSession, type AutosaveSession, type SampleDocument } from './session';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';
const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';
const at = '2026-11-26T14:00:00.000Z';

const sessions: AutosaveSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  useAutosaveStore.setState({ ...initialAutosaveState });
});

const readSample = vi.fn(async () => ({ document: openFixture(SAMPLE), warnings: [] }));

async function startSession(storage: MemoryStorage) {
  const session = createAutosaveSession({ editor, readSample });
  sessions.push(session);
  await start(session, Promise.resolve(storage));
  return session;
}

const title = () => editor.store.getState().source?.title;
const saved = async (storage: MemoryStorage, id: string) => {
  const read = await readSaved(storage, id, at);
  if (!read.ok) throw new Error(read.error);
  return read.value;
};

describe('autosave session', () => {
  it('opens the sample when nothing is saved, and saves nothing until the map changes', async () => {
    const storage = createMemoryStorage();
    readSample.mockClear();
    await startSession(storage);
    expect(readSample).toHaveBeenCalledTimes(1);
    expect(useAutosaveStore.getState().status).toBe('idle');
    expect(storage.writeCount).toBe(0);

    editor.actions.setTag('t1', 'pro');
    await vi.waitFor(() => expect(useAutosaveStore.getState().status).toBe('saved'));
    const { entries } = await loadLibrary(storage, at);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ sourceKind: 'text', taggedCount: 1, revision: 1 });
  });

  it('keeps a map opened while the sample is still being read, and saves it', async () => {
    const storage = createMemoryStorage();
    let finishSample: (() => void) | null = null;
    const slowSample = () => new Promise<SampleDocument>((resolve) => (finishSample = () => resolve({ document: openFixture(SAMPLE), warnings: [] })));
    const session = createAutosaveSession({ editor, readSample: slowSample });
    sessions.push(session);
    const starting = start(session, Promise.resolve(storage));
    await vi.waitFor(() => expect(finishSample).not.toBeNull());
    editor.actions.openDocument(openFixture(LOBSTERS));
    finishSample!();
    await starting;
    expect(editor.store.getState().source?.kind).toBe('lobsters');
    await session.flush();
    expect((await loadLibrary(storage, at)).entries.map((entry) => entry.sourceKind)).toEqual(['lobsters']);
  });

  it('restores the map open last with its tags, notes, selection and undo history', async () => {
    const storage = createMemoryStorage();
    const first = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    editor.actions.setTag('14953048', 'con');
    editor.actions.setNote('14953048', 'Attacks the premise');
    editor.actions.setTag('14953024', 'pro');
    editor.actions.select('14953024');
    await first.flush();
    const id = first.mapId!;
    first.stop();

    // A fresh start, as after a reload: another map is open until the restore.
    editor.actions.openDocument(openFixture(LOBSTERS));
    await startSession(storage);
    expect(useAutosaveStore.getState().mapId).toBe(id);
    expect(title()).toBe('Google Fires Employee Behind Controversial Diversity Memo');
    const state = editor.store.getState();
    expect(state.annotations['14953048']).toMatchObject({ tag: 'con', note: 'Attacks the premise' });
    expect(state.selectedId).toBe('14953024');
    editor.actions.undo();
    expect(editor.store.getState().annotations['14953024']).toBeUndefined();
    editor.actions.undo();
    expect(editor.store.getState().annotations['14953048']).toEqual(expect.not.objectContaining({ note: expect.anything() }));
  });

  it('sets aside a damaged map open last, reports it and restores the next one', async () => {
    const storage = createMemoryStorage();
    const first = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    await first.flush();
    const good = first.mapId!;
    editor.actions.openDocument(openFixture(LOBSTERS));
    await first.flush();
    const damaged = first.mapId!;
    first.stop();
    storage.putRaw('maps', damaged, { format: 'threadmap', version: 1, nodes: 'broken' });

    await startSession(storage);
    expect(useAutosaveStore.getState().mapId).toBe(good);
    expect(useAutosaveStore.getState().setAside).toEqual([expect.objectContaining({ id: damaged, name: "Ranking comments by sum of replies' scores" })]);
    expect((await loadLibrary(storage, at)).entries.map((entry) => entry.id)).toEqual([good]);
  });

  it('saves the changes of a map left for another before opening the new one under a new id', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    await session.flush();
    const memo = session.mapId!;
    editor.actions.setTag('14953048', 'question');
    editor.actions.openDocument(openFixture(LOBSTERS));
    expect(session.mapId).not.toBe(memo);
    await session.flush();
    expect((await saved(storage, memo)).document.annotations['14953048']?.tag).toBe('question');
    expect((await loadLibrary(storage, at)).entries).toHaveLength(2);
  });

  it('keeps selection-only changes for the next save or for when the page is hidden', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    await session.flush();
    const writes = storage.writeCount;
    editor.actions.select('14953504');
    await session.flush();
    expect(storage.writeCount).toBe(writes);
    await session.flushOnHide();
    expect((await saved(storage, session.mapId!)).document.view?.selected).toBe('14953504');
  });

  it('stops saving and says so when another tab saved the map, then keeps this version as a copy', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    await session.flush();
    const memo = session.mapId!;
    const theirs = (await saved(storage, memo)).document;
    await saveMap(storage, { id: memo, baseRevision: 1, name: null, document: { ...theirs, annotations: { '14953024': { tag: 'con', updatedAt: at } } }, history: null, tabId: 'other-tab', savedAt: at });
    await session.onMessage({ kind: 'saved', mapId: memo, revision: 2, tabId: 'other-tab' });
    expect(useAutosaveStore.getState().conflict).toMatchObject({ mapId: memo, theirs: { revision: 2 } });
    expect(useAutosaveStore.getState().status).toBe('off');

    editor.actions.setTag('14953048', 'pro');
    const writes = storage.writeCount;
    await session.flush();
    expect(storage.writeCount).toBe(writes);

    await session.keepMineAsCopy();
    expect(useAutosaveStore.getState().conflict).toBeNull();
    const entries = (await loadLibrary(storage, at)).entries;
    expect(entries.map((entry) => entry.name).sort()).toEqual(['Google Fires Employee Behind Controversial Diversity Memo', 'Google Fires Employee Behind Controversial Diversity Memo (copy)']);
    expect((await saved(storage, session.mapId!)).document.annotations['14953048']?.tag).toBe('pro');
    expect((await saved(storage, memo)).document.annotations['14953048']).toBeUndefined();
  });

  it('loads the other tab’s version when asked, dropping this tab’s changes', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    await session.flush();
    const memo = session.mapId!;
    const theirs = (await saved(storage, memo)).document;
    await saveMap(storage, { id: memo, baseRevision: 1, name: null, document: { ...theirs, annotations: { '14953024': { tag: 'con', updatedAt: at } } }, history: null, tabId: 'other-tab', savedAt: at });
    editor.actions.setTag('14953048', 'pro');
    await session.flush();
    expect(useAutosaveStore.getState().conflict).not.toBeNull();

    await session.loadOtherVersion();
    expect(useAutosaveStore.getState().conflict).toBeNull();
    expect(editor.store.getState().annotations).toEqual({ '14953024': { tag: 'con', updatedAt: at, coder: null } });
    editor.actions.setTag('14953504', 'question');
    await session.flush();
    expect((await saved(storage, memo)).entry.revision).toBe(3);
  });

  it('settles at the next start what a closing page wrote', async () => {
    const storage = createMemoryStorage();
    const first = await startSession(storage);
    editor.actions.openDocument(openFixture(ALGOLIA));
    await first.flush();
    editor.actions.setTag('14953048', 'con');
    first.flushOnExit();
    first.stop();
    await startSession(storage);
    expect(editor.store.getState().annotations['14953048']?.tag).toBe('con');
    expect((await loadLibrary(storage, at)).entries).toHaveLength(1);
  });

  it('says that work is not saved when there is no storage, and keeps the map working in memory', async () => {
    const session = createAutosaveSession({ editor, readSample });
    sessions.push(session);
    await start(session, Promise.reject(new DOMException('denied', 'SecurityError')));
    expect(useAutosaveStore.getState().problem).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/not being saved/) });
    expect(useAutosaveStore.getState().status).toBe('off');
    editor.actions.setTag('t1', 'pro');
    expect(editor.store.getState().annotations.t1?.tag).toBe('pro');
    await session.flush();
    expect(useAutosaveStore.getState().status).toBe('off');
  });

  it('shows a failed save and clears it once a save works again', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    storage.failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    editor.actions.setTag('t1', 'pro');
    await session.flush();
    expect(useAutosaveStore.getState().problem?.kind).toBe('quota');
    storage.failWrites(null);
    editor.actions.setTag('t2', 'con');
    await session.flush();
    expect(useAutosaveStore.getState().problem).toBeNull();
    expect(useAutosaveStore.getState().status).toBe('saved');
  });
});
