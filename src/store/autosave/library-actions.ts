import { cleanMapName, type LibraryEntry } from '../../core/document/library';
import { showNotice } from '../actions';
import type { DamagedRecord } from './map-storage';
import { openFirst, settleLibrary } from './restore';
import type { AutosaveSession } from './session';

/** The running session of a map, as `useAutosave()?.session()` gives it; none: nothing is saved. */
type Session = AutosaveSession | null | undefined;

/** What the saved-maps dialog shows; null when nothing can be stored in this browser. */
export interface LibraryListing {
  entries: LibraryEntry[];
  damaged: DamagedRecord[];
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
  if (!session?.storage || !cleaned) return false;
  const renamed = await session.storage.rename(id, cleaned);
  if (renamed) session.announce(id, cleaned);
  return renamed;
}

/** Deletes a saved map; deleting the open one opens the newest other map (or the sample). */
export async function deleteSavedMap(session: Session, id: string): Promise<void> {
  if (!session) return;
  const isOpen = session.mapId === id;
  if (isOpen) session.discardChanges();
  await session.storage?.remove(id);
  session.announce(id);
  if (!isOpen) return;
  const entries = await settleLibrary(session).catch((): LibraryEntry[] => []);
  await openFirst(session, entries.map((entry) => entry.id).filter((other) => other !== id));
}

export async function deleteDamagedMap(session: Session, id: string): Promise<void> {
  await session?.storage?.deleteDamaged(id);
  session?.announce(null);
}
