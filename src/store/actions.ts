import { applyAnnotationChanges, type AnnotationChange } from '../core/annotations/apply';
import { copyAnnotations } from '../core/annotations/types';
import type { MapView, ThreadmapDocument } from '../core/document/types';
import type { Tag } from '../core/map/types';
import { untaggableReason } from '../core/annotations/taggable';
import { CODER_STORAGE_KEY, initialInsightView, undoHistory, useMapStore, type AppError } from './map-store';
import { graphOf } from './selectors';
import { rememberViewport } from './viewport-memory';

const now = () => new Date().toISOString();

/** Replaces the open map with a document; the undo history starts afresh. */
export function openDocument(document: ThreadmapDocument, warnings: string[] = []): void {
  const view = document.view ?? {};
  rememberViewport(null);
  undoHistory.getState().pause();
  useMapStore.setState((state) => ({
    source: document.source,
    nodes: document.nodes,
    links: document.links,
    // A document from the worker arrives with plain objects; see emptyAnnotations for why not.
    annotations: copyAnnotations(document.annotations),
    view,
    warnings,
    documentKey: state.documentKey + 1,
    selectedId: typeof view.selected === 'string' ? view.selected : null,
    insight: initialInsightView,
    error: null,
    busy: null,
  }));
  undoHistory.getState().clear();
  undoHistory.getState().resume();
}

export function applyAnnotations(changes: AnnotationChange[]): void {
  useMapStore.setState((state) => ({ annotations: applyAnnotationChanges(state.annotations, changes) }));
}

/** Why the card cannot be tagged or noted (the root, a `more` stub), or null when it can. */
export function whyNotTaggable(id: string): string | null {
  const { graph } = graphOf(useMapStore.getState().nodes);
  const at = graph.index.get(id);
  return at === undefined ? null : untaggableReason(graph.nodes[at]!);
}

/**
 * A tag asked for by a person (button, key): the first one in this browser asks for the coder's
 * name first and is made once the question is answered or declined; later ones are made at once.
 */
export function requestTag(id: string, tag: Tag | null): void {
  const state = useMapStore.getState();
  if (tag !== null && !state.coderAsked && whyNotTaggable(id) === null) {
    useMapStore.setState({ coderPrompt: { kind: 'first', id, tag } });
    return;
  }
  setTag(id, tag);
}

/**
 * Sets or clears (null) the tag of a node, recorded under the coder's name. Setting the tag it
 * already has confirms a tag marked for re-check. The root and `more` stubs are refused with the
 * reason as a notice.
 */
export function setTag(id: string, tag: Tag | null): void {
  const reason = whyNotTaggable(id);
  if (reason !== null) return showNotice(reason);
  const state = useMapStore.getState();
  const annotation = Object.hasOwn(state.annotations, id) ? state.annotations[id] : undefined;
  const current = annotation?.tag ?? null;
  if (current === tag) {
    if (annotation?.recheck) applyAnnotations([{ type: 'confirm', id, at: now(), coder: state.coder }]);
    return;
  }
  applyAnnotations([{ type: 'tag', id, tag, at: now(), coder: state.coder }]);
}

/** The tag of a moved card still holds: clears its re-check mark. */
export function confirmTag(id: string): void {
  applyAnnotations([{ type: 'confirm', id, at: now(), coder: useMapStore.getState().coder }]);
}

export function setNote(id: string, note: string): void {
  if (whyNotTaggable(id) !== null) return;
  const state = useMapStore.getState();
  const current = state.annotations[id]?.note ?? '';
  if (current === note) return;
  applyAnnotations([{ type: 'note', id, note, at: now(), coder: state.coder }]);
}

/** Opens the dialog that changes the coder's name. */
export function askCoderName(): void {
  useMapStore.setState({ coderPrompt: { kind: 'change' } });
}

/**
 * Records the coder's name (null: declined) in the store and in localStorage, closes the dialog
 * and applies the tag that was waiting for it, if any.
 */
export function setCoder(name: string | null): void {
  const coder = name?.trim() ? name.trim() : null;
  const prompt = useMapStore.getState().coderPrompt;
  try {
    localStorage.setItem(CODER_STORAGE_KEY, JSON.stringify({ name: coder }));
  } catch {
    // Not kept across reloads; the name still applies now.
  }
  useMapStore.setState({ coder, coderAsked: true, coderPrompt: null });
  if (prompt?.kind === 'first') setTag(prompt.id, prompt.tag);
}

/** Closes the coder dialog without an answer; a waiting first tag is then made without a name. */
export function dismissCoderPrompt(): void {
  const prompt = useMapStore.getState().coderPrompt;
  if (prompt?.kind === 'first') return setCoder(null);
  useMapStore.setState({ coderPrompt: null });
}

export function select(id: string | null): void {
  if (useMapStore.getState().selectedId !== id) useMapStore.setState({ selectedId: id });
}

export function showError(error: AppError | null): void {
  useMapStore.setState({ error, busy: null });
}

export function showNotice(notice: string | null): void {
  useMapStore.setState({ notice });
}

export function setBusy(busy: string | null): void {
  useMapStore.setState({ busy });
}

/** Updates the kept UI state (layout mode, collapsed subtrees); not an undoable edit. */
export function updateView(patch: Partial<MapView>): void {
  useMapStore.setState((state) => ({ view: { ...state.view, ...patch } }));
}

export function toggleCollapsed(id: string): void {
  const collapsed = new Set(useMapStore.getState().view.collapsed ?? []);
  if (collapsed.has(id)) collapsed.delete(id);
  else collapsed.add(id);
  updateView({ collapsed: [...collapsed] });
}

export const undo = () => undoHistory.getState().undo();
export const redo = () => undoHistory.getState().redo();
