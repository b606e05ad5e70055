import { create } from 'zustand';
import { temporal } from 'zundo';
import { emptyAnnotations, type Annotations } from '../core/annotations/types';
import type { MapView } from '../core/document/types';
import type { Link, SourceInfo, ThreadNode } from '../core/map/types';
import type { ImportError } from '../core/result';
import type { StructureError } from '../core/map/edit-types';

/** What the error line shows: a file that could not be opened, or an edit that was refused. */
export type AppError = ImportError | StructureError;

/**
 * The open map. Document parts are stored separately so that each view subscribes to the part
 * it shows: a tag change replaces `annotations` (one entry of it) and nothing else.
 */
export interface DocumentSlice {
  source: SourceInfo | null;
  nodes: ThreadNode[];
  links: Link[];
  annotations: Annotations;
  view: MapView;
  /** Incremented whenever another document is opened; views reset their own state on it. */
  documentKey: number;
  /** Repairs made while opening the document (broken references), shown to the user. */
  warnings: string[];
}

export interface UiSlice {
  selectedId: string | null;
  error: AppError | null;
  /** A short-lived message (what was opened, what was exported). */
  notice: string | null;
  busy: string | null;
}

export type MapState = DocumentSlice & UiSlice;

/** The parts of the state that undo and redo move through. */
export type UndoableState = Pick<DocumentSlice, 'nodes' | 'links' | 'annotations'>;

export const initialDocumentSlice: DocumentSlice = {
  source: null,
  nodes: [],
  links: [],
  annotations: emptyAnnotations(),
  view: {},
  documentKey: 0,
  warnings: [],
};

export const initialUiSlice: UiSlice = { selectedId: null, error: null, notice: null, busy: null };

export const useMapStore = create<MapState>()(
  temporal(() => ({ ...initialDocumentSlice, ...initialUiSlice }), {
    partialize: (state): UndoableState => ({ nodes: state.nodes, links: state.links, annotations: state.annotations }),
    // Selection, errors and other UI changes are not edits: only record when a document part changed.
    equality: (past, current) =>
      past.nodes === current.nodes && past.links === current.links && past.annotations === current.annotations,
    limit: 500,
  }),
);

/** Undo history of the open map (zundo's temporal store). */
export const undoHistory = useMapStore.temporal;
