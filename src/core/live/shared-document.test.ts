import { describe, expect, it } from 'vitest';
import { RUMOUREVAL_CODEBOOK } from '../document/codebook';
import * as Y from 'yjs';
import type { ThreadmapDocument } from '../document/types';
import { applyOperation } from '../operations/apply-operation';
import type { Operation } from '../operations/types';
import { readDocument } from './shared-document';
import { SharedMap, operationBetween } from './shared-map';
import { HN, REDDIT, TEXT, canonical, commentsOf, openRecorded, operation, twoPeers } from './testing/live-fixtures';

/** One operation of every kind, each valid on the document the ones before it leave. */
function everyKind(document: ThreadmapDocument): Operation[] {
  const root = document.nodes[0]!.id;
  const [first, second, third] = commentsOf(document).filter((node) => node.parent !== root);
  const top = document.nodes.find((node) => node.parent === root && node.kind === 'comment' && node.id !== first!.parent)!;
  return [
    operation('tag', { id: first!.id, tag: 'pro' }, 1),
    operation('note', { id: first!.id, note: 'Gives a reason, not only a verdict.' }, 2),
    operation('move', { id: first!.id, parent: top.id }, 3),
    operation('confirm', { id: first!.id }, 4),
    operation('tag', { id: first!.id, tag: null }, 5),
    operation('split', { id: second!.id, range: [0, 10] }, 6),
    operation('link', { from: second!.id, to: third!.id, kind: 'quote' }, 7),
    operation('link', { from: third!.id, to: top.id, kind: 'quote' }, 8),
    operation('unlink', { from: second!.id, to: third!.id, kind: 'quote' }, 9),
    operation('merge', { id: third!.id, confirmed: true }, 10),
    operation('collapse', { id: top.id }, 11),
    operation('expand', { id: top.id }, 12),
    operation('viewport', { x: -120.5, y: 40, zoom: 0.75 }, 13),
    operation('layout', { mode: 'outline' }, 14),
    operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 15),
    operation('tag', { id: first!.id, tag: null, category: 'comment' }, 16),
  ];
}

describe.each([
  ['the plain-text sample', TEXT],
  ['the Reddit thread', REDDIT],
  ['the 2,565-item HN thread', HN],
])('a shared map of %s', (_name, fixture) => {
  const original = openRecorded(fixture);

  it('reads back as the document it was given, on its own Y.Doc and on a peer', () => {
    const [mine, peer] = twoPeers(original);
    expect(canonical(readDocument(mine.ydoc))).toBe(canonical(original));
    expect(canonical(peer.document())).toBe(canonical(original));
  });

  it('gives, for every operation kind and for each undo, the document applyOperation gives, on both peers, and the peer the operation that makes it', () => {
    const [mine, peer] = twoPeers(original);
    peer.ydoc.on('update', () => undefined);
    mine.ydoc.on('update', (update: Uint8Array) => Y.applyUpdate(peer.ydoc, update));
    let plain = original;
    const inverses: Operation[] = [];
    const kinds = new Set<string>();
    for (const op of everyKind(original)) {
      const expected = applyOperation(plain, op);
      if (!expected.ok) throw new Error(`${op.kind}: ${expected.error.message}`);
      const peerBefore = peer.document()!;
      const result = mine.apply(op);
      expect(result.ok).toBe(true);
      plain = expected.value.document;
      // The peer's view of the change, as one operation on its own stream.
      const remote = operationBetween(peerBefore, peer.document()!, { id: `remote-${op.id}`, time: op.time, coder: op.coder });
      const replayed = applyOperation(peerBefore, remote);
      expect(replayed.ok && canonical(replayed.value.document)).toBe(canonical(plain));
      inverses.push(expected.value.inverse);
      kinds.add(op.kind);
      // Read from the Y.Doc itself, not the cache the shared map keeps.
      expect(canonical(readDocument(mine.ydoc))).toBe(canonical(plain));
      expect(canonical(peer.document())).toBe(canonical(plain));
    }
    for (const inverse of inverses.reverse()) {
      kinds.add(inverse.kind);
      const expected = applyOperation(plain, inverse);
      if (!expected.ok) throw new Error(expected.error.message);
      expect(mine.apply(inverse).ok).toBe(true);
      plain = expected.value.document;
      expect(canonical(readDocument(mine.ydoc))).toBe(canonical(plain));
      expect(canonical(peer.document())).toBe(canonical(plain));
    }
    expect(canonical(peer.document())).toBe(canonical(original));
    expect([...kinds].sort()).toEqual(['codebook', 'collapse', 'confirm', 'expand', 'layout', 'link', 'merge', 'move', 'note', 'restore', 'split', 'tag', 'unlink', 'viewport']);
  }, 60_000);
});

