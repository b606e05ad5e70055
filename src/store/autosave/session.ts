import { copyName, threadKeyOf, type LibraryEntry } from '../../core/document/library';
import type { SavedHistory } from '../../core/document/saved-history';
import type { ThreadmapDocument } from '../../core/document/types';
import { GENERATOR } from '../../core/version';
import { openDocument } from '../actions';
import { encodeSavedHistory, restoreSavedHistory } from '../editor/saved-undo';
import type { MapState } from '../map-store';
import { documentOf } from '../selectors';
import { bumpLibrary, useAutosaveStore } from './autosave-store';
import { clearPending, findSavedCopy, loadLibrary, pendingWrites, readSaved, saveMap, setAside, type SaveRequest } from './library-service';
import { createSaveTimer } from './save-timer';
import { randomId, type LibraryMessage, type OpenToken, type SampleDocument, type SessionOptions } from './session-options';
import { describeStorageError, type MapStorage } from './storage';

interface Snapshot {
  seq: number;
  request: Omit<SaveRequest, 'baseRevision'>;
}

const sameViewBesidesViewport = (view: MapState['view'], previous: MapState['view']): boolean =>
  view === previous || (view.layout === previous.layout && view.collapsed === previous.collapsed && Object.keys(view).every((key) => key === 'viewport' || view[key] === previous[key]));

/**
 * Keeps the open map saved: listens to the map store, saves at most a second behind a change,
 * checks revisions so two tabs never overwrite each other silently, and restores at start.
 */
