import { copyName, defaultMapName, threadKeyOf } from '../../core/document/library';
import type { ThreadmapDocument } from '../../core/document/types';
import { applyRestore, diffDocuments, isEmptyPatch } from '../../core/operations/restore';
import type { Operation } from '../../core/operations/types';
import { GENERATOR } from '../../core/version';
import { openDocument, showNotice } from '../actions';
import type { MapState } from '../map-store';
import { createHistory } from '../../core/operations';
import { documentOf } from '../selectors';
import { bumpLibrary, useAutosaveStore } from './autosave-store';
import { claimMap, type MapClaim } from './map-lock';
import type { MapStorage } from './map-storage';
import { randomId, type LibraryMessage, type Opening, type SampleDocument, type SessionOptions } from './session-options';
import { describeStorageError } from './storage';
import { createUndoSaver, restoreUndo } from './undo-history';
import { createWriteTracker } from './write-tracker';

/** A snapshot follows a pause this long in the changes, so the log stays short and undo is kept. */
const SNAPSHOT_PAUSE_MS = 800;
/** …or this many operations, however long a burst of changes goes on. */
const SNAPSHOT_EVERY_OPS = 100;
/** How long opening a map waits for another tab to let go of it (a reload's old page). */
const CLAIM_WAIT_MS = 600;
/** How long Take over waits for the writing tab to save and let go. */
const TAKE_OVER_WAIT_MS = 5000;


/**
 * Keeps the open map saved: each change is appended to the map's operation log at once, and a
 * snapshot (with the undo history) follows a pause. One tab writes a map; another tab on the
 * same map shows the writer's changes live and edits nothing until it takes over.
 */
const sameViewBesidesViewport = (view: MapState['view'], previous: MapState['view']): boolean =>
  view === previous || (view.layout === previous.layout && view.collapsed === previous.collapsed && Object.keys(view).every((key) => key === 'viewport' || view[key] === previous[key]));

