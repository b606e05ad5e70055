import { describe, expect, it } from 'vitest';
import { freshMountRegion, mountRegionKey, nextMountRegion, parseMountRegion } from './mount-region';
import { visibleRect } from './viewport';

const PANE = { width: 1020, height: 848 };
const at = (x: number, y: number, zoom = 1) => [x, y, zoom] as const;
const holdsView = (region: { x: number; y: number; width: number; height: number }, transform: readonly [number, number, number]) => {
  const view = visibleRect(transform, PANE.width, PANE.height);
  return view.x >= region.x && view.y >= region.y && view.x + view.width <= region.x + region.width && view.y + view.height <= region.y + region.height;
};

describe('the region of mounted cards', () => {
  it('holds the view with a margin, and is the same for views within a cell of each other', () => {
    const region = freshMountRegion(at(-5000, -3000), PANE.width, PANE.height, 'full');
    expect(holdsView(region, at(-5000, -3000))).toBe(true);
    expect(region.width * region.height).toBeLessThan(2.8 * PANE.width * PANE.height);
    expect(freshMountRegion(at(-5010, -3005), PANE.width, PANE.height, 'full')).toEqual(region);
  });

  it('stays as it is while a pan goes back and forth inside it, and follows the view once it nears the edge', () => {
    // Here the view's margin starts on a cell's edge (cells are 127.5 px: an eighth of 1020).
    const x0 = -(127.5 * 40 + 63.75);
    let held = nextMountRegion(null, at(x0, -3000), PANE.width, PANE.height);
    const first = held;
    const fresh = new Set<string>();
    // To and fro across that edge, as a reader nudges the view: fixed cells would remount each
    // time; nothing remounts.
    for (let step = 0; step < 60; step++) {
      const transform = at(x0 + Math.cos(step / 5) * 25, -3000 + Math.sin(step / 5) * 25);
      fresh.add(mountRegionKey(freshMountRegion(transform, PANE.width, PANE.height, 'full')));
      held = nextMountRegion(held, transform, PANE.width, PANE.height);
      expect(held).toBe(first);
    }
    expect(fresh.size).toBeGreaterThan(1);
    // A long pan to the right: the region moves along, always holding the view.
    let moves = 0;
    for (let dx = 0; dx < 3000; dx += 20) {
      const transform = at(x0 - dx, -3000);
      const next = nextMountRegion(held, transform, PANE.width, PANE.height);
      if (next !== held) moves++;
      held = next;
      expect(holdsView(held, transform)).toBe(true);
    }
    expect(moves).toBeGreaterThan(3);
  });

  it('starts afresh at a new zoom step or level of detail, and holds nothing far out', () => {
    const held = nextMountRegion(null, at(-5000, -3000), PANE.width, PANE.height);
    const zoomed = nextMountRegion(held, at(-5000, -3000, 0.7), PANE.width, PANE.height);
    expect(zoomed).not.toBe(held);
    expect(holdsView(zoomed, at(-5000, -3000, 0.7))).toBe(true);
    const far = nextMountRegion(held, at(0, 0, 0.1), PANE.width, PANE.height);
    expect(far.lod).toBe('overview');
    expect(mountRegionKey(far)).toBe(mountRegionKey(nextMountRegion(far, at(40, 0, 0.12), PANE.width, PANE.height)));
  });

  it('reads back the region its key stands for', () => {
    const region = freshMountRegion(at(-1234.5, 987, 0.6), PANE.width, PANE.height, 'full');
    expect(parseMountRegion(mountRegionKey(region))).toEqual(region);
  });
});
