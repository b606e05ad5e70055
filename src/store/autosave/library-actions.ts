import { cleanMapName, type LibraryEntry } from '../../core/document/library';
import { showNotice } from '../actions';
import { useAutosaveStore } from './autosave-store';
import { currentSession } from './index';
import type { DamagedRecord, MapStorage } from './map-storage';
import { openNewest, settleLibrary } from './restore';

/** What the saved-maps dialog shows; null when nothing can be stored in this browser. */
export interface LibraryListing {
  entries: LibraryEntry[];
  damaged: DamagedRecord[];
}

/** Runs a library operation on the session's storage; null when nothing can be stored. */
async function withStorage<T>(work: (storage: MapStorage) => Promise<T>): Promise<T | null> {
  const storage = currentSession()?.storage;
  return storage ? work(storage) : null;
}

export async function listSavedMaps(): Promise<LibraryListing | null> {
  const session = currentSession();
  if (!session?.storage) return null;
  return { entries: await settleLibrary(session), damaged: await session.storage.listDamaged() };
}

/** Opens a saved map (the open one is saved first); false when it could not be read. */
export async function openSavedMap(id: string, name: string): Promise<boolean> {
  const session = currentSession();
  const opened = (await session?.openSaved(id)) ?? false;
  if (opened && session) showNotice(session.editor, `Opened the saved map “${name}”.`);
  return opened;
}

export async function renameSavedMap(id: string, name: string): Promise<boolean> {
  const session = currentSession();
  const cleaned = cleanMapName(name);
  if (!session || !cleaned) return false;
  const renamed = await withStorage((storage) => storage.rename(id, cleaned));
  if (renamed) {
    session.setName(id, cleaned);
    session.announce(id, cleaned);
  }
  return renamed === true;
}

/** Deletes a saved map; deleting the open one opens the newest other map (or the sample). */
export async function deleteSavedMap(id: string): Promise<void> {
  const session = currentSession();
  if (!session) return;
  const isOpen = session.mapId === id;
  if (isOpen) session.discardChanges();
  await withStorage((storage) => storage.remove(id));
  session.announce(id);
  if (isOpen) await openNewest(session, id);
}

export const newMapFromSample = () => void currentSession()?.openSample(true);

export async function deleteDamagedMap(id: string): Promise<void> {
  await withStorage((storage) => storage.deleteDamaged(id));
  currentSession()?.announce(null);
}

/** Of the thread just opened, the saved map is opened instead (the fresh one was never saved). */
export const openSavedCopy = () => currentSession()?.openSavedCopy();
/** Of the thread just opened, the fresh map is kept and saved beside the saved one. */
export const keepFreshCopy = () => currentSession()?.keepFresh();
/** This tab writes the map from now on; the tab that wrote it shows it read-only. */
export const takeOverMap = () => currentSession()?.takeOver();
/** The map read here is saved as a new map, written by this tab. */
export const openMapCopy = () => currentSession()?.openCopy();
export const dismissSetAside = () => useAutosaveStore.setState({ setAside: [] });
export const dismissReports = () => useAutosaveStore.setState({ reports: [] });
export const dismissProblem = () => useAutosaveStore.setState({ problem: null });
