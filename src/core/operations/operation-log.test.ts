import { describe, expect, it } from 'vitest';
import { historyAfter } from './history';
import { replayLog } from './operation-log';
import { TEXT, canonical, editorSession, openRecorded, operation } from './testing/operation-fixtures';

describe('an operation log of a snapshot and the operations since', () => {
  const snapshot = openRecorded(TEXT);
  const ops = [
    operation('tag', { id: 't2', tag: 'con' }, 1),
    operation('move', { id: 't10', parent: 't2' }, 2),
    operation('merge', { id: 't9', confirmed: true }, 3),
    operation('split', { id: 't3', range: [0, 30] }, 4),
    operation('collapse', { id: 't1' }, 5),
  ];
  // What an editor does: apply each operation, then undo the last two; every step goes to the log.
  const session = editorSession(snapshot, ops, 2);
  /** The records as storage gives them back: JSON, checked again on reading. */
  const stored = JSON.parse(JSON.stringify(session.records)) as typeof session.records;

  it('records an undo as the inverse operation, stamped with who undid it and when', () => {
    expect(session.records.slice(-2).map(({ op: { id, kind, coder, time }, step }) => ({ id, kind, coder, time, step }))).toEqual([
      { id: 'undo-0', kind: 'restore', coder: 'bea', time: '2026-11-30T13:00:00.000Z', step: 'undo' },
      { id: 'undo-1', kind: 'restore', coder: 'bea', time: '2026-11-30T13:00:00.000Z', step: 'undo' },
    ]);
  });

  it('replays, from JSON, to the same map the editor holds, and to the same undo history', () => {
    const replayed = replayLog(snapshot, stored);
    expect(replayed.stopped).toBeNull();
    expect(canonical(replayed.document)).toBe(canonical(session.document));
    expect(replayed.document.nodes.some((node) => node.kind === 'claim')).toBe(false);
    expect(replayed.document.nodes.find((node) => node.id === 't9')).toBeUndefined();
    const history = historyAfter(null, replayed.ops);
    expect(history.past.map((entry) => entry.op.id)).toEqual(session.history.past.map((entry) => entry.op.id));
    expect(history.future.map((entry) => entry.inverse.kind)).toEqual(session.history.future.map((entry) => entry.inverse.kind));
    expect(history.future.map((entry) => entry.op.id)).toEqual(session.history.future.map((entry) => entry.op.id));
    expect(history.future.map((entry) => entry.op.id).sort()).toEqual(['op-4', 'op-5']);
  });

  it('stops at a stored record that is not an operation, keeping the ones before it', () => {
    const replayed = replayLog(snapshot, [stored[0]!, { ...stored[1]!, op: { ...ops[1], kind: 'teleport' } }, stored[2]!]);
    expect(replayed.ops.map(({ op }) => op.id)).toEqual(['op-1']);
    expect(replayed.document.annotations.t2?.tag).toBe('con');
    expect(replayed.stopped).toMatch(/^operation 2 of 3: /);
  });

  it('stops at the operation that no longer applies, and names it', () => {
    const replayed = replayLog(snapshot, [stored[0]!, { op: operation('tag', { id: 'gone', tag: 'pro' }, 9), step: 'do' }]);
    expect(replayed.ops).toHaveLength(1);
    expect(replayed.stopped).toMatch(/^operation 2 of 2: There is no card/);
  });
});
