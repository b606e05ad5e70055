import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { EditorCore } from '../editor/create-editor';
import { initialSaveSlice, setSave } from './save-slice';
import type { AutosaveSession, SampleDocument } from './session';
import { describeStorageError } from './storage';

/**
 * The autosave of `editor`, not yet started: the app starts and stops it, the library dialog and
 * banners act through its session.
 */
export function createAutosave(editor: EditorCore, readSample: () => Promise<SampleDocument | null>) {
  let running: AutosaveSession | null = null;
  return {
    /** The running session; null before it has started and after stop. */
    session: (): AutosaveSession | null => running,
    /**
     * Starts saving the open map to IndexedDB and restores the last open map, or opens the sample
     * when nothing is saved (in an effect). Returns the function that stops it.
     */
    start(): () => void {
      setSave(editor.store, initialSaveSlice);
      const openedBefore = editor.store.getState().documentKey;
      let stop: (() => void) | null = null;
      let stopped = false;
      // Storage, the operation log and the tabs' messages are not needed to paint the page: they
      // load beside it, and the map waits for them ("Opening the map…") only as long as it must.
      import('./start').then(
        ({ startAutosave }) => {
          if (!stopped) stop = startAutosave(editor, readSample, openedBefore, (session) => (running = session));
        },
        (error: unknown) => !stopped && setSave(editor.store, { problem: describeStorageError(error, true), status: 'off' }),
      );
      return () => {
        stopped = true;
        stop?.();
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
