/** What the session says about its writes: one under way, all of them done, or one that failed. */
export interface WriteEvents {
  saving(): void;
  /** Every write is done; the last one was of `forMap`. */
  saved(forMap: string | null): void;
  failed(forMap: string | null, error: unknown): void;
}

/**
 * Counts the writes (and look-ups) under way, so the status says "saving" until all are done,
 * and so a caller can wait until nothing is left.
 */
export function createWriteTracker(events: WriteEvents) {
  const underWay = new Set<Promise<unknown>>();
  let writing = 0;

  function during<T>(work: Promise<T>): Promise<T> {
    underWay.add(work);
    void work.finally(() => underWay.delete(work));
    return work;
  }

  return {
    during,
    /** Follows one write of `forMap`; resolves to whether it was stored. */
    track(write: Promise<unknown>, forMap: string | null): Promise<boolean> {
      writing++;
      events.saving();
      const done = (stored: boolean, error?: unknown) => {
        writing--;
        if (!stored) events.failed(forMap, error);
        else if (writing === 0) events.saved(forMap);
        return stored;
      };
      return during(write.then(() => done(true), (error: unknown) => done(false, error)));
    },
    /** Resolves once nothing is being written or looked up. */
    async settled(): Promise<void> {
      while (underWay.size) await Promise.allSettled([...underWay]);
    },
  };
}
