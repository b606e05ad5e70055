import { createStore, type StoreApi } from 'zustand/vanilla';
import { CURRENT_VERSION, FORMAT_NAME, type ThreadmapDocument } from '../../core/document/types';
import { NO_CRITERIA } from '../../core/map/find';
import {
  applyOperation,
  createHistory,
  HISTORY_LIMIT,
  isEmptyPatch,
  isViewOperation,
  perform,
  redo as redoStep,
  undo as undoStep,
  type History,
  type LoggedStep,
  type Operation,
  type OperationError,
  type OperationKind,
  type OperationOf,
  type OperationPayloads,
} from '../../core/operations';
import { fail, ok, type Result } from '../../core/result';
import { GENERATOR } from '../../core/version';
import { initialSaveSlice } from '../autosave/save-slice';
import { initialDocumentSlice, initialPickSlice, initialUiSlice, readSavedCoder, type MapState } from '../map-store';
import { bindActions, type EditorActions } from './bound-actions';
import { createDerived, type Derived } from './derived';
import { followDocument } from './follow-document';

/** Where an applied operation came from: this page's person, or another tab or peer (`remote`). */
export interface OperationSource {
  remote: boolean;
  /** False: a change of this page that undo does not go back through (a peer's change arriving, a coder's new name). */
  undoStep?: boolean;
  /** Set when the operation is an undo or a redo of this page's history. */
  history?: 'undo' | 'redo';
}

/** What an applied operation did to its editor's undo history, for a log that must rebuild it. */
export function loggedStep(op: Operation, source: OperationSource): LoggedStep {
  if (source.history) return source.history;
  return source.remote || source.undoStep === false || isViewOperation(op) ? 'none' : 'do';
}


/** Told of every operation applied to the map, once, in the order applied (undo and redo included). */
export type OperationListener = (op: Operation, source: OperationSource) => void;

/** Why an edit is refused while another tab writes the map. */
export const READ_ONLY_REASON = 'This map is being edited in another tab. Take over to edit it here, or open a copy.';

/** One open map: its store, its one stream of operations and its undo history. */
export interface EditorCore {
  readonly store: StoreApi<MapState>;
  /**
   * Applies an operation to the open map through the core (`applyOperation`): an edit becomes one
   * undo step; a view change (collapse, expand, viewport, layout) does not. Listeners hear the
   * operation once, unless it was refused or changed nothing. A `remote` operation (another tab's,
   * a peer's) is applied without becoming an undo step here, as is one marked `undoStep: false`;
   * edits of this page are refused while the map is read-only (`save.readOnly`), remote ones never.
   */
  dispatch(op: Operation, source?: OperationSource): Result<Operation | null, OperationError>;
  subscribe(listener: OperationListener): () => void;
  /** Undoes the newest edit by dispatching its inverse; false when there is none. */
  undo(): boolean;
  redo(): boolean;
  /** An operation of this editor: a fresh id, the time now and the coder's name. */
  operation<K extends OperationKind>(kind: K, payload: OperationPayloads[K]): OperationOf<K>;
  /** The undo history; replaced when a map is opened (and by a saved history restored with it). */
  readonly history: () => History;
  setHistory(history: History): void;
  readonly derived: Derived;
  /**
   * What a feature keeps for this editor alone (its workers, its caches), made by `create` on first
   * use: state that would otherwise sit at module level and be shared by every map on the page.
   */
  resource<T>(key: ResourceKey<T>, create: () => T): T;
}

/** Names one kind of per-editor resource; the type ties `resource()`'s result to its key. */
export interface ResourceKey<T> {
  readonly name: string;
  /** Never set: carries the resource's type. */
  readonly type?: T;
}

/** A key for `editor.resource`; make one per kind of resource, once, at module level. */
export const resourceKey = <T>(name: string): ResourceKey<T> => ({ name });

/** An editor with its actions bound to it (what components call). */
export interface Editor extends EditorCore {
  readonly actions: EditorActions;
}

export interface EditorOptions {
  /** The clock that stamps operations; tests pass a fixed one. */
  now?: () => string;
  /** Undo steps kept. */
  historyLimit?: number;
  /** The starting state (tests); the coder saved in this browser otherwise. */
  initial?: Partial<MapState>;
}

const LOCAL: OperationSource = { remote: false };
const UNDONE: OperationSource = { remote: false, history: 'undo' };
const REDONE: OperationSource = { remote: false, history: 'redo' };
/** A change of this page that is saved and shared as any other, but is no undo step. */
export const NOT_AN_UNDO_STEP: OperationSource = { remote: false, undoStep: false };

const randomPrefix = () => (globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)).slice(0, 8);

