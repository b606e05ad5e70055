import { useMemo } from 'react';
import type { TagSuggestion } from '../core/annotations/suggest';
import { countJudgeable } from '../core/annotations/taggable';
import { codebookOf, countCategories } from '../core/document/codebook';
import type { ThreadmapDocument } from '../core/document/types';
import { useEditor, useMapStore } from './editor/editor-context';
import { documentOfState, READ_ONLY_REASON } from './editor/create-editor';
import type { MapState } from './map-store';
import { ownAnnotation, visibleAnnotationsOf } from './own-annotation';

/** The reply tree of the open map, rebuilt only when the node list itself changes. */
export const useGraph = () => {
  const { derived } = useEditor();
  return derived.graphOf(useMapStore((state) => state.nodes)).graph;
};

/** The codebook the open map is coded with (the default pro/con/question when it names none). */
export const useCodebook = () => {
  const codebook = useMapStore((state) => state.codebook);
  return useMemo(() => codebookOf({ codebook }), [codebook]);
};

/** How many cards this person sees coded with each category of the codebook (by id), over the cards that can carry a tag. */
export const useCategoryCounts = (): ReadonlyMap<string, number> => {
  const annotations = useMapStore(visibleAnnotationsOf);
  const nodes = useMapStore((state) => state.nodes);
  return useMemo(() => countCategories(annotations, nodes), [annotations, nodes]);
};

/** How many cards can carry a tag (the denominator of "Tagged N of M"), and how many deleted comments with no text were left out of it. */
export const useTaggableCount = () => {
  const nodes = useMapStore((state) => state.nodes);
  return useMemo(() => countJudgeable(nodes), [nodes]);
};
/** The annotation a card shows and the tag buttons press: this coder's own in a map of several coders. */
export const useAnnotation = (id: string) => useMapStore((state) => ownAnnotation(state, id));
export const useIsSelected = (id: string) => useMapStore((state) => state.selectedId === id);
export const useSelectedId = () => useMapStore((state) => state.selectedId);
export const useCanUndo = () => useMapStore((state) => state.canUndo);
export const useCanRedo = () => useMapStore((state) => state.canRedo);
const WRITER_GONE_REASON = 'The tab that was editing this map has closed. Take over to edit it here.';
/** Why the map cannot be edited here (another tab writes it), or null: edit controls show it and do nothing. */
export const useReadOnlyReason = () => useMapStore((state) => (!state.save.readOnly ? null : state.save.writerGone ? WRITER_GONE_REASON : READ_ONLY_REASON));

/** How a card relates to the current find: 'none' when nothing is filtered. */
export type MatchState = 'none' | 'match' | 'rest';

/**
 * The find as the map shows it: null when nothing is filtered, and also when nothing matches (the
 * find bar says "No matches"; the map stays whole rather than dimming or hiding every card).
 */
export const shownFind = (state: MapState) => (state.find.result !== null && state.find.result.order.length > 0 ? state.find.result : null);

export const useMatchState = (id: string): MatchState =>
  useMapStore((state) => {
    const found = shownFind(state);
    return found === null ? 'none' : found.ids.has(id) ? 'match' : 'rest';
  });

/** The suggestion offered for a card: none when it is tagged or suggestions are hidden. */
export function useSuggestion(id: string): TagSuggestion | undefined {
  const { derived } = useEditor();
  const show = useMapStore((state) => state.find.showSuggestions);
  const nodes = useMapStore((state) => state.nodes);
  const tagged = useMapStore((state) => ownAnnotation(state, id)?.tag !== undefined);
  return show && !tagged ? derived.suggestionsOf(nodes).get(id) : undefined;
}

/** The open map as a threadmap document (what Export JSON and autosave write). */
export function documentOf(state: MapState, exportedAt: string, generator: string): ThreadmapDocument | null {
  const document = documentOfState(state);
  if (!document) return null;
  return { ...document, generator, exportedAt, view: { ...state.view, selected: state.selectedId } };
}
