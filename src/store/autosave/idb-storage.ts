import { entries, get, keys, promisifyRequest, type UseStore } from 'idb-keyval';
import { STORE_NAMES, type MapStorage, type StorageTransaction, type StoreName, type Write } from './storage';

/** The app's own database; its object stores are listed in STORE_NAMES. */
export const DATABASE_NAME = 'threadmap';
const DATABASE_VERSION = 1;

function openDatabase(): Promise<IDBDatabase> {
  // indexedDB is missing, or open() throws, in some private modes: that reaches the caller as a rejection.
  const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const name of STORE_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  };
  return promisifyRequest(request);
}

/**
 * Opens the `threadmap` database. idb-keyval's createStore holds one object store per database,
 * so the stores are opened here together and handed to idb-keyval as custom stores for plain
 * reads; saves use one transaction across several stores.
 */
export async function openIdbStorage(): Promise<MapStorage> {
  let db = await openDatabase();
  let closed = false;
  let reopening: Promise<IDBDatabase> | null = null;
  const watch = (opened: IDBDatabase) => {
    closed = false;
    // The browser may close the connection; a newer version of the app in another tab may
    // upgrade the database: step aside for it and open again when needed.
    opened.onclose = () => (closed = true);
    opened.onversionchange = () => {
      opened.close();
      closed = true;
    };
  };
  watch(db);
  const database = async (): Promise<IDBDatabase> => {
    if (!closed) return db;
    reopening ??= openDatabase().then(
      (opened) => {
        watch(opened);
        db = opened;
        reopening = null;
        return opened;
      },
      (error: unknown) => {
        reopening = null;
        throw error;
      },
    );
    return reopening;
  };
  const storeOf = (name: StoreName): UseStore => (mode, callback) => database().then((opened) => callback(opened.transaction(name, mode).objectStore(name)));

  return {
    read: (store, key) => get(key, storeOf(store)),
    list: (store) => entries<string, unknown>(storeOf(store)),
    keys: (store) => keys<string>(storeOf(store)),
    async transact<T>(stores: readonly StoreName[], work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
      const opened = await database();
      const transaction = opened.transaction([...stores], 'readwrite');
      const done = new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onabort = () => reject(transaction.error ?? new DOMException('The save was cancelled by the browser.', 'AbortError'));
      });
      const tx: StorageTransaction = {
        get: (store, key) => promisifyRequest(transaction.objectStore(store).get(key)),
        put: (store, key, value) => void transaction.objectStore(store).put(value, key),
        delete: (store, key) => void transaction.objectStore(store).delete(key),
      };
      let result: T;
      try {
        result = await work(tx);
      } catch (error) {
        try {
          transaction.abort();
        } catch {
          // Already finished or aborted by the browser.
        }
        await done.catch(() => undefined);
        throw error;
      }
      transaction.commit?.();
      await done;
      return result;
    },
    writeNow(writes: readonly Write[], onError) {
      try {
        const transaction = db.transaction([...new Set(writes.map((write) => write.store))], 'readwrite');
        transaction.onabort = () => onError?.(transaction.error);
        for (const write of writes) {
          const store = transaction.objectStore(write.store);
          if (write.value === undefined) store.delete(write.key);
          else store.put(write.value, write.key);
        }
        // Sends the writes to the database now, before the page is gone.
        transaction.commit?.();
      } catch (error) {
        onError?.(error);
      }
    },
  };
}
