import { select, showNotice } from './actions';
import type { EditorCore } from './editor/create-editor';
import type { PickKind, PickSlice } from './map-store';
import { markQuoting, mergeIntoPrevious, mergeQuestionFor, reparent } from './structure-actions';

function setPick(editor: EditorCore, patch: Partial<PickSlice>): void {
  editor.store.setState((state) => ({ pick: { ...state.pick, ...patch } }));
}

/** Merges at once where nothing needs asking (guessed text, one author); otherwise asks first. */
export function requestMerge(editor: EditorCore, id: string): boolean {
  const question = mergeQuestionFor(editor, id);
  if (question === null) return mergeIntoPrevious(editor, id);
  setPick(editor, { mergeRequest: { id, question } });
  return false;
}

/** The person agreed: the waiting merge is made. */
export function confirmMerge(editor: EditorCore): boolean {
  const request = editor.store.getState().pick.mergeRequest;
  setPick(editor, { mergeRequest: null });
  return request ? mergeIntoPrevious(editor, request.id, true) : false;
}

export function cancelMerge(editor: EditorCore): void {
  setPick(editor, { mergeRequest: null });
}

/** Starts choosing the target for the selected card; the selection then moves as usual. */
export function startPick(editor: EditorCore, kind: PickKind): void {
  const id = editor.store.getState().selectedId;
  if (id) setPick(editor, { pick: { kind, id } });
}

export function cancelPick(editor: EditorCore): void {
  const { pick } = editor.store.getState().pick;
  if (!pick) return;
  setPick(editor, { pick: null });
  select(editor, pick.id);
}

/** Applies the pending command to the selected card; a refused target keeps the command open. */
export function finishPick(editor: EditorCore): boolean {
  const state = editor.store.getState();
  const { pick } = state.pick;
  const target = state.selectedId;
  if (!pick) return false;
  if (!target || target === pick.id) {
    showNotice(editor, 'Select another card first: move the selection with the arrow keys or J/K, or click a card.');
    return false;
  }
  const done = pick.kind === 'move' ? reparent(editor, pick.id, target) : markQuoting(editor, pick.id, target);
  if (!done) return false;
  setPick(editor, { pick: null });
  select(editor, pick.id);
  return true;
}

export function setClaimDraft(editor: EditorCore, draft: PickSlice['claimDraft']): void {
  const current = editor.store.getState().pick.claimDraft;
  if (current?.id === draft?.id && current?.range[0] === draft?.range[0] && current?.range[1] === draft?.range[1]) return;
  setPick(editor, { claimDraft: draft });
}
