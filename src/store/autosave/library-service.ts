import {
  decidePending,
  decideSave,
  defaultMapName,
  readEntry,
  sortEntries,
  summarizeDocument,
  copyName,
  type DamagedEntry,
  type LibraryEntry,
} from '../../core/document/library';
import { readSavedHistory, type SavedHistory } from '../../core/document/saved-history';
import type { ThreadmapDocument } from '../../core/document/types';
import type { Result } from '../../core/result';
import type { MapStorage, StorageTransaction, Write } from './storage';

/** The saved-maps library over any MapStorage: read, save with revision checks, set aside. */

/**
 * The checks a saved map goes through (zod schema, migrations) are a large part of the app's code
 * and only needed once a saved map is read, so they load then rather than with the page. Always
 * awaited before a transaction starts: waiting for a module inside one would let IndexedDB commit it.
 */
const loadSavedMapReader = () => import('./saved-map-reader');

export interface SavedMap {
  entry: LibraryEntry;
  document: ThreadmapDocument;
  history: SavedHistory | null;
  /** Repairs made while opening it, and a note when its undo history could not be read. */
  warnings: string[];
}

export interface SaveRequest {
  id: string;
  /** The revision the open map is based on: 0 for a map never saved. */
  baseRevision: number;
  /** Used when the map is saved for the first time; a saved map keeps its stored name. */
  name: string | null;
  document: ThreadmapDocument;
  history: SavedHistory | null;
  tabId: string;
  savedAt: string;
}

export type SaveOutcome = { kind: 'saved'; entry: LibraryEntry } | { kind: 'conflict'; theirs: LibraryEntry };

/** Changes a closing page wrote without checking the revision, settled at the next start. */
export interface PendingRecord {
  mapId: string;
  tabId: string;
  baseRevision: number;
  name: string | null;
  document: unknown;
  history: SavedHistory | null;
  savedAt: string;
}

export interface DamagedRecord extends DamagedEntry {
  /** The stored value as found, so it can still be downloaded and looked at. */
  value: unknown;
}

export const LAST_OPEN_KEY = 'lastOpen';
const MAP_STORES = ['entries', 'maps', 'history', 'meta'] as const;
const pendingKey = (tabId: string, mapId: string) => `${tabId}|${mapId}`;

async function storedEntry(tx: StorageTransaction, id: string): Promise<LibraryEntry | null> {
  const read = readEntry(await tx.get('entries', id), id);
  return read.ok ? read.value : null;
}

function writeMap(tx: StorageTransaction, entry: LibraryEntry, document: ThreadmapDocument, history: SavedHistory | null): void {
  tx.put('maps', entry.id, document);
  if (history) tx.put('history', entry.id, history);
  else tx.delete('history', entry.id);
  tx.put('entries', entry.id, entry);
  tx.put('meta', LAST_OPEN_KEY, entry.id);
}

/**
 * Saves the open map unless another tab saved it since this one read it: the check and the
 * write happen in one transaction, so two tabs cannot both pass the check.
 */
export function saveMap(storage: MapStorage, request: SaveRequest): Promise<SaveOutcome> {
  return storage.transact(MAP_STORES, async (tx) => {
    const stored = await storedEntry(tx, request.id);
    const decision = decideSave(stored, request.baseRevision);
    if (decision.kind === 'conflict') return { kind: 'conflict', theirs: decision.theirs };
    const name = stored?.name ?? request.name ?? defaultMapName(request.document);
    const entry = { ...summarizeDocument(request.document, { id: request.id, name, revision: decision.revision, savedAt: request.savedAt }), savedBy: request.tabId };
    writeMap(tx, entry, request.document, request.history);
    return { kind: 'saved', entry };
  });
}

/**
 * The writes a closing page issues at once: its changes, kept apart until the next start. They
 * touch no store a save uses, so a save still under way cannot hold them up while the page goes.
 */
export function pendingWrites(request: SaveRequest): Write[] {
  const record: PendingRecord = {
    mapId: request.id,
    tabId: request.tabId,
    baseRevision: request.baseRevision,
    name: request.name,
    document: request.document,
    history: request.history,
    savedAt: request.savedAt,
  };
  return [{ store: 'pending', key: pendingKey(request.tabId, request.id), value: record }];
}

/** Forgets what a page wrote while closing, once it lived on (back from the cache) and saved again. */
export function clearPending(storage: MapStorage, tabId: string, mapId: string): Promise<void> {
  return storage.transact(['pending'], async (tx) => tx.delete('pending', pendingKey(tabId, mapId)));
}