describe('a tag written to a shared map', () => {
  it('writes only the entry it changed', () => {
    const original = openRecorded(HN);
    const map = new SharedMap(new Y.Doc());
    map.initialise(original);
    const before = Y.encodeStateVector(map.ydoc);
    const card = commentsOf(original)[5]!;
    expect(map.apply(operation('tag', { id: card.id, tag: 'con' }, 1)).ok).toBe(true);
    const update = Y.encodeStateAsUpdate(map.ydoc, before);
    // One annotation entry: its id, the tag, the time and the coder, not the 2,565 cards.
    expect(update.byteLength).toBeLessThan(200);
    const decoded = Y.decodeUpdate(update);
    expect(decoded.structs).toHaveLength(1);
  });

  it('in coders mode goes to the coder\'s own layer, leaving the shared tags and other layers alone', () => {
    const original = openRecorded(REDDIT);
    const ydoc = new Y.Doc();
    const ana = new SharedMap(ydoc, { kind: 'coder', coder: 'ana' });
    ana.initialise(original);
    const ben = new SharedMap(ydoc, { kind: 'coder', coder: 'ben' });
    const card = commentsOf(original)[0]!;
    expect(ana.apply(operation('tag', { id: card.id, tag: 'pro' }, 1, 'ana')).ok).toBe(true);
    expect(ben.apply(operation('tag', { id: card.id, tag: 'con' }, 2, 'ben')).ok).toBe(true);
    expect(ana.document()!.annotations[card.id]!.tag).toBe('pro');
    expect(ben.document()!.annotations[card.id]!.tag).toBe('con');
    expect(readDocument(ydoc)!.annotations[card.id]).toBeUndefined();
    expect(Object.keys(ana.layers()).sort()).toEqual(['ana', 'ben']);
  });

  it('in coders mode refuses a codebook that another coder\'s layer cannot take, without saying what they coded', () => {
    const original = openRecorded(REDDIT);
    const ydoc = new Y.Doc();
    const ana = new SharedMap(ydoc, { kind: 'coder', coder: 'ana' });
    ana.initialise(original);
    const ben = new SharedMap(ydoc, { kind: 'coder', coder: 'ben' });
    const [first, second] = commentsOf(original);
    expect(ana.apply(operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 1, 'ana')).ok).toBe(true);
    expect(ben.apply(operation('tag', { id: first!.id, tag: null, category: 'comment' }, 2, 'ben')).ok).toBe(true);
    // Ana's own layer is empty, so the operation alone would allow going back to pro/con/question.
    expect(applyOperation(ana.document()!, operation('codebook', { codebook: null }, 3, 'ana')).ok).toBe(true);
    const refused = ana.apply(operation('codebook', { codebook: null }, 3, 'ana'));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe('Other coders in this room use categories the new codebook lacks or counts as another tag: they recode or clear them first.');
    expect(ana.document()!.codebook?.scheme).toBe('rumoureval');
    // Once Ben clears his "comment", the change goes through.
    expect(ben.apply(operation('tag', { id: first!.id, tag: null }, 4, 'ben')).ok).toBe(true);
    expect(ana.apply(operation('tag', { id: second!.id, tag: 'pro', category: 'support' }, 5, 'ana')).ok).toBe(true);
    expect(ana.apply(operation('codebook', { codebook: null }, 6, 'ana')).ok).toBe(false);
    expect(ana.apply(operation('tag', { id: second!.id, tag: null }, 7, 'ana')).ok).toBe(true);
    expect(ana.apply(operation('codebook', { codebook: null }, 8, 'ana')).ok).toBe(true);
    // Both participants share one Y.Doc here, so what Ben reads is read from it afresh.
    expect(readDocument(ydoc, { kind: 'coder', coder: 'ben' })!.codebook).toBeUndefined();
  });
});
