import { describe, expect, it } from 'vitest';
import { syntheticDiscussion } from '../../../bench/synthetic';
import { createDocument } from '../document/create-document';
import { buildMap } from '../map/graph';
import type { ThreadmapDocument } from '../document/types';
import { createHistory, historyAfter, perform, push, redo, undo, type History, type HistoryStep, type LoggedOperation } from './history';
import { applyOperation } from './apply-operation';
import fc from 'fast-check';
import { REDDIT, canonical, commentsOf, openRecorded, operation } from './testing/operation-fixtures';
import type { Operation } from './types';

function performAll(start: HistoryStep, ops: Operation[]): HistoryStep {
  return ops.reduce((step, op) => {
    const result = perform(step.history, step.document, op);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, start);
}

function undone(step: HistoryStep): HistoryStep {
  const next = undo(step.history, step.document);
  if (!next) throw new Error('nothing to undo');
  return next;
}

function redone(step: HistoryStep): HistoryStep {
  const next = redo(step.history, step.document);
  if (!next?.ok) throw new Error('nothing to redo');
  return next.value;
}

describe('undo history of inverse operations', () => {
  const doc = openRecorded(REDDIT);
  const [a, b] = commentsOf(doc).filter((node) => node.parent !== doc.nodes[0]!.id);
  const ops = [
    operation('tag', { id: a!.id, tag: 'con' }, 1),
    operation('move', { id: a!.id, parent: doc.nodes[0]!.id }, 2),
    operation('merge', { id: b!.id, confirmed: true }, 3),
  ];

  it('undoes every step back to the opened map and redoes them to the same map', () => {
    const done = performAll({ history: createHistory(), document: doc }, ops);
    const back = undone(undone(undone(done)));
    expect(canonical(back.document)).toBe(canonical(doc));
    expect(undo(back.history, back.document)).toBeNull();
    const again = redone(redone(redone(back)));
    expect(canonical(again.document)).toBe(canonical(done.document));
    expect(redo(again.history, again.document)).toBeNull();
  });

  it('drops the redo steps when a new change is made after an undo', () => {
    const done = performAll({ history: createHistory(), document: doc }, ops);
    const back = undone(done);
    expect(back.history.future).toHaveLength(1);
    const branched = performAll(back, [operation('note', { id: a!.id, note: 'Off topic.' }, 4)]);
    expect(branched.history.future).toEqual([]);
    expect(branched.history.past.map((entry) => entry.op.id)).toEqual(['op-1', 'op-2', 'op-4']);
  });

  it('keeps at most its limit of steps, dropping the oldest', () => {
    const done = performAll({ history: createHistory(2), document: doc }, ops);
    expect(done.history.past.map((entry) => entry.op.id)).toEqual(['op-2', 'op-3']);
    const back = undone(undone(done));
    expect(back.document.annotations[a!.id]?.tag).toBe('con');
    expect(undo(back.history, back.document)).toBeNull();
  });

  it('adds no step for an operation that changes nothing', () => {
    const folded = performAll({ history: createHistory(), document: doc }, [operation('collapse', { id: a!.id }, 1)]);
    const again = performAll(folded, [operation('collapse', { id: a!.id }, 2), operation('move', { id: a!.id, parent: a!.parent! }, 3)]);
    expect(again.history.past.map((entry) => entry.op.id)).toEqual(['op-1']);
    expect(again.document).toBe(folded.document);
  });

  it('leaves history and map as they were when an operation is refused', () => {
    const history: History = push(createHistory(), { op: ops[0]!, inverse: ops[0]! });
    const refused = perform(history, doc, operation('tag', { id: doc.nodes[0]!.id, tag: 'pro' }, 9));
    expect(refused.ok).toBe(false);
  });
});

describe('the memory an undo step holds on a 20,000-node map', () => {
  // The file format keeps nodes in thread order (the reducers re-emit it); the generator makes them in time order.
  const generated = syntheticDiscussion({ nodes: 20_000, seed: 7 });
  const nodes = Array.from(buildMap(generated).graph.preorder, (position) => generated[position]!);
  const map: ThreadmapDocument = createDocument(
    { source: { kind: 'hn', url: null, title: 'Synthetic', retrievedAt: null }, nodes, links: [] },
    { now: '2026-11-30T12:00:00.000Z' },
  );
  const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
  const mapBytes = bytesOf(map);
  // The reply (not top-level) with the most direct replies, and a top-level card near the end.
  const replyCount = new Map<string, number>();
  for (const node of nodes) if (node.parent) replyCount.set(node.parent, (replyCount.get(node.parent) ?? 0) + 1);
  const subtreeRoot = nodes.filter((node) => node.parent !== null && node.parent !== 's0').reduce((best, node) => ((replyCount.get(node.id) ?? 0) > (replyCount.get(best.id) ?? 0) ? node : best));
  const lateTop = nodes.findLast((node) => node.parent === 's0')!;
  const structural = [
    operation('move', { id: subtreeRoot.id, parent: lateTop.id }, 1),
    operation('merge', { id: subtreeRoot.id, confirmed: true }, 2),
    operation('split', { id: 's19000', range: [0, 7] }, 3),
  ];

  it.each(structural)('is under 1 % of the map’s JSON for a $kind', (op) => {
    const step = perform(createHistory(), map, op);
    if (!step.ok) throw new Error(step.error.message);
    const entryBytes = bytesOf(step.value.history.past[0]);
    expect(entryBytes).toBeLessThan(mapBytes / 100);
    const back = undone(step.value);
    expect(back.document.nodes).toEqual(map.nodes);
  });

  it('holds the moved card alone for a move of a whole subtree, and one entry per reply for a merge', () => {
    const replies = replyCount.get(subtreeRoot.id)!;
    expect(replies).toBeGreaterThan(100);
    const moved = perform(createHistory(), map, structural[0]!);
    const merged = perform(createHistory(), map, structural[1]!);
    if (!moved.ok || !merged.ok) throw new Error('refused');
    expect(moved.value.history.past[0]!.inverse.payload).toMatchObject({ nodes: [{ id: subtreeRoot.id }] });
    const mergePatch = merged.value.history.past[0]!.inverse.payload as { nodes: Array<{ fields?: object }> };
    expect(mergePatch.nodes).toHaveLength(replies + 2);
    // Each reply (its parent) and the card merged into (its text) need only their earlier values.
    expect(mergePatch.nodes.filter((entry) => entry.fields).length).toBe(replies + 1);
  });
});

describe('historyAfter: the undo history rebuilt from a log of operations', () => {
  it('equals the history the edits, undos and redos made, for any sequence on the Reddit thread', () => {
    const start = openRecorded(REDDIT);
    const ids = commentsOf(start).map((node) => node.id);
    const action = fc.oneof(
      fc.record({ kind: fc.constant('tag' as const), at: fc.nat({ max: ids.length - 1 }), tag: fc.constantFrom('pro' as const, 'con' as const, 'question' as const) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('redo' as const) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let step: HistoryStep = { history: createHistory(500), document: start };
        // The log, as the autosave writes it: each applied operation with what it did; its inverse from replaying it.
        const log: LoggedOperation[] = [];
        let replayed = start;
        const record = (op: Operation, kind: LoggedOperation['step']) => {
          const applied = applyOperation(replayed, op);
          if (!applied.ok) throw new Error(applied.error.message);
          replayed = applied.value.document;
          log.push({ op, inverse: applied.value.inverse, step: kind });
        };
        actions.forEach((act, n) => {
          const stamp = { id: `s${n}`, time: '2026-12-01T00:00:00.000Z', coder: 'ana' };
          if (act.kind === 'tag') {
            const result = perform(step.history, step.document, operation('tag', { id: ids[act.at]!, tag: act.tag }, n));
            if (!result.ok) throw new Error(result.error.message);
            if (result.value.op) record(result.value.op, 'do');
            step = result.value;
          } else if (act.kind === 'undo') {
            const next = undo(step.history, step.document, stamp);
            if (next?.op) {
              record(next.op, 'undo');
              step = next;
            }
          } else {
            const next = redo(step.history, step.document, stamp);
            if (next?.ok && next.value.op) {
              record(next.value.op, 'redo');
              step = next.value;
            }
          }
        });
        const rebuilt = historyAfter(null, log);
        expect(rebuilt.past.map((entry) => entry.op.id)).toEqual(step.history.past.map((entry) => entry.op.id));
        expect(rebuilt.future.map((entry) => entry.op.id)).toEqual(step.history.future.map((entry) => entry.op.id));
        expect(canonical(rebuilt.past.map((entry) => entry.inverse.payload))).toBe(canonical(step.history.past.map((entry) => entry.inverse.payload)));
      }),
      { numRuns: 60 },
    );
  });
});