/** The open map in the store as a document the operations apply to. */
export function documentOfState(state: MapState): ThreadmapDocument | null {
  if (!state.source) return null;
  const { source, nodes, links, annotations, view, layers, codebook, gold } = state;
  // A file keeps naming the coder whose layer its annotations are; a fresh thread is this coder's.
  const coder = state.fileCoder ?? state.coder;
  const document: ThreadmapDocument = { format: FORMAT_NAME, version: CURRENT_VERSION, generator: GENERATOR, exportedAt: '', coder, source, nodes, links, annotations };
  if (layers !== undefined) document.layers = layers;
  if (codebook !== undefined) document.codebook = codebook;
  if (gold !== undefined) document.gold = gold;
  document.view = view;
  return document;
}

/** Creates the editor of one map: a store of its own, so any number can be open side by side. */
export function createEditor(options: EditorOptions = {}): Editor {
  const now = options.now ?? (() => new Date().toISOString());
  const limit = options.historyLimit ?? HISTORY_LIMIT;
  const prefix = randomPrefix();
  let counter = 0;
  let history = createHistory(limit);
  const listeners = new Set<OperationListener>();
  const resources = new Map<ResourceKey<unknown>, unknown>();

  const store = createStore<MapState>()(() => ({
    ...initialDocumentSlice,
    ...initialUiSlice,
    ...readSavedCoder(),
    canUndo: false,
    canRedo: false,
    find: { criteria: NO_CRITERIA, mode: 'dim', showSuggestions: true, result: null },
    pick: initialPickSlice,
    canvas: { model: null, frame: null },
    save: initialSaveSlice,
    ...options.initial,
  }));

  const setHistory = (next: History) => {
    history = next;
    const canUndo = next.past.length > 0;
    const canRedo = next.future.length > 0;
    const state = store.getState();
    if (state.canUndo !== canUndo || state.canRedo !== canRedo) store.setState({ canUndo, canRedo });
  };

  /** Puts the document parts that changed into the store (unchanged parts keep their identity) and tells the listeners. */
  function commit(document: ThreadmapDocument, op: Operation, source: OperationSource = LOCAL): void {
    const state = store.getState();
    const patch: Partial<MapState> = {};
    if (document.nodes !== state.nodes) patch.nodes = document.nodes;
    if (document.links !== state.links) patch.links = document.links;
    if (document.annotations !== state.annotations) patch.annotations = document.annotations;
    if ((document.view ?? {}) !== state.view) patch.view = document.view ?? {};
    if (document.layers !== state.layers) patch.layers = document.layers;
    if (document.codebook !== state.codebook) patch.codebook = document.codebook;
    if (document.gold !== state.gold) patch.gold = document.gold;
    if ((document.coder ?? null) !== (state.fileCoder ?? state.coder)) patch.fileCoder = document.coder ?? null;
    store.setState(patch);
    for (const listener of [...listeners]) listener(op, source);
  }

  const stamp = () => ({ id: `${prefix}-${++counter}`, time: now(), coder: store.getState().coder });

  const readOnly = () => store.getState().save.readOnly;

  const core: EditorCore = {
    store,
    dispatch(op, source = LOCAL) {
      const document = documentOfState(store.getState());
      if (!document) return fail({ kind: 'noMap', message: 'No map is open.' });
      // Looking around (collapsing, the layout) stays free in a read-only tab; it is never saved from there.
      if (!source.remote && !isViewOperation(op) && readOnly()) return fail({ kind: 'readOnly', message: READ_ONLY_REASON });
      if (isViewOperation(op) || source.remote || source.undoStep === false) {
        const applied = applyOperation(document, op);
        if (!applied.ok) return applied;
        if (isEmptyPatch(applied.value.inverse.payload)) return ok(null);
        commit(applied.value.document, op, source);
        return ok(op);
      }
      const step = perform(history, document, op);
      if (!step.ok) return step;
      if (!step.value.op) return ok(null);
      setHistory(step.value.history);
      commit(step.value.document, step.value.op);
      return ok(step.value.op);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo() {
      if (readOnly()) return false;
      const document = documentOfState(store.getState());
      const step = document && undoStep(history, document, stamp());
      if (!step?.op) return false;
      setHistory(step.history);
      commit(step.document, step.op, UNDONE);
      return true;
    },
    redo() {
      if (readOnly()) return false;
      const document = documentOfState(store.getState());
      const step = document && redoStep(history, document, stamp());
      if (!step?.ok || !step.value.op) return false;
      setHistory(step.value.history);
      commit(step.value.document, step.value.op, REDONE);
      return true;
    },
    operation: (kind, payload) => ({ ...stamp(), kind, payload }) as OperationOf<typeof kind>,
    history: () => history,
    setHistory,
    derived: createDerived(),
    resource<T>(key: ResourceKey<T>, create: () => T): T {
      if (!resources.has(key)) resources.set(key, create());
      return resources.get(key) as T;
    },
  };
  followDocument(core);
  return { ...core, actions: bindActions(core) };
}
