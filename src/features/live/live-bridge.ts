import { operationBetween, type LiveSession } from '../../core/live';
import { isViewOperation } from '../../core/operations';
import { openDocument, showError } from '../../store/actions';
import { documentOfState, NOT_AN_UNDO_STEP, type EditorCore } from '../../store/editor';

/**
 * Joins an open map's editor to a live session, both ways: every edit on the editor's stream is
 * applied to the room, and every change the room brings is dispatched to the editor as one
 * `restore` operation (so the canvas, find and autosave take it as they take a local edit). A
 * peer's change stays out of this person's undo history: undo takes back one's own edits only.
 * `join`: the room's map replaces the open one (a participant arriving by link).
 * Returns the function that ends the bridge; the editor keeps the map as it stands.
 */
export function bridgeEditorToRoom(editor: EditorCore, session: LiveSession, options: { join: boolean }): () => void {
  const fromRoom = new Set<string>();
  let received = 0;
  const arrived = session.document();
  if (options.join && arrived) openDocument(editor, arrived);
  // The room decides whose annotations each person writes (one shared set, or a layer per participant).
  editor.store.setState({ inLiveRoom: true });
  // The room's map the editor shows now; compared by identity, so presence news costs nothing.
  let shown = session.document();

  const showRoom = () => {
    const after = session.document();
    if (!after || after === shown) return;
    shown = after;
    const state = editor.store.getState();
    const before = documentOfState(state);
    if (!before) return;
    // Each participant keeps their own view, and the name their own annotations go under.
    const op = operationBetween(before, { ...after, view: before.view, coder: before.coder }, { id: `room-${++received}-${Date.now().toString(36)}`, time: new Date().toISOString(), coder: state.coder });
    fromRoom.add(op.id);
    editor.dispatch(op, NOT_AN_UNDO_STEP);
    fromRoom.delete(op.id);
  };

  const stopEditor = editor.subscribe((op) => {
    // Everyone pans, folds and lays out their own view.
    if (fromRoom.has(op.id) || isViewOperation(op)) return;
    const result = session.apply(op);
    if (result.ok) {
      shown = session.document();
      return;
    }
    // Refused by the room (structure locked, room closed): the editor goes back to the room's map.
    // The refusal is shown once the editor's own dispatch is over (it clears the error line on success).
    const refusal = result.error;
    queueMicrotask(() => showError(editor, refusal));
    shown = null;
    showRoom();
  });
  const stopRoom = session.subscribe(showRoom);
  const stopFocus = editor.store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) session.setFocus(state.selectedId);
  });
  session.setFocus(editor.store.getState().selectedId);
  return () => {
    stopEditor();
    stopRoom();
    stopFocus();
    editor.store.setState({ inLiveRoom: false });
  };
}
