import { copyName, defaultMapName, threadKeyOf } from '../../core/document/library';
import type { ThreadmapDocument } from '../../core/document/types';
import type { Operation } from '../../core/operations/types';
import { GENERATOR } from '../../core/version';
import { documentParts, openDocument } from '../actions';
import type { MapState } from '../map-store';
import { createHistory, savedHistoryOf } from '../../core/operations';
import { documentOf } from '../selectors';
import { loggedStep, type OperationSource } from '../editor/create-editor';
import { restoreSavedHistory } from '../editor/saved-undo';
import { bumpLibrary, setSave } from './save-slice';
import { claimMap, watchUntilLeft, type MapClaim } from './map-lock';
import type { LoadedMap, MapStorage } from './map-storage';
import { CLAIM_WAIT_MS, randomId, SNAPSHOT_EVERY_OPS, SNAPSHOT_PAUSE_MS, TAKE_OVER_WAIT_MS, type LibraryMessage, type SampleDocument, type SessionOptions } from './session-options';
import { describeStorageError } from './storage';
import { createWriteTracker } from './write-tracker';

const REMOTE: OperationSource = { remote: true };

/**
 * Keeps the open map saved: each operation the editor applies is appended to the map's operation
 * log as it is, and a snapshot (with the undo history) follows a pause. One tab writes a map;
 * another tab on the same map applies the writer's operations live and edits nothing until it
 * takes over.
 */
