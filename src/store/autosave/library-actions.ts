import { cleanMapName, type LibraryEntry } from '../../core/document/library';
import { showNotice } from '../actions';
import type { EditorCore } from '../editor/create-editor';
import type { DamagedRecord, MapStorage } from './map-storage';
import { openNewest, settleLibrary } from './restore';
import { setSave } from './save-slice';
import type { AutosaveSession } from './session';

/** The running session of a map, as `useAutosave()?.session()` gives it; none: nothing is saved. */
type Session = AutosaveSession | null | undefined;

/** What the saved-maps dialog shows; null when nothing can be stored in this browser. */
export interface LibraryListing {
  entries: LibraryEntry[];
  damaged: DamagedRecord[];
}

/** Runs a library operation on the session's storage; null when nothing can be stored. */
async function withStorage<T>(session: Session, work: (storage: MapStorage) => Promise<T>): Promise<T | null> {
  const storage = session?.storage;
  return storage ? work(storage) : null;
}

export async function listSavedMaps(session: Session): Promise<LibraryListing | null> {
  if (!session?.storage) return null;
  return { entries: await settleLibrary(session), damaged: await session.storage.listDamaged() };
}

/** Opens a saved map (the open one is saved first); false when it could not be read. */
export async function openSavedMap(session: Session, id: string, name: string): Promise<boolean> {
  const opened = (await session?.openSaved(id)) ?? false;
  if (opened && session) showNotice(session.editor, `Opened the saved map “${name}”.`);
  return opened;
}

export async function renameSavedMap(session: Session, id: string, name: string): Promise<boolean> {
  const cleaned = cleanMapName(name);
  if (!session || !cleaned) return false;
  const renamed = await withStorage(session, (storage) => storage.rename(id, cleaned));
  if (renamed) {
    session.setName(id, cleaned);
    session.announce(id, cleaned);
  }
  return renamed === true;
}

/** Deletes a saved map; deleting the open one opens the newest other map (or the sample). */
export async function deleteSavedMap(session: Session, id: string): Promise<void> {
  if (!session) return;
  const isOpen = session.mapId === id;
  if (isOpen) session.discardChanges();
  await withStorage(session, (storage) => storage.remove(id));
  session.announce(id);
  if (isOpen) await openNewest(session, id);
}

export const newMapFromSample = (session: Session) => void session?.openSample(true);

export async function deleteDamagedMap(session: Session, id: string): Promise<void> {
  await withStorage(session, (storage) => storage.deleteDamaged(id));
  session?.announce(null);
}

/** Of the thread just opened, the saved map is opened instead (the fresh one was never saved). */
export const openSavedCopy = (session: Session) => session?.openSavedCopy();
/** Of the thread just opened, the fresh map is kept and saved beside the saved one. */
export const keepFreshCopy = (session: Session) => session?.keepFresh();
/** This tab writes the map from now on; the tab that wrote it shows it read-only. */
export const takeOverMap = (session: Session) => session?.takeOver();
/** The map read here is saved as a new map, written by this tab. */
export const openMapCopy = (session: Session) => session?.openCopy();
export const dismissSetAside = (editor: EditorCore) => setSave(editor.store, { setAside: [] });
export const dismissReports = (editor: EditorCore) => setSave(editor.store, { reports: [] });
export const dismissProblem = (editor: EditorCore) => setSave(editor.store, { problem: null });
