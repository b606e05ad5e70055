import type { EditorCore } from '../editor/create-editor';
import { useAutosaveStore, initialAutosaveState } from './autosave-store';
import { openIdbStorage } from './idb-storage';
import { attachPageEvents, openLibraryChannel } from './page-events';
import { startSession } from './restore';
import { createAutosaveSession, type AutosaveSession, type SampleDocument } from './session';
import type { MapStorage } from './storage';

/** Opening the database should take milliseconds; past this it is treated as unavailable. */
const OPEN_TIMEOUT_MS = 5000;

let current: AutosaveSession | null = null;

/** The running autosave session, for the library actions; null before start and after stop. */
export const currentSession = () => current;

function withTimeout(opening: Promise<MapStorage>): Promise<MapStorage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the database did not open in time')), OPEN_TIMEOUT_MS);
    opening.then(
      (storage) => {
        clearTimeout(timer);
        resolve(storage);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Starts saving the open map to IndexedDB and restores the last open map, or opens the sample
 * when nothing is saved. Returns the function that stops it.
 */
export function startAutosave(editor: EditorCore, readSample: () => Promise<SampleDocument | null>): () => void {
  const channel = openLibraryChannel();
  const storage = (async () => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    return withTimeout(openIdbStorage());
  })();
  const session = createAutosaveSession({
    editor,
    readSample,
    broadcast: (message) => channel?.postMessage(message),
  });
  current = session;
  useAutosaveStore.setState({ ...initialAutosaveState });
  const detach = attachPageEvents(session, channel);
  void startSession(session, storage);
  return () => {
    detach();
    session.stop();
    channel?.close();
    if (current === session) current = null;
  };
}

export { useAutosaveStore } from './autosave-store';
export type { SampleDocument } from './session';
