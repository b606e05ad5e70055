import { create } from 'zustand';
import { temporal } from 'zundo';
import { emptyAnnotations, type Annotations } from '../core/annotations/types';
import type { MapView } from '../core/document/types';
import type { Link, SourceInfo, Tag, ThreadNode } from '../core/map/types';
import type { ImportError } from '../core/result';
import type { ColorMeasure } from '../core/insight/measure-colors';
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

/** Asking for the coder's name: before a first tag (which is applied once answered), or to change it. */
export type CoderPrompt = { kind: 'first'; id: string; tag: Tag } | { kind: 'change' };

/**
 * How the insight views shape the map: UI only, never saved or undone. `focus` and `person`
 * emphasise part of the map (the rest is dimmed); `until` hides what was written later.
 */
export interface InsightView {
  /** Id of the top comment of the sub-debate being looked at. */
  focus: string | null;
  /** Bumped each time a sub-debate is chosen, so choosing the same one again zooms to it again. */
  focusRequest: number;
  /** The participant whose comments are highlighted. */
  person: string | null;
  /** Colour the overview and the minimap by this measure instead of by tag. */
  colorBy: ColorMeasure | null;
  /** Show the map as it was at this time (ms since 1970): later comments are hidden. */
  until: number | null;
}

export const initialInsightView: InsightView = { focus: null, focusRequest: 0, person: null, colorBy: null, until: null };

export interface UiSlice {
  selectedId: string | null;
  insight: InsightView;
  /** The name recorded on every annotation made here; null while unknown. Kept in localStorage. */
  coder: string | null;
  /** True once the name was asked (answered or declined), so it is asked only once. */
  coderAsked: boolean;
  coderPrompt: CoderPrompt | null;
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

export const initialUiSlice: UiSlice = { selectedId: null, insight: initialInsightView, coder: null, coderAsked: false, coderPrompt: null, error: null, notice: null, busy: null };

/** Where the coder's name is kept between visits. */
export const CODER_STORAGE_KEY = 'threadmap.coder';

/** The coder saved in this browser: `{ name }` once asked (name null when declined). */
export function readSavedCoder(): Pick<UiSlice, 'coder' | 'coderAsked'> {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(CODER_STORAGE_KEY) ?? 'null') as { name?: unknown } | null;
    if (saved && typeof saved === 'object') return { coder: typeof saved.name === 'string' && saved.name.trim() ? saved.name.trim() : null, coderAsked: true };
  } catch {
    // Blocked or damaged storage: ask again.
  }
  return { coder: null, coderAsked: false };
}

export const useMapStore = create<MapState>()(
  temporal(() => ({ ...initialDocumentSlice, ...initialUiSlice, ...readSavedCoder() }), {
    partialize: (state): UndoableState => ({ nodes: state.nodes, links: state.links, annotations: state.annotations }),
    // Selection, errors and other UI changes are not edits: only record when a document part changed.
    equality: (past, current) =>
      past.nodes === current.nodes && past.links === current.links && past.annotations === current.annotations,
    limit: 500,
  }),
);

/** Undo history of the open map (zundo's temporal store). */
export const undoHistory = useMapStore.temporal;
