import { disagreements, type Decision } from '../core/agreement/adjudicate';
import type { CoderFile } from '../core/agreement/combine';
import { preorderRanks } from '../core/map/edit-tree';
import { ancestorsOf } from '../core/map/graph';
import { dispatchOrReport, openDocument, select, showError, showNotice } from './actions';
import type { EditorCore } from './editor/create-editor';
import { documentOfState } from './editor/create-editor';
import { recomputeMatches } from './find-actions';
import { isCodingBlind } from './own-annotation';

/** Why the disagreements are not shown to a coder coding blind: where coders differ tells what the others chose. */
const BLIND_DISAGREEMENTS = 'Blind coding hides where the coders differ. Turn it off (B) to walk the disagreements and adjudicate.';

/** A coder's file as read from disk: its name and text. */
export interface CoderFileText {
  name: string;
  text: string;
}

/**
 * Opens several coders' files of one thread as one map with a layer per coder, and says how far
 * their work overlaps. A file that cannot be read, or is of another thread, is refused with a
 * sentence naming it, and the open map stays as it was.
 */
export async function openCoderFiles(editor: EditorCore, files: readonly CoderFileText[]): Promise<boolean> {
  // The readers of every format load with the first file opened, as they do for one file.
  const { openInput } = await import('../core/document/open-input');
  const opened: CoderFile[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const result = openInput(file.text, { retrievedAt: null, fileName: file.name });
    if (!result.ok) {
      showError(editor, { ...result.error, message: `${file.name}: ${result.error.message}` });
      return false;
    }
    warnings.push(...result.warnings.map((warning) => `${file.name}: ${warning}`));
    opened.push({ doc: result.value, fileName: file.name });
  }
  // Combining loads with the first coders' files opened, not with the page.
  const { combineCoderFiles } = await import('../core/agreement/combine');
  const combined = combineCoderFiles(opened);
  if (!combined.ok) {
    showError(editor, combined.error);
    return false;
  }
  openDocument(editor, combined.value.doc, [...warnings, ...combined.value.warnings]);
  editor.store.setState({ showAllCoders: false, disagreementsOnly: false });
  showNotice(editor, `Combined ${files.length} coders’ files. ${combined.value.overlapSentence}`);
  return true;
}

/** The comments of the open map where coders differ, in thread order. */
export function disagreementsOfMap(editor: EditorCore) {
  const document = documentOfState(editor.store.getState());
  return document ? disagreements(document) : [];
}

/**
 * Selects the next (1) or previous (-1) comment where coders differ, after the selected one in
 * thread order (wrapping round), opening collapsed replies on the way. False when there is none.
 */
export function stepDisagreement(editor: EditorCore, direction: 1 | -1 = 1): boolean {
  if (isCodingBlind(editor.store.getState())) {
    showNotice(editor, BLIND_DISAGREEMENTS);
    return false;
  }
  const found = disagreementsOfMap(editor);
  if (found.length === 0) {
    showNotice(editor, 'The coders agree on every comment they both tagged.');
    return false;
  }
  const state = editor.store.getState();
  const { graph } = editor.derived.graphOf(state.nodes);
  const rank = preorderRanks(graph);
  const rankOf = (id: string) => rank[graph.index.get(id)!]!;
  const from = state.selectedId !== null && graph.index.has(state.selectedId) ? rankOf(state.selectedId) : direction === 1 ? -1 : Infinity;
  const ordered = direction === 1 ? found : [...found].reverse();
  const next = ordered.find((entry) => (direction === 1 ? rankOf(entry.id) > from : rankOf(entry.id) < from)) ?? ordered[0]!;
  const collapsed = new Set(state.view.collapsed ?? []);
  for (const position of ancestorsOf(graph, graph.index.get(next.id)!).slice(1)) {
    const id = graph.nodes[position]!.id;
    if (collapsed.has(id)) dispatchOrReport(editor, editor.operation('expand', { id }));
  }
  select(editor, next.id);
  return true;
}

/** Decides (or, with null, takes back) the gold answer of a comment, as the current coder. */
export function decideGold(editor: EditorCore, id: string, decision: Decision | null, note: string): boolean {
  return dispatchOrReport(editor, editor.operation('gold', { id, decision, note }));
}

/**
 * Blind mode off shows every coder's tag on the cards and in the panel; on hides the others' from a
 * coder. Turning it on while the map is filtered to the disagreements shows the whole map again.
 */
export function setShowAllCoders(editor: EditorCore, showAllCoders: boolean): void {
  editor.store.setState({ showAllCoders });
  if (editor.store.getState().disagreementsOnly && isCodingBlind(editor.store.getState())) setDisagreementsOnly(editor, false);
}

/** Shows only the comments where coders differ (with their ancestors for context), or every comment again; not while coding blind. */
export function setDisagreementsOnly(editor: EditorCore, disagreementsOnly: boolean): void {
  if (disagreementsOnly && isCodingBlind(editor.store.getState())) return showNotice(editor, BLIND_DISAGREEMENTS);
  editor.store.setState({ disagreementsOnly });
  recomputeMatches(editor);
}
