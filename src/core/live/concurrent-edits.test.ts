import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isJudgeable, isTaggable } from '../annotations/taggable';
import type { ThreadmapDocument } from '../document/types';
import { TAGS } from '../map/types';
import type { Operation } from '../operations/types';
import { SharedMap } from './shared-map';
import { REDDIT, TEXT, canonical, exchange, openRecorded, operation, twoPeers } from './testing/live-fixtures';

const KINDS = ['tag', 'tag', 'tag', 'note', 'note', 'confirm', 'split', 'move', 'merge', 'link', 'unlink', 'collapse', 'expand', 'layout'] as const;
// Small numbers often, so that both peers come back to the same few cards and collide.
const index = fc.oneof(fc.nat(6), fc.nat());
const intent = fc.record({ kind: fc.constantFrom(...KINDS), a: index, b: index, c: fc.nat(), text: fc.string({ maxLength: 10 }) });
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

/** The operation an intent stands for on what the peer sees now, or null when there is nothing to pick. */
function operationFor(doc: ThreadmapDocument, { kind, a, b, c, text }: Intent, n: number, coder: string): Operation | null {
  const nodes = doc.nodes;
  const cards = nodes.filter(isTaggable);
  const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(1, list.length)];
  const node = pick(nodes, a)!;
  const card = pick(cards, a);
  const id = `${coder}-${n}`;
  const stamped = (op: Operation | null) => (op ? { ...op, id } : null);
  switch (kind) {
    case 'tag':
      return stamped(card ? operation('tag', { id: card.id, tag: [...TAGS, null][b % 4]! }, n, coder) : null);
    case 'note':
      return stamped(card ? operation('note', { id: card.id, note: text }, n, coder) : null);
    case 'confirm':
      return stamped(card ? operation('confirm', { id: card.id }, n, coder) : null);
    case 'split': {
      if (!node.text.length) return null;
      const start = b % node.text.length;
      return stamped(operation('split', { id: node.id, range: [start, start + 1 + (c % (node.text.length - start))] }, n, coder));
    }
    case 'move':
      return stamped(operation('move', { id: node.id, parent: pick(nodes, b)!.id }, n, coder));
    case 'merge':
      return stamped(operation('merge', { id: node.id, confirmed: true }, n, coder));
    case 'link':
      return stamped(card ? operation('link', { from: card.id, to: pick(cards, b)!.id, kind: 'quote' }, n, coder) : null);
    case 'unlink': {
      const link = pick(doc.links, a);
      return stamped(link ? operation('unlink', { ...link }, n, coder) : null);
    }
    case 'collapse':
    case 'expand':
      return stamped(operation(kind, { id: node.id }, n, coder));
    case 'layout':
      return stamped(operation('layout', { mode: ['tree', 'packed', 'outline'][a % 3]! }, n, coder));
  }
}

/** Applies the intents one by one on a peer; returns the ids of cards whose annotation it changed. */
function edit(peer: SharedMap, intents: readonly Intent[], coder: string): Set<string> {
  const touched = new Set<string>();
  intents.forEach((choice, n) => {
    const before = peer.document()!;
    const op = operationFor(before, choice, n, coder);
    if (!op) return;
    const result = peer.apply(op);
    if (!result.ok) return;
    const after = result.value.document;
    for (const id of new Set([...Object.keys(before.annotations), ...Object.keys(after.annotations)])) {
      if (before.annotations[id] !== after.annotations[id]) touched.add(id);
    }
  });
  return touched;
}

const ids = (doc: ThreadmapDocument) => new Set(doc.nodes.map((node) => node.id));

describe.each([
  ['the Reddit thread', REDDIT],
  ['the plain-text sample', TEXT],
])('two peers editing %s apart and then merging', (_name, fixture) => {
  const original = openRecorded(fixture);

  it('end with the same map, lose no card either kept nor an annotation only one of them changed, and hold a whole tree', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 16 }), fc.array(intent, { maxLength: 16 }), (left, right) => {
        const [ana, ben] = twoPeers(original);
        const anaTouched = edit(ana, left, 'ana');
        const benTouched = edit(ben, right, 'ben');
        const anaAlone = ana.document()!;
        const benAlone = ben.document()!;
        exchange(ana.ydoc, ben.ydoc);
        const merged = ana.document()!;
        expect(canonical(ben.document())).toBe(canonical(merged));

        // Cards: nothing either peer kept is lost unless the other removed it, and nothing
        // appears that neither had. (A card one peer edited while the other removed it comes
        // back: a write wins over a concurrent removal, so no text is lost to a merge.)
        const base = ids(original);
        const removed = (alone: ThreadmapDocument) => [...base].filter((id) => !ids(alone).has(id));
        const either = new Set([...ids(anaAlone), ...ids(benAlone)]);
        const kept = new Set(either);
        for (const id of [...removed(anaAlone), ...removed(benAlone)]) kept.delete(id);
        const mergedIds = ids(merged);
        for (const id of kept) expect(mergedIds.has(id)).toBe(true);
        for (const id of mergedIds) expect(either.has(id)).toBe(true);

        // Annotations a single peer changed arrive exactly; one both changed is one of the two.
        for (const id of anaTouched) {
          if (!benTouched.has(id)) expect(canonical(merged.annotations[id])).toBe(canonical(anaAlone.annotations[id]));
        }
        for (const id of benTouched) {
          if (!anaTouched.has(id)) expect(canonical(merged.annotations[id])).toBe(canonical(benAlone.annotations[id]));
          else expect([canonical(anaAlone.annotations[id]), canonical(benAlone.annotations[id])]).toContain(canonical(merged.annotations[id]));
        }

        // A whole tree in thread order: every parent exists and comes before its replies.
        const seen = new Set<string>();
        for (const node of merged.nodes) {
          if (node.parent !== null) expect(seen.has(node.parent)).toBe(true);
          seen.add(node.id);
        }
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});

describe('many peers tagging one map at once', () => {
  it('end with every tag, whatever order the updates arrive in', () => {
    const original = openRecorded(REDDIT);
    const cards = original.nodes.filter(isJudgeable);
    const peers = Array.from({ length: 5 }, () => new SharedMap(new Y.Doc()));
    peers[0]!.initialise(original);
    const start = Y.encodeStateAsUpdate(peers[0]!.ydoc);
    for (const peer of peers.slice(1)) Y.applyUpdate(peer.ydoc, start);
    const updates: Uint8Array[] = [];
    for (const peer of peers) peer.ydoc.on('update', (update: Uint8Array) => updates.push(update));
    cards.forEach((card, n) => {
      expect(peers[n % peers.length]!.apply(operation('tag', { id: card.id, tag: TAGS[n % 3]! }, n, `coder-${n % 5}`)).ok).toBe(true);
    });
    const shuffled = [...updates].reverse();
    const late = new SharedMap(new Y.Doc());
    Y.applyUpdate(late.ydoc, start);
    for (const update of shuffled) Y.applyUpdate(late.ydoc, update);
    const annotations = late.document()!.annotations;
    expect(Object.keys(annotations)).toHaveLength(cards.length);
    cards.forEach((card, n) => expect(annotations[card.id]!.tag).toBe(TAGS[n % 3]));
  });
});
