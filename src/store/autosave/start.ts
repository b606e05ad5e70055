import type { EditorCore } from '../editor/create-editor';
import { openMapStorage, type MapStorage } from './map-storage';
import { attachPageEvents, openLibraryChannel } from './page-events';
import { startSession } from './restore';
import { createAutosaveSession, type AutosaveSession, type SampleDocument } from './session';

/** Opening the database should take milliseconds; past this it is treated as unavailable. */
const OPEN_TIMEOUT_MS = 5000;

function openStorage(): Promise<MapStorage> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  return Promise.race([openMapStorage(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the database did not open in time')), OPEN_TIMEOUT_MS))]);
}

/**
 * Starts saving the open map to IndexedDB and restores the last open map, or opens the sample
 * when nothing is saved. `openedBefore`: the editor's document when the page asked for this, so
 * a thread opened while this module loaded stays open and is saved. Returns the function that stops it.
 */
export function startAutosave(editor: EditorCore, readSample: () => Promise<SampleDocument | null>, openedBefore: number, running: (session: AutosaveSession | null) => void): () => void {
  const channel = openLibraryChannel();
  const storage = openStorage();
  const session = createAutosaveSession({ editor, readSample, broadcast: (message) => channel?.postMessage(message) });
  running(session);
  const detach = attachPageEvents(session, channel);
  if (editor.store.getState().documentKey !== openedBefore) session.adoptOpenMap();
  void startSession(session, storage, openedBefore);
  return () => {
    detach();
    session.stop();
    channel?.close();
    void storage.then((opened) => opened.close(), () => undefined);
    running(null);
  };
}
