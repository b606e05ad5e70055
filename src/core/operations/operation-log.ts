import type { ThreadmapDocument } from '../document/types';
import { fail, ok, type Result } from '../result';
import { applyOperation } from './apply-operation';
import { parseOperation } from './schema';
import type { Operation, OperationError } from './types';

/**
 * What storage keeps of a map: a snapshot and the operations made since it, in order. Undo and
 * redo are operations on the same stream (inverses), so replaying the log gives the map as it was left.
 */
export interface OperationLog {
  snapshot: ThreadmapDocument;
  ops: Operation[];
}

/** A log that starts at `snapshot` with no operations yet. */
export function createLog(snapshot: ThreadmapDocument): OperationLog {
  return { snapshot, ops: [] };
}

/** The log with one more operation at its end. */
export function appendToLog(log: OperationLog, op: Operation): OperationLog {
  return { ...log, ops: [...log.ops, op] };
}

/** The document the log stands for: its snapshot with every operation applied in order. */
export function replayLog(log: OperationLog): Result<ThreadmapDocument, OperationError> {
  let document = log.snapshot;
  for (const [index, op] of log.ops.entries()) {
    const result = applyOperation(document, op);
    if (!result.ok) return fail({ kind: result.error.kind, message: `Operation ${index + 1} of ${log.ops.length} (${op.kind}) could not be replayed: ${result.error.message}` });
    document = result.value.document;
  }
  return ok(document);
}

/** The same map as a log with a fresh snapshot and no operations, so that replay starts later. */
export function compactLog(log: OperationLog): Result<OperationLog, OperationError> {
  const replayed = replayLog(log);
  return replayed.ok ? ok(createLog(replayed.value)) : replayed;
}

/** Stored operations checked one by one at the storage boundary; the first bad one is named. */
export function parseLoggedOperations(stored: readonly unknown[]): Result<Operation[], OperationError> {
  const ops: Operation[] = [];
  for (const [index, entry] of stored.entries()) {
    const parsed = parseOperation(entry);
    if (!parsed.ok) return fail({ kind: parsed.error.kind, message: `Stored operation ${index + 1}: ${parsed.error.message}` });
    ops.push(parsed.value);
  }
  return ok(ops);
}
