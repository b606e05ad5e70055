import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import type { ThreadmapDocument } from '../document/types';
import type { ThreadNode } from '../map/types';
import { REDDIT, TEXT, applied, canonical, openRecorded, operation, undone } from './testing/operation-fixtures';
import type { Operation } from './types';

/** Applies the operations in order, then their inverses in reverse, checking every state on the way back. */
function roundTrip(start: ThreadmapDocument, ops: Operation[]): ThreadmapDocument[] {
  const states = [start];
  const inverses: Operation[] = [];
  for (const op of ops) {
    const step = applied(states.at(-1)!, op);
    states.push(step.document);
    inverses.push(step.inverse);
  }
  let current = states.at(-1)!;
  for (let i = inverses.length - 1; i >= 0; i--) {
    current = undone(current, inverses[i]!);
    expect(canonical(current), `after undoing ${ops[i]!.kind}`).toBe(canonical(states[i]));
  }
  return states;
}

const nodeOf = (doc: ThreadmapDocument, id: string) => doc.nodes.find((node) => node.id === id);

describe('awkward sequences undo exactly', () => {
  const text = openRecorded(TEXT);

  it('a card moved away from a parent that is merged afterwards goes back under that parent', () => {
    // t10 replies to t9; move it under t2, then merge t9 (its old parent) into the card before it.
    expect(nodeOf(text, 't10')!.parent).toBe('t9');
    const states = roundTrip(text, [operation('move', { id: 't10', parent: 't2' }, 1), operation('merge', { id: 't9', confirmed: true }, 2)]);
    expect(nodeOf(states[2]!, 't9')).toBeUndefined();
    expect(nodeOf(states[2]!, 't10')).toMatchObject({ parent: 't2', moved: true, originalParent: 't9' });
  });

  it('a card moved away and back, whose parent is then merged, undoes through the merge and both moves', () => {
    const states = roundTrip(text, [
      operation('move', { id: 't10', parent: 't2' }, 1),
      operation('move', { id: 't10', parent: 't9' }, 2),
      operation('merge', { id: 't9', confirmed: true }, 3),
    ]);
    // Moved back where the source had it, the card is as the source gave it again.
    expect(nodeOf(states[2]!, 't10')).toEqual(nodeOf(text, 't10'));
    expect(nodeOf(states[3]!, 't10')!.parent).toBe('t8');
  });

  it('a card moved under a card that is merged afterwards comes back from the merged card', () => {
    const states = roundTrip(text, [operation('move', { id: 't3', parent: 't9' }, 1), operation('merge', { id: 't9', confirmed: true }, 2)]);
    expect(nodeOf(states[2]!, 't3')!.parent).not.toBe('t9');
  });

  it('a claim split from a comment that is then merged gets its range back', () => {
    const split = operation('split', { id: 't2', range: [0, 20] }, 1);
    const states = roundTrip(text, [split, operation('merge', { id: 't2', confirmed: true }, 2)]);
    const claim = states[2]!.nodes.find((node) => node.kind === 'claim')!;
    expect(claim.range![0]).toBeGreaterThan(0);
    expect(states[1]!.nodes.find((node) => node.kind === 'claim')!.range).toEqual([0, 20]);
  });

  it('a tag on a moved card loses its re-check mark, and undo brings the mark back, then the tag without it', () => {
    const states = roundTrip(text, [
      operation('tag', { id: 't8', tag: 'pro' }, 1),
      operation('move', { id: 't8', parent: 't2' }, 2),
      operation('tag', { id: 't8', tag: 'con' }, 3, 'bea'),
    ]);
    expect(states.slice(1).map((doc) => doc.annotations.t8)).toEqual([
      { tag: 'pro', updatedAt: '2026-11-30T12:00:01.000Z', coder: 'ana' },
      { tag: 'pro', updatedAt: '2026-11-30T12:00:01.000Z', coder: 'ana', recheck: true },
      { tag: 'con', updatedAt: '2026-11-30T12:00:03.000Z', coder: 'bea' },
    ]);
  });

  it('a merge that joins two quote links into one gives both back in their places', () => {
    const reddit = openRecorded(REDDIT);
    const [a, b, c] = reddit.nodes.filter((node) => node.kind === 'comment').slice(3, 6);
    const states = roundTrip(reddit, [
      operation('link', { from: a!.id, to: c!.id, kind: 'quote' }, 1),
      operation('link', { from: b!.id, to: c!.id, kind: 'quote' }, 2),
      operation('link', { from: c!.id, to: a!.id, kind: 'quote' }, 3),
      operation('merge', { id: b!.id, confirmed: true }, 4),
    ]);
    expect(states[3]!.links).toHaveLength(3);
    expect(states[4]!.links.length).toBeLessThan(3);
  });
});

describe('ids that are names of object properties', () => {
  const comment = (id: string, parent: string, text: string): ThreadNode => ({ id, parent, kind: 'comment', author: 'x', createdAt: null, text, url: null, status: 'ok' });
  const doc = createDocument(
    {
      source: { kind: 'text', url: null, title: null, retrievedAt: null, structureGuessed: true },
      nodes: [
        { ...comment('root', 'none', 'The post.'), parent: null, kind: 'post' },
        comment('__proto__', 'root', 'A reply whose id is __proto__.'),
        comment('constructor', '__proto__', 'A reply to it, called constructor.'),
        comment('toString', 'root', 'Another reply.'),
      ],
      links: [],
    },
    { now: '2026-11-30T12:00:00.000Z' },
  );

  it('tags, notes, moves, splits, links and merges them as ordinary cards and undoes every step', () => {
    const states = roundTrip(doc, [
      operation('tag', { id: '__proto__', tag: 'question' }, 1),
      operation('note', { id: 'constructor', note: 'Careful.' }, 2),
      operation('move', { id: 'constructor', parent: 'toString' }, 3),
      operation('split', { id: '__proto__', range: [0, 7] }, 4),
      operation('link', { from: 'toString', to: '__proto__', kind: 'quote' }, 5),
      operation('collapse', { id: '__proto__' }, 6),
      operation('merge', { id: 'toString' }, 7),
    ]);
    expect(Object.hasOwn(states[1]!.annotations, '__proto__')).toBe(true);
    expect([null, Object.prototype]).toContain(Object.getPrototypeOf(states[1]!.annotations));
    expect(states[1]!.annotations['__proto__']!.tag).toBe('question');
    const merged = states[7]!.annotations;
    expect(Object.keys(merged).sort()).toEqual(['__proto__', 'constructor']);
    expect([null, Object.prototype]).toContain(Object.getPrototypeOf(merged));
    expect(merged['__proto__']).toMatchObject({ tag: 'question' });
    expect(JSON.stringify(states[2]!.annotations)).toMatch(/"__proto__":\{[^}]*"tag":"question"/);
  });

  it('merges a card called "constructor" without inventing an annotation, and carries its tag onto "__proto__"', () => {
    const plain = roundTrip(doc, [operation('merge', { id: 'constructor' }, 1)]);
    expect(plain[1]!.annotations).toEqual({});
    expect([null, Object.prototype]).toContain(Object.getPrototypeOf(plain[1]!.annotations));
    const tagged = roundTrip(doc, [operation('tag', { id: 'constructor', tag: 'con' }, 1), operation('merge', { id: 'constructor' }, 2)]);
    expect([null, Object.prototype]).toContain(Object.getPrototypeOf(tagged[2]!.annotations));
    expect(Object.keys(tagged[2]!.annotations)).toEqual(['__proto__']);
  });
});
