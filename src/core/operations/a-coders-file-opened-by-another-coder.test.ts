import { describe, expect, it } from 'vitest';
import { cardsOf, codedBy, fixtureText, openFixture } from '../agreement/testing/coder-files';
import { coderLayers, mainAnnotations, ownLayerBeside } from '../document/coder-layers';
import { openInput } from '../document/open-input';
import type { ThreadmapDocument } from '../document/types';
import { exportJson } from '../export/json';
import { REDDIT, applied, operation, throughJson, undone } from './testing/operation-fixtures';

const at = '2026-11-30T12:00:00.000Z';

/** A map as a file written by the app and opened again, under the file name given. */
function reopened(doc: ThreadmapDocument, fileName: string): ThreadmapDocument {
  const result = openInput(exportJson(doc, { now: at }), { retrievedAt: null, fileName, now: at });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A recorded threadmap file opened as the app opens it, under its own file name. */
function openedFile(name: string): ThreadmapDocument {
  const result = openInput(fixtureText(name), { retrievedAt: null, fileName: name, now: at });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const reddit = openFixture(REDDIT);
const cards = cardsOf(reddit);
const anasTags = { [cards[0]!]: 'pro', [cards[1]!]: 'con', [cards[2]!]: 'question' } as const;
const anasFile = reopened(codedBy(reddit, 'Ana', anasTags), 'ana.json');

describe('a coder\'s file opened by another coder', () => {
  it('gives the second coder a layer of their own at their first tag, beside the first coder\'s untouched layer', () => {
    expect(ownLayerBeside(anasFile, 'Ben')).toBe('Ana');
    const op = throughJson(operation('tag', { id: cards[1]!, tag: 'pro', ownLayerBeside: 'Ana' }, 1, 'Ben'));
    const { document } = applied(anasFile, op);
    expect(document.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
    expect(document.layers![0]!.annotations).toBe(anasFile.annotations);
    expect(Object.keys(document.layers![1]!.annotations)).toEqual([cards[1]]);
    expect(document.layers![1]!.annotations[cards[1]!]).toMatchObject({ tag: 'pro', coder: 'Ben' });
    // Two coders and no gold yet: no main annotation, so no export shows either coder's tag as the map's.
    expect(Object.keys(document.annotations)).toEqual([]);
    expect(document.annotations).toEqual(mainAnnotations(document));
  });

  it('is one step that undo takes back whole: the file as Ana wrote it, one layer, her tags', () => {
    const { document, inverse } = applied(anasFile, operation('tag', { id: cards[4]!, tag: 'con', ownLayerBeside: 'Ana' }, 1, 'Ben'));
    const back = undone(document, inverse);
    expect(back).toEqual(anasFile);
    expect(back.layers).toBeUndefined();
    expect(Object.values(back.annotations).map((annotation) => annotation.tag)).toEqual(['pro', 'con', 'question']);
  });

  it('opens the layer with a first note as well as with a first tag', () => {
    const { document } = applied(anasFile, operation('note', { id: cards[0]!, note: 'Reads as irony to me.', ownLayerBeside: 'Ana' }, 1, 'Ben'));
    expect(coderLayers(document).map((layer) => [layer.coder, Object.keys(layer.annotations).length])).toEqual([['Ana', 3], ['Ben', 1]]);
  });

  it('names a coder without a name "unknown", and still keeps the first coder\'s tags apart', () => {
    expect(ownLayerBeside(anasFile, null)).toBe('Ana');
    const { document } = applied(anasFile, operation('tag', { id: cards[0]!, tag: 'con', ownLayerBeside: 'Ana' }, 1, null));
    expect(document.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'unknown']);
    expect(document.layers![0]!.annotations[cards[0]!]!.tag).toBe('pro');
  });

  it('finds the coder of a version 2 file from the name its annotations record (the recorded file of Ben Okafor)', () => {
    const bens = openedFile('threadmap-v2_lobsters-tdfoqh_tagged-by-ben.json');
    expect(ownLayerBeside(bens, 'Ana Lima')).toBe('Ben Okafor');
    const id = Object.keys(bens.annotations)[0]!;
    const { document } = applied(bens, operation('tag', { id, tag: 'pro', ownLayerBeside: 'Ben Okafor' }, 1, 'Ana Lima'));
    expect(document.layers![0]!.annotations[id]).toBe(bens.annotations[id]);
    expect(document.layers![1]!.annotations[id]!.tag).toBe('pro');
  });

  it('adds nothing to a change that opens no layer: one layer stays one layer', () => {
    const { document } = applied(anasFile, operation('tag', { id: cards[1]!, tag: 'pro' }, 1, 'Ana'));
    expect(document.layers).toBeUndefined();
    expect(document.annotations[cards[1]!]!.tag).toBe('pro');
  });
});

describe('one person\'s own work is never split in two', () => {
  it('keeps the person\'s own file (it names them) as one layer', () => {
    expect(ownLayerBeside(anasFile, 'Ana')).toBeNull();
    expect(ownLayerBeside(openedFile('threadmap-v2_lobsters-tdfoqh_tagged-by-ben.json'), 'Ben Okafor')).toBeNull();
  });

  it('keeps a version 1 file as one layer: its coder is only its file name, and its annotations record nobody', () => {
    const v1 = openedFile('threadmap-v1_lobsters-tdfoqh_tagged.json');
    expect(v1.coder).toBe('threadmap-v1_lobsters-tdfoqh_tagged');
    expect(Object.keys(v1.annotations).length).toBe(10);
    expect(ownLayerBeside(v1, 'Ben')).toBeNull();
  });

  it('keeps a fresh thread as one layer, before and after its first tags', () => {
    expect(ownLayerBeside(reddit, 'Ben')).toBeNull();
    const tagged = applied({ ...reddit, coder: null }, operation('tag', { id: cards[0]!, tag: 'pro' }, 1, 'Ben')).document;
    expect(ownLayerBeside(tagged, 'Ben')).toBeNull();
    expect(ownLayerBeside(tagged, 'Cleo')).toBeNull();
  });

  it('keeps a file saved before its coder gave a name as one layer, whether it names nobody or "unknown"', () => {
    expect(ownLayerBeside(reopened(codedBy(reddit, null, anasTags), 'mine.json'), 'Ben')).toBeNull();
    expect(ownLayerBeside(reopened(codedBy(reddit, 'unknown', anasTags), 'mine.json'), 'Ben')).toBeNull();
  });

  it('leaves a map that already has layers to its layers: a new coder gets a layer by the ordinary path', () => {
    const two = applied(anasFile, operation('tag', { id: cards[1]!, tag: 'pro', ownLayerBeside: 'Ana' }, 1, 'Ben')).document;
    expect(ownLayerBeside(two, 'Cleo')).toBeNull();
    const three = applied(two, operation('tag', { id: cards[1]!, tag: 'question' }, 2, 'Cleo')).document;
    expect(three.layers!.map((layer) => layer.coder)).toEqual(['Ana', 'Ben', 'Cleo']);
  });
});
