import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import type { Operation } from '../../core/operations/types';
import { RUMOUREVAL_CODEBOOK } from '../../core/document/codebook';
import { createEditor, type Editor } from '../editor';
import { openMapStorage, type MapStorage } from './map-storage';
import { startSession } from './restore';
import { createAutosaveSession, type AutosaveSession, type LibraryMessage } from './session';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const at = '2026-11-30T14:00:00.000Z';

/**
 * Web Locks as the browser keeps them for the tabs of one site: `held` are the names locked, by
 * this page or (holdElsewhere) by another tab.
 */
const held = new Map<string, object>();
const locks = {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: object | null) => unknown): Promise<unknown> {
    const grant = () => {
      const lock = { name };
      held.set(name, lock);
      return Promise.resolve(callback(lock)).finally(() => held.get(name) === lock && held.delete(name));
    };
    if (!held.has(name)) return grant();
    if (options.ifAvailable) return Promise.resolve(callback(null));
    return new Promise((resolve, reject) => {
      const retry = () => {
        if (!held.has(name)) resolve(grant());
        else if (options.signal?.aborted) reject(new DOMException('The wait ran out.', 'AbortError'));
        else setTimeout(retry, 5);
      };
      retry();
    });
  },
};
const holdElsewhere = (mapId: string) => {
  held.set(`threadmap-map:${mapId}`, { elsewhere: true });
  return () => held.delete(`threadmap-map:${mapId}`);
};

const sessions: AutosaveSession[] = [];
const storages: MapStorage[] = [];
/** The page's editor: one per test, shared by the sessions a test starts (a reload keeps nothing else). */
let editor: Editor = createEditor();
const openDocument = (...args: Parameters<Editor['actions']['openDocument']>) => editor.actions.openDocument(...args);
const setTag = (...args: Parameters<Editor['actions']['setTag']>) => editor.actions.setTag(...args);
beforeEach(() => {
  editor = createEditor();
  globalThis.indexedDB = new IDBFactory();
  Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  for (const storage of storages.splice(0)) storage.close();
  Reflect.deleteProperty(globalThis, 'navigator');
  held.clear();
});

async function startTab(sent: LibraryMessage[] = []) {
  const storage = await openMapStorage();
  storages.push(storage);
  const session = createAutosaveSession({ editor, readSample: async () => null, broadcast: (message) => sent.push(message) });
  sessions.push(session);
  await startSession(session, Promise.resolve(storage));
  return { session, storage };
}

/** A map saved by a first tab that stays open on it (it holds the map's lock): its id, that tab's storage, and how it lets go. */
async function mapWrittenElsewhere() {
  const { session: first, storage: firstStorage } = await startTab();
  openDocument(openFixture(ALGOLIA));
  await first.settled();
  const id = first.mapId!;
  first.stop();
  return { id, firstStorage, letGo: holdElsewhere(id) };
}

const tagOf = (id: string) => editor.store.getState().annotations[id]?.tag;

