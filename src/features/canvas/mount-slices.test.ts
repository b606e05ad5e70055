import { describe, expect, it } from 'vitest';
import { createSpatialIndex, layoutMap } from '../../core/layout';
import { findSubDebates } from '../../core/layout/regions';
import { fixtureGraph, HN_THREAD } from '../../core/layout/testing/fixture-graphs';
import type { Layout } from '../../core/layout/types';
import { freshMountRegion } from './mount-region';
import { mountOrder, nextMountSlice, sliceSize, type CardBoxes } from './mount-slices';
import { regionOpening } from './region-view';
import { visibleRect, type Rect } from './viewport';
import { lodForZoom } from './lod';

const PANE = { width: 1020, height: 848 };
const graph = fixtureGraph(HN_THREAD);
const layout = layoutMap(graph, { mode: 'overview', aspect: 1.25 });
const index = createSpatialIndex(layout);
const largest = findSubDebates(graph, layout).filter((region) => region.level === 1).sort((a, b) => b.count - a.count)[0]!;

/** The cards the view mounts once the largest sub-debate's label is clicked, and that view. */
function opened(): { target: number[]; view: Rect; opening: number } {
  const viewport = regionOpening(largest, layout, PANE.width, PANE.height)!;
  const transform = [viewport.x, viewport.y, viewport.zoom] as const;
  const region = freshMountRegion(transform, PANE.width, PANE.height, lodForZoom(viewport.zoom));
  return { target: index.query(region.x, region.y, region.width, region.height), view: visibleRect(transform, PANE.width, PANE.height), opening: largest.root };
}

const onScreen = (boxes: CardBoxes, at: number, view: Rect) =>
  boxes.x[at]! < view.x + view.width && boxes.x[at]! + boxes.width[at]! > view.x && boxes.y[at]! < view.y + view.height && boxes.y[at]! + boxes.height[at]! > view.y;
const centreDistance = (boxes: Layout, a: number, b: number) =>
  Math.hypot(boxes.x[a]! + boxes.width[a]! / 2 - boxes.x[b]! - boxes.width[b]! / 2, boxes.y[a]! + boxes.height[a]! / 2 - boxes.y[b]! - boxes.height[b]! / 2);

/** Every step of slicing from nothing mounted until the whole target is, with a fixed view, each slice the size the app gives it. */
function sliceAll(target: readonly number[], view: Rect, first: readonly number[]): number[][] {
  const steps: number[][] = [];
  let mounted = new Set<number>();
  for (let guard = 0; guard < 1000 && mounted.size < target.length; guard++) {
    const next = nextMountSlice(target, mounted, layout, view, first, sliceSize(guard));
    steps.push(next);
    mounted = new Set(next);
  }
  return steps;
}

