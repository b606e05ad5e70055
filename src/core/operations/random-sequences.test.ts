import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTaggable } from '../annotations/taggable';
import type { ThreadmapDocument } from '../document/types';
import { TAGS } from '../map/types';
import { combineCoderFiles } from '../agreement/combine';
import { applyOperation } from './apply-operation';
import { HN, REDDIT, TEXT, canonical, openRecorded, operation, throughJson } from './testing/operation-fixtures';
import type { Operation, OperationKind } from './types';

const KINDS = ['tag', 'note', 'confirm', 'split', 'move', 'merge', 'link', 'unlink', 'collapse', 'expand', 'viewport', 'layout', 'gold'] as const satisfies readonly OperationKind[];

const CODERS = ['ana', 'ben', 'cy'];

/** The Reddit thread as two coders' combined map: Ana and Ben tagged the first cards differently. */
function combinedReddit(): ThreadmapDocument {
  const doc = openRecorded(REDDIT);
  const cards = doc.nodes.filter(isTaggable).slice(0, 8);
  const layer = (coder: string, shift: number) => ({
    doc: { ...doc, coder, annotations: Object.fromEntries(cards.map((card, i) => [card.id, { tag: TAGS[(i + shift) % 3]!, updatedAt: '2026-11-30T12:00:00.000Z', coder }])) },
    fileName: `${coder}.json`,
  });
  const combined = combineCoderFiles([layer('ana', 0), layer('ben', 1)]);
  if (!combined.ok) throw new Error(combined.error.message);
  return combined.value.doc;
}

/** A random choice of operation, given as numbers that pick cards of whatever the document is then. */
// Small numbers often, so that later operations return to the cards earlier ones touched.
const index = fc.oneof(fc.nat(7), fc.nat());
const intent = fc.record({ kind: fc.constantFrom(...KINDS), a: index, b: index, c: fc.nat(), text: fc.string({ maxLength: 12, unit: 'grapheme' }) });
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

/** The operation an intent stands for on `doc`, or null when the document offers nothing to pick. */
function operationFor(doc: ThreadmapDocument, { kind, a, b, c, text }: Intent, n: number): Operation | null {
  const nodes = doc.nodes;
  const cards = nodes.filter(isTaggable);
  const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(1, list.length)];
  const node = pick(nodes, a)!;
  const card = pick(cards, a);
  // Three coders take turns, so that maps with layers get changes in several layers and new ones.
  const coder = CODERS[c % CODERS.length]!;
  switch (kind) {
    case 'tag':
      return card ? operation('tag', { id: card.id, tag: [...TAGS, null][b % 4]! }, n, coder) : null;
    case 'note':
      return card ? operation('note', { id: card.id, note: text }, n, coder) : null;
    case 'confirm':
      return card ? operation('confirm', { id: card.id }, n, coder) : null;
    case 'gold': {
      const decision = [{ category: TAGS[b % 3]! }, { text: text || 'typed' }, null][c % 3]!;
      return card ? operation('gold', { id: card.id, decision, note: text }, n, coder) : null;
    }
    case 'split': {
      if (!node.text.length) return null;
      const start = b % node.text.length;
      return operation('split', { id: node.id, range: [start, start + 1 + (c % (node.text.length - start))] }, n);
    }
    case 'move':
      return operation('move', { id: node.id, parent: pick(nodes, b)!.id }, n);
    case 'merge':
      return operation('merge', { id: node.id, confirmed: b % 2 === 0 }, n);
    case 'link':
      return card ? operation('link', { from: card.id, to: pick(cards, b)!.id, kind: 'quote' }, n) : null;
    case 'unlink': {
      const link = pick(doc.links, a);
      return link ? operation('unlink', { from: link.from, to: link.to, kind: link.kind }, n) : null;
    }
    case 'collapse':
    case 'expand':
      return operation(kind, { id: node.id }, n);
    case 'viewport':
      return operation('viewport', { x: a - 5000, y: (b % 3000) / 7, zoom: 0.05 + (c % 40) / 10 }, n);
    case 'layout':
      return operation('layout', { mode: ['tree', 'packed', 'outline'][a % 3]! }, n);
  }
}

describe.each([
  ['the Reddit thread coded by two coders', combinedReddit, 60],
  ['the Reddit thread', REDDIT, 60],
  ['the plain-text sample', TEXT, 60],
  ['the 2,565-item HN thread', HN, 8],
])('random operation sequences on %s', (_name, fixture, numRuns) => {
  // Some cards already carry tags and notes, as in a map being coded.
  const start = () => (typeof fixture === 'string' ? openRecorded(fixture) : fixture());
  const original = start()
    .nodes.filter(isTaggable)
    .slice(0, 6)
    .reduce((doc, card, n) => {
      const result = applyOperation(doc, operation(n % 2 ? 'note' : 'tag', n % 2 ? { id: card.id, note: `Note ${n}` } : { id: card.id, tag: TAGS[n % 3]! }, n, 'coder-0') as Operation);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.document;
    }, start());

  it('come back to the opened document when their inverses are applied in reverse, and survive JSON unchanged', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 1, maxLength: 24 }), (intents) => {
        let current = original;
        const states: string[] = [];
        const inverses: Operation[] = [];
        intents.forEach((choice, n) => {
          const op = operationFor(current, choice, n);
          if (!op) return;
          expect(throughJson(op)).toEqual(op);
          const result = applyOperation(current, op);
          if (!result.ok) return;
          expect(throughJson(result.value.inverse)).toEqual(result.value.inverse);
          // These threads are in thread order, so the inverse never needs the whole node list.
          expect(result.value.inverse.payload.nodeList).toBeUndefined();
          states.push(canonical(current));
          inverses.push(throughJson(result.value.inverse));
          current = result.value.document;
        });
        for (let i = inverses.length - 1; i >= 0; i--) {
          const result = applyOperation(current, inverses[i]!);
          if (!result.ok) throw new Error(result.error.message);
          current = result.value.document;
          expect(canonical(current)).toBe(states[i]);
        }
        expect(canonical(current)).toBe(canonical(original));
        expect(JSON.stringify(current.nodes)).toBe(JSON.stringify(original.nodes));
        expect(JSON.stringify(current.links)).toBe(JSON.stringify(original.links));
        expect(canonical(current.layers)).toBe(canonical(original.layers));
        expect(canonical(current.gold)).toBe(canonical(original.gold));
      }),
      { numRuns },
    );
  });
});
