import type { SavedHistory } from '../../core/document/saved-history';
import type { EditorCore } from '../editor/create-editor';
import { encodeSavedHistory, restoreSavedHistory } from '../editor/saved-undo';
import type { MapState } from '../map-store';
import type { LoadedMap } from './map-storage';

/** Encodes the open map's undo history (the editor's inverse operations) for a snapshot. */
export function createUndoSaver(editor: EditorCore): (state: MapState) => SavedHistory | null {
  return (state) => encodeSavedHistory(editor.history(), state);
}

/** Puts back the undo history saved with the snapshot; the operations logged since it become one undo step. */
export function restoreUndo(editor: EditorCore, loaded: LoadedMap): void {
  if (!loaded.history) return;
  restoreSavedHistory(editor, loaded.history, loaded.ops.length ? loaded.snapshot : undefined);
}
