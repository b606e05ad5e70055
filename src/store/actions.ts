import type { ThreadNode } from '../core/map/types';
import { copyAnnotations } from '../core/annotations/types';
import type { ThreadmapDocument } from '../core/document/types';
import { categoryOf, codebookOf, tagOfCategory } from '../core/document/codebook';
import type { Codebook } from '../core/document/types';
import { cardOfOperation, createHistory, type Operation } from '../core/operations';
import { unjudgeableReason, untaggableReason } from '../core/annotations/taggable';
import { CODER_STORAGE_KEY, initialInsightView, initialPickSlice, type AppError, type MapState } from './map-store';
import { NOT_AN_UNDO_STEP, type EditorCore } from './editor/create-editor';
import { isCoderBesideOthers, layerToOpenBeside, ownAnnotation } from './own-annotation';

/** Every part of a document the store holds, as the store holds it. */
export function documentParts(document: ThreadmapDocument) {
  return {
    source: document.source,
    nodes: document.nodes,
    links: document.links,
    // A document from the worker arrives with plain objects; see emptyAnnotations for why not.
    annotations: copyAnnotations(document.annotations),
    layers: document.layers?.map((layer) => ({ ...layer, annotations: copyAnnotations(layer.annotations) })),
    codebook: document.codebook,
    gold: document.gold,
    fileCoder: typeof document.coder === 'string' && document.coder.trim() ? document.coder : null,
    view: document.view ?? {},
  } satisfies Partial<MapState>;
}

/** Replaces the open map with a document; the undo history starts afresh. */
export function openDocument(editor: EditorCore, document: ThreadmapDocument, warnings: string[] = []): void {
  const view = document.view ?? {};
  const limit = editor.history().limit;
  editor.store.setState((state) => ({
    ...documentParts(document),
    warnings,
    documentKey: state.documentKey + 1,
    selectedId: typeof view.selected === 'string' ? view.selected : null,
    insight: initialInsightView,
    error: null,
    busy: null,
    pick: initialPickSlice,
    // Blind mode comes back on with every map opened.
    showAllCoders: false,
    disagreementsOnly: false,
  }));
  // Only now: the autosave hears the store change and saves the map being left, undo history and all.
  editor.setHistory(createHistory(limit));
}

/** Dispatches an operation; a refusal is shown on the error line. True when it was applied (or changed nothing). */
export function dispatchOrReport(editor: EditorCore, op: Operation): boolean {
  const result = editor.dispatch(op);
  if (!result.ok) {
    showError(editor, result.error);
    return false;
  }
  if (editor.store.getState().error !== null) editor.store.setState({ error: null });
  return true;
}

/** What `reasonOf` says of the card with this id, or null when the map has no such card. */
function reasonFor(editor: EditorCore, id: string, reasonOf: (node: ThreadNode) => string | null): string | null {
  const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
  const at = graph.index.get(id);
  return at === undefined ? null : reasonOf(graph.nodes[at]!);
}

/** Why the card cannot be tagged (the root, a `more` stub, a deleted comment with no text), or null when it can. */
export const whyNotTaggable = (editor: EditorCore, id: string): string | null => reasonFor(editor, id, unjudgeableReason);

/** Why the card cannot take a note (the root, a `more` stub), or null when it can. */
const whyNoNote = (editor: EditorCore, id: string): string | null => reasonFor(editor, id, untaggableReason);

/**
 * A codebook category asked for by a person (button, key): the first one in this browser asks for
 * the coder's name first and is made once the question is answered or declined; later ones are
 * made at once.
 */
export function requestTag(editor: EditorCore, id: string, category: string | null): void {
  const state = editor.store.getState();
  if (category !== null && !state.coderAsked && whyNotTaggable(editor, id) === null) {
    editor.store.setState({ coderPrompt: { kind: 'first', id, category } });
    return;
  }
  setTag(editor, id, category);
}

