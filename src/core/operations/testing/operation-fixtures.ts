import type { ThreadmapDocument } from '../../document/types';
import { isTaggable } from '../../annotations/taggable';
import { applyOperation, type Applied } from '../apply-operation';
import { createHistory, perform, undo, type History, type LoggedStep } from '../history';
import { parseOperation } from '../schema';
import type { Operation, OperationKind, OperationOf, OperationPayloads } from '../types';

export { openRecorded } from '../../map/testing/edit-fixtures';

export const TEXT = 'hn-text_eggos-unikernel-thread.txt';
export const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';
export const HN = 'hn-firebase_14952787_flat-items_forum-explorer.json';

/** An operation made at a fixed time by a named coder, numbered by `n` so ids differ. */
export function operation<K extends OperationKind>(kind: K, payload: OperationPayloads[K], n = 0, coder: string | null = 'ana'): OperationOf<K> {
  const time = new Date(Date.UTC(2026, 10, 30, 12, 0, n)).toISOString();
  return { id: `op-${n}`, time, coder, kind, payload } as OperationOf<K>;
}

/** The operation after a trip through JSON text and the zod boundary, as storage or a peer would hand it back. */
export function throughJson<T extends Operation>(op: T): T {
  const parsed = parseOperation(JSON.parse(JSON.stringify(op)));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value as T;
}

/** Applies an operation that must be accepted. */
export function applied(document: ThreadmapDocument, op: Operation): Applied {
  const result = applyOperation(document, op);
  if (!result.ok) throw new Error(`${op.kind} refused: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** The document after an inverse that went through JSON first. */
export function undone(document: ThreadmapDocument, inverse: Operation): ThreadmapDocument {
  return applied(document, throughJson(inverse)).document;
}

/** Taggable cards with some text, in thread order. */
export function commentsOf(document: ThreadmapDocument) {
  return document.nodes.filter((node) => isTaggable(node) && node.kind === 'comment' && node.text.trim().length > 12);
}

/**
 * JSON text with keys sorted and undefined values spelled out: two documents give the same text
 * only when they hold the same own entries with the same values, whatever the order of keys.
 * (Vitest's toStrictEqual compares `.constructor`, which misleads for an entry named "constructor".)
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (entry === undefined) return '(undefined)';
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
    const record = entry as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  });
}

/**
 * What an editor does with `ops` and then `undos` undos (by bea): the log records it would
 * store (each edit a step, each undo the inverse it applied), and the map and history it ends with.
 */
export function editorSession(snapshot: ThreadmapDocument, ops: readonly Operation[], undos: number) {
  let step: { history: History; document: ThreadmapDocument } = { history: createHistory(), document: snapshot };
  const records: { op: Operation; step: LoggedStep }[] = [];
  for (const op of ops) {
    const next = perform(step.history, step.document, op);
    if (!next.ok) throw new Error(next.error.message);
    step = next.value;
    records.push({ op, step: 'do' });
  }
  for (let i = 0; i < undos; i++) {
    const undone = undo(step.history, step.document, { id: `undo-${i}`, time: '2026-11-30T13:00:00.000Z', coder: 'bea' });
    if (!undone?.op) throw new Error('nothing to undo');
    step = undone;
    records.push({ op: undone.op, step: 'undo' });
  }
  return { records, document: step.document, history: step.history };
}
