import { claimId, mergeQuestion, mergeTargetOf } from '../core/map/edit';
import { dispatchOrReport, select } from './actions';
import type { EditorCore } from './editor/create-editor';

/** Splits the [start, end) part of a comment's text out as a claim card and selects the claim. */
export function splitClaim(editor: EditorCore, id: string, range: [number, number]): boolean {
  if (!dispatchOrReport(editor, editor.operation('split', { id, range }))) return false;
  select(editor, claimId(id, range));
  return true;
}

/** Hangs a card (with its replies) under another card. */
export function reparent(editor: EditorCore, id: string, parent: string): boolean {
  return dispatchOrReport(editor, editor.operation('move', { id, parent }));
}

/**
 * What must be confirmed before merging a card into the one before it (different authors, or
 * structure the source gave rather than guessed), or null when it may merge at once.
 */
export function mergeQuestionFor(editor: EditorCore, id: string): string | null {
  const state = editor.store.getState();
  const { graph } = editor.derived.graphOf(state.nodes);
  const at = graph.index.get(id);
  return at === undefined ? null : mergeQuestion(graph, at, state.source?.structureGuessed ?? false);
}

/**
 * Merges a card into the one before it in reading order and selects the merged card. `confirmed`
 * says a person has agreed to what mergeQuestionFor asked.
 */
export function mergeIntoPrevious(editor: EditorCore, id: string, confirmed = false): boolean {
  const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
  const at = graph.index.get(id);
  const into = at === undefined ? -1 : mergeTargetOf(graph, at);
  if (!dispatchOrReport(editor, editor.operation('merge', { id, confirmed }))) return false;
  if (into >= 0 && editor.store.getState().selectedId === id) select(editor, graph.nodes[into]!.id);
  return true;
}

/** Marks `from` as quoting `to`. */
export function markQuoting(editor: EditorCore, from: string, to: string): boolean {
  return dispatchOrReport(editor, editor.operation('link', { from, to, kind: 'quote' }));
}

export function removeQuote(editor: EditorCore, from: string, to: string): boolean {
  return dispatchOrReport(editor, editor.operation('unlink', { from, to, kind: 'quote' }));
}
