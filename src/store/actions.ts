import { applyAnnotationChanges, type AnnotationChange } from '../core/annotations/apply';
import { copyAnnotations } from '../core/annotations/types';
import type { MapView, ThreadmapDocument } from '../core/document/types';
import type { Tag } from '../core/map/types';
import { undoHistory, useMapStore, type AppError } from './map-store';
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
    error: null,
    busy: null,
  }));
  undoHistory.getState().clear();
  undoHistory.getState().resume();
}

export function applyAnnotations(changes: AnnotationChange[]): void {
  useMapStore.setState((state) => ({ annotations: applyAnnotationChanges(state.annotations, changes) }));
}

/** Sets or clears (null) the tag of a node. */
export function setTag(id: string, tag: Tag | null): void {
  const current = useMapStore.getState().annotations[id]?.tag ?? null;
  if (current === tag) return;
  applyAnnotations([{ type: 'tag', id, tag, at: now() }]);
}

export function setNote(id: string, note: string): void {
  const current = useMapStore.getState().annotations[id]?.note ?? '';
  if (current === note) return;
  applyAnnotations([{ type: 'note', id, note, at: now() }]);
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
