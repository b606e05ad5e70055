import { describe, expect, it } from 'vitest';
import { minimapSize } from './Minimap';

describe('minimapSize', () => {
  it('[regression] covers a small share of a narrow window’s map pane, not a third of it', () => {
    // The map pane of an 800 × 700 window beside the side panel.
    const pane = { width: 520, height: 600 };
    const size = minimapSize(pane.width, pane.height);
    expect(size.width).toBeGreaterThan(0);
    expect(size.width / pane.width).toBeLessThanOrEqual(0.25);
    expect((size.width * size.height) / (pane.width * pane.height)).toBeLessThan(0.06);
  });

  it('keeps its full size in a roomy pane, its shape always, and leaves a tiny pane alone', () => {
    expect(minimapSize(1100, 850)).toEqual({ width: 200, height: 140 });
    for (const [w, h] of [[520, 600], [700, 400], [900, 500]] as const) {
      const size = minimapSize(w, h);
      expect(Math.abs(size.width / size.height - 200 / 140)).toBeLessThan(0.02);
    }
    expect(minimapSize(380, 600)).toEqual({ width: 0, height: 0 });
    expect(minimapSize(800, 280)).toEqual({ width: 0, height: 0 });
  });
});
