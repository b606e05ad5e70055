import type { MapGraph } from '../../map/graph';
import type { Layout } from '../types';
import { OVERVIEW } from '../overview';

/** Pairs of shown cards whose rectangles overlap, found with a grid (not all pairs). */
export function findOverlaps(layout: Layout, limit = 10): Array<[number, number]> {
  let cellW = 1;
  let cellH = 1;
  for (const at of layout.visible) {
    cellW = Math.max(cellW, layout.width[at]!);
    cellH = Math.max(cellH, layout.height[at]!);
  }
  const cells = new Map<string, number[]>();
  const found: Array<[number, number]> = [];
  const overlap = (a: number, b: number) =>
    layout.x[a]! < layout.x[b]! + layout.width[b]! &&
    layout.x[b]! < layout.x[a]! + layout.width[a]! &&
    layout.y[a]! < layout.y[b]! + layout.height[b]! &&
    layout.y[b]! < layout.y[a]! + layout.height[a]!;
  for (const at of layout.visible) {
    const c0 = Math.floor(layout.x[at]! / cellW);
    const c1 = Math.floor((layout.x[at]! + layout.width[at]!) / cellW);
    const r0 = Math.floor(layout.y[at]! / cellH);
    const r1 = Math.floor((layout.y[at]! + layout.height[at]!) / cellH);
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        const key = `${c},${r}`;
        const list = cells.get(key) ?? [];
        for (const other of list) {
          if (overlap(at, other) && !found.some(([a, b]) => a === other && b === at)) found.push([other, at]);
          if (found.length >= limit) return found;
        }
        list.push(at);
        cells.set(key, list);
      }
    }
  }
  return found;
}

/** Shown nodes whose card is not where the mode puts a reply relative to its parent. */
export function misplacedReplies(graph: MapGraph, layout: Layout): number[] {
  const wrong: number[] = [];
  const column = (at: number) => Math.floor(layout.x[at]! / (OVERVIEW.rowWidth + OVERVIEW.columnGap));
  for (const at of layout.visible) {
    const parent = graph.parent[at]!;
    if (parent < 0) continue;
    let ok: boolean;
    if (layout.mode === 'tree-down') ok = layout.y[at]! > layout.y[parent]! + layout.height[parent]!;
    else if (layout.mode === 'tree-right') ok = layout.x[at]! > layout.x[parent]! + layout.width[parent]!;
    else if (layout.mode === 'outline') ok = layout.y[at]! > layout.y[parent]! && layout.x[at]! >= layout.x[parent]!;
    else ok = column(at) > column(parent) || (column(at) === column(parent) && layout.y[at]! > layout.y[parent]!);
    if (!ok) wrong.push(at);
  }
  return wrong;
}

/** Nodes that break the NaN rule: shown with a non-finite box, or hidden with a number. */
export function badPositions(layout: Layout): number[] {
  const shown = new Uint8Array(layout.x.length);
  for (const at of layout.visible) shown[at] = 1;
  const bad: number[] = [];
  for (let at = 0; at < layout.x.length; at++) {
    const values = [layout.x[at]!, layout.y[at]!, layout.width[at]!, layout.height[at]!];
    const fine = shown[at] === 1 ? values.every(Number.isFinite) && layout.width[at]! > 0 && layout.height[at]! > 0 : values.every(Number.isNaN);
    if (!fine) bad.push(at);
  }
  return bad;
}

/** For the row modes: shown nodes whose row does not come after the previous shown node's. */
export function outOfReadingOrder(layout: Layout): number[] {
  const pitch = OVERVIEW.rowWidth + OVERVIEW.columnGap;
  const column = (at: number) => (layout.mode === 'overview' ? Math.floor(layout.x[at]! / pitch) : 0);
  const wrong: number[] = [];
  for (let i = 1; i < layout.visible.length; i++) {
    const before = layout.visible[i - 1]!;
    const at = layout.visible[i]!;
    if (!(column(at) > column(before) || (column(at) === column(before) && layout.y[at]! > layout.y[before]!))) wrong.push(at);
  }
  return wrong;
}