export function createAutosaveSession(options: SessionOptions) {
  const now = () => new Date().toISOString();
  const newId = options.newId ?? randomId;
  const broadcast = options.broadcast ?? (() => undefined);
  const { editor } = options;
  const tabId = newId();
  const status = (change: Parameters<typeof setSave>[1]) => setSave(editor.store, change);

  let storage: MapStorage | null = null;
  let stopped = false;
  let mapId: string | null = null;
  let name: string | null = null;
  let revision = 0;
  let claim: MapClaim | null = null;
  /** Storage holds a snapshot of the open map, so its operations can be appended to the log. */
  let inLog = false;
  let opsSinceSnapshot = 0;
  let selectionChanged = false;
  /** Changes made while they could not be stored (no storage, a failed write). */
  let unsaved = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The saved map being opened (with its claim; none when another tab writes it) or the sample; null: a thread opened afresh. */
  let opening: { loaded: LoadedMap | null; claim: MapClaim | null } | null = null;
  /** Changes to a fresh thread wait for the look-up of a saved copy (and keep the fresh map); `edited` marks one made meanwhile. */
  let checking: { edited: boolean } | null = null;
  /** Operations a reading tab already has, so a message that crossed its load is not applied twice. */
  let seen = new Set<string>();
  let crossing: { id: string; ops: Operation[] } | null = null;
  /** Stops waiting for the tab that writes the map read here to close. */
  let stopWatching = () => undefined as void;

  const readOnly = () => editor.store.getState().save.readOnly;
  const canWrite = () => storage !== null && !stopped && mapId !== null && !readOnly();
  /**
   * Whether the open map has something to save: logged changes, changes that could not be
   * stored, or a moved selection or viewport of a map that is stored (never a reason on its own
   * to store one that is not: the sample looked at and left stays unsaved).
   */
  const worthSaving = () => canWrite() && (opsSinceSnapshot > 0 || (selectionChanged && inLog) || (!inLog && unsaved));
  const report = (message: string) => status((save) => ({ reports: [...save.reports, message] }));
  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const { track, during, settled } = createWriteTracker({
    saving: () => !editor.store.getState().save.problem && status({ status: 'saving' }),
    saved: (forMap) => {
      if (forMap !== mapId) return;
      unsaved = false;
      status({ problem: null, status: 'saved', savedAt: now() });
    },
    failed: (forMap, error) => {
      unsaved = true;
      // The next change tries again, with a whole snapshot so nothing between is missing.
      if (forMap === mapId) inLog = false;
      status({ problem: describeStorageError(error), status: 'off' });
    },
  });

  /** Writes a snapshot of `state` (the open map, or the one being left) and its undo history. */
  function snapshot(state: MapState = editor.store.getState()): Promise<boolean> {
    clearTimer();
    const id = mapId;
    const document = documentOf(state, now(), GENERATOR);
    if (!storage || !document || id === null || !canWrite()) return Promise.resolve(false);
    name ??= defaultMapName(document);
    inLog = true;
    opsSinceSnapshot = 0;
    selectionChanged = false;
    const history = savedHistoryOf(editor.history());
    const saving = storage.saveSnapshot(id, document, { name, revision: ++revision, history, savedAt: document.exportedAt, lastOpen: revision === 1 });
    void saving.then(() => announce(id), () => undefined);
    return track(saving, id);
  }

  /** Appends an operation the editor applied here to the log, and tells the readers. */
  function logOperation(op: Operation, source: OperationSource): void {
    // Another tab's change is its to save; where the canvas looks is kept with the next save, never on its own.
    if (source.remote) return;
    if (op.kind === 'viewport') return void (selectionChanged = true);
    if (checking) checking.edited = true;
    if (!canWrite() || checking) {
      if (!storage || stopped) unsaved = true;
      return;
    }
    // Nothing stored to append to (a new map, a failed write): a whole snapshot holds the change.
    if (!inLog) return void snapshot();
    void track(storage!.appendOperations(mapId!, [{ op, step: loggedStep(op, source) }]), mapId);
    broadcast({ kind: 'op', mapId: mapId!, op, tabId });
    clearTimer();
    if (++opsSinceSnapshot >= SNAPSHOT_EVERY_OPS) void snapshot();
    else timer = setTimeout(() => void snapshot(), SNAPSHOT_PAUSE_MS);
  }

  /** Shows the map as stored (coders' layers, codebook and gold included), keeping this tab's selection and viewport. */
  function showDocument(document: ThreadmapDocument): void {
    const { view } = editor.store.getState();
    editor.store.setState({ ...documentParts(document), view: { ...document.view, selected: view.selected, viewport: view.viewport } });
  }

  /** Puts back the undo history saved with the snapshot, and the steps the operations logged since it made. */
  function restoreUndo(loaded: LoadedMap): void {
    restoreSavedHistory(editor, loaded.history, loaded.ops);
  }

  /** Applies a change the writing tab made, once; one that no longer fits the map here has the map read again. */
  async function showChange(message: Operation): Promise<void> {
    // The checks bring zod, which the page loads only when it needs it.
    const { parseOperation } = await import('./saved-map-reader');
    const parsed = parseOperation(message);
    if (!parsed.ok || seen.has(parsed.value.id)) return;
    seen.add(parsed.value.id);
    const id = mapId;
    if (editor.dispatch(parsed.value, REMOTE).ok || !id || !storage) return;
    const read = await during(storage.loadMap(id, now()).catch(() => null));
    if (!read?.ok || mapId !== id || !readOnly()) return;
    read.value.ops.forEach(({ op }) => seen.add(op.id));
    showDocument(read.value.document);
  }

  /** Offers Take over once the tab writing the map read here has closed. */
  function watchWriter(id: string): void {
    stopWatching();
    stopWatching = watchUntilLeft(id, CLAIM_WAIT_MS, () => mapId === id && readOnly(), () => status({ writerGone: true }));
  }

  function becomeReader(): void {
    claim?.release();
    claim = null;
    clearTimer();
    editor.setHistory(createHistory(editor.history().limit));
    status({ readOnly: true, writerGone: false, status: 'saved' });
    if (mapId) watchWriter(mapId);
  }

  /** Makes `id` the open map (null: none, it is being deleted): as stored (`loaded`, its revision and log), or not stored yet. */
  function adopt(id: string | null, loaded: LoadedMap | null, mapName = loaded?.entry.name ?? null): void {
    clearTimer();
    stopWatching();
    mapId = id;
    name = mapName;
    revision = loaded?.entry.revision ?? 0;
    inLog = loaded !== null;
    opsSinceSnapshot = loaded?.ops.length ?? 0;
    seen = new Set(loaded?.ops.map(({ op }) => op.id));
  }

  function onOpened(state: MapState, previous: MapState): void {
    // The map being left gets its last snapshot, undo history and all, and is let go.
    if (worthSaving()) void snapshot(previous);
    claim?.release();
    const loaded = opening?.loaded ?? null;
    claim = opening?.claim ?? null;
    const fresh = opening === null && state.source !== null;
    opening = null;
    const id = loaded?.entry.id ?? newId();
    adopt(id, loaded);
    selectionChanged = false;
    unsaved = false;
    const reading = loaded !== null && claim === null;
    status({ mapId, savedCopy: null, readOnly: reading, writerGone: false, status: storage === null ? 'off' : loaded ? 'saved' : 'idle' });
    if (reading) watchWriter(id);
    // A new map is this tab's: no other tab knows its id.
    if (!loaded) void claimMap(id, 0).then((claimed) => (mapId === id ? (claim = claimed) : claimed?.release()));
    if (fresh) void during(checkForSavedCopy(state));
  }

  /** A thread opened afresh that the library holds is offered back; else it is saved at once. */
  async function checkForSavedCopy(state: MapState): Promise<void> {
    const document = documentOf(state, now(), GENERATOR);
    const key = document && threadKeyOf(document);
    const id = mapId;
    if (!storage || !key) return void snapshot();
    const check = { edited: false };
    checking = check;
    const library = await storage.listLibrary().catch(() => null);
    checking = null;
    if (mapId !== id) return;
    const copy = library?.entries.find((entry) => entry.threadKey === key && entry.id !== id);
    if (copy && !check.edited) status({ savedCopy: copy });
    else void snapshot();
  }

  const unsubscribeStream = editor.subscribe(logOperation);
  // Opening a map is not an operation; the selection is kept with the next save, never saved on its own.
  const unsubscribeStore = editor.store.subscribe((state, previous) => {
    if (state.documentKey !== previous.documentKey) onOpened(state, previous);
    else if (state.selectedId !== previous.selectedId) selectionChanged = true;
  });

  /** Tells the other tabs (and this one's lists) that the library changed; `newName`: map `id` was renamed. */
  function announce(id: string | null, newName?: string): void {
    if (newName && id === mapId) name = newName;
    broadcast({ kind: 'changed', mapId: id, tabId, ...(newName ? { name: newName } : {}) });
    bumpLibrary(editor.store);
  }

  /** Moves an unreadable saved map to the damaged list and tells the user and the other tabs. */
  async function setAsideMap(id: string, reason: string): Promise<void> {
    const damaged = await storage?.setAside(id, reason, now());
    if (damaged) status((save) => ({ setAside: [...save.setAside, damaged] }));
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
    opening = { loaded: read.value, claim: claimed };
    try {
      openDocument(editor, read.value.document, read.value.warnings);
    } finally {
      opening = null;
    }
    restoreUndo(read.value);
    if (!claimed) for (const op of crossed) void showChange(op);
    else void from.setLastOpen(id).catch(() => undefined);
    return true;
  }

  /** Reads the sample and opens it as a new map (stored at once with `saveNow`), unless another map was opened while it was read. */
  async function openSample(saveNow = false): Promise<void> {
    const openedBefore = editor.store.getState().documentKey;
    const sample = await options.readSample();
    // Nothing to open after all: the page stops saying a map is on its way.
    if (!sample && !stopped && editor.store.getState().save.status === 'starting') status({ status: storage === null ? 'off' : 'idle' });
    if (!sample || stopped || editor.store.getState().documentKey !== openedBefore) return;
    opening = { loaded: null, claim: null };
    openDocument(editor, sample.document, sample.warnings);
    if (saveNow) void snapshot();
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

    /** Takes on the map opened before this session began (a thread opened while it loaded), as if it had seen it open. */
    adoptOpenMap(): void {
      const state = editor.store.getState();
      onOpened(state, state);
    },

    /** Closing now would lose changes that could not be stored. */
    wouldLoseChanges: () => unsaved,

    /**
     * Writes a snapshot when the log is not empty or the selection moved (hidden, closing, letting
     * go); resolves when everything under way is written.
     */
    async flush(): Promise<void> {
      if (worthSaving()) void snapshot();
      await settled();
    },

    /** Keeps the freshly opened map beside the saved copy of its thread (saved as a map of its own). */
    keepFresh(): void {
      status({ savedCopy: null });
      void snapshot();
    },

    /** Opens the saved copy of the thread instead of the fresh one (which was never saved). */
    async openSavedCopy(): Promise<boolean> {
      const copy = editor.store.getState().save.savedCopy;
      status({ savedCopy: null });
      return copy ? openSaved(copy.id) : false;
    },

    /** Another tab said something: a change of the map read here, a request to let go, the library. */
    async onMessage(message: LibraryMessage): Promise<void> {
      if (message.tabId === tabId) return;
      if (message.kind === 'changed') {
        if (message.mapId === mapId && message.name) name = message.name;
        return bumpLibrary(editor.store);
      }
      if (message.kind === 'op' && message.mapId === crossing?.id) crossing.ops.push(message.op);
      if (message.mapId !== mapId) return;
      if (message.kind === 'release' && claim?.exclusive) {
        await this.flush();
        becomeReader();
      } else if (message.kind === 'op' && readOnly()) await showChange(message.op);
    },

    /** Asks the tab writing the open map to save and let go, and writes it here from then on. */
    async takeOver(): Promise<boolean> {
      const id = mapId;
      if (!storage || id === null || !readOnly()) return false;
      broadcast({ kind: 'release', mapId: id, tabId });
      const claimed = await claimMap(id, TAKE_OVER_WAIT_MS);
      const read = claimed && mapId === id ? await storage.loadMap(id, now()).catch(() => null) : null;
      if (!read?.ok || mapId !== id) {
        claimed?.release();
        if (mapId === id) report('The other tab did not let go of this map. Try again, or open a copy.');
        return false;
      }
      adopt(id, read.value);
      claim = claimed;
      showDocument(read.value.document);
      restoreUndo(read.value);
      status({ readOnly: false, writerGone: false, status: 'saved' });
      void storage.setLastOpen(id).catch(() => undefined);
      return true;
    },

    /** Saves the open map under a new id and a new name, as this tab's to write. */
    async openCopy(): Promise<void> {
      const names = (await storage?.listLibrary().catch(() => null))?.entries.map((entry) => entry.name) ?? [];
      const document = documentOf(editor.store.getState(), now(), GENERATOR);
      if (!document) return;
      claim?.release();
      const id = newId();
      adopt(id, null, copyName(name ?? defaultMapName(document), names));
      claim = await claimMap(id, 0);
      status({ readOnly: false, writerGone: false, mapId });
      await snapshot();
    },

    /** Forgets the open map's unsaved changes (it is being deleted). */
    discardChanges(): void {
      adopt(null, null);
      selectionChanged = false;
    },

    stop(): void {
      stopped = true;
      clearTimer();
      claim?.release();
      stopWatching();
      unsubscribeStream();
      unsubscribeStore();
    },
  };
}

export type AutosaveSession = ReturnType<typeof createAutosaveSession>;
export type { LibraryMessage, SampleDocument };
