import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SAVE_DELAY_MS, SAVE_PAUSE_MS, createSaveTimer } from './save-timer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function change(timer: ReturnType<typeof createSaveTimer>) {
  timer.changed();
  timer.schedule();
}

describe('createSaveTimer', () => {
  it('saves once after a pause in the changes', () => {
    const save = vi.fn();
    const timer = createSaveTimer(save);
    change(timer);
    vi.advanceTimersByTime(SAVE_PAUSE_MS - 1);
    change(timer);
    vi.advanceTimersByTime(SAVE_PAUSE_MS - 1);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves no later than the bound after the first change, however long the burst goes on', () => {
    const save = vi.fn();
    const timer = createSaveTimer(save);
    let elapsed = 0;
    change(timer);
    while (save.mock.calls.length === 0 && elapsed < 5000) {
      vi.advanceTimersByTime(100);
      elapsed += 100;
      change(timer);
    }
    expect(elapsed).toBeLessThanOrEqual(MAX_SAVE_DELAY_MS);
  });

  it('starts a new bound once the changes were taken for saving, and can be cancelled', () => {
    const save = vi.fn();
    const timer = createSaveTimer(save);
    change(timer);
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(100);
      change(timer);
    }
    expect(save).not.toHaveBeenCalled();
    timer.taken();
    change(timer);
    vi.advanceTimersByTime(SAVE_PAUSE_MS - 1);
    expect(save).not.toHaveBeenCalled();
    expect(timer.pending).toBe(true);
    timer.cancel();
    vi.advanceTimersByTime(5000);
    expect(save).not.toHaveBeenCalled();
  });
});
