import { decodeHistory, encodeHistory, SAVED_HISTORY_LIMIT, type EditState, type SavedHistory } from '../../core/document/saved-history';
import type { ThreadmapDocument } from '../../core/document/types';
import { applyOperation, applyRestore, diffDocuments, type History, type HistoryEntry, type Operation, type RestorePatch } from '../../core/operations';
import type { MapState } from '../map-store';
import { documentOfState, type EditorCore } from './create-editor';

/*
 * The undo history saved with a map keeps its stored shape (states, each as its difference from
 * the next): the states are rebuilt from the `{ op, inverse }` entries when saved, and entries are
 * made again from the states when the map is opened, so saved maps of every version keep their undo.
 */

const editStateOf = (document: Pick<ThreadmapDocument, 'nodes' | 'links' | 'annotations'>): EditState => ({
  nodes: document.nodes,
  links: document.links,
  annotations: document.annotations,
});

/** The saved form of an editor's history, for the map in `state` (which may be the map just replaced). */
export function encodeSavedHistory(history: History, state: MapState, limit = SAVED_HISTORY_LIMIT): SavedHistory | null {
  const current = documentOfState(state);
  if (!current) return null;
  const past: EditState[] = [];
  let document = current;
  for (let i = history.past.length - 1; i >= 0 && past.length < limit; i--) {
    const { inverse } = history.past[i]!;
    document = inverse.kind === 'restore' ? applyRestore(document, inverse.payload) : document;
    past.push(editStateOf(document));
  }
  const future: EditState[] = [];
  document = current;
  for (let i = history.future.length - 1; i >= 0 && future.length < limit; i--) {
    const applied = applyOperation(document, history.future[i]!.op);
    if (!applied.ok) break;
    document = applied.value.document;
    future.push(editStateOf(document));
  }
  return encodeHistory(editStateOf(current), past.reverse(), future.reverse(), limit);
}

/**
 * Makes an editor's history again from a saved one, against the map just opened; false when it
 * does not fit the map. `base` is the map the history was saved with when changes were logged
 * after it: those changes become one more undo step, and nothing can be redone.
 */
export function restoreSavedHistory(editor: EditorCore, saved: SavedHistory, base?: ThreadmapDocument): boolean {
  const current = documentOfState(editor.store.getState());
  const start = base ?? current;
  const decoded = start && decodeHistory(editStateOf(start), saved);
  if (!current || !start || !decoded) return false;
  const restore = (patch: RestorePatch): Operation => editor.operation('restore', patch);
  const entryBetween = (earlier: ThreadmapDocument, later: ThreadmapDocument): HistoryEntry => ({
    op: restore(diffDocuments(later, earlier)),
    inverse: restore(diffDocuments(earlier, later)),
  });
  const past: HistoryEntry[] = [];
  if (start !== current) past.push(entryBetween(start, current));
  let later = start;
  for (let i = decoded.past.length - 1; i >= 0; i--) {
    const earlier = { ...start, ...decoded.past[i]! };
    past.push(entryBetween(earlier, later));
    later = earlier;
  }
  const future: HistoryEntry[] = [];
  let earlier = start;
  for (let i = start === current ? decoded.future.length - 1 : -1; i >= 0; i--) {
    const next = { ...start, ...decoded.future[i]! };
    future.push(entryBetween(earlier, next));
    earlier = next;
  }
  editor.setHistory({ ...editor.history(), past: past.reverse(), future: future.reverse() });
  return true;
}
