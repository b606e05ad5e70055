import { useShallow } from 'zustand/react/shallow';
import type { Annotation } from '../../core/annotations/types';
import type { ThreadNode } from '../../core/map/types';
import { useEditor, useMapStore } from '../../store/editor';
import { isInsightDimmed } from '../../store/insight-view';
import { shownAnnotation } from '../../store/own-annotation';
import { shownFind, type MatchState } from '../../store/selectors';

/** What a card shows of the map's state beyond its own comment. */
export interface CardState {
  annotation: Annotation | undefined;
  selected: boolean;
  /** The map's one Tab stop: the selected card, or the root while nothing is selected. */
  tabStop: boolean;
  collapsed: boolean;
  match: MatchState;
  /** The card is the one a pending pick (merge, re-parent) started from. */
  picking: boolean;
  /** Outside the insight view's chosen sub-debate or person. */
  dimmed: boolean;
  /** The node list to look the card's tag suggestion up in, or null when none is shown. */
  suggestFrom: readonly ThreadNode[] | null;
}

/**
 * A card's whole view of the store through one subscription and one shallow comparison: a card
 * mounting while the map pans subscribes once, not a dozen times, and a store change runs one
 * selector per card.
 */
export function useCardState(id: string, node: ThreadNode, replies: number): CardState {
  const editor = useEditor();
  return useMapStore(
    useShallow((state): CardState => {
      // A coder beside others sees their own layer; an adjudicator, the map's (gold) annotations.
      const annotation = shownAnnotation(state, id);
      const found = shownFind(state);
      return {
        annotation,
        selected: state.selectedId === id,
        tabStop: state.selectedId === id || (state.selectedId === null && node.parent === null),
        collapsed: replies > 0 && (state.view.collapsed?.includes(id) ?? false),
        match: found === null ? 'none' : found.ids.has(id) ? 'match' : 'rest',
        picking: state.pick.pick?.id === id,
        dimmed: isInsightDimmed(state, editor, id, node.author),
        suggestFrom: state.find.showSuggestions && annotation?.tag === undefined ? state.nodes : null,
      };
    }),
  );
}
