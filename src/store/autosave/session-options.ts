import type { ThreadmapDocument } from '../../core/document/types';
import type { Operation } from '../../core/operations/types';
import type { EditorCore } from '../editor/create-editor';

/**
 * What tabs tell each other over a BroadcastChannel: the writer of a map sends each change it
 * saved (`op`); a tab asks the writer to let go (`release`); any tab says the library changed.
 */
export type LibraryMessage =
  | { kind: 'op'; mapId: string; op: Operation; tabId: string }
  | { kind: 'release'; mapId: string; tabId: string }
  | { kind: 'changed'; mapId: string | null; name?: string; tabId: string };

/** The sample thread, read and ready to open. */
export interface SampleDocument {
  document: ThreadmapDocument;
  warnings: string[];
}

export interface SessionOptions {
  /** The editor of the map this session keeps saved. */
  editor: EditorCore;
  /** Reads the sample thread (in the worker, so it takes a moment); null when it cannot be read. */
  readSample: () => Promise<SampleDocument | null>;
  broadcast?: (message: LibraryMessage) => void;
  newId?: () => string;
}

/** A new map id: a UUID where the platform has one. */
export function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/* When the session writes, and how long it waits for another tab. */
/** A snapshot follows a pause this long in the changes, so the log stays short and undo is kept. */
export const SNAPSHOT_PAUSE_MS = 800;
/** …or this many operations, however long a burst of changes goes on. */
export const SNAPSHOT_EVERY_OPS = 100;
/** How long opening a map waits for another tab to let go of it (a reload's old page). */
export const CLAIM_WAIT_MS = 600;
/** How long Take over waits for the writing tab to save and let go. */
export const TAKE_OVER_WAIT_MS = 5000;
