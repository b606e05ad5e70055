import { describe, expect, it } from 'vitest';
import { createHistory, perform, undo } from './history';
import { appendToLog, compactLog, createLog, parseLoggedOperations, replayLog, type OperationLog } from './operation-log';
import { TEXT, canonical, openRecorded, operation } from './testing/operation-fixtures';

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
  let step = { history: createHistory(), document: snapshot };
  let log: OperationLog = createLog(snapshot);
  for (const op of ops) {
    const next = perform(step.history, step.document, op);
    if (!next.ok) throw new Error(next.error.message);
    step = next.value;
    log = appendToLog(log, op);
  }
  for (let i = 0; i < 2; i++) {
    const undone = undo(step.history, step.document, { id: `undo-${i}`, time: '2026-11-30T13:00:00.000Z', coder: 'bea' })!;
    step = undone;
    log = appendToLog(log, undone.op!);
  }

  it('records an undo as the inverse operation, stamped with who undid it and when', () => {
    expect(log.ops.slice(-2).map(({ id, kind, coder, time }) => ({ id, kind, coder, time }))).toEqual([
      { id: 'undo-0', kind: 'restore', coder: 'bea', time: '2026-11-30T13:00:00.000Z' },
      { id: 'undo-1', kind: 'restore', coder: 'bea', time: '2026-11-30T13:00:00.000Z' },
    ]);
  });

  it('replays to the same map the editor holds', () => {
    const replayed = replayLog(log);
    if (!replayed.ok) throw new Error(replayed.error.message);
    expect(canonical(replayed.value)).toBe(canonical(step.document));
    expect(replayed.value.nodes.some((node) => node.kind === 'claim')).toBe(false);
    expect(replayed.value.nodes.find((node) => node.id === 't9')).toBeUndefined();
  });

  it('replays to the same map after the log is stored as JSON and its operations checked again', () => {
    const stored = JSON.parse(JSON.stringify(log)) as { snapshot: OperationLog['snapshot']; ops: unknown[] };
    const parsed = parseLoggedOperations(stored.ops);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const replayed = replayLog({ snapshot: stored.snapshot, ops: parsed.value });
    expect(replayed.ok && canonical(replayed.value)).toBe(canonical(step.document));
  });

  it('compacts into a snapshot of the same map with no operations', () => {
    const compacted = compactLog(log);
    if (!compacted.ok) throw new Error(compacted.error.message);
    expect(compacted.value.ops).toEqual([]);
    expect(canonical(compacted.value.snapshot)).toBe(canonical(step.document));
  });

  it('names the stored operation that is not one, and the one that cannot be replayed', () => {
    const bad = parseLoggedOperations([ops[0], { ...ops[1], kind: 'teleport' }]);
    expect(bad.ok ? '' : bad.error.message).toMatch(/^Stored operation 2: /);
    const stale = replayLog({ snapshot, ops: [ops[0]!, operation('tag', { id: 'gone', tag: 'pro' }, 9)] });
    expect(stale.ok ? '' : stale.error.message).toMatch(/^Operation 2 of 2 \(tag\) could not be replayed: There is no card/);
  });
});
