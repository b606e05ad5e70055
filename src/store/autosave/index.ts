import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { EditorCore } from '../editor/create-editor';
import { initialSaveSlice, setSave } from './save-slice';
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
 * The autosave of `editor`, not yet started: the app starts and stops it, the library dialog and
 * banners act through its session.
 */
export function createAutosave(editor: EditorCore, readSample: () => Promise<SampleDocument | null>) {
  let running: AutosaveSession | null = null;
  return {
    /** The running session; null before start and after stop. */
    session: (): AutosaveSession | null => running,
    /**
     * Starts saving the open map to IndexedDB and restores the last open map, or opens the sample
     * when nothing is saved (in an effect). Returns the function that stops it.
     */
    start(): () => void {
      const channel = openLibraryChannel();
      const storage = openStorage();
      const session = createAutosaveSession({ editor, readSample, broadcast: (message) => channel?.postMessage(message) });
      running = session;
      setSave(editor.store, initialSaveSlice);
      const detach = attachPageEvents(session, channel);
      void startSession(session, storage);
      return () => {
        detach();
        session.stop();
        channel?.close();
        void storage.then((opened) => opened.close(), () => undefined);
        if (running === session) running = null;
      };
    },
  };
}

export type Autosave = ReturnType<typeof createAutosave>;

const AutosaveContext = createContext<Autosave | null>(null);

/** Hands the autosave of the map's editor to the library dialog and the banners. */
export function AutosaveProvider({ autosave, children }: { autosave: Autosave | null; children?: ReactNode }) {
  return createElement(AutosaveContext.Provider, { value: autosave }, children);
}

/** This map's autosave session right now, or null (not started, or no provider: nothing is saved). */
export function useAutosave(): Autosave | null {
  return useContext(AutosaveContext);
}

export type { SaveSlice, SaveStatus } from './save-slice';
export type { AutosaveSession, SampleDocument } from './session';
