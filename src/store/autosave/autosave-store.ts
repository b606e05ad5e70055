import { create } from 'zustand';
import type { DamagedEntry, LibraryEntry } from '../../core/document/library';
import type { StorageProblem } from './storage';

/**
 * idle: nothing to save (the sample as shipped); pending: a change waits for its save;
 * saving; saved; off: saving is stopped (storage problem or conflict).
 */
export type SaveStatus = 'starting' | 'idle' | 'pending' | 'saving' | 'saved' | 'off';

/** Another tab saved the open map after this tab last read it. */
export interface SaveConflict {
  mapId: string;
  theirs: LibraryEntry;
}

export interface AutosaveState {
  status: SaveStatus;
  /** Local id of the open map in the library. */
  mapId: string | null;
  savedAt: string | null;
  problem: StorageProblem | null;
  conflict: SaveConflict | null;
  /** Saved maps found unreadable and set aside, shown until the user dismisses the report. */
  setAside: DamagedEntry[];
  /** Other things the user should know about saved work (settled changes of closed tabs). */
  reports: string[];
  /** A saved map of the thread just opened from a file or URL: offered instead of a second copy. */
  savedCopy: LibraryEntry | null;
  /** Raised whenever the library changed, here or in another tab, so open lists reload. */
  libraryVersion: number;
}

export const initialAutosaveState: AutosaveState = {
  status: 'starting',
  mapId: null,
  savedAt: null,
  problem: null,
  conflict: null,
  setAside: [],
  reports: [],
  savedCopy: null,
  libraryVersion: 0,
};

export const useAutosaveStore = create<AutosaveState>()(() => ({ ...initialAutosaveState }));

export const bumpLibrary = () => useAutosaveStore.setState((state) => ({ libraryVersion: state.libraryVersion + 1 }));
