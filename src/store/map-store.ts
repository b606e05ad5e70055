import { emptyAnnotations, type Annotations } from '../core/annotations/types';
import type { Codebook, CoderLayer, GoldEntry, MapView } from '../core/document/types';
import type { Link, SourceInfo, ThreadNode } from '../core/map/types';
import type { ImportError } from '../core/result';
import type { ColorMeasure } from '../core/insight/measure-colors';
import type { StructureError } from '../core/map/edit-types';
import type { OperationError } from '../core/operations';
import type { FindCriteria, FindResult } from '../core/map/find';
import type { MapGraph } from '../core/map/graph';
import type { Layout } from '../core/layout/types';
import type { SpatialIndex } from '../core/layout';
import type { SaveSlice } from './autosave/save-slice';

/** What the error line shows: a file that could not be opened, or an edit that was refused. */
export type AppError = ImportError | StructureError | OperationError;

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
  /** Version 3: the coders' layers (two or more coders), absent for a map of one coder. */
  layers?: CoderLayer[];
  /** Version 3: the codebook the map is coded with; absent means pro/con/question. */
  codebook?: Codebook;
  /** Version 3: adjudicated answers keyed by node id. */
  gold?: Record<string, GoldEntry>;
  /** The coder the opened file names (whose layer `annotations` is when there are no `layers`); null for a fresh thread. */
  fileCoder: string | null;
  /** Incremented whenever another document is opened; views reset their own state on it. */
  documentKey: number;
  /** Repairs made while opening the document (broken references), shown to the user. */
  warnings: string[];
}

/** Asking for the coder's name: before a first tag (which is applied once answered), or to change it. */
export type CoderPrompt = { kind: 'first'; id: string; category: string } | { kind: 'change' };

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
  /** The codebook dialog is open (from the panel or its key). */
  codebookDialog: boolean;
  error: AppError | null;
  /** A short-lived message (what was opened, what was exported). */
  notice: string | null;
  busy: string | null;
  /** Blind mode off: every coder's tag is shown on the cards and in the panel, not only this coder's. */
  showAllCoders: boolean;
  /** The map is filtered to the comments where coders differ. */
  disagreementsOnly: boolean;
  /** The map is joined to a live room, which decides whose annotations each person writes: no layer of one's own is opened here. */
  inLiveRoom: boolean;
  /**
   * Derived, kept by followDocument: the coder beside whose map this person's first tag or note
   * opens a layer of their own (see pendingLayerBeside), or null. Kept here so that what each card
   * selects does not scan the annotations.
   */
  layerBeside: string | null;
}

export type FilterMode = 'dim' | 'hide';

/** Find and filter: view state only, never part of the document or its undo history. */
export interface FindSlice {
  criteria: FindCriteria;
  /** Whether cards that do not match are dimmed or hidden. */
  mode: FilterMode;
  showSuggestions: boolean;
  /** The matches of the open map, or null when nothing is being filtered. */
  result: FindResult | null;
}

/** A command that waits for the user to choose a second card: move under it, or quote it. */
export type PickKind = 'move' | 'quote';

export interface PendingPick {
  kind: PickKind;
  /** The card being moved, or the card that quotes. */
  id: string;
}

/** UI state of the structure commands; not part of the document, so never undone. */
export interface PickSlice {
  pick: PendingPick | null;
  /** The part of the selected comment's text currently selected in the panel, if any. */
  claimDraft: { id: string; range: [number, number] } | null;
  /** A merge waiting for the person to confirm it, with the question to ask. */
  mergeRequest: { id: string; question: string } | null;
}

/** The laid-out map on screen: what the canvas layers, the minimap and image export draw. */
export interface CanvasModel {
  graph: MapGraph;
  layout: Layout;
  index: SpatialIndex;
}

/** The canvas as export sees it: the model, and the React Flow transform and pane size right now. */
export interface CanvasSlice {
  model: CanvasModel | null;
  frame: (() => { x: number; y: number; zoom: number; width: number; height: number }) | null;
}

/** Whether undo and redo have a step to take (the history itself lives in the editor). */
export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
}

/** The whole state of one map's editor. */
export type MapState = DocumentSlice & UiSlice & HistorySlice & { find: FindSlice; pick: PickSlice; canvas: CanvasSlice; save: SaveSlice };

export const initialDocumentSlice: DocumentSlice = {
  source: null,
  nodes: [],
  links: [],
  annotations: emptyAnnotations(),
  view: {},
  layers: undefined,
  codebook: undefined,
  gold: undefined,
  fileCoder: null,
  documentKey: 0,
  warnings: [],
};

export const initialUiSlice: UiSlice = { selectedId: null, insight: initialInsightView, coder: null, coderAsked: false, coderPrompt: null, codebookDialog: false, error: null, notice: null, busy: null, showAllCoders: false, disagreementsOnly: false, inLiveRoom: false, layerBeside: null };

export const initialPickSlice: PickSlice = { pick: null, claimDraft: null, mergeRequest: null };

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

export { useMapStore } from './editor/editor-context';
