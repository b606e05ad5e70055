import type { StoreApi } from 'zustand/vanilla';
import type { DamagedEntry, LibraryEntry } from '../../core/document/library';
import type { MapState } from '../map-store';
import type { StorageProblem } from './storage';

/** idle: nothing to save (the sample as shipped); saving; saved; off: saving does not work. */
export type SaveStatus = 'starting' | 'idle' | 'saving' | 'saved' | 'off';

/** How the open map is kept in this browser: the editor's `save` slice, written by its autosave session. */
export interface SaveSlice {
  status: SaveStatus;
  /** Local id of the open map in the library. */
  mapId: string | null;
  savedAt: string | null;
  problem: StorageProblem | null;
  /** Another tab writes the open map: this one shows its changes live and edits nothing. */
  readOnly: boolean;
  /** The tab that wrote the map read here has closed: this one may take over. */
  writerGone: boolean;
  /** Saved maps found unreadable and set aside, shown until the user dismisses the report. */
  setAside: DamagedEntry[];
  /** Other things the user should know about saved work. */
  reports: string[];
  /** A saved map of the thread just opened from a file or URL: offered instead of a second copy. */
  savedCopy: LibraryEntry | null;
  /** Raised whenever the library changed, here or in another tab, so open lists reload. */
  libraryVersion: number;
}

export const initialSaveSlice: SaveSlice = {
  status: 'starting',
  mapId: null,
  savedAt: null,
  problem: null,
  readOnly: false,
  writerGone: false,
  setAside: [],
  reports: [],
  savedCopy: null,
  libraryVersion: 0,
};

/** Changes the `save` slice of one editor's store. */
export function setSave(store: StoreApi<MapState>, change: Partial<SaveSlice> | ((save: SaveSlice) => Partial<SaveSlice>)): void {
  store.setState((state) => ({ save: { ...state.save, ...(typeof change === 'function' ? change(state.save) : change) } }));
}

export const bumpLibrary = (store: StoreApi<MapState>) => setSave(store, (save) => ({ libraryVersion: save.libraryVersion + 1 }));
