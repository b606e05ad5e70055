import type { ThreadmapDocument } from '../../core/document/types';
import { diffDocuments, type SavedHistory } from '../../core/operations';
import type { EditorCore } from './create-editor';

/**
 * Gives an editor back the undo history saved with a map's snapshot: its `{ op, inverse }` steps as
 * they were. Changes logged after the snapshot (`logged`: the snapshot and the map they made
 * together) become one more undo step on top, and then nothing can be redone.
 */
export function restoreSavedHistory(editor: EditorCore, saved: SavedHistory | null, logged?: { snapshot: ThreadmapDocument; document: ThreadmapDocument }): void {
  const past = [...(saved?.past ?? [])];
  let future = saved?.future ?? [];
  if (logged && logged.snapshot !== logged.document) {
    past.push({ op: editor.operation('restore', diffDocuments(logged.document, logged.snapshot)), inverse: editor.operation('restore', diffDocuments(logged.snapshot, logged.document)) });
    future = [];
  }
  if (past.length === 0 && future.length === 0) return;
  const { limit } = editor.history();
  editor.setHistory({ limit, past: past.slice(-limit), future });
}
