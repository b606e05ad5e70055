import { lodForZoom, type Lod } from './lod';
import { visibleRect } from './viewport';

/** The part of the map whose cards are mounted, at one level of detail and zoom step. */
export interface MountRegion {
  lod: Lod;
  /** The zoom rounded to a quarter octave: a new step restyles cards, so it remounts. */
  step: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

type Transform = readonly [number, number, number];

const CELLS_PER_VIEW = 8;

/**
 * The region to mount for a view, quantised to cells of an eighth of the view so that nearby
 * views give the same region: the view plus a margin of half a cell to a cell and a half on each
 * side, 1.6–2 times the view's area. Every mounted card costs paint on every frame of a pan, so
 * the margin is small; nextMountRegion keeps it from remounting on every cell crossed.
 */
export function freshMountRegion(transform: Transform, width: number, height: number, lod: Lod): MountRegion {
  const zoom = transform[2];
  // Far out nothing is mounted: one region for every zoom, so zooming there re-renders nothing.
  if (lod === 'overview' || width === 0) return { lod, step: 0, x: 0, y: 0, width: 0, height: 0 };
  const step = 2 ** (Math.round(Math.log2(zoom) * 4) / 4);
  const view = visibleRect(transform, width, height);
  const cell = Math.max(width, height) / step / CELLS_PER_VIEW;
  const x0 = Math.floor((view.x - cell / 2) / cell) * cell;
  const y0 = Math.floor((view.y - cell / 2) / cell) * cell;
  const x1 = Math.ceil((view.x + view.width + cell / 2) / cell) * cell;
  const y1 = Math.ceil((view.y + view.height + cell / 2) / cell) * cell;
  return { lod, step, x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The region to mount after a change of view: the one mounted, as long as it still holds the
 * view with a guard of an eighth of a cell on every side, else a fresh one. A pan that goes back
 * and forth (reading along a sub-debate) then remounts nothing, where fixed cells remounted a
 * strip each time the view crossed a cell's edge.
 */
export function nextMountRegion(held: MountRegion | null, transform: Transform, width: number, height: number, cardsOnly = false): MountRegion {
  const zoom = transform[2];
  const lod = cardsOnly ? 'full' : lodForZoom(zoom);
  const fresh = () => freshMountRegion(transform, width, height, lod);
  if (!held || held.lod !== lod || lod === 'overview' || width === 0) return fresh();
  const step = 2 ** (Math.round(Math.log2(zoom) * 4) / 4);
  if (step !== held.step) return fresh();
  const view = visibleRect(transform, width, height);
  const guard = Math.max(width, height) / step / CELLS_PER_VIEW / 4;
  const inside =
    view.x - guard >= held.x && view.y - guard >= held.y && view.x + view.width + guard <= held.x + held.width && view.y + view.height + guard <= held.y + held.height;
  return inside ? held : fresh();
}

/** A region as a string, so that a store selector returning it compares by value. */
export const mountRegionKey = (region: MountRegion) => `${region.lod}|${region.step}|${region.x}|${region.y}|${region.width}|${region.height}`;

/** The region a key stands for. */
export function parseMountRegion(key: string): MountRegion {
  const [lod, step, x, y, width, height] = key.split('|');
  return { lod: lod as Lod, step: Number(step), x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
}