describe('a second tab on a map another tab writes', () => {
  it('opens it read-only, applies the writer’s operations, refuses its own edits, and writes once it takes over', async () => {
    // The first tab saved the map and still has it open.
    const { id, firstStorage, letGo } = await mapWrittenElsewhere();

    const sent: LibraryMessage[] = [];
    const { session } = await startTab(sent);
    expect(session.mapId).toBe(id);
    expect(editor.store.getState().save.readOnly).toBe(true);

    // The writer tags a card: it appends its tag operation, then tells the other tabs.
    const heard: Array<{ op: Operation; remote: boolean }> = [];
    editor.subscribe((op, source) => heard.push({ op, remote: source.remote }));
    const op: Operation = { id: 'w1', time: at, coder: 'ana', kind: 'tag', payload: { id: '14953048', tag: 'con' } };
    await firstStorage.appendOperations(id, [{ op, step: 'do' }]);
    await session.onMessage({ kind: 'op', mapId: id, op, tabId: 'first-tab' });
    expect(tagOf('14953048')).toBe('con');
    expect(editor.store.getState().annotations['14953048']?.coder).toBe('ana');
    // The same message twice changes nothing more; the writer's change is no undo step here.
    await session.onMessage({ kind: 'op', mapId: id, op, tabId: 'first-tab' });
    expect(heard).toEqual([{ op, remote: true }]);
    expect(editor.history().past).toEqual([]);
    expect(editor.undo()).toBe(false);

    // An edit here is refused before it is made, and nothing is written or sent.
    setTag('14953024', 'pro');
    expect(tagOf('14953024')).toBeUndefined();
    expect(editor.store.getState().error?.message).toMatch(/being edited in another tab/);
    expect(sent.filter((message) => message.kind === 'op')).toEqual([]);
    const stored = await firstStorage.loadMap(id, at);
    expect(stored.ok && stored.value.ops.map((logged) => logged.op.id)).toEqual(['w1']);

    // Take over: the writer is asked to let go; once it has, this tab loads the map and writes it.
    const taking = session.takeOver();
    expect(sent.at(-1)).toMatchObject({ kind: 'release', mapId: id });
    letGo();
    expect(await taking).toBe(true);
    expect(editor.store.getState().save.readOnly).toBe(false);
    setTag('14953024', 'pro');
    await session.settled();
    const saved = await firstStorage.loadMap(id, at);
    expect(saved.ok && [saved.value.document.annotations['14953048']?.tag, saved.value.document.annotations['14953024']?.tag]).toEqual(['con', 'pro']);
  });

  it('reads the map again when a change of the writer no longer fits the map shown here', async () => {
    const { id, firstStorage } = await mapWrittenElsewhere();
    const { session } = await startTab();
    // A change this tab never heard of is in the log; then one arrives for a card not on the map here.
    await firstStorage.appendOperations(id, [{ op: { id: 'w1', time: at, coder: 'ana', kind: 'tag', payload: { id: '14953048', tag: 'pro' } }, step: 'do' }]);
    await session.onMessage({ kind: 'op', mapId: id, tabId: 'first-tab', op: { id: 'w2', time: at, coder: 'ana', kind: 'note', payload: { id: 'not-here', note: 'x' } } });
    await session.settled();
    expect(tagOf('14953048')).toBe('pro');
    expect(editor.history().past).toEqual([]);
  });

  it('takes over the map as stored, the codebook the writer chose unheard included, and keeps it in what it saves', async () => {
    const { id, firstStorage, letGo } = await mapWrittenElsewhere();
    const { session } = await startTab();
    // The writer codes with another codebook; the message of it never reached this tab.
    await firstStorage.appendOperations(id, [{ op: { id: 'w1', time: at, coder: 'ana', kind: 'codebook', payload: { codebook: RUMOUREVAL_CODEBOOK } }, step: 'do' }]);
    expect(editor.store.getState().codebook).toBeUndefined();
    letGo();
    expect(await session.takeOver()).toBe(true);
    expect(editor.store.getState().codebook?.scheme).toBe(RUMOUREVAL_CODEBOOK.scheme);
    setTag('14953024', 'support');
    await session.flush();
    const saved = await firstStorage.loadMap(id, at);
    expect(saved.ok && saved.value.document.codebook?.scheme).toBe(RUMOUREVAL_CODEBOOK.scheme);
    expect(saved.ok && saved.value.document.annotations['14953024']?.category).toBe('support');
  });

  it('offers to take over once the writing tab has closed, and takes over when asked', async () => {
    const { id, letGo } = await mapWrittenElsewhere();
    const { session } = await startTab();
    expect(editor.store.getState().save).toMatchObject({ readOnly: true, writerGone: false });

    // The writer closes: the browser gives its lock back.
    letGo();
    await vi.waitFor(() => expect(editor.store.getState().save.writerGone).toBe(true), { timeout: 5000 });
    expect(editor.store.getState().save.readOnly).toBe(true);
    expect(held.has(`threadmap-map:${id}`)).toBe(false);
    expect(await session.takeOver()).toBe(true);
    expect(editor.store.getState().save).toMatchObject({ readOnly: false, writerGone: false });
    setTag('14953024', 'pro');
    expect(tagOf('14953024')).toBe('pro');
  });

  it('lets go of the map it writes when another tab asks, after saving, and follows that tab from then on', async () => {
    const { session } = await startTab();
    openDocument(openFixture(ALGOLIA));
    await session.settled();
    const id = session.mapId!;
    expect(held.has(`threadmap-map:${id}`)).toBe(true);
    setTag('14953048', 'question');
    await session.onMessage({ kind: 'release', mapId: id, tabId: 'second-tab' });
    await Promise.resolve();
    expect(held.has(`threadmap-map:${id}`)).toBe(false);
    expect(editor.store.getState().save.readOnly).toBe(true);
    const saved = await session.storage!.loadMap(id, at);
    expect(saved.ok && saved.value.ops).toEqual([]);
    expect(saved.ok && saved.value.document.annotations['14953048']?.tag).toBe('question');
  });
});
