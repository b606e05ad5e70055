import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { defaultMapName, readEntry, sortEntries, summarizeDocument, type DamagedEntry, type LibraryEntry } from '../../core/document/library';
import type { ThreadmapDocument } from '../../core/document/types';
import type { LoggedOperation, LoggedStep, Operation, SavedHistory } from '../../core/operations';
import type { StoredLogRecord } from '../../core/operations/operation-log';
import { fail, ok, type Result } from '../../core/result';

/** The app's own database. */
export const DATABASE_NAME = 'threadmap';
/**
 * 1: revisions and a store of closing pages' changes; 2: snapshot + operation log per map;
 * 3: undo histories saved as the editor's `{ op, inverse }` steps; 4: the log keeps with each
 * operation what it did to the undo history (a version-3 record, a bare operation, reads as a step).
 */
const DATABASE_VERSION = 4;
const LAST_OPEN = 'lastOpen';
type StoreName = StoreNames<MapDatabase>;

/** Stored values are read back through checks (readEntry, readSavedMap), so they are `unknown` here. */
interface MapDatabase extends DBSchema {
  /** The library's metadata of each map (LibraryEntry): all that is read at start. */
  entries: { key: string; value: unknown };
  /** Each map's snapshot: a threadmap document. */
  maps: { key: string; value: unknown };
  /** The undo history as of the snapshot. */
  history: { key: string; value: unknown };
  /** Operations since the snapshot, keyed [map id, position]: `{ op, step }` (a bare operation before version 4). */
  ops: { key: [string, number]; value: unknown };
  /** Maps that could not be read, set aside with their raw value. */
  damaged: { key: string; value: DamagedRecord };
  meta: { key: string; value: unknown };
}

export interface DamagedRecord extends DamagedEntry {
  /** The stored value as found, so it can still be downloaded and looked at. */
  value: unknown;
}

/** A saved map as loaded: its snapshot, the operations since, and the map they make together. */
export interface LoadedMap {
  entry: LibraryEntry;
  snapshot: ThreadmapDocument;
  /** The operations logged since the snapshot, each with its inverse and what it did to the undo history. */
  ops: LoggedOperation[];
  document: ThreadmapDocument;
  /** The undo history as of the snapshot. */
  history: SavedHistory | null;
  /** Repairs made while opening it, and what could not be read. */
  warnings: string[];
}

export interface SnapshotFields {
  name: string;
  /** Counts the snapshots written; the library shows nothing of it. */
  revision: number;
  history: SavedHistory | null;
  savedAt: string;
  /** Marks the map as the one open last (a map new to the library). */
  lastOpen: boolean;
}

/** An operation as the log keeps it, with what it did to the undo history. */
export interface LogRecord {
  op: Operation;
  step: LoggedStep;
}

/** A log record as stored; version 3 stored the bare operation, a step of undo. */
const recordOf = (raw: unknown): StoredLogRecord => (typeof raw === 'object' && raw !== null && 'op' in raw && 'step' in raw ? (raw as StoredLogRecord) : { op: raw, step: 'do' });

