import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { combineCoderFiles, type CoderFile } from '../../core/agreement/combine';
import { cardsOf, codedBy, openFixture } from '../../core/agreement/testing/coder-files';
import { STANCE_CODEBOOK } from '../../core/document/codebook';
import { openDocument as openFile } from '../../core/document/open-document';
import type { ThreadmapDocument } from '../../core/document/types';
import { exportJson } from '../../core/export/json';
import { openMapStorage, type MapStorage } from '../autosave/map-storage';
import { startSession } from '../autosave/restore';
import { createAutosaveSession, type AutosaveSession } from '../autosave/session';
import { documentOf } from '../selectors';
import { createEditor, type Editor } from './index';

const at = '2026-11-30T12:00:00.000Z';
const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const cards = cardsOf(reddit);

/** A coder's file as the app exports it. */
function file(doc: ThreadmapDocument, fileName: string): CoderFile {
  const opened = openFile(JSON.parse(exportJson(doc, { now: at })), { fileName });
  if (!opened.ok) throw new Error(opened.error.message);
  return { doc: opened.value, fileName };
}

/** Ana and Ben's files combined, with the stance codebook written out and one adjudicated card. */
function combinedWithGold(): ThreadmapDocument {
  const ana = file(codedBy(reddit, 'Ana', { [cards[0]!]: 'pro', [cards[1]!]: 'con', [cards[2]!]: 'question' }), 'ana.json');
  const ben = file(codedBy(reddit, 'Ben', { [cards[0]!]: 'pro', [cards[1]!]: 'pro', [cards[3]!]: 'con' }), 'ben.json');
  const combined = combineCoderFiles([ana, ben]);
  if (!combined.ok) throw new Error(combined.error.message);
  const editor = createEditor({ now: () => at, initial: { coder: 'Cleo', coderAsked: true } });
  editor.actions.openDocument({ ...combined.value.doc, codebook: STANCE_CODEBOOK });
  editor.dispatch(editor.operation('gold', { id: cards[1]!, decision: { category: 'con' }, note: 'Disputes the claim.' }));
  return documentOf(editor.store.getState(), at, 'threadmap test')!;
}

const sessions: AutosaveSession[] = [];
const storages: MapStorage[] = [];
let editor: Editor;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  editor = createEditor({ now: () => at, initial: { coder: 'Ana', coderAsked: true } });
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  for (const storage of storages.splice(0)) storage.close();
});

async function startAutosave() {
  const storage = await openMapStorage();
  storages.push(storage);
  const session = createAutosaveSession({ editor, readSample: () => Promise.resolve({ document: reddit, warnings: [] }) });
  sessions.push(session);
  await startSession(session, Promise.resolve(storage));
  return { session, storage };
}

const exported = (doc: ThreadmapDocument) => JSON.parse(exportJson(doc, { now: at })) as Record<string, unknown> & ThreadmapDocument;

describe('a map of several coders in the editor', () => {
  it('keeps its layers, codebook and gold through open, tag, autosave, reopen and export, changed only by the tag', async () => {
    const original = combinedWithGold();
    expect(original.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(original.gold![cards[1]!]).toMatchObject({ category: 'con', decidedBy: 'Cleo', coderTags: { Ana: 'con', Ben: 'pro' } });

    const { session, storage } = await startAutosave();
    editor.actions.openDocument(original);
    await session.settled();
    editor.actions.setTag(cards[4]!, 'con');
    await session.flush();
    await session.settled();
    const mapId = session.mapId!;
    const saved = await storage.loadMap(mapId, at);
    if (!saved.ok) throw new Error(saved.error);
    session.stop();

    // Reopened from what autosave stored, as a reload does.
    const reloaded = createEditor({ now: () => at, initial: { coder: 'Ana', coderAsked: true } });
    reloaded.actions.openDocument(saved.value.snapshot);
    const after = exported(documentOf(reloaded.store.getState(), at, 'threadmap test')!);

    const expected = exported(original);
    expected.layers![0]!.annotations[cards[4]!] = { tag: 'con', updatedAt: at, coder: 'Ana' };
    expect(after.layers).toEqual(expected.layers);
    expect(after.codebook).toEqual(STANCE_CODEBOOK);
    expect(after.gold).toEqual(expected.gold);
    // The gold is the main annotation; a card the coders have not settled has none.
    expect(after.annotations[cards[1]!]).toMatchObject({ tag: 'con', coder: 'Cleo' });
    expect(after.annotations[cards[4]!]).toBeUndefined();
    const { layers: _l, annotations: _a, view: _v, ...restAfter } = after;
    const { layers: _el, annotations: _ea, view: _ev, ...restExpected } = expected;
    expect(restAfter).toEqual(restExpected);
    expect(after.annotations).toEqual(expected.annotations);
  });

  it('records a tag in the layer of the coder who made it, leaving the other layers as they were', () => {
    const original = combinedWithGold();
    editor.actions.openDocument(original);
    editor.store.setState({ coder: 'Ben' });
    editor.actions.setTag(cards[2]!, 'pro');
    const doc = documentOf(editor.store.getState(), at, 'threadmap test')!;
    expect(doc.layers![1]!.annotations[cards[2]!]).toMatchObject({ tag: 'pro', coder: 'Ben' });
    expect(doc.layers![0]).toEqual(original.layers![0]);
    editor.actions.undo();
    expect(documentOf(editor.store.getState(), at, 'threadmap test')!.layers).toEqual(original.layers);
  });

  it('[regression] undoes a second coder’s tags after a reload step by step, back to the first coder’s map as opened', async () => {
    const ben = openFixture('threadmap-v2_lobsters-tdfoqh_tagged-by-ben.json');
    const lobsters = cardsOf(ben);
    const { session } = await startAutosave();
    editor.actions.openDocument(ben);
    await session.settled();
    const opened = exported(documentOf(editor.store.getState(), at, 'threadmap test')!);
    editor.actions.setTag(lobsters[0]!, 'pro');
    editor.actions.setTag(lobsters[1]!, 'con');
    // A snapshot with its undo history, then a third tag left in the log.
    await session.flush();
    await session.settled();
    editor.actions.setTag(lobsters[2]!, 'question');
    await session.settled();
    session.stop();

    editor = createEditor({ now: () => at, initial: { coder: 'Ana', coderAsked: true } });
    await startAutosave();
    const layerOf = (coder: string) => documentOf(editor.store.getState(), at, 'threadmap test')!.layers?.find((layer) => layer.coder === coder);
    const anaTags = () => Object.keys(layerOf('Ana')?.annotations ?? {}).length;
    expect(anaTags()).toBe(3);
    // The change logged after the snapshot is one step; then each saved step.
    expect(editor.undo()).toBe(true);
    expect(anaTags()).toBe(2);
    expect(editor.undo()).toBe(true);
    expect(anaTags()).toBe(1);
    expect(editor.undo()).toBe(true);
    expect(editor.undo()).toBe(false);
    const back = exported(documentOf(editor.store.getState(), at, 'threadmap test')!);
    expect(back.layers).toEqual(opened.layers);
    expect(back.annotations).toEqual(opened.annotations);
  });
});
