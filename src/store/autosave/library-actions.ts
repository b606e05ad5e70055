import { cleanMapName, type LibraryEntry } from '../../core/document/library';
import { showNotice } from '../actions';
import { useAutosaveStore } from './autosave-store';
import { currentSession } from './index';
import { deleteDamaged, deleteSaved, listDamaged, loadLibrary, renameSaved, type DamagedRecord } from './library-service';

/** What the saved-maps dialog shows; null when nothing can be stored in this browser. */
export interface LibraryListing {
  entries: LibraryEntry[];
  damaged: DamagedRecord[];
}

export async function listSavedMaps(): Promise<LibraryListing | null> {
  const session = currentSession();
  if (!session) return null;
  return session.withStorage(async (storage) => {
    const now = new Date().toISOString();
    const library = await loadLibrary(storage, now);
    if (library.setAside.length) useAutosaveStore.setState((state) => ({ setAside: [...state.setAside, ...library.setAside] }));
    return { entries: library.entries, damaged: await listDamaged(storage) };
  });
}

/** Opens a saved map (the open one is saved first); false when it could not be read. */
export async function openSavedMap(id: string, name: string): Promise<boolean> {
  const session = currentSession();
  if (!session) return false;
  await session.flush();
  const opened = await session.openSaved(id);
  if (opened) showNotice(session.editor, `Opened the saved map “${name}”.`);
  return opened;
}

export async function renameSavedMap(id: string, name: string): Promise<boolean> {
  const session = currentSession();
  const cleaned = cleanMapName(name);
  if (!session || !cleaned) return false;
  const renamed = await session.withStorage((storage) => renameSaved(storage, id, cleaned));
  if (renamed) {
    session.setName(id, cleaned);
    session.announce(id);
  }
  return renamed === true;
}

/** Deletes a saved map; deleting the open one opens the newest other map (or the sample). */
export async function deleteSavedMap(id: string): Promise<void> {
  const session = currentSession();
  if (!session) return;
  const isOpen = session.mapId === id;
  if (isOpen) session.discardChanges();
  await session.withStorage((storage) => deleteSaved(storage, id));
  session.announce(id);
  if (isOpen) await session.openNewest(id);
}

export function newMapFromSample(): void {
  void currentSession()?.newFromSample();
}

export async function deleteDamagedMap(id: string): Promise<void> {
  const session = currentSession();
  if (!session) return;
  await session.withStorage((storage) => deleteDamaged(storage, id));
  session.announce(null);
}

/** Of the thread just opened, the saved map is opened instead (the fresh one was never saved). */
export const openSavedCopy = () => currentSession()?.openSavedCopy();
/** Of the thread just opened, the fresh map is kept and saved beside the saved one. */
export const keepFreshCopy = () => currentSession()?.keepFresh();
export const keepMineAsCopy = () => currentSession()?.keepMineAsCopy();
export const loadOtherVersion = () => currentSession()?.loadOtherVersion();
export const dismissSetAside = () => useAutosaveStore.setState({ setAside: [] });
export const dismissReports = () => useAutosaveStore.setState({ reports: [] });
export const dismissProblem = () => useAutosaveStore.setState({ problem: null });