/** The map's operations in key order: from [id, 0] to [id, +∞]. */
const opsOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/** The name in a stored index record, read even when the record is damaged; `fallback` when it has none. */
function storedName(rawEntry: unknown, fallback: string): string {
  const name = (rawEntry as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' && name ? name : fallback;
}

/**
 * The checks a saved map goes through (zod schema, migrations) are a large part of the app's code
 * and only needed once a saved map is read, so they load then rather than with the page.
 */
const loadReader = () => import('./saved-map-reader');

async function upgrade(db: IDBPDatabase<MapDatabase>, oldVersion: number, tx: IDBPTransaction<MapDatabase, StoreName[], 'versionchange'>): Promise<void> {
  for (const name of ['entries', 'maps', 'history', 'ops', 'damaged', 'meta'] as const) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  if (oldVersion === 1 && db.objectStoreNames.contains('pending' as StoreName)) await settlePending(db, tx);
  // Versions 1 and 2 saved undo histories as states of the nodes, links and main annotations only,
  // which undid a change to coders' layers wrongly: those histories go (the maps stay as they are).
  if (oldVersion === 1 || oldVersion === 2) await tx.objectStore('history').clear();
}

async function settlePending(db: IDBPDatabase<MapDatabase>, tx: IDBPTransaction<MapDatabase, StoreName[], 'versionchange'>): Promise<void> {
  // Version 1 kept a closing page's last changes apart, to settle at the next start: they become
  // their map's snapshot unless another tab saved the map after the page read it.
  const legacy = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  for (const record of (await legacy.objectStore('pending').getAll()) as PendingRecord[]) {
    if (typeof record?.mapId !== 'string' || !Array.isArray(record.document?.nodes) || typeof record.document.source !== 'object') continue;
    const stored = readEntry(await tx.objectStore('entries').get(record.mapId), record.mapId);
    if (stored.ok && stored.value.revision > record.baseRevision && stored.value.savedBy !== record.tabId) continue;
    const name = stored.ok ? stored.value.name : (record.name ?? defaultMapName(record.document));
    const entry = summarizeDocument(record.document, { id: record.mapId, name, revision: Math.max(record.baseRevision, stored.ok ? stored.value.revision : 0) + 1, savedAt: record.savedAt });
    await Promise.all([tx.objectStore('maps').put(record.document, record.mapId), tx.objectStore('entries').put(entry, record.mapId)]);
  }
  db.deleteObjectStore('pending' as StoreName);
}

/** What a version-1 page wrote as it closed. */
interface PendingRecord {
  mapId: string;
  tabId: string;
  baseRevision: number;
  name: string | null;
  document: ThreadmapDocument;
  savedAt: string;
}

/**
 * Opens the `threadmap` database (creating or upgrading it). `blocked`: a tab with an older
 * version of the app holds it open and will not let go; that reads as storage being unavailable.
 */
export async function openMapStorage(name = DATABASE_NAME) {
  const open = () =>
    new Promise<IDBPDatabase<MapDatabase>>((resolve, reject) => {
      openDB<MapDatabase>(name, DATABASE_VERSION, {
        // A failed settling of old records still leaves a working database.
        upgrade: (opened, oldVersion, _newVersion, tx) => upgrade(opened, oldVersion, tx).catch(() => undefined),
        blocked: () => reject(new DOMException('Threadmap is open in another tab with an older version; close that tab.', 'BlockedError')),
        // A newer version of the app in another tab needs the database: step aside and open again
        // (which fails once it is upgraded: saving then says it does not work in this tab).
        blocking: reopen,
        terminated: reopen,
      }).then(resolve, reject);
    });
  let db = await open();
  function reopen(): void {
    db.close();
    open().then((opened) => (db = opened), () => undefined);
  }
  /** Where the next operation of each map goes; known once the map was loaded or snapshotted here. */
  const nextOp = new Map<string, number>();

  return {
    /** The library from metadata alone; entries that are damaged or lack a snapshot are `suspects`. */
    async listLibrary(): Promise<{ entries: LibraryEntry[]; suspects: { id: string; reason: string }[] }> {
      const tx = db.transaction(['entries', 'maps']);
      const [keys, values, mapIds] = await Promise.all([tx.objectStore('entries').getAllKeys(), tx.objectStore('entries').getAll(), tx.objectStore('maps').getAllKeys()]);
      const withMap = new Set(mapIds);
      const entries: LibraryEntry[] = [];
      const suspects: { id: string; reason: string }[] = [];
      keys.forEach((id, index) => {
        const read = readEntry(values[index], id);
        if (!withMap.delete(id)) suspects.push({ id, reason: 'Its saved content is missing.' });
        else if (read.ok) entries.push(read.value);
        else suspects.push({ id, reason: `Its index record is damaged: ${read.error}.` });
      });
      for (const id of withMap) suspects.push({ id, reason: 'It had no index record.' });
      return { entries: sortEntries(entries), suspects };
    },

    /**
     * Reads a map: its snapshot through the same checks and migrations as a file, then its
     * operations replayed on it. A damaged index record is rebuilt from the snapshot; operations
     * that cannot be read or replayed are left out with a warning, the ones before them kept.
     */
    async loadMap(id: string, now: string): Promise<Result<LoadedMap, string>> {
      const { readSavedMap, parseSavedHistory, replayLog } = await loadReader();
      const tx = db.transaction(['entries', 'maps', 'history', 'ops']);
      const [rawEntry, rawMap, rawHistory, rawOps, opKeys] = await Promise.all([
        tx.objectStore('entries').get(id),
        tx.objectStore('maps').get(id),
        tx.objectStore('history').get(id),
        tx.objectStore('ops').getAll(opsOf(id)),
        tx.objectStore('ops').getAllKeys(opsOf(id)),
      ]);
      const opened = readSavedMap(rawMap);
      if (!opened.ok) return fail(opened.error.message);
      const warnings = [...opened.warnings];
      const history = rawHistory === undefined ? null : parseSavedHistory(rawHistory);
      if (rawHistory !== undefined && !history) warnings.push('The undo history saved with this map could not be read; undo starts afresh.');
      const { document, ops, stopped } = replayLog(opened.value, rawOps.map(recordOf));
      if (stopped) warnings.push(`The last ${rawOps.length - ops.length} changes saved to this map could not be read and were left out (${stopped}).`);
      nextOp.set(id, (opKeys.at(-1)?.[1] ?? -1) + 1);
      const read = readEntry(rawEntry, id);
      const entry = read.ok ? read.value : summarizeDocument(document, { id, name: storedName(rawEntry, defaultMapName(document)), revision: 1, savedAt: now });
      if (!read.ok) await db.put('entries', entry, id);
      return ok({ entry, snapshot: opened.value, ops, document, history, warnings }, []);
    },

    /**
     * Writes a new snapshot of a map with its metadata, and drops the operations it takes in. Issued at once without reading, so it also works while the page closes.
     */
    saveSnapshot(id: string, document: ThreadmapDocument, fields: SnapshotFields): Promise<LibraryEntry> {
      const entry = summarizeDocument(document, { id, name: fields.name, revision: fields.revision, savedAt: fields.savedAt });
      // Positions keep counting up, so operations appended after this call survive it, and a
      // failed snapshot leaves the log whole.
      const upTo = nextOp.get(id) ?? 0;
      nextOp.set(id, upTo);
      return write(
        () => db.transaction(['entries', 'maps', 'history', 'ops', 'meta'], 'readwrite'),
        (tx, issue) => {
          issue(tx.objectStore('maps').put(document, id));
          issue(fields.history ? tx.objectStore('history').put(fields.history, id) : tx.objectStore('history').delete(id));
          if (upTo > 0) issue(tx.objectStore('ops').delete(IDBKeyRange.bound([id, 0], [id, upTo], false, true)));
          issue(tx.objectStore('entries').put(entry, id));
          if (fields.lastOpen) issue(tx.objectStore('meta').put(id, LAST_OPEN));
        },
      ).then(() => entry);
    },

    /** Appends operations to a map loaded or snapshotted here; issued at once, without reading. */
    appendOperations(id: string, ops: readonly LogRecord[]): Promise<void> {
      const first = nextOp.get(id);
      if (first === undefined) return Promise.reject(new Error(`The map ${id} has no snapshot here to append to.`));
      nextOp.set(id, first + ops.length);
      return write(
        () => db.transaction('ops', 'readwrite'),
        (tx, issue) => ops.forEach((op, index) => issue(tx.store.put(op, [id, first + index]))),
      );
    },

    /** Moves an unreadable map, raw values and all, to the damaged list; null when it is gone already. */
    async setAside(id: string, reason: string, foundAt: string): Promise<DamagedEntry | null> {
      const tx = db.transaction(['entries', 'maps', 'history', 'ops', 'damaged'], 'readwrite');
      const [rawEntry, value] = await Promise.all([tx.objectStore('entries').get(id), tx.objectStore('maps').get(id)]);
      if (rawEntry === undefined && value === undefined) return null;
      const damaged = { id, name: storedName(rawEntry, `Saved map ${id.slice(0, 8)}`), reason, foundAt };
      await Promise.all([
        tx.objectStore('damaged').put({ ...damaged, value }, id),
        ...(['entries', 'maps', 'history'] as const).map((store) => tx.objectStore(store).delete(id)),
        tx.objectStore('ops').delete(opsOf(id)),
        tx.done,
      ]);
      return damaged;
    },

    async rename(id: string, name: string): Promise<boolean> {
      const tx = db.transaction('entries', 'readwrite');
      const read = readEntry(await tx.store.get(id), id);
      if (read.ok) await tx.store.put({ ...read.value, name }, id);
      await tx.done;
      return read.ok;
    },

    async remove(id: string): Promise<void> {
      const tx = db.transaction(['entries', 'maps', 'history', 'ops', 'meta'], 'readwrite');
      const lastOpen = await tx.objectStore('meta').get(LAST_OPEN);
      await Promise.all([
        ...(['entries', 'maps', 'history'] as const).map((store) => tx.objectStore(store).delete(id)),
        tx.objectStore('ops').delete(opsOf(id)),
        ...(lastOpen === id ? [tx.objectStore('meta').delete(LAST_OPEN)] : []),
        tx.done,
      ]);
    },

    async listDamaged(): Promise<DamagedRecord[]> {
      const records = await db.getAll('damaged');
      return records.filter((record) => typeof record === 'object' && record !== null).sort((a, b) => (a.foundAt < b.foundAt ? 1 : -1));
    },

    deleteDamaged: (id: string): Promise<void> => db.delete('damaged', id),

    async lastOpen(): Promise<string | null> {
      const value = await db.get('meta', LAST_OPEN);
      return typeof value === 'string' ? value : null;
    },

    setLastOpen: (id: string): Promise<string> => db.put('meta', id, LAST_OPEN),

    close: () => db.close(),
  };
}

export type MapStorage = Awaited<ReturnType<typeof openMapStorage>>;

interface WriteTransaction {
  done: Promise<void>;
  abort(): void;
  commit(): void;
}

/**
 * Issues a write transaction and waits for it. A request that fails (some browsers throw at once
 * when the storage is full) aborts it, so nothing of it is kept, and its failure is thrown.
 */
async function write<T extends WriteTransaction>(open: () => T, requests: (tx: T, issue: (request: Promise<unknown>) => void) => void): Promise<void> {
  const tx = open();
  const issued: Promise<unknown>[] = [tx.done];
  try {
    requests(tx, (request) => issued.push(request));
    // Sent to the database now: a page that is closing does not get back to commit it later.
    tx.commit();
    await Promise.all(issued);
  } catch (error) {
    for (const request of issued) request.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    throw error;
  }
}
