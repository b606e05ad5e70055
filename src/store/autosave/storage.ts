/**
 * The few storage operations autosave needs, so the logic can be tested against an in-memory
 * implementation and run against IndexedDB in the browser.
 */

/**
 * entries: the index record of each saved map (LibraryEntry), keyed by map id;
 * maps: each map's threadmap document; history: its undo history;
 * pending: changes written while a page was closing, settled at the next start;
 * damaged: saved maps that could not be read, set aside with their raw value;
 * meta: small values such as the id of the map open last.
 */
export const STORE_NAMES = ['entries', 'maps', 'history', 'pending', 'damaged', 'meta'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** Reads and writes inside one atomic transaction. Inside `work`, await nothing but `get`. */
export interface StorageTransaction {
  get(store: StoreName, key: string): Promise<unknown>;
  put(store: StoreName, key: string, value: unknown): void;
  delete(store: StoreName, key: string): void;
}

export interface Write {
  store: StoreName;
  key: string;
  /** undefined deletes the key. */
  value: unknown;
}

export interface MapStorage {
  read(store: StoreName, key: string): Promise<unknown>;
  /** Every key and value of a store. */
  list(store: StoreName): Promise<[string, unknown][]>;
  /** Every key of a store, without reading the values. */
  keys(store: StoreName): Promise<string[]>;
  /** Runs `work` over the named stores atomically: all its writes are kept, or none. */
  transact<T>(stores: readonly StoreName[], work: (tx: StorageTransaction) => Promise<T>): Promise<T>;
  /**
   * Issues writes at once, without reading or waiting: the only kind of write that survives a
   * page being closed or reloaded. Failures are reported to `onError`, if the page still lives.
   */
  writeNow(writes: readonly Write[], onError?: (error: unknown) => void): void;
}

export type StorageProblemKind = 'unavailable' | 'quota' | 'failed';

/** Why saving does not work at the moment, with a sentence for the user. */
export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

const detailOf = (error: unknown): string => {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = typeof message === 'string' && message ? message : typeof name === 'string' ? name : '';
    return text.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '').slice(0, 160);
  }
  return String(error).replace(/[.\s]+$/, '').slice(0, 160);
};

const nameOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';

/** Turns a storage failure into what the user is told; `opening` marks the database failing to open. */
export function describeStorageError(error: unknown, opening = false): StorageProblem {
  const name = nameOf(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detailOf(error))) {
    return {
      kind: 'quota',
      message: 'Your work is not being saved: the browser’s storage for this site is full. Delete saved maps you no longer need (Maps), or use Export JSON to keep this one.',
    };
  }
  if (opening) {
    const said = detailOf(error);
    return {
      kind: 'unavailable',
      message: `Your work is not being saved: this browser does not let Threadmap store maps here${said ? ` (it says: “${said}”)` : ''}. Private windows and strict privacy settings can do that. The map stays open in this tab: use Export JSON to keep it.`,
    };
  }
  return {
    kind: 'failed',
    message: `Your work is not being saved: the browser refused to store it (${detailOf(error) || 'unknown error'}). Threadmap tries again with your next change; use Export JSON to keep a copy.`,
  };
}
