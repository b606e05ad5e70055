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

/** A document with the history that goes with it, and the operation that made it (for the stream). */
export interface HistoryStep {
  history: History;
  document: ThreadmapDocument;
  /** What was applied; undefined when nothing changed. */
  op?: Operation;
}

/** Who undid or redid a step, and when: the stream records that, not the time of the first change. */
export type Stamp = Pick<Operation, 'id' | 'time' | 'coder'>;

/** The undo history kept with a saved map: its newest undo and redo steps, as the editor holds them. */
export interface SavedHistory {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** How many undo steps an editor keeps. */
export const HISTORY_LIMIT = 500;

/**
 * How many undo and redo steps are kept with a saved map: all the editor holds, so a reload takes
 * none away (500 tags add about 180 KB to a snapshot; the 20,000-card map's own JSON is 2.6 MB).
 */
export const SAVED_HISTORY_LIMIT = HISTORY_LIMIT;

/** What is saved of a history: its `limit` newest steps each way; null when there is none. */
export function savedHistoryOf(history: History, limit = SAVED_HISTORY_LIMIT): SavedHistory | null {
  if (history.past.length === 0 && history.future.length === 0) return null;
  return { past: history.past.slice(-limit), future: history.future.slice(-limit) };
}

/**
 * What an operation logged after a snapshot did to the undo history: made a step, undid the
 * newest, redid one, or none of these (a view change, a change that is no undo step).
 */
export type LoggedStep = 'do' | 'undo' | 'redo' | 'none';

/** An operation of the log with what it did to the history, and its inverse (from replaying it). */
export interface LoggedOperation extends HistoryEntry {
  step: LoggedStep;
}

/**
 * The undo history as it stood after the logged operations, from the one saved with the snapshot
 * before them: the same moves the editor made when each was applied.
 */
export function historyAfter(saved: SavedHistory | null, logged: readonly LoggedOperation[]): SavedHistory {
  const past = [...(saved?.past ?? [])];
  let future = [...(saved?.future ?? [])];
  for (const { op, inverse, step } of logged) {
    if (step === 'do') {
      past.push({ op, inverse });
      future = [];
    } else if (step === 'undo') {
      const undone = past.pop();
      if (undone) future.push(undone);
    } else if (step === 'redo') {
      future.pop();
      past.push({ op, inverse });
    }
  }
  return { past, future };
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
  return ok({ history: push(history, { op, inverse: result.value.inverse }), document: result.value.document, op });
}

/**
 * Undoes the newest step by applying its inverse (stamped with `stamp` when given); null when
 * there is nothing to undo. A restore is never refused, so an undo always applies.
 */
export function undo(history: History, document: ThreadmapDocument, stamp?: Stamp): HistoryStep | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  const op = { ...entry.inverse, ...stamp } as Operation;
  const result = applyOperation(document, op);
  if (!result.ok) return null;
  return { history: { ...history, past: history.past.slice(0, -1), future: [...history.future, entry] }, document: result.value.document, op };
}

/**
 * Redoes the newest undone step by applying its operation again (the core reducers are pure and
 * take the time from the operation, so the result is the same); null when there is nothing to redo.
 */
export function redo(history: History, document: ThreadmapDocument, stamp?: Stamp): Result<HistoryStep, OperationError> | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  const op = { ...entry.op, ...stamp } as Operation;
  const result = applyOperation(document, op);
  if (!result.ok) return fail(result.error);
  const past = [...history.past, { op, inverse: result.value.inverse }];
  return ok({ history: { ...history, past, future: history.future.slice(0, -1) }, document: result.value.document, op });
}
