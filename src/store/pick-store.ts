import { create } from 'zustand';
import { select, showNotice } from './actions';
import { useMapStore } from './map-store';
import { markQuoting, mergeIntoPrevious, mergeQuestionFor, reparent } from './structure-actions';

/** A command that waits for the user to choose a second card: move under it, or quote it. */
export type PickKind = 'move' | 'quote';

export interface Pick {
  kind: PickKind;
  /** The card being moved, or the card that quotes. */
  id: string;
}

interface PickState {
  pick: Pick | null;
  /** The part of the selected comment's text currently selected in the panel, if any. */
  claimDraft: { id: string; range: [number, number] } | null;
  /** A merge waiting for the person to confirm it, with the question to ask. */
  mergeRequest: { id: string; question: string } | null;
}

/** UI state of the structure commands; not part of the document, so never undone. */
export const usePickStore = create<PickState>()(() => ({ pick: null, claimDraft: null, mergeRequest: null }));

/** Merges at once where nothing needs asking (guessed text, one author); otherwise asks first. */
export function requestMerge(id: string): boolean {
  const question = mergeQuestionFor(id);
  if (question === null) return mergeIntoPrevious(id);
  usePickStore.setState({ mergeRequest: { id, question } });
  return false;
}

/** The person agreed: the waiting merge is made. */
export function confirmMerge(): boolean {
  const request = usePickStore.getState().mergeRequest;
  usePickStore.setState({ mergeRequest: null });
  return request ? mergeIntoPrevious(request.id, true) : false;
}

export function cancelMerge(): void {
  usePickStore.setState({ mergeRequest: null });
}

/** Starts choosing the target for the selected card; the selection then moves as usual. */
export function startPick(kind: PickKind): void {
  const id = useMapStore.getState().selectedId;
  if (id) usePickStore.setState({ pick: { kind, id } });
}

export function cancelPick(): void {
  const pick = usePickStore.getState().pick;
  if (!pick) return;
  usePickStore.setState({ pick: null });
  select(pick.id);
}

/** Applies the pending command to the selected card; a refused target keeps the command open. */
export function finishPick(): boolean {
  const pick = usePickStore.getState().pick;
  const target = useMapStore.getState().selectedId;
  if (!pick) return false;
  if (!target || target === pick.id) {
    showNotice('Select another card first: move the selection with the arrow keys or J/K, or click a card.');
    return false;
  }
  const done = pick.kind === 'move' ? reparent(pick.id, target) : markQuoting(pick.id, target);
  if (!done) return false;
  usePickStore.setState({ pick: null });
  select(pick.id);
  return true;
}

export function setClaimDraft(draft: PickState['claimDraft']): void {
  const current = usePickStore.getState().claimDraft;
  if (current?.id === draft?.id && current?.range[0] === draft?.range[0] && current?.range[1] === draft?.range[1]) return;
  usePickStore.setState({ claimDraft: draft });
}

// A new document ends any pending command.
useMapStore.subscribe((state, previous) => {
  if (state.documentKey !== previous.documentKey) usePickStore.setState({ pick: null, claimDraft: null, mergeRequest: null });
});