export function createAutosaveSession(options: SessionOptions) {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? randomId;
  const broadcast = options.broadcast ?? (() => undefined);
  const { editor } = options;
  const tabId = newId();
  const status = useAutosaveStore.setState;
  const savedUndo = createUndoSaver(editor);

  let storage: MapStorage | null = null;
  let stopped = false;
  let mapId: string | null = null;
  let name: string | null = null;
  let revision = 0;
  let claim: MapClaim | null = null;
  /** The open map as storage holds it (snapshot and log); null while it is not stored. */
  let logged: ThreadmapDocument | null = null;
  let opsSinceSnapshot = 0;
  let selectionChanged = false;
  /** Changes made while they could not be stored (no storage, a failed write). */
  let unsaved = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let opening: Opening | null = null;
  /** Changes to a fresh thread wait for the look-up of a saved copy (and keep the fresh map). */
  let checking = false;
  let editedWhileChecking = false;
  /** Operations a reading tab already has, so a message that crossed its load is not applied twice. */
  let seen = new Set<string>();
  let crossing: { id: string; ops: Operation[] } | null = null;
  /** Set while this session changes the map store itself (live changes, putting back an edit). */
  let applying = false;

  const readOnly = () => useAutosaveStore.getState().readOnly;
  const canWrite = () => storage !== null && !stopped && mapId !== null && !readOnly();
  const currentDocument = () => documentOf(editor.store.getState(), now(), GENERATOR);
  const report = (message: string) => status((state) => ({ reports: [...state.reports, message] }));
  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const writes = createWriteTracker({
    saving: () => !useAutosaveStore.getState().problem && status({ status: 'saving' }),
    saved: (forMap) => {
      if (forMap !== mapId) return;
      unsaved = false;
      status({ problem: null, status: 'saved', savedAt: now() });
    },
    failed: (forMap, error) => {
      unsaved = true;
      // The next change tries again, with a whole snapshot so nothing between is missing.
      if (forMap === mapId) logged = null;
      status({ problem: describeStorageError(error), status: 'off' });
    },
  });
  const { track, during, settled } = writes;

  /** Writes a snapshot of `state` (the open map, or the one being left) and its undo history. */
  function snapshot(state: MapState = editor.store.getState(), id = mapId): Promise<boolean> {
    clearTimer();
    const document = documentOf(state, now(), GENERATOR);
    if (!storage || !document || id === null || stopped || (id === mapId && !canWrite())) return Promise.resolve(false);
    const history = savedUndo(state);
    name ??= defaultMapName(document);
    if (id === mapId) {
      logged = document;
      opsSinceSnapshot = 0;
      selectionChanged = false;
    }
    const saving = storage.saveSnapshot(id, document, { name, revision: ++revision, history, savedAt: document.exportedAt, lastOpen: revision === 1 });
    void saving.then(() => announce(id), () => undefined);
    return track(saving, id);
  }

  /** Appends what changed since the map was last logged as one operation, and tells the readers. */
  function logChange(): void {
    if (checking) editedWhileChecking = true;
    if (!canWrite() || checking) {
      if (!storage || stopped) unsaved = true;
      return;
    }
    const document = currentDocument();
    if (!document) return;
    if (!logged) {
      void snapshot();
      return;
    }
    const patch = diffDocuments(document, logged);
    if (isEmptyPatch(patch)) return;
    const op: Operation = { id: newId(), time: document.exportedAt, coder: editor.store.getState().coder, kind: 'restore', payload: patch };
    logged = document;
    selectionChanged = false;
    void track(storage!.appendOperations(mapId!, [op]), mapId);
    broadcast({ kind: 'op', mapId: mapId!, op, tabId });
    if (++opsSinceSnapshot >= SNAPSHOT_EVERY_OPS) void snapshot();
    else {
      clearTimer();
      timer = setTimeout(() => void snapshot(), SNAPSHOT_PAUSE_MS);
    }
  }

  /** Sets the map store to a document's map parts, keeping this tab's selection and viewport. */
  function showDocument(document: ThreadmapDocument): void {
    const state = editor.store.getState();
    const view = { ...document.view, selected: state.view.selected, viewport: state.view.viewport };
    applying = true;
    try {
      editor.store.setState({ nodes: document.nodes, links: document.links, annotations: document.annotations, ...(document.view !== logged?.view ? { view } : {}) });
    } finally {
      applying = false;
    }
    logged = document;
  }

  /** Shows a change the writing tab made, once. */
  function showChange(op: Operation): void {
    if (!logged || seen.has(op.id) || op.kind !== 'restore') return;
    seen.add(op.id);
    showDocument(applyRestore(logged, op.payload));
  }

  function becomeReader(): void {
    claim?.release();
    claim = null;
    clearTimer();
    editor.setHistory(createHistory(editor.history().limit));
    status({ readOnly: true, status: 'saved' });
  }

  function onOpened(state: MapState, previous: MapState): void {
    // The map being left gets its last snapshot, undo history and all, and is let go.
    if (canWrite() && (opsSinceSnapshot > 0 || selectionChanged || (!logged && unsaved))) void snapshot(previous);
    claim?.release();
    const next = opening ?? { mapId: newId(), name: null, loaded: null, claim: null, fresh: state.source !== null };
    opening = null;
    clearTimer();
    mapId = next.mapId;
    name = next.name;
    revision = next.loaded?.entry.revision ?? 0;
    logged = next.loaded?.document ?? null;
    seen = new Set(next.loaded?.ops.map((op) => op.id));
    opsSinceSnapshot = next.loaded?.ops.length ?? 0;
    selectionChanged = false;
    unsaved = false;
    claim = next.claim;
    const reading = storage !== null && next.loaded !== null && next.claim === null;
    status({ mapId, savedCopy: null, readOnly: reading, status: storage === null ? 'off' : next.loaded ? 'saved' : 'idle' });
    // A map opened without a claim (new, or storage has none) is this tab's: a new id is free.
    if (!next.claim && !reading) void claimMap(next.mapId, 0).then((claimed) => (mapId === next.mapId ? (claim = claimed) : claimed?.release()));
    if (next.fresh) void during(checkForSavedCopy(state));
  }

  /** A thread opened afresh that the library holds is offered back; else it is saved at once. */
  async function checkForSavedCopy(state: MapState): Promise<void> {
    const document = documentOf(state, now(), GENERATOR);
    const key = document && threadKeyOf(document);
    const id = mapId;
    if (!storage || !key) return void snapshot();
    checking = true;
    editedWhileChecking = false;
    const library = await storage.listLibrary().catch(() => null);
    checking = false;
    if (mapId !== id) return;
    const copy = library?.entries.find((entry) => entry.threadKey === key && entry.id !== id);
    if (copy && !editedWhileChecking) status({ savedCopy: copy });
    else void snapshot();
  }

  const unsubscribe = editor.store.subscribe((state, previous) => {
    if (state.documentKey !== previous.documentKey) onOpened(state, previous);
    else if (state.nodes !== previous.nodes || state.links !== previous.links || state.annotations !== previous.annotations || !sameViewBesidesViewport(state.view, previous.view)) {
      if (applying) return;
      if (!readOnly()) return logChange();
      // Another tab writes this map: the edit is put back (after the store finished this change).
      const shown = logged;
      queueMicrotask(() => {
        if (shown) showDocument(shown);
        editor.setHistory(createHistory(editor.history().limit));
      });
      showNotice(editor, 'This map is being edited in another tab. Take over to edit it here, or open a copy.');
      // Like the selection, where the canvas looks is kept with the next save (or on leaving), never saved on its own.
    } else if (state.selectedId !== previous.selectedId || state.view !== previous.view) selectionChanged = true;
  });

  /** Tells the other tabs (and this one's lists) that the library changed. */
  function announce(id: string | null, newName?: string): void {
    broadcast({ kind: 'changed', mapId: id, tabId, ...(newName ? { name: newName } : {}) });
    bumpLibrary();
  }

  /** Moves an unreadable saved map to the damaged list and tells the user and the other tabs. */
  async function setAsideMap(id: string, reason: string): Promise<void> {
    const damaged = await storage?.setAside(id, reason, now());
    if (damaged) status((state) => ({ setAside: [...state.setAside, damaged] }));
    announce(id);
  }

  /** Reads and opens a saved map, to write or (when another tab writes it) to read; false when unreadable. */
  async function openSaved(id: string): Promise<boolean> {
    const from = storage;
    if (!from) return false;
    // The lock is this tab's own: asking for it again would wait for ourselves.
    if (id === mapId && claim) return true;
    const claimed = await claimMap(id, CLAIM_WAIT_MS);
    // Changes the writing tab sends while the map loads are kept, to apply once it is open.
    crossing = { id, ops: [] };
    const read = await from.loadMap(id, now()).catch((error: unknown) => {
      status({ problem: describeStorageError(error) });
      return null;
    });
    const crossed = crossing.ops;
    crossing = null;
    if (stopped || !read?.ok) {
      claimed?.release();
      if (read && !read.ok && !stopped) await setAsideMap(id, read.error);
      return false;
    }
    const loaded = read.value;
    opening = { mapId: id, name: loaded.entry.name, loaded, claim: claimed, fresh: false };
    try {
      openDocument(editor, loaded.document, loaded.warnings);
    } finally {
      opening = null;
    }
    restoreUndo(editor, loaded);
    if (!claimed) crossed.forEach(showChange);
    if (claimed) void from.setLastOpen(id).catch(() => undefined);
    return true;
  }

  /** Reads the sample and opens it as a new map, unless another map was opened while it was read. */
  async function openSample(fresh = false): Promise<void> {
    const openedBefore = editor.store.getState().documentKey;
    const sample = await options.readSample();
    if (!sample || stopped || editor.store.getState().documentKey !== openedBefore) return;
    opening = { mapId: newId(), name: null, loaded: null, claim: null, fresh: false };
    openDocument(editor, sample.document, sample.warnings);
    if (fresh) void snapshot();
  }

  return {
    editor,
    tabId,
    get storage() {
      return storage;
    },
    get mapId() {
      return mapId;
    },
    get stopped() {
      return stopped;
    },
    settled,
    now,
    report,
    announce,
    openSaved,
    openSample,
    setAsideMap,

    /** Takes the storage opened at start; null when the browser offers none (nothing is saved). */
    attach(opened: MapStorage | null): void {
      storage = opened;
    },

    /** Closing now would lose changes that could not be stored. */
    wouldLoseChanges: () => unsaved,

    /**
     * Brings the log up to date and writes a snapshot when the log is not empty (hidden, closing,
     * letting go), issuing both at once; resolves when everything under way is written.
     */
    async flush(): Promise<void> {
      if (canWrite()) {
        logChange();
        if (opsSinceSnapshot > 0 || selectionChanged) void snapshot();
      }
      await settled();
    },

    /** Keeps the freshly opened map beside the saved copy of its thread (saved as a map of its own). */
    keepFresh(): void {
      status({ savedCopy: null });
      void snapshot();
    },

    /** Opens the saved copy of the thread instead of the fresh one (which was never saved). */
    async openSavedCopy(): Promise<boolean> {
      const copy = useAutosaveStore.getState().savedCopy;
      status({ savedCopy: null });
      return copy ? openSaved(copy.id) : false;
    },

    /** Another tab said something: a change of the map read here, a request to let go, the library. */
    async onMessage(message: LibraryMessage): Promise<void> {
      if (message.tabId === tabId) return;
      if (message.kind === 'changed') {
        if (message.mapId === mapId && message.name) name = message.name;
        return bumpLibrary();
      }
      if (message.kind === 'op' && message.mapId === crossing?.id) crossing.ops.push(message.op);
      if (message.mapId !== mapId) return;
      if (message.kind === 'release' && claim?.exclusive) {
        await this.flush();
        becomeReader();
      } else if (message.kind === 'op' && readOnly()) showChange(message.op);
    },

    /** Asks the tab writing the open map to save and let go, and writes it here from then on. */
    async takeOver(): Promise<boolean> {
      const id = mapId;
      if (!storage || id === null || !readOnly()) return false;
      broadcast({ kind: 'release', mapId: id, tabId });
      const claimed = await claimMap(id, TAKE_OVER_WAIT_MS);
      const read = claimed && mapId === id ? await storage.loadMap(id, now()).catch(() => null) : null;
      if (!claimed || !read?.ok || mapId !== id) {
        claimed?.release();
        if (mapId === id) report('The other tab did not let go of this map. Try again, or open a copy.');
        return false;
      }
      claim = claimed;
      revision = read.value.entry.revision;
      showDocument(read.value.document);
      restoreUndo(editor, read.value);
      opsSinceSnapshot = read.value.ops.length;
      status({ readOnly: false, status: 'saved' });
      void storage.setLastOpen(id).catch(() => undefined);
      return true;
    },

    /** Saves the open map under a new id and a new name, as this tab's to write. */
    async openCopy(): Promise<void> {
      const names = (await storage?.listLibrary().catch(() => null))?.entries.map((entry) => entry.name) ?? [];
      const document = currentDocument();
      if (!document) return;
      claim?.release();
      mapId = newId();
      name = copyName(name ?? defaultMapName(document), names);
      revision = 0;
      logged = null;
      claim = await claimMap(mapId, 0);
      status({ readOnly: false, mapId });
      await snapshot();
    },

    /** Forgets the open map's unsaved changes (it is being deleted). */
    discardChanges(): void {
      clearTimer();
      logged = null;
      opsSinceSnapshot = 0;
      selectionChanged = false;
      mapId = null;
    },

    setName(id: string, newName: string): void {
      if (id === mapId) name = newName;
    },

    stop(): void {
      stopped = true;
      clearTimer();
      claim?.release();
      unsubscribe();
    },
  };
}

export type AutosaveSession = ReturnType<typeof createAutosaveSession>;
export { randomId, type LibraryMessage, type SampleDocument, type SessionOptions };
