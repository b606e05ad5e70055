import type { ThreadmapDocument } from '../document/types';
import { applyOperation } from './apply-operation';
import type { LoggedOperation, LoggedStep } from './history';
import { parseOperation } from './schema';

/**
 * What storage keeps of a map: a snapshot and, after it, each operation the editor applied with
 * what it did to the undo history. Undo and redo are operations on the same stream (inverses),
 * so replaying the log gives the map as it was left, and `historyAfter` the undo history.
 */
export interface StoredLogRecord {
  /** As read from storage: checked again before it is applied. */
  op: unknown;
  step: LoggedStep;
}

export interface ReplayedLog {
  document: ThreadmapDocument;
  /** The operations replayed, checked, each with its inverse and step. */
  ops: LoggedOperation[];
  /** Why replay stopped before the end: the first record that is not an operation or does not apply (the ones after it build on it). */
  stopped: string | null;
}

/** Replays stored log records onto their snapshot in order, up to the first that cannot be read or applied. */
export function replayLog(snapshot: ThreadmapDocument, records: readonly StoredLogRecord[]): ReplayedLog {
  const ops: LoggedOperation[] = [];
  let document = snapshot;
  for (const [index, { op, step }] of records.entries()) {
    const stop = (why: string): ReplayedLog => ({ document, ops, stopped: `operation ${index + 1} of ${records.length}: ${why}` });
    const parsed = parseOperation(op);
    if (!parsed.ok) return stop(parsed.error.message);
    const applied = applyOperation(document, parsed.value);
    if (!applied.ok) return stop(applied.error.message);
    ops.push({ op: parsed.value, inverse: applied.value.inverse, step });
    document = applied.value.document;
  }
  return { document, ops, stopped: null };
}