/**
 * Codes a card with a category of the map's codebook, or clears it (null), recorded under the
 * coder's name with the tag the category counts as. Choosing the category it already has confirms
 * a tag marked for re-check. The root, `more` stubs and deleted comments with no text are refused with the reason as a notice.
 */
export function setTag(editor: EditorCore, id: string, category: string | null): void {
  const reason = whyNotTaggable(editor, id);
  if (reason !== null) return showNotice(editor, reason);
  const annotation = ownAnnotation(editor.store.getState(), id);
  if ((categoryOf(annotation) ?? null) === category) {
    if (annotation?.recheck) dispatchOrReport(editor, editor.operation('confirm', { id }));
    return;
  }
  const codebook = codebookOf(editor.store.getState());
  const payload = category === null ? { id, tag: null } : { id, tag: tagOfCategory(codebook, category) ?? null, category };
  const beside = layerToOpenBeside(editor.store.getState());
  const joining = startsOwnLayerAmongSeveral(editor);
  if (beside === null) {
    if (dispatchOrReport(editor, editor.operation('tag', payload)) && joining) sayJoined(editor);
  } else if (dispatchOrReport(editor, editor.operation('tag', { ...payload, ownLayerBeside: beside }))) saySplit(editor, beside);
}

/**
 * True when this person's next tag or note opens a layer of their own in a map that already holds
 * several coders' layers: until now they saw the map as an adjudicator does, every coder's tags
 * at once, and from that change on they code beside the others (blind, unless B shows them).
 */
function startsOwnLayerAmongSeveral(editor: EditorCore): boolean {
  const state = editor.store.getState();
  return (state.layers?.length ?? 0) > 1 && !state.inLiveRoom && !isCoderBesideOthers(state);
}

/** After the first change that made this person one more coder of a map of several coders. */
function sayJoined(editor: EditorCore): void {
  const state = editor.store.getState();
  if (!isCoderBesideOthers(state)) return;
  const name = state.coder?.trim() || 'you';
  const blind = !state.showAllCoders;
  showNotice(
    editor,
    `That starts a layer of ${name}’s own beside the other coders’${blind ? ', whose tags are now hidden while you code blind (B shows them)' : ''}. To decide a gold answer instead, take it back (Ctrl+Z) and use Gold answer in the panel.`,
  );
}

/** Opens or closes the codebook dialog. */
export function showCodebookDialog(editor: EditorCore, open: boolean): void {
  editor.store.setState({ codebookDialog: open });
}

/**
 * Codes the map with another codebook (null: the default pro/con/question), as one undoable step.
 * Returns the refusal's sentence (coding uses a category the codebook lacks), or null when applied;
 * the dialog shows the sentence, so it is not put on the error line.
 */
export function setCodebook(editor: EditorCore, codebook: Codebook | null): string | null {
  const result = editor.dispatch(editor.operation('codebook', { codebook }));
  return result.ok ? null : result.error.message;
}

/** After the first change that opened this coder's own layer beside another coder's map. */
function saySplit(editor: EditorCore, first: string): void {
  const blind = !editor.store.getState().showAllCoders;
  showNotice(editor, `Your tags go into your own layer beside ${first}’s${blind ? `; ${first}’s stay hidden while you code blind (B shows them).` : '.'}`);
}

/** The tag of a moved card still holds: clears its re-check mark. */
export function confirmTag(editor: EditorCore, id: string): void {
  dispatchOrReport(editor, editor.operation('confirm', { id }));
}

export function setNote(editor: EditorCore, id: string, note: string): void {
  if (whyNoNote(editor, id) !== null) return;
  const current = ownAnnotation(editor.store.getState(), id)?.note ?? '';
  if (current === note) return;
  const beside = layerToOpenBeside(editor.store.getState());
  const joining = startsOwnLayerAmongSeveral(editor);
  if (beside === null) {
    if (dispatchOrReport(editor, editor.operation('note', { id, note })) && joining) sayJoined(editor);
  } else if (dispatchOrReport(editor, editor.operation('note', { id, note, ownLayerBeside: beside }))) saySplit(editor, beside);
}