export interface SettledPending {
  /** Maps whose closing changes became their next revision. */
  promoted: string[];
  /** Closing changes that met a newer save from another tab, kept as copies beside it. */
  copies: LibraryEntry[];
  /** Closing changes that could not be read at all (reasons). */
  dropped: string[];
}

function isPending(value: unknown): value is PendingRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.mapId === 'string' && typeof record.tabId === 'string' && typeof record.baseRevision === 'number' && typeof record.savedAt === 'string';
}

/**
 * Settles what closing pages left: each becomes its map's next revision when nobody saved the
 * map since (or only its own tab did, a save still under way as the page closed), else a copy.
 */
export async function settlePending(storage: MapStorage, newId: () => string): Promise<SettledPending> {
  const settled: SettledPending = { promoted: [], copies: [], dropped: [] };
  const names = new Set((await storage.list('entries')).map(([, raw]) => (raw as { name?: unknown } | null)?.name).filter((name): name is string => typeof name === 'string'));
  const pending = await storage.list('pending');
  if (pending.length === 0) return settled;
  const { readSavedMap } = await loadSavedMapReader();
  for (const [key] of pending) {
    await storage.transact([...MAP_STORES, 'pending'], async (tx) => {
      const raw = await tx.get('pending', key);
      tx.delete('pending', key);
      const opened = isPending(raw) ? readSavedMap(raw.document) : null;
      if (!isPending(raw) || !opened?.ok) {
        settled.dropped.push(opened && !opened.ok ? opened.error.message : 'The changes were not in a readable shape.');
        return;
      }
      const stored = await storedEntry(tx, raw.mapId);
      const ownSave = stored?.savedBy === raw.tabId;
      const base = ownSave ? Math.max(stored.revision, raw.baseRevision) : raw.baseRevision;
      const name = stored?.name ?? raw.name ?? defaultMapName(opened.value);
      if (decidePending(stored, base) === 'promote') {
        const entry = summarizeDocument(opened.value, { id: raw.mapId, name, revision: base + 1, savedAt: raw.savedAt });
        writeMap(tx, { ...entry, savedBy: raw.tabId }, opened.value, raw.history);
        settled.promoted.push(raw.mapId);
      } else {
        const copy = summarizeDocument(opened.value, { id: newId(), name: copyName(name, names, 'unsaved changes'), revision: 1, savedAt: raw.savedAt });
        names.add(copy.name);
        writeMap(tx, copy, opened.value, raw.history);
        settled.copies.push(copy);
      }
    });
  }
  return settled;
}

/**
 * Reads one saved map through the same checks and migrations as a file. An index record that is
 * damaged while the document reads fine is rebuilt from the document.
 */
export async function readSaved(storage: MapStorage, id: string, now: string): Promise<Result<SavedMap, string>> {
  const { readSavedMap } = await loadSavedMapReader();
  return storage.transact(['entries', 'maps', 'history'], async (tx) => {
    const rawEntry = await tx.get('entries', id);
    const opened = readSavedMap(await tx.get('maps', id));
    if (!opened.ok) return { ok: false, error: opened.error.message };
    const rawHistory = await tx.get('history', id);
    const history = rawHistory === undefined ? null : readSavedHistory(rawHistory);
    const warnings = [...opened.warnings];
    if (rawHistory !== undefined && !history) warnings.push('The undo history saved with this map could not be read; undo starts afresh.');
    const read = readEntry(rawEntry, id);
    let entry: LibraryEntry;
    if (read.ok) entry = read.value;
    else {
      const record = (typeof rawEntry === 'object' && rawEntry !== null ? rawEntry : {}) as Record<string, unknown>;
      const name = typeof record.name === 'string' && record.name ? record.name : defaultMapName(opened.value);
      const revision = typeof record.revision === 'number' && Number.isInteger(record.revision) && record.revision > 0 ? record.revision : 1;
      entry = summarizeDocument(opened.value, { id, name, revision, savedAt: now });
      tx.put('entries', id, entry);
    }
    return { ok: true, value: { entry, document: opened.value, history, warnings }, warnings: [] };
  });
}

/**
 * Moves an unreadable map out of the library, raw value and all, into the damaged list; null
 * when there is nothing left under that id (another tab set it aside or deleted it first).
 */
