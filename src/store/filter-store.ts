import { create } from 'zustand';
import { suggestTags, type TagSuggestion } from '../core/annotations/suggest';
import { preorderRanks } from '../core/map/edit-tree';
import { buildSearchIndex, findMatches, NO_CRITERIA, stepThroughMatches, type FindCriteria, type FindResult, type SearchIndex } from '../core/map/find';
import { ancestorsOf } from '../core/map/graph';
import type { ThreadNode } from '../core/map/types';
import { select, setTag, updateView } from './actions';
import { useMapStore } from './map-store';
import { graphOf } from './selectors';

export type FilterMode = 'dim' | 'hide';

interface FilterState {
  criteria: FindCriteria;
  /** Whether cards that do not match are dimmed or hidden. */
  mode: FilterMode;
  showSuggestions: boolean;
  /** The matches of the open map, or null when nothing is being filtered. */
  result: FindResult | null;
}

/** Find and filter state: UI only, never part of the document or its undo history. */
export const useFilterStore = create<FilterState>()(() => ({ criteria: NO_CRITERIA, mode: 'dim', showSuggestions: true, result: null }));

let indexCache: SearchIndex | null = null;
function searchIndexOf(nodes: readonly ThreadNode[]): SearchIndex {
  if (indexCache?.nodes !== nodes) indexCache = buildSearchIndex(nodes);
  return indexCache;
}

let suggestionCache: { nodes: readonly ThreadNode[]; suggestions: Map<string, TagSuggestion> } | null = null;
/** Tag suggestions of a node list, computed once per list. */
export function suggestionsOf(nodes: readonly ThreadNode[]): Map<string, TagSuggestion> {
  if (suggestionCache?.nodes !== nodes) suggestionCache = { nodes, suggestions: suggestTags({ nodes }) };
  return suggestionCache.suggestions;
}

function recompute(): void {
  const { nodes, annotations } = useMapStore.getState();
  const { criteria } = useFilterStore.getState();
  const result = findMatches(graphOf(nodes).graph, searchIndexOf(nodes), annotations, criteria);
  useFilterStore.setState({ result });
}

export function setCriteria(patch: Partial<FindCriteria>): void {
  useFilterStore.setState((state) => ({ criteria: { ...state.criteria, ...patch } }));
  recompute();
}

export function clearCriteria(): void {
  useFilterStore.setState({ criteria: NO_CRITERIA, result: null });
}

export function setFilterMode(mode: FilterMode): void {
  useFilterStore.setState({ mode });
}

export function setShowSuggestions(showSuggestions: boolean): void {
  useFilterStore.setState({ showSuggestions });
}

/** Selects the next (1) or previous (-1) match in thread order, opening collapsed replies on the way. */
export function stepMatch(direction: 1 | -1): void {
  const { result } = useFilterStore.getState();
  const state = useMapStore.getState();
  if (!result || result.graph !== graphOf(state.nodes).graph) return;
  const { graph } = result;
  const rank = preorderRanks(graph);
  const from = state.selectedId === null ? undefined : graph.index.get(state.selectedId);
  const to = stepThroughMatches(result, (position) => rank[position]!, from, direction);
  if (to === undefined) return;
  const collapsed = state.view.collapsed ?? [];
  if (collapsed.length) {
    const above = new Set(ancestorsOf(graph, to).slice(1).map((position) => graph.nodes[position]!.id));
    const open = collapsed.filter((id) => !above.has(id));
    if (open.length !== collapsed.length) updateView({ collapsed: open });
  }
  select(graph.nodes[to]!.id);
}

/** Tags a card with its suggested tag; false when it has no suggestion. */
export function acceptSuggestion(id: string): boolean {
  const suggestion = suggestionsOf(useMapStore.getState().nodes).get(id);
  if (!suggestion) return false;
  setTag(id, suggestion.tag);
  return true;
}

/** How a card relates to the current find: 'none' when nothing is filtered. */
export type MatchState = 'none' | 'match' | 'rest';

export const useMatchState = (id: string): MatchState =>
  useFilterStore((state) => (state.result === null ? 'none' : state.result.ids.has(id) ? 'match' : 'rest'));

/** The suggestion offered for a card: none when it is tagged or suggestions are hidden. */
export function useSuggestion(id: string): TagSuggestion | undefined {
  const show = useFilterStore((state) => state.showSuggestions);
  const nodes = useMapStore((state) => state.nodes);
  const tagged = useMapStore((state) => state.annotations[id]?.tag !== undefined);
  return show && !tagged ? suggestionsOf(nodes).get(id) : undefined;
}

// Matches follow edits (a tag under the "untagged" filter, a merge) and reset with a new map.
useMapStore.subscribe((state, previous) => {
  if (state.documentKey !== previous.documentKey) clearCriteria();
  else if ((state.nodes !== previous.nodes || state.annotations !== previous.annotations) && useFilterStore.getState().result !== null) recompute();
});
