/** A save is at most this far behind the change that caused it. */
export const MAX_SAVE_DELAY_MS = 1000;
/** …and waits for a pause this long in a burst of changes (typing, fast tagging). */
export const SAVE_PAUSE_MS = 300;

/**
 * When to save: after a short pause in a burst of changes, and never later than a second after
 * the first unsaved change, however long the burst goes on.
 */
export function createSaveTimer(save: () => void) {
  let firstChangeAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    cancel,
    get pending() {
      return timer !== null;
    },
    /** Notes a change: the first one since the last save starts the one-second bound. */
    changed(): void {
      firstChangeAt ??= Date.now();
    },
    /** The changes so far are being saved: the next change starts a new bound. */
    taken(): void {
      firstChangeAt = null;
    },
    schedule(): void {
      cancel();
      const waited = firstChangeAt === null ? 0 : Date.now() - firstChangeAt;
      timer = setTimeout(() => {
        timer = null;
        save();
      }, Math.max(0, Math.min(SAVE_PAUSE_MS, MAX_SAVE_DELAY_MS - waited)));
    },
  };
}
