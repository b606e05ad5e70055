// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { createEditor } from '../editor';
import { createAutosave } from './index';
import { openMapStorage } from './map-storage';

const SAMPLE = 'hn-text_eggos-unikernel-thread.txt';
const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the autosave, which loads beside the page', () => {
  it('opens the sample once it has loaded, when nothing is saved', async () => {
    const editor = createEditor();
    const stop = createAutosave(editor, async () => ({ document: openFixture(SAMPLE), warnings: [] })).start();
    expect(editor.store.getState().save.status).toBe('starting');
    await vi.waitFor(() => expect(editor.store.getState().source?.kind).toBe('text'));
    stop();
  });

  it('keeps a thread opened while it loads, instead of the sample, and saves it with its first change', async () => {
    const editor = createEditor();
    const readSample = vi.fn(async () => ({ document: openFixture(SAMPLE), warnings: [] }));
    const autosave = createAutosave(editor, readSample);
    const stop = autosave.start();
    // Opened in the same task as the start: before the autosave's code has arrived.
    editor.actions.openDocument(openFixture(LOBSTERS));
    expect(autosave.session()).toBeNull();
    await vi.waitFor(() => expect(autosave.session()).not.toBeNull());
    await vi.waitFor(() => expect(autosave.session()!.storage).not.toBeNull());
    await autosave.session()!.settled();
    expect(editor.store.getState().source?.kind).toBe('lobsters');
    expect(readSample).not.toHaveBeenCalled();
    const card = editor.store.getState().nodes.find((node) => node.kind === 'comment')!;
    editor.actions.setTag(card.id, 'con');
    await autosave.session()!.flush();
    const storage = await openMapStorage();
    const { entries } = await storage.listLibrary();
    expect(entries.map((entry) => entry.sourceKind)).toEqual(['lobsters']);
    const read = await storage.loadMap(entries[0]!.id, '2026-12-03T00:00:00.000Z');
    expect(read.ok && read.value.document.annotations[card.id]?.tag).toBe('con');
    storage.close();
    stop();
  });
});