export function setAside(storage: MapStorage, id: string, reason: string, foundAt: string): Promise<DamagedEntry | null> {
  return storage.transact(['entries', 'maps', 'history', 'damaged'], async (tx) => {
    const rawEntry = await tx.get('entries', id);
    const value = await tx.get('maps', id);
    if (rawEntry === undefined && value === undefined) return null;
    const rawName = (rawEntry as { name?: unknown } | null | undefined)?.name;
    const name = typeof rawName === 'string' && rawName ? rawName : `Saved map ${id.slice(0, 8)}`;
    const damaged: DamagedRecord = { id, name, reason, foundAt, value };
    tx.put('damaged', id, damaged);
    tx.delete('maps', id);
    tx.delete('entries', id);
    tx.delete('history', id);
    return { id, name, reason, foundAt };
  });
}

export interface LibraryScan {
  entries: LibraryEntry[];
  /** Maps whose index record or content is missing or malformed: read each to settle it. */
  suspects: { id: string; reason: string }[];
}

/** Lists the library from its index, without reading the documents themselves. */
export async function scanLibrary(storage: MapStorage): Promise<LibraryScan> {
  const [rawEntries, mapIds] = await Promise.all([storage.list('entries'), storage.keys('maps')]);
  const entries: LibraryEntry[] = [];
  const suspects: LibraryScan['suspects'] = [];
  const withMap = new Set(mapIds.map(String));
  const indexed = new Set<string>();
  for (const [key, raw] of rawEntries) {
    const id = String(key);
    indexed.add(id);
    const read = readEntry(raw, id);
    if (!withMap.has(id)) suspects.push({ id, reason: 'Its saved content is missing.' });
    else if (read.ok) entries.push(read.value);
    else suspects.push({ id, reason: `Its index record is damaged: ${read.error}.` });
  }
  for (const id of withMap) if (!indexed.has(id)) suspects.push({ id, reason: 'It had no index record.' });
  return { entries: sortEntries(entries), suspects };
}

/**
 * The library, with every suspect settled: rebuilt when its document reads, set aside (and
 * returned in `setAside`) when it does not.
 */
export async function loadLibrary(storage: MapStorage, now: string): Promise<{ entries: LibraryEntry[]; setAside: DamagedEntry[] }> {
  const scan = await scanLibrary(storage);
  const entries = [...scan.entries];
  const damaged: DamagedEntry[] = [];
  for (const suspect of scan.suspects) {
    const read = await readSaved(storage, suspect.id, now);
    if (read.ok) entries.push(read.value.entry);
    else {
      const setAsideEntry = await setAside(storage, suspect.id, read.error, now);
      if (setAsideEntry) damaged.push(setAsideEntry);
    }
  }
  return { entries: sortEntries(entries), setAside: damaged };
}

export function renameSaved(storage: MapStorage, id: string, name: string): Promise<boolean> {
  return storage.transact(['entries'], async (tx) => {
    const stored = await storedEntry(tx, id);
    if (!stored) return false;
    tx.put('entries', id, { ...stored, name });
    return true;
  });
}

export function deleteSaved(storage: MapStorage, id: string): Promise<void> {
  return storage.transact(['entries', 'maps', 'history', 'meta'], async (tx) => {
    tx.delete('entries', id);
    tx.delete('maps', id);
    tx.delete('history', id);
    if ((await tx.get('meta', LAST_OPEN_KEY)) === id) tx.delete('meta', LAST_OPEN_KEY);
  });
}

export async function listDamaged(storage: MapStorage): Promise<DamagedRecord[]> {
  const records = (await storage.list('damaged')).map(([, value]) => value as DamagedRecord);
  return records.filter((record) => typeof record === 'object' && record !== null).sort((a, b) => (a.foundAt < b.foundAt ? 1 : -1));
}

export function deleteDamaged(storage: MapStorage, id: string): Promise<void> {
  return storage.transact(['damaged'], async (tx) => tx.delete('damaged', id));
}

export async function readLastOpen(storage: MapStorage): Promise<string | null> {
  const value = await storage.read('meta', LAST_OPEN_KEY);
  return typeof value === 'string' ? value : null;
}

export function writeLastOpen(storage: MapStorage, id: string): Promise<void> {
  return storage.transact(['meta'], async (tx) => tx.put('meta', LAST_OPEN_KEY, id));
}

/** The newest saved map of the same thread (by threadKey), other than `exceptId`; null if none. */
export async function findSavedCopy(storage: MapStorage, threadKey: string, exceptId: string): Promise<LibraryEntry | null> {
  const { entries } = await scanLibrary(storage);
  return sortEntries(entries).find((entry) => entry.threadKey === threadKey && entry.id !== exceptId) ?? null;
}
