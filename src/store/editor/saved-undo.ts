import { historyAfter, type LoggedOperation, type SavedHistory } from '../../core/operations';
import type { EditorCore } from './create-editor';

/**
 * Gives an editor back the undo history saved with a map's snapshot, its `{ op, inverse }` steps
 * as they were, and then the steps, undos and redos of the operations logged after it (`logged`),
 * so a page closed before its next snapshot loses no undo.
 */
export function restoreSavedHistory(editor: EditorCore, saved: SavedHistory | null, logged: readonly LoggedOperation[] = []): void {
  const { past, future } = historyAfter(saved, logged);
  if (past.length === 0 && future.length === 0) return;
  const { limit } = editor.history();
  editor.setHistory({ limit, past: past.slice(-limit), future });
}
