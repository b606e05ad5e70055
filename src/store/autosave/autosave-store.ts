import { create } from 'zustand';
import type { DamagedEntry, LibraryEntry } from '../../core/document/library';
import type { StorageProblem } from './storage';

/** idle: nothing to save (the sample as shipped); saving; saved; off: saving does not work. */
export type SaveStatus = 'starting' | 'idle' | 'saving' | 'saved' | 'off';

export interface AutosaveState {
  status: SaveStatus;
  /** Local id of the open map in the library. */
  mapId: string | null;
  savedAt: string | null;
  problem: StorageProblem | null;
  /** Another tab writes the open map: this one shows its changes live and edits nothing. */
  readOnly: boolean;
  /** Saved maps found unreadable and set aside, shown until the user dismisses the report. */
  setAside: DamagedEntry[];
  /** Other things the user should know about saved work. */
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
  readOnly: false,
  setAside: [],
  reports: [],
  savedCopy: null,
  libraryVersion: 0,
};

export const useAutosaveStore = create<AutosaveState>()(() => ({ ...initialAutosaveState }));

export const bumpLibrary = () => useAutosaveStore.setState((state) => ({ libraryVersion: state.libraryVersion + 1 }));