export function createAutosaveSession(options: SessionOptions) {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? randomId;
  const broadcast = options.broadcast ?? (() => undefined);
  const tabId = newId();
  const status = useAutosaveStore.setState;
  const { editor } = options;

  let storage: MapStorage | null = null;
  let stopped = false;
  let mapId: string | null = null;
  let name: string | null = null;
  /** The revision this tab last read or wrote, per map. */
  const bases = new Map<string, number>();
  /** Maps whose changes this page wrote while closing; it may live on (back from the cache). */
  const exitWrites = new Set<string>();
  let seq = 0;
  let savedSeq = 0;
  let queuedSeq = 0;
  let selectionChanged = false;
  const timer = createSaveTimer(() => void flush());
  let token: OpenToken | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** The look-up for a saved copy of a thread just opened; saving waits for it. */
  let checking: Promise<void> | null = null;

  const isDirty = () => seq !== savedSeq;
  const conflict = () => useAutosaveStore.getState().conflict;
  const canSave = () => storage !== null && !stopped && conflict() === null;
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const clearTimer = timer.cancel;

  function snapshotOf(state: MapState, document: ThreadmapDocument, id: string, mapName: string | null): Snapshot {
    const history = encodeSavedHistory(editor.history(), state);
    return { seq, request: { id, name: mapName, document, history, tabId, savedAt: document.exportedAt } };
  }

  function takeSnapshot(): Snapshot | null {
    const state = editor.store.getState();
    const document = documentOf(state, now(), GENERATOR);
    if (!document || mapId === null) return null;
    selectionChanged = false;
    timer.taken();
    return snapshotOf(state, document, mapId, name);
  }

  async function write(snapshot: Snapshot): Promise<void> {
    if (!storage || stopped) return;
    const { id } = snapshot.request;
    const current = id === mapId;
    if (current && conflict()) return;
    if (current && !useAutosaveStore.getState().problem) status({ status: 'saving' });
    try {
      const outcome = await saveMap(storage, { ...snapshot.request, baseRevision: bases.get(id) ?? 0 });
      if (outcome.kind === 'conflict') {
        if (id === mapId) status({ conflict: { mapId: id, theirs: outcome.theirs }, status: 'off' });
        else await keepAsCopy(snapshot, outcome.theirs);
        return;
      }
      bases.set(id, outcome.entry.revision);
      if (exitWrites.delete(id)) await clearPending(storage, tabId, id).catch(() => undefined);
      broadcast({ kind: 'saved', mapId: id, revision: outcome.entry.revision, tabId });
      bumpLibrary();
      if (id !== mapId) return;
      savedSeq = Math.max(savedSeq, snapshot.seq);
      status({ problem: null, savedAt: outcome.entry.savedAt, status: isDirty() ? 'pending' : 'saved' });
      if (isDirty() && !timer.pending) schedule();
    } catch (error) {
      if (current || !useAutosaveStore.getState().problem) status({ problem: describeStorageError(error), status: 'off' });
    }
  }

  /** Changes to a map left behind (another was opened) that met a newer save: kept as a copy. */
  async function keepAsCopy(snapshot: Snapshot, theirs: LibraryEntry): Promise<void> {
    if (!storage) return;
    const copyId = newId();
    const names = (await storage.list('entries')).map(([, raw]) => String((raw as { name?: unknown } | null)?.name ?? ''));
    const copy = copyName(theirs.name, names);
    const outcome = await saveMap(storage, { ...snapshot.request, id: copyId, name: copy, baseRevision: 0 });
    if (outcome.kind === 'saved') {
      bases.set(copyId, outcome.entry.revision);
      report(`“${theirs.name}” was changed in another tab, so your last changes to it were saved as “${copy}”.`);
      bumpLibrary();
    }
  }

  const report = (message: string) => status((state) => ({ reports: [...state.reports, message] }));

  function flush(): Promise<void> {
    if (checking) return checking.then(flush);
    if (!canSave() || !isDirty()) return enqueue(async () => undefined);
    clearTimer();
    if (queuedSeq === seq) return enqueue(async () => undefined);
    const snapshot = takeSnapshot();
    if (!snapshot) return enqueue(async () => undefined);
    queuedSeq = snapshot.seq;
    return enqueue(() => write(snapshot));
  }

  function schedule(): void {
    if (!canSave()) return;
    timer.schedule();
  }

  function markChanged(): void {
    seq++;
    timer.changed();
    if (!canSave()) return;
    // After a failure the map stays marked as not saved until a save succeeds again.
    if (!useAutosaveStore.getState().problem) status({ status: 'pending' });
    schedule();
  }

  function onOpened(state: MapState, previous: MapState): void {
    // Unsaved changes of the map being replaced are saved first, history and all.
    if (canSave() && isDirty() && mapId !== null && queuedSeq !== seq) {
      const document = documentOf(previous, now(), GENERATOR);
      if (document) {
        const snapshot = snapshotOf(previous, document, mapId, name);
        void enqueue(() => write(snapshot));
      }
    }
    const fresh = token === null;
    const opened = token ?? { mapId: newId(), revision: 0, name: null, dirty: state.source !== null };
    token = null;
    clearTimer();
    mapId = opened.mapId;
    name = opened.name;
    if (opened.revision > 0) bases.set(opened.mapId, opened.revision);
    savedSeq = seq;
    queuedSeq = -1;
    timer.taken();
    selectionChanged = false;
    status({ mapId, conflict: null, savedCopy: null, status: storage === null ? 'off' : opened.revision > 0 ? 'saved' : 'idle' });
    if (opened.dirty && fresh) checkForSavedCopy(state);
    else if (opened.dirty) markChanged();
  }

  /** A thread opened afresh that the library holds is offered back, and saved once kept or changed. */
  function checkForSavedCopy(state: MapState): void {
    const document = documentOf(state, now(), GENERATOR);
    const key = document && threadKeyOf(document);
    const from = storage;
    const id = mapId;
    if (!key || !from || id === null) return markChanged();
    const check = enqueue(() => findSavedCopy(from, key, id))
      .catch(() => null)
      .then((copy) => {
        if (checking === check) checking = null;
        if (mapId !== id) return;
        if (copy) status({ savedCopy: copy });
        else markChanged();
      });
    checking = check;
  }

  const unsubscribe = editor.store.subscribe((state, previous) => {
    if (state.documentKey !== previous.documentKey) onOpened(state, previous);
    else if (state.nodes !== previous.nodes || state.links !== previous.links || state.annotations !== previous.annotations || !sameViewBesidesViewport(state.view, previous.view)) markChanged();
    // Like the selection, where the canvas looks is kept with the next save (or on leaving), never saved on its own.
    else if (state.selectedId !== previous.selectedId || state.view !== previous.view) selectionChanged = true;
  });

  /** Opens a document as the given library map (or a new one), then restores its undo history. */
  function openAs(opening: OpenToken, open: () => void, history: SavedHistory | null = null): void {
    token = opening;
    try {
      open();
    } finally {
      token = null;
    }
    if (!history) return;
    restoreSavedHistory(editor, history);
  }

  /** Reads the sample and opens it as `opening`, unless another map was opened while it was read. */
  async function openSampleAs(opening: OpenToken): Promise<void> {
    const openedBefore = editor.store.getState().documentKey;
    const sample = await options.readSample();
    if (!sample || stopped || editor.store.getState().documentKey !== openedBefore) return;
    openAs(opening, () => openDocument(editor, sample.document, sample.warnings));
  }

  /** Moves an unreadable saved map to the damaged list and tells the user and the other tabs. */
  async function setAsideMap(id: string, reason: string): Promise<void> {
    const from = storage;
    if (!from) return;
    const damaged = await enqueue(() => setAside(from, id, reason, now()));
    if (damaged) status((state) => ({ setAside: [...state.setAside, damaged] }));
    broadcast({ kind: 'changed', mapId: id, tabId });
    bumpLibrary();
  }

  /** Reads and opens a saved map; an unreadable one is set aside and reported. */
  async function openSaved(id: string): Promise<boolean> {
    if (!storage) return false;
    const from = storage;
    const read = await enqueue(() => readSaved(from, id, now()));
    if (stopped) return false;
    if (!read.ok) {
      await setAsideMap(id, read.error);
      return false;
    }
    const { entry, document, history, warnings } = read.value;
    openAs({ mapId: id, revision: entry.revision, name: entry.name, dirty: false }, () => openDocument(editor, document, warnings), history);
    void enqueue(() => from.transact(['meta'], async (tx) => tx.put('meta', 'lastOpen', id)));
    return true;
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
    flush,
    openSaved,
    openAs,
    report,

    get stopped() {
      return stopped;
    },
    now,
    newId,

    /** Closing now would lose changes that cannot be saved (a conflict, no storage); others flushOnExit writes. */
    wouldLoseChanges(): boolean {
      return isDirty() && !canSave();
    },

    /** Keeps the freshly opened map beside the saved copy of its thread (saved as a map of its own). */
    keepFresh(): void {
      if (!useAutosaveStore.getState().savedCopy) return;
      status({ savedCopy: null });
      markChanged();
    },

    /** Opens the saved copy of the thread instead of the fresh one (which was never saved). */
    async openSavedCopy(): Promise<boolean> {
      const copy = useAutosaveStore.getState().savedCopy;
      if (!copy) return false;
      status({ savedCopy: null });
      return openSaved(copy.id);
    },

    /** Takes the storage opened at start; null when the browser offers none (nothing is saved). */
    attach(opened: MapStorage | null): void {
      storage = opened;
    },

    /** Opens the sample as a map not yet in the library (saved at its first change). */
    openSample(): Promise<void> {
      return openSampleAs({ mapId: newId(), revision: 0, name: null, dirty: false });
    },

    setAsideMap,

    /** The page is going away: issue the unsaved changes at once, without a read (see pendingWrites). */
    flushOnExit(): void {
      if (!storage || !canSave() || (!isDirty() && !selectionChanged)) return;
      const snapshot = takeSnapshot();
      if (!snapshot) return;
      storage.writeNow(pendingWrites({ ...snapshot.request, baseRevision: bases.get(snapshot.request.id) ?? 0 }));
      exitWrites.add(snapshot.request.id);
    },

    /** The page is hidden (tab switch, minimised): save now, selection included. */
    flushOnHide(): Promise<void> {
      if (selectionChanged && !isDirty() && mapId !== null && bases.has(mapId)) seq++;
      return flush();
    },

    /** Another tab said something: a newer save of the open map is a conflict to show at once. */
    async onMessage(message: LibraryMessage): Promise<void> {
      if (message.tabId === tabId) return;
      bumpLibrary();
      if (message.kind === 'saved' && message.mapId === mapId && message.revision > (bases.get(message.mapId) ?? 0)) await this.checkForNewer();
    },

    /** Compares the stored revision of the open map with this tab's (after this tab's own saves). */
    checkForNewer(): Promise<void> {
      return enqueue(async () => {
        if (!storage || mapId === null || conflict()) return;
        const id = mapId;
        const raw = await storage.read('entries', id);
        const revision = typeof (raw as { revision?: unknown } | undefined)?.revision === 'number' ? (raw as LibraryEntry).revision : 0;
        if (id === mapId && bases.has(id) && revision > (bases.get(id) ?? 0)) {
          clearTimer();
          status({ conflict: { mapId: id, theirs: raw as LibraryEntry }, status: 'off' });
        }
      });
    },

    /** Leaves the conflict by saving this tab's map under a new id, beside the other version. */
    async keepMineAsCopy(): Promise<void> {
      const current = conflict();
      if (!current || !storage) return;
      const names = (await storage.list('entries')).map(([, raw]) => String((raw as { name?: unknown } | null)?.name ?? ''));
      mapId = newId();
      name = copyName(current.theirs.name, names);
      status({ conflict: null, mapId });
      markChanged();
      await flush();
    },

    /** Leaves the conflict by opening the version the other tab saved. */
    async loadOtherVersion(): Promise<void> {
      const current = conflict();
      if (!current) return;
      clearTimer();
      savedSeq = seq;
      status({ conflict: null });
      await openSaved(current.mapId);
    },

    /** Forgets the open map's unsaved changes (it is being deleted). */
    discardChanges(): void {
      clearTimer();
      savedSeq = seq;
      queuedSeq = seq;
    },

    setName(id: string, newName: string): void {
      if (id === mapId) name = newName;
    },

    /** Runs a library operation after this tab's pending saves; null when nothing can be stored. */
    async withStorage<T>(work: (storage: MapStorage) => Promise<T>): Promise<T | null> {
      const from = storage;
      if (!from || stopped) return null;
      return enqueue(() => work(from));
    },

    /** Tells the other tabs that the library changed. */
    announce(id: string | null): void {
      broadcast({ kind: 'changed', mapId: id, tabId });
      bumpLibrary();
    },

    /** Opens the sample as a new map of the library. */
    newFromSample(): Promise<void> {
      return openSampleAs({ mapId: newId(), revision: 0, name: null, dirty: true });
    },

    /** Opens the newest saved map other than `except`, or the sample when there is none. */
    async openNewest(except: string | null): Promise<void> {
      const from = storage;
      const entries = from ? await enqueue(() => loadLibrary(from, now())).catch(() => null) : null;
      for (const entry of entries?.entries ?? []) if (entry.id !== except && (await openSaved(entry.id))) return;
      await this.openSample();
    },

    stop(): void {
      stopped = true;
      clearTimer();
      unsubscribe();
    },
  };
}

export type AutosaveSession = ReturnType<typeof createAutosaveSession>;
export { randomId, type LibraryMessage, type SampleDocument, type SessionOptions };
