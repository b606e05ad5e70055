import { applyStructureChanges, claimId, mergeQuestion, mergeTargetOf, type StructureChange, type StructureError } from '../core/map/edit';
import { select, showError } from './actions';
import { useMapStore } from './map-store';
import { graphOf } from './selectors';

function showRefusal(error: StructureError): void {
  showError(error);
}

/**
 * Applies structure edits to the open map as one undoable step (zundo records the replaced
 * nodes, links and annotations); a refusal is shown and changes nothing. True when applied.
 */
export function applyStructure(changes: StructureChange[]): boolean {
  const state = useMapStore.getState();
  const result = applyStructureChanges({ nodes: state.nodes, links: state.links, annotations: state.annotations }, changes);
  if (!result.ok) {
    showRefusal(result.error);
    return false;
  }
  const { nodes, links, annotations } = result.value;
  if (nodes !== state.nodes || links !== state.links || annotations !== state.annotations) {
    useMapStore.setState({ nodes, links, annotations, error: null });
  }
  return true;
}

/** Splits the [start, end) part of a comment's text out as a claim card and selects the claim. */
export function splitClaim(id: string, range: [number, number]): boolean {
  if (!applyStructure([{ type: 'split', id, range }])) return false;
  select(claimId(id, range));
  return true;
}

/** Hangs a card (with its replies) under another card. */
export function reparent(id: string, parent: string): boolean {
  return applyStructure([{ type: 'reparent', id, parent }]);
}

/**
 * What must be confirmed before merging a card into the one before it (different authors, or
 * structure the source gave rather than guessed), or null when it may merge at once.
 */
export function mergeQuestionFor(id: string): string | null {
  const state = useMapStore.getState();
  const { graph } = graphOf(state.nodes);
  const at = graph.index.get(id);
  return at === undefined ? null : mergeQuestion(graph, at, state.source?.structureGuessed ?? false);
}

/**
 * Merges a card into the one before it in reading order and selects the merged card. `confirmed`
 * says a person has agreed to what mergeQuestionFor asked.
 */
export function mergeIntoPrevious(id: string, confirmed = false): boolean {
  const { graph } = graphOf(useMapStore.getState().nodes);
  const at = graph.index.get(id);
  const into = at === undefined ? -1 : mergeTargetOf(graph, at);
  if (!applyStructure([{ type: 'merge', id, at: new Date().toISOString(), confirmed }])) return false;
  if (into >= 0 && useMapStore.getState().selectedId === id) select(graph.nodes[into]!.id);
  return true;
}

/** Marks `from` as quoting `to`. */
export function markQuoting(from: string, to: string): boolean {
  return applyStructure([{ type: 'link', from, to, kind: 'quote' }]);
}

export function removeQuote(from: string, to: string): boolean {
  return applyStructure([{ type: 'unlink', from, to, kind: 'quote' }]);
}
