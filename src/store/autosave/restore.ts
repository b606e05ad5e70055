import { orderRestoreCandidates, sortEntries, type LibraryEntry } from '../../core/document/library';
import { setSave } from './save-slice';
import { canLockMaps } from './map-lock';
import type { MapStorage } from './map-storage';
import type { AutosaveSession } from './session';
import { describeStorageError } from './storage';

/**
 * Starts a session: opens storage, lists the library from its metadata, and restores the map
 * open last (the next readable one if it is damaged), or opens the sample when nothing is saved.
 */
export async function startSession(session: AutosaveSession, opening: Promise<MapStorage>, openedBefore = session.editor.store.getState().documentKey): Promise<void> {
  const storage = await opening.catch((error: unknown) => {
    setSave(session.editor.store, { problem: describeStorageError(error, true), status: 'off' });
    return null;
  });
  if (session.stopped) return;
  session.attach(storage);
  let ids: string[] = [];
  if (storage) {
    if (!canLockMaps()) session.report('This browser cannot keep a map to one tab: open each map in one tab only, or the tabs save over each other.');
    try {
      ids = orderRestoreCandidates(await settleLibrary(session), await storage.lastOpen());
    } catch (error) {
      setSave(session.editor.store, { problem: describeStorageError(error), status: 'off' });
    }
  }
  // Something was opened meanwhile (a file dropped in early): that stays.
  if (session.stopped || session.editor.store.getState().documentKey !== openedBefore) return;
  await openFirst(session, ids);
}

/** Opens the first of the saved maps `ids` that reads, or the sample when none does. */
export async function openFirst(session: AutosaveSession, ids: string[]): Promise<void> {
  for (const id of ids) if ((await session.openSaved(id)) || session.stopped) return;
  await session.openSample();
}

/** The library from metadata, with each suspect entry settled: rebuilt when its map reads, set aside when not. */
export async function settleLibrary(session: AutosaveSession): Promise<LibraryEntry[]> {
  const storage = session.storage;
  if (!storage) return [];
  const { entries, suspects } = await storage.listLibrary();
  for (const suspect of suspects) {
    const read = await storage.loadMap(suspect.id, session.now());
    if (read.ok) entries.push(read.value.entry);
    else await session.setAsideMap(suspect.id, `${suspect.reason} ${read.error}`);
  }
  return sortEntries(entries);
}
