import { createEditor, type Editor } from '../editor';
import { afterEach, describe, expect, it, vi, beforeEach } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { initialAutosaveState, useAutosaveStore } from './autosave-store';
import { loadLibrary, readSaved, saveMap } from './library-service';
import { createMemoryStorage, type MemoryStorage } from './memory-storage';
import { startSession as start } from './restore';
import { createAutosaveSession, type AutosaveSession } from './session';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';
const MASTODON = 'mastodon_context_109294719267373593_rtoot.json';
const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';
const at = '2026-11-26T14:00:00.000Z';

const sessions: AutosaveSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  useAutosaveStore.setState({ ...initialAutosaveState });
});

async function startSession(storage: MemoryStorage) {
  const session = createAutosaveSession({ editor, readSample: async () => ({ document: openFixture(SAMPLE), warnings: [] }) });
  sessions.push(session);
  await start(session, Promise.resolve(storage));
  return session;
}

const entriesOf = async (storage: MemoryStorage) => (await loadLibrary(storage, at)).entries;

describe('opening a thread the library already holds', () => {
  it('offers the saved map instead of listing the thread twice, and opens it with its tags', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(LOBSTERS));
    editor.actions.setTag('ncdsfc', 'pro');
    await session.flush();
    const saved = session.mapId!;
    expect(await entriesOf(storage)).toHaveLength(1);

    // The same file opened again.
    editor.actions.openDocument(openFixture(LOBSTERS));
    await session.flush();
    await vi.waitFor(() => expect(useAutosaveStore.getState().savedCopy?.id).toBe(saved));
    expect(await entriesOf(storage)).toHaveLength(1);

    expect(await session.openSavedCopy()).toBe(true);
    expect(session.mapId).toBe(saved);
    expect(editor.store.getState().annotations['ncdsfc']?.tag).toBe('pro');
    expect(useAutosaveStore.getState().savedCopy).toBeNull();
    await session.flush();
    expect(await entriesOf(storage)).toHaveLength(1);
  });

  it('keeps the fresh map as a map of its own when asked, so both are listed', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(MASTODON));
    await session.flush();
    editor.actions.openDocument(openFixture(MASTODON));
    await session.flush();
    await vi.waitFor(() => expect(useAutosaveStore.getState().savedCopy).not.toBeNull());
    session.keepFresh();
    await session.flush();
    const entries = await entriesOf(storage);
    expect(entries).toHaveLength(2);
    expect(new Set(entries.map((entry) => entry.threadKey)).size).toBe(1);
    expect(entries.every((entry) => entry.name.startsWith('austinkocher: '))).toBe(true);
  });

  it('saves a thread not in the library at once, with no offer', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(LOBSTERS));
    await session.flush();
    expect(useAutosaveStore.getState().savedCopy).toBeNull();
    expect((await readSaved(storage, session.mapId!, at)).ok).toBe(true);
  });
});

describe('closing the page', () => {
  it('would lose changes made while another tab’s save is in conflict, and only then', async () => {
    const storage = createMemoryStorage();
    const session = await startSession(storage);
    editor.actions.openDocument(openFixture(LOBSTERS));
    await session.flush();
    expect(session.wouldLoseChanges()).toBe(false);
    editor.actions.setTag('ncdsfc', 'con');
    // Unsaved but savable: the closing page writes it (flushOnExit), so no prompt is needed.
    expect(session.wouldLoseChanges()).toBe(false);
    await session.flush();

    const id = session.mapId!;
    const read = await readSaved(storage, id, at);
    if (!read.ok) throw new Error(read.error);
    await saveMap(storage, { id, baseRevision: read.value.entry.revision, name: null, document: read.value.document, history: null, tabId: 'other-tab', savedAt: at });
    await session.onMessage({ kind: 'saved', mapId: id, revision: read.value.entry.revision + 1, tabId: 'other-tab' });
    expect(useAutosaveStore.getState().conflict).not.toBeNull();
    expect(session.wouldLoseChanges()).toBe(false);

    editor.actions.setTag('ncdsfc', 'question');
    expect(session.wouldLoseChanges()).toBe(true);
  });
});
