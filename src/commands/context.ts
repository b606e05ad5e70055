import type { MapViewHandle } from '../components/map-view';
import { categoryOf, codebookOf } from '../core/document/codebook';
import type { Editor } from '../store/editor';
import { codersOf, ownAnnotation } from '../store/own-annotation';
import type { CommandContext } from './types';
import { focusMapTree, mapHoldsFocus } from '../components/map-focus';

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
 * The one place where commands meet the open map's editor: every read and every action they use.
 */
export function createCommandContext(editor: Editor, shell: ShellParts): CommandContext {
  const map = { getState: editor.store.getState, pick: () => editor.store.getState().pick };
  const { select, requestTag, toggleCollapsed, setLayout, undo, redo, startPick, requestMerge, stepMatch, acceptSuggestion, finishPick, cancelPick, splitClaim } = editor.actions;
  const focus = (id: string) => {
    const element = document.getElementById(id);
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
  };
  return {
    codebook: () => codebookOf(map.getState()),
    hasMap: () => map.getState().nodes.length > 0,
    selectedId: () => map.getState().selectedId,
    view: () => map.getState().view,
    // A category that counts as no tag (RumourEval's comment) still codes the card.
    hasTag: (id) => categoryOf(ownAnnotation(map.getState(), id)) !== undefined,
    canUndo: () => map.getState().canUndo,
    canRedo: () => map.getState().canRedo,
    readOnly: () => map.getState().save.readOnly,
    pick: () => map.pick().pick,
    claimDraft: () => map.pick().claimDraft,
    mergeAsked: () => map.pick().mergeRequest !== null,
    suggestionFor: (id) => editor.derived.suggestionsOf(map.getState().nodes).get(id),
    mapView: shell.mapView,
    // Another coder's map counts too: this person's first tag makes it a map of two.
    severalCoders: () => codersOf(map.getState()).length > 1,
    actions: {
      select, requestTag, toggleCollapsed, setLayout, startPick, requestMerge, stepMatch,
      undo: () => void undo(),
      redo: () => void redo(),
      acceptSuggestion: (id) => void acceptSuggestion(id),
      finishPick: () => void finishPick(),
      cancelPick,
      splitClaim: (id, range) => void splitClaim(id, range),
      stepDisagreement: (direction) => void editor.actions.stepDisagreement(direction),
      toggleBlind: () => editor.actions.setShowAllCoders(!map.getState().showAllCoders),
    },
    ui: { showShortcuts: shell.showShortcuts, showCodebook: () => editor.actions.showCodebookDialog(true), focusNote: () => focus(NOTE_EDITOR_ID), focusFind: () => focus(FIND_INPUT_ID),
      leaveCard: () => mapHoldsFocus() && focusMapTree(),
    },
  };
}
