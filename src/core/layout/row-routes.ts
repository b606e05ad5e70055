import type { MapGraph } from '../map/graph';
import { createRouteBuilder, type ReplyRoutes } from './routes';
import type { createLayoutArrays } from './visibility';

/** How far a rail runs in from its parent's left edge when the indentation leaves room. */
const RAIL = 14;
/** Clear space kept between a rail and any card it passes. */
const CLEAR = 6;

/**
 * Reply lines for the row layouts (outline, overview). A rail runs down from the parent
 * inside the indentation of the rows below it (all of them its descendants) and turns into
 * the reply's left edge. Where indentation has stopped growing, the rail runs just left of the
 * parent instead, and a first reply right under its parent gets a short drop. A reply in a
 * later column is reached under the columns in between, up the gap before its column and over
 * that column's top, whose rows down to the reply are again all the parent's descendants.
 */
export function routeRows(
  graph: MapGraph,
  arrays: ReturnType<typeof createLayoutArrays>,
  visible: Int32Array,
  columns: { pitch: number; gap: number; top: number } | null,
): ReplyRoutes {
  const columnPitch = columns?.pitch ?? Infinity;
  const columnGap = columns?.gap ?? 0;
  // Lines to a later column pass over the columns' tops, below a banner when there is one.
  const over = (columns?.top ?? 0) - 2 * CLEAR;
  const { x, y, width, height } = arrays;
  const count = graph.nodes.length;
  const column = (at: number) => (Number.isFinite(columnPitch) ? Math.floor(x[at]! / columnPitch) : 0);
  const columnX = (col: number) => (Number.isFinite(columnPitch) ? col * columnPitch : 0);
  const row = new Int32Array(count).fill(-1);
  const bottoms: number[] = [];
  visible.forEach((at, index) => {
    row[at] = index;
    const col = column(at);
    bottoms[col] = Math.max(bottoms[col] ?? -Infinity, y[at]! + height[at]!);
  });
  const lowest = rangeMaximum(bottoms.map((bottom) => bottom ?? -Infinity));
  const routes = createRouteBuilder(count);
  for (const at of visible) {
    const parent = graph.parent[at]!;
    if (parent < 0 || row[parent]! < 0) continue;
    // A banner across all columns (the post in the overview) drops straight into each column.
    const banner = width[parent]! > columnPitch;
    const to = column(at);
    const from = banner ? to : column(parent);
    const indent = banner ? 0 : x[parent]! - columnX(from);
    const room = x[at]! - columnX(to) - indent;
    const middle = y[at]! + height[at]! / 2;
    // A rail inside the parent's left edge needs the reply indented past it by its clearance.
    const inside = room >= CLEAR + 4;
    routes.begin(at);
    if (from === to && row[at] === row[parent]! + 1 && !inside) {
      // The first reply right under its parent, without room for a rail: a short drop between them.
      const drop = x[at]! + Math.min(RAIL, width[at]! / 2);
      routes.to(drop, y[parent]! + height[parent]!);
      routes.to(drop, y[at]!);
      continue;
    }
    const offset = inside ? Math.min(RAIL, room - CLEAR) : -CLEAR;
    const lane = (col: number) => columnX(col) + indent + offset;
    if (offset > 0 || banner) routes.to(lane(from), y[parent]! + height[parent]!);
    else {
      routes.to(x[parent]!, y[parent]! + height[parent]! / 2);
      routes.to(lane(from), y[parent]! + height[parent]! / 2);
    }
    if (from < to) {
      // Under the columns from the parent's to the one before the reply's, up the gap before the
      // reply's column and over its top: a fixed number of turns however many columns lie between.
      const below = lowest(from, to - 1) + 2 * CLEAR;
      const gap = columnX(to) - columnGap / 2;
      routes.to(lane(from), below);
      routes.to(gap, below);
      routes.to(gap, over);
      routes.to(lane(to), over);
    }
    routes.to(lane(to), middle);
    routes.to(x[at]!, middle);
  }
  return routes.finish();
}

/** Maximum of values[from..to] (inclusive) in constant time, after an O(n log n) table. */
function rangeMaximum(values: readonly number[]): (from: number, to: number) => number {
  const levels: Float64Array[] = [Float64Array.from(values)];
  for (let span = 1; 2 * span <= values.length; span *= 2) {
    const previous = levels[levels.length - 1]!;
    const next = new Float64Array(values.length - 2 * span + 1);
    for (let i = 0; i < next.length; i++) next[i] = Math.max(previous[i]!, previous[i + span]!);
    levels.push(next);
  }
  return (from, to) => {
    const level = Math.floor(Math.log2(to - from + 1));
    const table = levels[level]!;
    return Math.max(table[from]!, table[to - (1 << level) + 1]!);
  };
}
