import type { MapViewHandle } from '../components/map-view';
import { requestTag, redo, select, toggleCollapsed, undo, updateView } from '../store/actions';
import { acceptSuggestion, stepMatch, suggestionsOf } from '../store/filter-store';
import { undoHistory, useMapStore } from '../store/map-store';
import { cancelPick, finishPick, requestMerge, startPick, usePickStore } from '../store/pick-store';
import { splitClaim } from '../store/structure-actions';
import type { CommandContext } from './types';

/** The id of the find box, which `/` focuses. */
export const FIND_INPUT_ID = 'find-input';
/** The id of the note field, which `N` focuses. */
export const NOTE_EDITOR_ID = 'note-editor';

interface ShellParts {
  /** The map on screen now, or null. */
  mapView(): MapViewHandle | null;
  showShortcuts(): void;
}

/**
 * The one place where commands meet the store: every read and every action they use. Moving to
 * one editor per map means building `map` from that editor instead of the module stores here.
 */
export function createCommandContext(shell: ShellParts): CommandContext {
  const map = { getState: useMapStore.getState, history: undoHistory.getState, pick: usePickStore.getState };
  const focus = (id: string) => {
    const element = document.getElementById(id);
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
  };
  return {
    selectedId: () => map.getState().selectedId,
    view: () => map.getState().view,
    hasTag: (id) => map.getState().annotations[id]?.tag !== undefined,
    canUndo: () => map.history().pastStates.length > 0,
    canRedo: () => map.history().futureStates.length > 0,
    pick: () => map.pick().pick,
    claimDraft: () => map.pick().claimDraft,
    mergeAsked: () => map.pick().mergeRequest !== null,
    suggestionFor: (id) => suggestionsOf(map.getState().nodes).get(id),
    mapView: shell.mapView,
    actions: {
      select, requestTag, toggleCollapsed, updateView, undo, redo, startPick, requestMerge, stepMatch,
      acceptSuggestion: (id) => void acceptSuggestion(id),
      finishPick: () => void finishPick(),
      cancelPick,
      splitClaim: (id, range) => void splitClaim(id, range),
    },
    ui: { showShortcuts: shell.showShortcuts, focusNote: () => focus(NOTE_EDITOR_ID), focusFind: () => focus(FIND_INPUT_ID) },
  };
}
