import { preorderRanks } from '../core/map/edit-tree';
import { disagreements } from '../core/agreement/adjudicate';
import { findMatches, NO_CRITERIA, stepThroughMatches, type FindCriteria, type FindResult } from '../core/map/find';
import { ancestorsOf, type MapGraph } from '../core/map/graph';
import { codebookOf } from '../core/document/codebook';
import { dispatchOrReport, select, setTag, showNotice } from './actions';
import { documentOfState, type EditorCore } from './editor/create-editor';
import { visibleAnnotationsOf } from './own-annotation';
import type { FilterMode, FindSlice, MapState } from './map-store';

/** Recomputes the matches of the current criteria over the open map (only disagreements, when so filtered). */
export function recomputeMatches(editor: EditorCore): void {
  const state = editor.store.getState();
  const { nodes, find } = state;
  const { graph } = editor.derived.graphOf(nodes);
  // Filters by tag read the tags this person sees: a coder coding blind filters their own.
  const result = findMatches(graph, editor.derived.searchIndexOf(nodes), visibleAnnotationsOf(state), find.criteria);
  setFind(editor, { result: state.disagreementsOnly ? onlyDisagreements(state, graph, result) : result });
}

/** The matches narrowed to the comments where coders differ (all of those when nothing else is searched). */
function onlyDisagreements(state: MapState, graph: MapGraph, result: FindResult | null): FindResult {
  const document = documentOfState(state);
  const differ = new Set(document ? disagreements(document).map((entry) => entry.id) : []);
  const mask = new Uint8Array(graph.nodes.length);
  const order: number[] = [];
  const ids = new Set<string>();
  for (const position of result ? result.order : graph.preorder) {
    const id = graph.nodes[position]!.id;
    if (!differ.has(id)) continue;
    mask[position] = 1;
    order.push(position);
    ids.add(id);
  }
  return { graph, mask, order, ids };
}

function setFind(editor: EditorCore, patch: Partial<FindSlice>): void {
  editor.store.setState((state) => ({ find: { ...state.find, ...patch } }));
}

export function setCriteria(editor: EditorCore, patch: Partial<FindCriteria>): void {
  setFind(editor, { criteria: { ...editor.store.getState().find.criteria, ...patch } });
  recomputeMatches(editor);
}

export function clearCriteria(editor: EditorCore): void {
  setFind(editor, { criteria: NO_CRITERIA, result: null });
  if (editor.store.getState().disagreementsOnly) recomputeMatches(editor);
}

export function setFilterMode(editor: EditorCore, mode: FilterMode): void {
  setFind(editor, { mode });
}

export function setShowSuggestions(editor: EditorCore, showSuggestions: boolean): void {
  setFind(editor, { showSuggestions });
}

/** Selects the next (1) or previous (-1) match in thread order, opening collapsed replies on the way. */
export function stepMatch(editor: EditorCore, direction: 1 | -1): void {
  const state = editor.store.getState();
  const { result } = state.find;
  if (!result || result.graph !== editor.derived.graphOf(state.nodes).graph) return;
  const { graph } = result;
  const rank = preorderRanks(graph);
  const from = state.selectedId === null ? undefined : graph.index.get(state.selectedId);
  const to = stepThroughMatches(result, (position) => rank[position]!, from, direction);
  if (to === undefined) return;
  const collapsed = new Set(state.view.collapsed ?? []);
  for (const position of ancestorsOf(graph, to).slice(1)) {
    const id = graph.nodes[position]!.id;
    if (collapsed.has(id)) dispatchOrReport(editor, editor.operation('expand', { id }));
  }
  select(editor, graph.nodes[to]!.id);
}

/** Tags a card with its suggested tag; false when it has no suggestion. */
export function acceptSuggestion(editor: EditorCore, id: string): boolean {
  const suggestion = editor.derived.suggestionsOf(editor.store.getState().nodes).get(id);
  if (!suggestion) return false;
  const category = codebookOf(editor.store.getState()).categories.find((entry) => entry.tag === suggestion.tag)?.id;
  if (category === undefined) {
    showNotice(editor, `This map’s codebook has no category that counts as ${suggestion.tag}.`);
    return false;
  }
  setTag(editor, id, category);
  return true;
}
