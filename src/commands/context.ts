import type { MapViewHandle } from '../components/map-view';
import { categoryOf, codebookOf } from '../core/document/codebook';
import type { Editor } from '../store/editor';
import { codersOf, ownAnnotation } from '../store/own-annotation';
import type { CommandContext } from './types';
import { focusMapTree, mapHoldsFocus } from '../components/map-focus';

/**
 * The fields keys focus (`/` the find box, `N` the note), marked `data-field` rather than by id:
 * two maps side by side (`?compare`) each have their own.
 */
export const FIELD = { find: 'find', note: 'note' } as const;

interface ShellParts {
  /** The map on screen now, or null. */
  mapView(): MapViewHandle | null;
  showShortcuts(): void;
  /** Where this editor's map and fields are in the page (MapRoot): the document, or its pane. */
  root(): ParentNode | null;
}

/**
 * The one place where commands meet the open map's editor: every read and every action they use.
 */
export function createCommandContext(editor: Editor, shell: ShellParts): CommandContext {
  const map = { getState: editor.store.getState, pick: () => editor.store.getState().pick };
  const { select, requestTag, toggleCollapsed, setLayout, undo, redo, startPick, requestMerge, stepMatch, acceptSuggestion, finishPick, cancelPick, splitClaim } = editor.actions;
  const focus = (field: string) => {
    const element = shell.root()?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
    // A note written earlier goes on where it ends, not before its first word.
    if (element instanceof HTMLTextAreaElement) element.setSelectionRange(element.value.length, element.value.length);
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
    ui: { showShortcuts: shell.showShortcuts, showCodebook: () => editor.actions.showCodebookDialog(true), focusNote: () => focus(FIELD.note), focusFind: () => focus(FIELD.find),
      leaveCard: () => mapHoldsFocus(shell.root()) && focusMapTree(shell.root()),
      root: shell.root,
    },
  };
}
