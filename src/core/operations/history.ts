import type { ThreadmapDocument } from '../document/types';
import { fail, ok, type Result } from '../result';
import { applyOperation } from './apply-operation';
import { isEmptyPatch } from './restore';
import type { Operation, OperationError } from './types';

/** One undoable step: the operation as made and the inverse that undoes it (no document copies). */
export interface HistoryEntry {
  op: Operation;
  inverse: Operation;
}

/** Undo and redo stacks of one map, newest last, at most `limit` undo steps. */
export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly limit: number;
}

/** A document with the history that goes with it. */
export interface HistoryStep {
  history: History;
  document: ThreadmapDocument;
}

/** An empty history keeping at most `limit` undo steps. */
export function createHistory(limit = 200): History {
  return { past: [], future: [], limit: Math.max(1, Math.floor(limit)) };
}

/** The history with a new step on top: the redo stack is dropped and the oldest step beyond the cap goes. */
export function push(history: History, entry: HistoryEntry): History {
  const past = [...history.past, entry];
  return { ...history, past: past.length > history.limit ? past.slice(past.length - history.limit) : past, future: [] };
}

/**
 * Applies an operation and records it as one undo step; a refused operation leaves both
 * unchanged, and one that changes nothing (collapsing a folded card) adds no step.
 */
export function perform(history: History, document: ThreadmapDocument, op: Operation): Result<HistoryStep, OperationError> {
  const result = applyOperation(document, op);
  if (!result.ok) return result;
  if (isEmptyPatch(result.value.inverse.payload)) return ok({ history, document });
  return ok({ history: push(history, { op, inverse: result.value.inverse }), document: result.value.document });
}

/** Undoes the newest step by applying its inverse; null when there is nothing to undo. */
export function undo(history: History, document: ThreadmapDocument): HistoryStep | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  const result = applyOperation(document, entry.inverse);
  if (!result.ok) return null;
  return { history: { ...history, past: history.past.slice(0, -1), future: [...history.future, entry] }, document: result.value.document };
}

/**
 * Redoes the newest undone step by applying its operation again (the core reducers are pure and
 * take the time from the operation, so the result is the same); null when there is nothing to redo.
 */
export function redo(history: History, document: ThreadmapDocument): Result<HistoryStep, OperationError> | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  const result = applyOperation(document, entry.op);
  if (!result.ok) return fail(result.error);
  const past = [...history.past, { op: entry.op, inverse: result.value.inverse }];
  return ok({ history: { ...history, past, future: history.future.slice(0, -1) }, document: result.value.document });
}
