/** The right to write one map, held by one tab at a time. */
export interface MapClaim {
  release(): void;
  /** False where the browser has no Web Locks: every tab writes, and the last to save wins. */
  exclusive: boolean;
}

const lockName = (mapId: string) => `threadmap-map:${mapId}`;

/** Whether this browser can keep a map to one writing tab. */
export const canLockMaps = (): boolean => typeof navigator !== 'undefined' && navigator.locks !== undefined;

/**
 * Claims the right to write a map through the Web Locks API, waiting up to `waitMs` for the tab
 * that holds it (a reloading page lets go a moment after the new one starts); null when another
 * tab keeps it. The browser takes the lock back when the tab closes.
 */
export function claimMap(mapId: string, waitMs: number): Promise<MapClaim | null> {
  if (!canLockMaps()) return Promise.resolve({ release: () => undefined, exclusive: false });
  return new Promise((resolve) => {
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    const options: LockOptions = waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
    navigator.locks
      .request(lockName(mapId), options, (lock) => {
        if (!lock) return resolve(null);
        resolve({ release, exclusive: true });
        return held;
      })
      // Aborted: the wait ran out while another tab held the map.
      .catch(() => resolve(null));
  });
}

/** Waits until no tab holds the map, without keeping it: true then, false when `signal` stops the wait. */
function waitUntilFree(mapId: string, signal: AbortSignal): Promise<boolean> {
  if (!canLockMaps() || signal.aborted) return Promise.resolve(false);
  return navigator.locks.request(lockName(mapId), { signal }, () => !signal.aborted).then((free) => free === true, () => false);
}

/**
 * Calls `onLeft` once the tab holding a map has let go for good: still free `settleMs` after it
 * let go (a reloading page takes its map back within that time). Stops when `stillWanted` turns
 * false; returns the function that stops it.
 */
export function watchUntilLeft(mapId: string, settleMs: number, stillWanted: () => boolean, onLeft: () => void): () => void {
  const controller = new AbortController();
  void (async () => {
    while (await waitUntilFree(mapId, controller.signal)) {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (controller.signal.aborted || !stillWanted()) return;
      const free = await claimMap(mapId, 0);
      free?.release();
      if (free) return onLeft();
    }
  })();
  return () => controller.abort();
}