describe('mounting a sub-debate’s cards in slices', () => {
  it('opens the largest HN sub-debate with the comment clicked in the first slice of 40, and the cards on screen before those off screen', () => {
    const { target, view, opening } = opened();
    // More cards than one slice come into the mounted region at once: slicing is worth it here.
    expect(target.length).toBeGreaterThan(200);
    expect(target).toContain(opening);
    const steps = sliceAll(target, view, [opening]);
    expect(steps[0]!.length).toBe(40);
    expect(steps[0]![0]).toBe(opening);
    const order = steps.flatMap((step, at) => step.slice(at === 0 ? 0 : steps[at - 1]!.length));
    const firstOff = order.findIndex((at) => !onScreen(layout, at, view));
    const lastOn = order.findLastIndex((at) => onScreen(layout, at, view));
    expect(firstOff).toBeGreaterThan(0);
    expect(lastOn).toBeLessThan(firstOff);
  });

  it('mounts the on-screen cards nearest the opening comment first', () => {
    const { target, view, opening } = opened();
    const order = mountOrder(target, layout, view, [opening]);
    const shown = order.filter((at) => onScreen(layout, at, view));
    const distances = shown.map((at) => centreDistance(layout, at, opening));
    for (let i = 1; i < distances.length; i++) expect(distances[i]!).toBeGreaterThanOrEqual(distances[i - 1]!);
    // The first slice is the neighbourhood: none of it is farther than any card left for later.
    const firstSlice = new Set(order.slice(0, 40));
    const farthestIn = Math.max(...[...firstSlice].filter((at) => onScreen(layout, at, view)).map((at) => centreDistance(layout, at, opening)));
    const nearestLater = Math.min(...shown.filter((at) => !firstSlice.has(at)).map((at) => centreDistance(layout, at, opening)));
    expect(farthestIn).toBeLessThanOrEqual(nearestLater);
  });

  it('mounts every card of the target exactly once in slices of 40, 80, 160…, and keeps what is mounted', () => {
    const { target, view, opening } = opened();
    expect([0, 1, 2, 3].map((count) => sliceSize(count))).toEqual([40, 80, 160, 320]);
    const steps = sliceAll(target, view, [opening]);
    // 40 + 80 + 160 cover up to 280 cards: three frames.
    expect(steps.length).toBe(target.length <= 120 ? 2 : target.length <= 280 ? 3 : 4);
    for (const [at, step] of steps.entries()) {
      expect(new Set(step).size).toBe(step.length);
      const before = at === 0 ? [] : steps[at - 1]!;
      expect(step.slice(0, before.length)).toEqual(before);
      expect(step.length - before.length).toBeLessThanOrEqual(sliceSize(at));
      if (at < steps.length - 1) expect(step.length - before.length).toBe(sliceSize(at));
    }
    expect([...steps.at(-1)!].sort((a, b) => a - b)).toEqual([...target].sort((a, b) => a - b));
  });

  it('gives the same order for the same view, whichever order the target lists the cards in', () => {
    const { target, view, opening } = opened();
    const once = mountOrder(target, layout, view, [opening]);
    expect(mountOrder([...target].reverse(), layout, view, [opening])).toEqual(once);
    expect(sliceAll(target, view, [opening])).toEqual(sliceAll(target, view, [opening]));
  });

  it('restarts the order for a new view during slicing without unmounting a card the new view still holds', () => {
    const { target, view, opening } = opened();
    const mounted = new Set(sliceAll(target, view, [opening])[1]!);
    // Panned down by half a pane: the new target holds some of what is mounted, and more.
    const moved: Rect = { ...view, y: view.y + view.height / 2 };
    const newTarget = index.query(moved.x - 200, moved.y - 200, moved.width + 400, moved.height + 400);
    const next = nextMountSlice(newTarget, mounted, layout, moved, [opening]);
    const kept = [...mounted].filter((at) => newTarget.includes(at));
    expect(kept.length).toBeGreaterThan(0);
    expect(next.slice(0, kept.length).sort((a, b) => a - b)).toEqual(kept.sort((a, b) => a - b));
    expect(next.every((at) => newTarget.includes(at))).toBe(true);
    // What joins first is on screen in the new view.
    const added = next.slice(kept.length);
    expect(added.length).toBe(40);
    expect(added.filter((at) => onScreen(layout, at, moved)).length).toBe(Math.min(40, newTarget.filter((at) => !mounted.has(at) && onScreen(layout, at, moved)).length));
  });

  it('mounts a small change of target at once, as a pan does', () => {
    const { target, view, opening } = opened();
    const all = new Set(target);
    const few = target.slice(0, 30);
    const mounted = new Set(target.filter((at) => !few.includes(at)));
    expect(new Set(nextMountSlice(target, mounted, layout, view, [opening]))).toEqual(all);
    expect(nextMountSlice(few, new Set(), layout, view, [opening])).toEqual(few);
  });

  it('with no opening comment, starts from the view’s centre', () => {
    const { target, view } = opened();
    const order = mountOrder(target, layout, view);
    const cx = view.x + view.width / 2;
    const cy = view.y + view.height / 2;
    const distance = (at: number) => Math.hypot(layout.x[at]! + layout.width[at]! / 2 - cx, layout.y[at]! + layout.height[at]! / 2 - cy);
    const shown = order.filter((at) => onScreen(layout, at, view));
    expect(Math.min(...shown.map(distance))).toBe(distance(order[0]!));
  });
});
