import type { MapGeometry } from '../geometry';

/**
 * The rules every drawn map keeps, checked on the geometry the CLI prints: each returns the
 * offending ids (or id pairs), empty when the rule holds. Grids keep them near-linear.
 */

type Box = MapGeometry['nodes'][number];
type Point = [number, number];

/** Clear space a reply line keeps from every card it does not join. */
export const CLEARANCE = 4;
/** Largest gap between a tree level and the next (tree → uses 64 px). */
const LEVEL_GAP = 64;

function gridOf(boxes: readonly Box[]) {
  // About a card's size: a banner across the map sits in many cells rather than making one huge cell.
  const cell = 400;
  const cells = new Map<string, number[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  boxes.forEach((box, index) => {
    for (let cx = Math.floor(box.x / cell); cx <= Math.floor((box.x + box.width) / cell); cx++)
      for (let cy = Math.floor(box.y / cell); cy <= Math.floor((box.y + box.height) / cell); cy++) {
        const list = cells.get(key(cx, cy)) ?? [];
        list.push(index);
        cells.set(key(cx, cy), list);
      }
  });
  /** Indices of boxes whose cells meet the rectangle. */
  return (x0: number, y0: number, x1: number, y1: number): Set<number> => {
    const found = new Set<number>();
    for (let cx = Math.floor(x0 / cell); cx <= Math.floor(x1 / cell); cx++)
      for (let cy = Math.floor(y0 / cell); cy <= Math.floor(y1 / cell); cy++) for (const index of cells.get(key(cx, cy)) ?? []) found.add(index);
    return found;
  };
}

/** Pairs of cards whose rectangles overlap. */
export function overlappingCards(geometry: MapGeometry): Array<[string, string]> {
  const { nodes } = geometry;
  const near = gridOf(nodes);
  const found: Array<[string, string]> = [];
  nodes.forEach((a, i) => {
    for (const j of near(a.x, a.y, a.x + a.width, a.y + a.height)) {
      const b = nodes[j]!;
      if (j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push([a.id, b.id]);
    }
  });
  return found;
}

const onEdgeOf = ([x, y]: Point, box: Box) => {
  const inside = x >= box.x - 0.5 && x <= box.x + box.width + 0.5 && y >= box.y - 0.5 && y <= box.y + box.height + 0.5;
  const onBorder = Math.min(Math.abs(x - box.x), Math.abs(x - box.x - box.width), Math.abs(y - box.y), Math.abs(y - box.y - box.height)) <= 0.5;
  return inside && onBorder;
};

/** Lines that do not start on their parent's card edge or do not end on their reply's. */
export function looseLineEnds(geometry: MapGeometry): string[] {
  const byId = new Map(geometry.nodes.map((box) => [box.id, box]));
  return geometry.edges
    .filter(({ from, to, points }) => points.length < 2 || !onEdgeOf(points[0]!, byId.get(from)!) || !onEdgeOf(points[points.length - 1]!, byId.get(to)!))
    .map(({ to }) => to);
}

/** Whether segment a→b meets the rectangle (Liang–Barsky clipping). */
export function segmentMeetsRect(a: Point, b: Point, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const clips: Array<[number, number]> = [[-dx, a[0] - x0], [dx, x1 - a[0]], [-dy, a[1] - y0], [dy, y1 - a[1]]];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Lines that pass over or within CLEARANCE of a card other than the two they join, or through
 * the inside of those two. Returns [line's reply id, card id].
 */
export function linesOverCards(geometry: MapGeometry): Array<[string, string]> {
  const { nodes } = geometry;
  const near = gridOf(nodes);
  const index = new Map(nodes.map((box, i) => [box.id, i]));
  const found: Array<[string, string]> = [];
  const c = CLEARANCE - 0.01;
  for (const { from, to, points } of geometry.edges) {
    const ends = new Set([index.get(from), index.get(to)]);
    const hit = new Set<string>();
    for (let s = 0; s + 1 < points.length; s++) {
      const a = points[s]!;
      const b = points[s + 1]!;
      for (const i of near(Math.min(a[0], b[0]) - c, Math.min(a[1], b[1]) - c, Math.max(a[0], b[0]) + c, Math.max(a[1], b[1]) + c)) {
        const box = nodes[i]!;
        const own = ends.has(i);
        // Its own two cards: the line may touch their edge, never cross their inside.
        const pad = own ? -0.5 : c;
        if (segmentMeetsRect(a, b, box.x - pad, box.y - pad, box.x + box.width + pad, box.y + box.height + pad)) hit.add(box.id);
      }
    }
    for (const id of hit) found.push([to, id]);
  }
  return found;
}

function segmentsMeet(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (o: Point, p: Point, q: Point) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  const within = (o: Point, p: Point, q: Point) => Math.min(o[0], p[0]) <= q[0] && q[0] <= Math.max(o[0], p[0]) && Math.min(o[1], p[1]) <= q[1] && q[1] <= Math.max(o[1], p[1]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && within(c, d, a)) || (d2 === 0 && within(c, d, b)) || (d3 === 0 && within(a, b, c)) || (d4 === 0 && within(a, b, d));
}

/** Pairs of lines from different parents that cross or touch (the shared comb of one parent is fine). */
export function crossingLines(geometry: MapGeometry, limit = 20): Array<[string, string]> {
  const segments: Array<{ a: Point; b: Point; from: string; to: string }> = [];
  for (const { from, to, points } of geometry.edges) for (let s = 0; s + 1 < points.length; s++) segments.push({ a: points[s]!, b: points[s + 1]!, from, to });
  const cell = 400;
  const cells = new Map<string, number[]>();
  const found = new Map<string, [string, string]>();
  segments.forEach((segment, i) => {
    const x0 = Math.floor(Math.min(segment.a[0], segment.b[0]) / cell);
    const x1 = Math.floor(Math.max(segment.a[0], segment.b[0]) / cell);
    const y0 = Math.floor(Math.min(segment.a[1], segment.b[1]) / cell);
    const y1 = Math.floor(Math.max(segment.a[1], segment.b[1]) / cell);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const key = `${cx},${cy}`;
        const list = cells.get(key) ?? [];
        for (const j of list) {
          const other = segments[j]!;
          if (other.from === segment.from || found.size >= limit) continue;
          if (segmentsMeet(segment.a, segment.b, other.a, other.b)) found.set(`${other.to}|${segment.to}`, [other.to, segment.to]);
        }
        list.push(i);
        cells.set(key, list);
      }
  });
  return [...found.values()];
}

/** Replies placed before their parent: above it (tree ↓), left of it (tree →), on an earlier row (outline, overview). */
export function repliesBeforeParents(geometry: MapGeometry): string[] {
  const byId = new Map(geometry.nodes.map((box) => [box.id, box]));
  const columnOf = (box: Box) => (geometry.mode === 'overview' ? Math.floor(box.x / 332) : 0);
  return geometry.edges
    .filter(({ from, to }) => {
      const p = byId.get(from)!;
      const c = byId.get(to)!;
      if (geometry.mode === 'tree-down') return !(c.y >= p.y + p.height);
      if (geometry.mode === 'tree-right') return !(c.x >= p.x + p.width);
      if (p.width > 332 && geometry.mode === 'overview') return !(c.y >= p.y + p.height);
      return !(columnOf(c) > columnOf(p) || (columnOf(c) === columnOf(p) && c.y > p.y));
    })
    .map(({ to }) => to);
}

/**
 * Replies that sit where a reply of their sibling would: right below (tree ↓) or right of
 * (tree →) a sibling, within one level gap, with no bus line between them; or, in the row
 * modes, indented past the sibling on the row just before them.
 */
export function siblingsLikeParents(geometry: MapGeometry): string[] {
  const { nodes } = geometry;
  const byId = new Map(nodes.map((box) => [box.id, box]));
  const parentOf = new Map(geometry.edges.map((edge) => [edge.to, edge.from]));
  const near = gridOf(nodes);
  const wrong: string[] = [];
  const down = geometry.mode !== 'tree-right';
  for (const { to, points } of geometry.edges) {
    const c = byId.get(to)!;
    const parent = parentOf.get(to);
    const before = down ? near(c.x, c.y - LEVEL_GAP - 1, c.x + c.width, c.y) : near(c.x - LEVEL_GAP - 1, c.y, c.x, c.y + c.height);
    for (const i of before) {
      const s = nodes[i]!;
      if (s.id === to || parentOf.get(s.id) !== parent) continue;
      if (geometry.mode === 'outline' || geometry.mode === 'overview') {
        const rowBefore = s.y + s.height <= c.y && c.y - (s.y + s.height) < 10 && s.x < c.x + c.width && c.x < s.x + s.width;
        if (rowBefore && c.x > s.x) wrong.push(to);
        continue;
      }
      const overlaps = down ? s.x < c.x + c.width && c.x < s.x + s.width && s.y + s.height <= c.y : s.y < c.y + c.height && c.y < s.y + s.height && s.x + s.width <= c.x;
      if (!overlaps) continue;
      const [far, nearEdge] = down ? [s.y + s.height, c.y] : [s.x + s.width, c.x];
      const bus = points.some((a, k) => {
        const b = points[k + 1];
        if (!b) return false;
        const across = down ? a[1] === b[1] && a[0] !== b[0] : a[0] === b[0] && a[1] !== b[1];
        const at = down ? a[1] : a[0];
        return across && at > far && at < nearEdge;
      });
      if (!bus) wrong.push(to);
    }
  }
  return wrong;
}

/**
 * Parents whose replies are split by another card (tree modes): two consecutive replies on the
 * same level line with a card between them that is not one of those replies.
 */
export function scatteredReplies(geometry: MapGeometry): string[] {
  const down = geometry.mode !== 'tree-right';
  const along = (box: Box) => (down ? box.y : box.x);
  const across = (box: Box) => (down ? box.x : box.y);
  const bands = new Map<number, Box[]>();
  for (const box of geometry.nodes) {
    const list = bands.get(along(box)) ?? [];
    list.push(box);
    bands.set(along(box), list);
  }
  const rank = new Map<string, number>();
  for (const list of bands.values()) {
    list.sort((a, b) => across(a) - across(b));
    list.forEach((box, i) => rank.set(box.id, i));
  }
  const byId = new Map(geometry.nodes.map((box) => [box.id, box]));
  const wrong = new Set<string>();
  const lastReply = new Map<string, string>();
  for (const edge of geometry.edges) {
    const before = lastReply.get(edge.from);
    if (before !== undefined) {
      const a = byId.get(before)!;
      const b = byId.get(edge.to)!;
      if (along(a) === along(b) && Math.abs(rank.get(b.id)! - rank.get(a.id)!) !== 1) wrong.add(edge.from);
    }
    lastReply.set(edge.from, edge.to);
  }
  return [...wrong];
}
