import type { ThreadmapDocument } from '../../core/document/types';
import type { EditorCore } from '../editor/create-editor';

/** What tabs tell each other over a BroadcastChannel. */
export type LibraryMessage = { kind: 'saved'; mapId: string; revision: number; tabId: string } | { kind: 'changed'; mapId: string | null; tabId: string };

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
  now?: () => string;
  newId?: () => string;
}

/** Which saved map is open, and at which revision. */
export interface OpenToken {
  mapId: string;
  revision: number;
  name: string | null;
  /** True when the opened map is not in the library as it is now (save it soon). */
  dirty: boolean;
}

/** A new map id: a UUID where the platform has one. */
export function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
