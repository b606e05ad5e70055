import { orderRestoreCandidates, type LibraryEntry } from '../../core/document/library';
import { useAutosaveStore } from './autosave-store';
import { loadLibrary, readLastOpen, readSaved, settlePending } from './library-service';
import type { AutosaveSession } from './session';
import { describeStorageError, type MapStorage } from './storage';

/** Settles what closing pages left, and lists the library; damaged entries are set aside. */
async function prepareLibrary(session: AutosaveSession, storage: MapStorage): Promise<{ entries: LibraryEntry[]; lastOpen: string | null }> {
  const settled = await settlePending(storage, session.newId);
  for (const copy of settled.copies) session.report(`Changes made in a tab that was closing met a newer save from another tab; they were kept as “${copy.name}”.`);
  for (const reason of settled.dropped) session.report(`Changes made in a tab that was closing could not be read and were dropped: ${reason}`);
  const library = await loadLibrary(storage, session.now());
  if (library.setAside.length) useAutosaveStore.setState((state) => ({ setAside: [...state.setAside, ...library.setAside] }));
  return { entries: library.entries, lastOpen: await readLastOpen(storage) };
}

/**
 * Starts a session: opens storage, settles closed pages' changes, and restores the map open last
 * (the next readable one if it is damaged), or opens the sample when nothing is saved.
 */
export async function startSession(session: AutosaveSession, opening: Promise<MapStorage>): Promise<void> {
  const openedBefore = session.editor.store.getState().documentKey;
  let storage: MapStorage | null = null;
  try {
    storage = await opening;
  } catch (error) {
    useAutosaveStore.setState({ problem: describeStorageError(error, true), status: 'off' });
  }
  if (session.stopped) return;
  session.attach(storage);
  let library: { entries: LibraryEntry[]; lastOpen: string | null } = { entries: [], lastOpen: null };
  if (storage) {
    try {
      library = await prepareLibrary(session, storage);
    } catch (error) {
      useAutosaveStore.setState({ problem: describeStorageError(error), status: 'off' });
    }
  }
  // Something was opened meanwhile (a file dropped in early): that stays.
  if (session.stopped || session.editor.store.getState().documentKey !== openedBefore) return;
  const tried = new Set<string>();
  let restored = false;
  for (const id of orderRestoreCandidates(library.entries, library.lastOpen)) {
    tried.add(id);
    if ((restored = await session.openSaved(id))) break;
    if (session.stopped) return;
  }
  if (!restored) await session.openSample();
  if (storage && !useAutosaveStore.getState().problem) void verifyLibrary(session, library.entries.map((entry) => entry.id).filter((id) => !tried.has(id)));
}

/** Reads every other saved map once, in the background, so damage is found and reported early. */
export async function verifyLibrary(session: AutosaveSession, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    // One map at a time, with pauses, so the page stays responsive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (session.stopped) return;
    const read = await session.withStorage((storage) => readSaved(storage, id, session.now())).catch(() => null);
    if (read && !read.ok && !session.stopped) await session.setAsideMap(id, read.error);
  }
}
