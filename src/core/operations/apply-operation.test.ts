import { describe, expect, it } from 'vitest';
import { countTags } from '../annotations/apply';
import { RUMOUREVAL_CODEBOOK } from '../document/codebook';
import type { ThreadmapDocument } from '../document/types';
import { applyOperation } from './apply-operation';
import { HN, REDDIT, TEXT, applied, canonical, commentsOf, openRecorded, operation, throughJson, undone } from './testing/operation-fixtures';
import type { Operation } from './types';

/** One operation of every kind, each valid on the document the ones before it leave. */
function everyKind(document: ThreadmapDocument): Operation[] {
  const [first, second, third] = commentsOf(document).filter((node) => node.parent !== document.nodes[0]!.id);
  const top = document.nodes.find((node) => node.parent === document.nodes[0]!.id && node.kind === 'comment' && node.id !== first!.parent)!;
  const ops: Operation[] = [
    operation('tag', { id: first!.id, tag: 'pro' }, 1),
    operation('note', { id: first!.id, note: 'Gives a reason, not only a verdict.' }, 2),
    operation('move', { id: first!.id, parent: top.id }, 3),
    operation('confirm', { id: first!.id }, 4),
    operation('tag', { id: first!.id, tag: null }, 5),
    operation('split', { id: second!.id, range: [0, 10] }, 6),
    operation('link', { from: second!.id, to: third!.id, kind: 'quote' }, 7),
    operation('unlink', { from: second!.id, to: third!.id, kind: 'quote' }, 8),
    operation('merge', { id: third!.id, confirmed: true }, 9),
    operation('collapse', { id: top.id }, 10),
    operation('expand', { id: top.id }, 11),
    operation('viewport', { x: -120.5, y: 40, zoom: 0.75 }, 12),
    operation('layout', { mode: 'outline' }, 13),
    operation('codebook', { codebook: RUMOUREVAL_CODEBOOK }, 14),
    operation('tag', { id: first!.id, tag: null, category: 'comment' }, 15),
    operation('mapCoder', { coder: 'Ana Lima' }, 16),
  ];
  return ops;
}

describe.each([
  ['the plain-text sample', TEXT],
  ['the Reddit thread', REDDIT],
  ['the 2,565-item HN thread', HN],
])('every operation kind on %s', (_name, fixture) => {
  const original = openRecorded(fixture);
  const ops = everyKind(original);

  it('changes the document, and its inverse (through JSON) gives back exactly the document before it', () => {
    let current = original;
    for (const op of ops) {
      const { document, inverse } = applied(current, throughJson(op));
      expect(document, op.kind).not.toEqual(current);
      expect(canonical(undone(document, inverse)), op.kind).toBe(canonical(current));
      current = document;
    }
  });

  it('undoes the whole sequence step by step back to the opened document', () => {
    const inverses: Operation[] = [];
    let current = original;
    for (const op of ops) {
      const step = applied(current, op);
      inverses.push(step.inverse);
      current = step.document;
    }
    for (const inverse of inverses.reverse()) current = undone(current, inverse);
    expect(canonical(current)).toBe(canonical(original));
    expect(JSON.stringify(current.nodes)).toBe(JSON.stringify(original.nodes));
  });
});

describe('what each operation writes', () => {
  const doc = openRecorded(REDDIT);
  const [card] = commentsOf(doc);

  it('records the time and the coder of a tag on the annotation', () => {
    const { document } = applied(doc, operation('tag', { id: card!.id, tag: 'con' }, 7, 'bea'));
    expect(document.annotations[card!.id]).toEqual({ tag: 'con', updatedAt: '2026-11-30T12:00:07.000Z', coder: 'bea' });
  });

  it('keeps the collapsed list and viewport in the view, and an inverse that removes a view the document lacked', () => {
    expect(doc.view).toBeUndefined();
    const { document, inverse } = applied(doc, operation('collapse', { id: card!.id }));
    expect(document.view).toEqual({ collapsed: [card!.id] });
    expect('view' in undone(document, inverse)).toBe(false);
  });

  it('holds in the inverse of a pan only the earlier viewport, however many cards are folded', () => {
    const folded = doc.nodes.slice(0, 40).reduce((current, node, n) => applied(current, operation('collapse', { id: node.id }, n)).document, doc);
    const first = applied(folded, operation('viewport', { x: 1, y: 2, zoom: 1 }, 50));
    expect(first.inverse.payload.view).toEqual({ fields: {}, drop: ['viewport'] });
    const second = applied(first.document, operation('viewport', { x: 9, y: 2, zoom: 0.5 }, 51));
    expect(second.inverse.payload.view).toEqual({ fields: { viewport: { x: 1, y: 2, zoom: 1 } }, drop: [] });
    expect(canonical(undone(second.document, second.inverse))).toBe(canonical(first.document));
  });

  it('refuses a tag on the opening post, an unknown card and a move under its own reply, changing nothing', () => {
    const reply = doc.nodes.find((node) => node.kind === 'comment' && doc.nodes.some((child) => child.parent === node.id && child.kind === 'comment'))!;
    const grandchild = doc.nodes.find((node) => node.parent === reply.id && node.kind === 'comment')!;
    const refusals = [
      applyOperation(doc, operation('tag', { id: doc.nodes[0]!.id, tag: 'pro' })),
      applyOperation(doc, operation('note', { id: 'no-such-card', note: 'x' })),
      applyOperation(doc, operation('move', { id: reply.id, parent: grandchild.id })),
    ];
    expect(refusals.map((result) => (result.ok ? 'applied' : result.error.kind))).toEqual(['notTaggable', 'unknownNode', 'cycle']);
  });

  it('still replays a tag on a deleted HN comment with no text, as a change log from before the rule holds it, and leaves it out of the counts', () => {
    const hn = openRecorded(HN);
    const gone = hn.nodes.find((node) => node.status === 'deleted' && node.text === '')!;
    const tagged = applied(hn, operation('tag', { id: gone.id, tag: 'con' }, 1)).document;
    const noted = applied(tagged, operation('note', { id: gone.id, note: 'Its replies still answer it.' }, 2)).document;
    expect(noted.annotations[gone.id]).toMatchObject({ tag: 'con', note: 'Its replies still answer it.' });
    expect(countTags(noted.annotations, noted.nodes).tagged).toBe(0);
  });

  it('holds in the inverse of a tag only that card’s earlier annotation', () => {
    const tagged = applied(doc, operation('tag', { id: card!.id, tag: 'pro' }, 1)).document;
    const { inverse } = applied(tagged, operation('tag', { id: card!.id, tag: 'question' }, 2));
    expect(inverse.payload).toEqual({ nodes: [], order: [], links: null, annotations: [{ id: card!.id, annotation: tagged.annotations[card!.id] }], view: null });
    expect(inverse.id).toBe('undo:op-2');
  });
});
