import type { Layout } from './types';

/**
 * Reply lines as data: the polyline of the line into each shown reply, in map coordinates,
 * from a point on its parent's card to a point on its own card. Every mode computes them with
 * its layout, and the canvas, the image export and the CLI draw these same points.
 */
export interface ReplyRoutes {
  /** First and one-past-last point of node `at`'s line (equal when it has none: roots, hidden). */
  start: Int32Array;
  end: Int32Array;
  /** x, y pairs. */
  points: Float64Array;
}

/** Collects routes node by node; repeated and collinear middle points are dropped. */
export function createRouteBuilder(count: number) {
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  let points = new Float64Array(Math.max(16, count * 8));
  let used = 0;
  let current = -1;
  const grow = () => {
    const bigger = new Float64Array(points.length * 2);
    bigger.set(points);
    points = bigger;
  };
  return {
    /** Starts the line into `at`; points follow with `to`. */
    begin(at: number): void {
      current = at;
      start[at] = used;
      end[at] = used;
    },
    to(x: number, y: number): void {
      const first = start[current]!;
      const n = used - first;
      if (n > 0 && points[2 * (used - 1)] === x && points[2 * (used - 1) + 1] === y) return;
      if (n > 1) {
        const ax = points[2 * (used - 2)]!;
        const ay = points[2 * (used - 2) + 1]!;
        const bx = points[2 * (used - 1)]!;
        const by = points[2 * (used - 1) + 1]!;
        // The middle point of three on one axis-parallel line adds nothing.
        if ((ax === bx && bx === x && (by - ay) * (y - by) > 0) || (ay === by && by === y && (bx - ax) * (x - bx) > 0)) used--;
      }
      if (2 * used + 2 > points.length) grow();
      points[2 * used] = x;
      points[2 * used + 1] = y;
      used++;
      end[current] = used;
    },
    finish(): ReplyRoutes {
      return { start, end, points: points.slice(0, 2 * used) };
    },
  };
}

/** The points of the reply line into `at`, as [x, y] pairs; empty for a root or a hidden node. */
export function routeOf(layout: Pick<Layout, 'routes'>, at: number): Array<[number, number]> {
  const { start, end, points } = layout.routes;
  const out: Array<[number, number]> = [];
  for (let p = start[at]!; p < end[at]!; p++) out.push([points[2 * p]!, points[2 * p + 1]!]);
  return out;
}

/** The reply line into `at` as an SVG path (`M x y L x y …`), or '' when it has none. */
export function routePath(layout: Pick<Layout, 'routes'>, at: number, round = (value: number) => String(value)): string {
  const { start, end, points } = layout.routes;
  let d = '';
  for (let p = start[at]!; p < end[at]!; p++) d += `${p === start[at] ? 'M' : 'L'}${round(points[2 * p]!)} ${round(points[2 * p + 1]!)}`;
  return d;
}

/** How far a quote link bows out to the left of the cards it joins, in map units. */
const QUOTE_BOW = 36;

/**
 * The quote link from the card at `from` (the quoting one) to the card at `to` as an SVG path: a
 * curve from the quoting card's left side, bowing out beside the cards, to the quoted card's left
 * side, where an arrowhead goes. The map and the image export draw the same curve: a straight line
 * between the two cards read as one more reply line.
 */
export function quotePath(layout: Pick<Layout, 'x' | 'y' | 'height'>, from: number, to: number, round = (value: number) => String(value)): string {
  const x1 = layout.x[from]!;
  const y1 = layout.y[from]! + layout.height[from]! / 2;
  const x2 = layout.x[to]!;
  const y2 = layout.y[to]! + layout.height[to]! / 2;
  const bend = round(Math.min(x1, x2) - QUOTE_BOW);
  return `M${round(x1)} ${round(y1)}C${bend} ${round(y1)} ${bend} ${round(y2)} ${round(x2 - 1)} ${round(y2)}`;
}
