import type { EditorCore } from '../editor/create-editor';
import { useAutosaveStore, initialAutosaveState } from './autosave-store';
import { openMapStorage, type MapStorage } from './map-storage';
import { attachPageEvents, openLibraryChannel } from './page-events';
import { startSession } from './restore';
import { createAutosaveSession, type AutosaveSession, type SampleDocument } from './session';

/** Opening the database should take milliseconds; past this it is treated as unavailable. */
const OPEN_TIMEOUT_MS = 5000;

let current: AutosaveSession | null = null;

/** The running autosave session, for the library actions; null before start and after stop. */
export const currentSession = () => current;

function openStorage(): Promise<MapStorage> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  return Promise.race([openMapStorage(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the database did not open in time')), OPEN_TIMEOUT_MS))]);
}

/**
 * Starts saving the open map to IndexedDB and restores the last open map, or opens the sample
 * when nothing is saved. Returns the function that stops it.
 */
export function startAutosave(editor: EditorCore, readSample: () => Promise<SampleDocument | null>): () => void {
  const channel = openLibraryChannel();
  const storage = openStorage();
  const session = createAutosaveSession({ editor, readSample, broadcast: (message) => channel?.postMessage(message) });
  current = session;
  useAutosaveStore.setState({ ...initialAutosaveState });
  const detach = attachPageEvents(session, channel);
  void startSession(session, storage);
  return () => {
    detach();
    session.stop();
    channel?.close();
    void storage.then((opened) => opened.close(), () => undefined);
    if (current === session) current = null;
  };
}

export { useAutosaveStore } from './autosave-store';
export type { SampleDocument } from './session';
