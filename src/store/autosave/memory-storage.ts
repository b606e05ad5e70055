import type { MapStorage, StorageTransaction, StoreName, Write } from './storage';

/** MapStorage in memory, with the same copy-on-write and all-or-nothing behaviour as IndexedDB. */
export interface MemoryStorage extends MapStorage {
  /** Makes every following write fail with `error` (null: writes work again). */
  failWrites(error: unknown): void;
  /** Puts a raw value in place, as a damaged or foreign write would. */
  putRaw(store: StoreName, key: string, value: unknown): void;
  /** How many writes were committed, to check that nothing was written. */
  readonly writeCount: number;
}

export function createMemoryStorage(): MemoryStorage {
  const stores = new Map<StoreName, Map<string, unknown>>();
  const storeOf = (name: StoreName) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map()));
    return store;
  };
  let failure: unknown = null;
  let writeCount = 0;
  // Transactions over the same data run one after another, as IndexedDB runs them.
  let queue: Promise<unknown> = Promise.resolve();

  const apply = (writes: readonly Write[]) => {
    if (failure !== null) throw failure;
    for (const write of writes) {
      if (write.value === undefined) storeOf(write.store).delete(write.key);
      else storeOf(write.store).set(write.key, structuredClone(write.value));
    }
    writeCount += writes.length;
  };

  return {
    async read(store, key) {
      return structuredClone(storeOf(store).get(key));
    },
    async list(store) {
      return [...storeOf(store)].map(([key, value]) => [key, structuredClone(value)] as [string, unknown]);
    },
    async keys(store) {
      return [...storeOf(store).keys()];
    },
    transact<T>(_stores: readonly StoreName[], work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
      const run = async () => {
        const staged: Write[] = [];
        const tx: StorageTransaction = {
          async get(store, key) {
            for (let i = staged.length - 1; i >= 0; i--) {
              const write = staged[i]!;
              if (write.store === store && write.key === key) return structuredClone(write.value);
            }
            return structuredClone(storeOf(store).get(key));
          },
          put(store, key, value) {
            staged.push({ store, key, value: structuredClone(value) });
          },
          delete(store, key) {
            staged.push({ store, key, value: undefined });
          },
        };
        const result = await work(tx);
        apply(staged);
        return result;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    writeNow(writes, onError) {
      try {
        apply(writes);
      } catch (error) {
        onError?.(error);
      }
    },
    failWrites(error) {
      failure = error;
    },
    putRaw(store, key, value) {
      storeOf(store).set(key, value);
    },
    get writeCount() {
      return writeCount;
    },
  };
}