/** Opens the dialog that changes the coder's name. */
export function askCoderName(editor: EditorCore): void {
  editor.store.setState({ coderPrompt: { kind: 'change' } });
}

/**
 * Records the coder's name (null: declined) in the store and in localStorage, closes the dialog
 * and applies the tag that was waiting for it, if any.
 */
export function setCoder(editor: EditorCore, name: string | null): void {
  const coder = name?.trim() ? name.trim() : null;
  const prompt = editor.store.getState().coderPrompt;
  try {
    localStorage.setItem(CODER_STORAGE_KEY, JSON.stringify({ name: coder }));
  } catch {
    // Not kept across reloads; the name still applies now.
  }
  const state = editor.store.getState();
  // One's own map of one coder takes the new name: renamed, one's own tags must not look like
  // another coder's work (hidden while coding blind, with a second layer at the next tag). It is
  // a change of the map, saved and shared, but no undo step: undo would give the tags back to the
  // old name, which is now someone else's.
  const ownMap = prompt?.kind === 'change' && state.coder !== null && (state.fileCoder ?? state.coder) === state.coder && !state.layers?.length;
  if (ownMap && state.source && coder !== state.coder) editor.dispatch(editor.operation('mapCoder', { coder }), NOT_AN_UNDO_STEP);
  editor.store.setState({ coder, coderAsked: true, coderPrompt: null });
  if (prompt?.kind === 'first') setTag(editor, prompt.id, prompt.category);
}

/**
 * Closes the coder dialog without an answer (Esc): the waiting first tag is not made, and the
 * next one asks again. Tagging without a name is a choice of its own in the dialog.
 */
export function dismissCoderPrompt(editor: EditorCore): void {
  editor.store.setState({ coderPrompt: null });
}

export function select(editor: EditorCore, id: string | null): void {
  if (editor.store.getState().selectedId !== id) editor.store.setState({ selectedId: id });
}

export function showError(editor: EditorCore, error: AppError | null): void {
  editor.store.setState({ error, busy: null });
}

export function showNotice(editor: EditorCore, notice: string | null): void {
  editor.store.setState({ notice });
}

export function setBusy(editor: EditorCore, busy: string | null): void {
  editor.store.setState({ busy });
}

/** Switches the layout mode (a view operation: on the stream, not an undo step). */
export function setLayout(editor: EditorCore, mode: string): void {
  if (editor.store.getState().view.layout === mode) return;
  dispatchOrReport(editor, editor.operation('layout', { mode }));
}

/** Remembers where the canvas looks, once a pan or zoom has ended. */
export function setViewport(editor: EditorCore, viewport: { x: number; y: number; zoom: number }): void {
  const { x, y, zoom } = viewport;
  const saved = editor.store.getState().view.viewport;
  if (saved?.x === x && saved.y === y && saved.zoom === zoom) return;
  dispatchOrReport(editor, editor.operation('viewport', { x, y, zoom }));
}

export function toggleCollapsed(editor: EditorCore, id: string): void {
  const collapsed = editor.store.getState().view.collapsed ?? [];
  dispatchOrReport(editor, editor.operation(collapsed.includes(id) ? 'expand' : 'collapse', { id }));
}

/** After an undo or redo, the card it changed is selected, and so brought into view: on a big map the change is seen. */
function showChanged(editor: EditorCore, op: Operation | undefined): void {
  const id = op && cardOfOperation(op);
  if (id !== undefined && editor.derived.graphOf(editor.store.getState().nodes).graph.index.has(id)) select(editor, id);
}

export function undo(editor: EditorCore): boolean {
  const step = editor.history().past.at(-1);
  if (!editor.undo()) return false;
  showChanged(editor, step?.op);
  return true;
}

export function redo(editor: EditorCore): boolean {
  const step = editor.history().future.at(-1);
  if (!editor.redo()) return false;
  showChanged(editor, step?.op);
  return true;
}
