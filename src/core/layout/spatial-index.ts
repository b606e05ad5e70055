import type { Layout } from './types';

/** Which shown cards lie in a region of the map, answered without scanning every card. */
export interface SpatialIndex {
  /** Positions of the shown cards that intersect the rectangle, in pre-order. */
  query(x: number, y: number, width: number, height: number): number[];
  /** Position of the card under a point, or -1. */
  at(x: number, y: number): number;
}

/**
 * A uniform grid over the layout's bounds, cells about the size of an average card or of the
 * average area per card, whichever is larger; each card is listed in every cell it touches. Built in linear time.
 */
export function createSpatialIndex(layout: Layout): SpatialIndex {
  const { visible, bounds } = layout;
  const count = visible.length;
  // The average card, not the largest: one banner across the overview must not make every cell huge.
  let widths = 0;
  let heights = 0;
  for (const at of visible) {
    widths += layout.width[at]!;
    heights += layout.height[at]!;
  }
  const perCard = Math.sqrt((Math.max(bounds.width, 1) * Math.max(bounds.height, 1)) / Math.max(count, 1));
  let cellW = Math.max(1, widths / Math.max(count, 1), perCard);
  let cellH = Math.max(1, heights / Math.max(count, 1), perCard);
  let columns = Math.max(1, Math.ceil(bounds.width / cellW));
  let rows = Math.max(1, Math.ceil(bounds.height / cellH));
  // A sparse layout must not turn into millions of empty cells.
  const maxCells = 4 * count + 64;
  if (columns * rows > maxCells) {
    const grow = Math.sqrt((columns * rows) / maxCells);
    cellW *= grow;
    cellH *= grow;
    columns = Math.max(1, Math.ceil(bounds.width / cellW));
    rows = Math.max(1, Math.ceil(bounds.height / cellH));
  }
  const cellOf = (value: number, origin: number, size: number, cells: number) =>
    Math.min(cells - 1, Math.max(0, Math.floor((value - origin) / size)));

  // Compressed rows: cellStart[c]..cellStart[c + 1] index into items, filled in pre-order.
  const cellStart = new Int32Array(columns * rows + 1);
  const forEachCell = (at: number, visit: (cell: number) => void) => {
    const c0 = cellOf(layout.x[at]!, bounds.x, cellW, columns);
    const c1 = cellOf(layout.x[at]! + layout.width[at]!, bounds.x, cellW, columns);
    const r0 = cellOf(layout.y[at]!, bounds.y, cellH, rows);
    const r1 = cellOf(layout.y[at]! + layout.height[at]!, bounds.y, cellH, rows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * columns + c);
  };
  for (const at of visible) forEachCell(at, (cell) => cellStart[cell + 1]!++);
  for (let cell = 0; cell < columns * rows; cell++) cellStart[cell + 1]! += cellStart[cell]!;
  const items = new Int32Array(cellStart[columns * rows]!);
  const fill = cellStart.slice(0, columns * rows);
  const rank = new Int32Array(layout.x.length);
  visible.forEach((at, order) => {
    rank[at] = order;
    forEachCell(at, (cell) => (items[fill[cell]!++] = at));
  });

  const seen = new Uint32Array(layout.x.length);
  let stamp = 0;
  const query = (x: number, y: number, width: number, height: number): number[] => {
    const found: number[] = [];
    if (count === 0 || !(width >= 0 && height >= 0)) return found;
    if (x > bounds.x + bounds.width || y > bounds.y + bounds.height || x + width < bounds.x || y + height < bounds.y) return found;
    stamp++;
    const c0 = cellOf(x, bounds.x, cellW, columns);
    const c1 = cellOf(x + width, bounds.x, cellW, columns);
    const r0 = cellOf(y, bounds.y, cellH, rows);
    const r1 = cellOf(y + height, bounds.y, cellH, rows);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * columns + c;
        for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
          const at = items[k]!;
          if (seen[at] === stamp) continue;
          seen[at] = stamp;
          const ax = layout.x[at]!;
          const ay = layout.y[at]!;
          if (ax <= x + width && ax + layout.width[at]! >= x && ay <= y + height && ay + layout.height[at]! >= y) found.push(at);
        }
      }
    }
    return found.sort((a, b) => rank[a]! - rank[b]!);
  };
  const at = (x: number, y: number): number => {
    const hits = query(x, y, 0, 0);
    return hits.length > 0 ? hits[hits.length - 1]! : -1;
  };
  return { query, at };
}
