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

/**
 * Waits until no tab holds the map (the writer closed or let go), without keeping it: true then,
 * false when `signal` stops the wait or the browser has no Web Locks.
 */
export function waitUntilFree(mapId: string, signal: AbortSignal): Promise<boolean> {
  if (!canLockMaps() || signal.aborted) return Promise.resolve(false);
  return navigator.locks.request(lockName(mapId), { signal }, () => !signal.aborted).then((free) => free === true, () => false);
}
