import type { Box, SubDebate } from './regions';

/**
 * Label sizes in screen pixels. Text is never smaller than 12 px: a label that cannot be shown
 * at that size is left out, not shrunk.
 */
export const REGION_LABEL = {
  /** The first line: author and number of comments; the short label's only line. */
  titleFont: 13,
  /** The opening words, then participants and how many levels deep it goes. */
  detailFont: 12,
  /** Three lines and the tag bar, with padding. */
  fullHeight: 64,
  /** One line: author and number of comments. */
  shortHeight: 22,
  fullWidth: 240,
  shortWidth: 150,
  /**
   * On its own region a label may be narrower, down to these, so that a sub-debate spread over
   * narrow columns (the overview far out) is named on them rather than beside them, over others.
   */
  fullMinWidth: 112,
  shortMinWidth: 88,
  /** Space kept between labels, and between a label and the edge of its region. */
  gap: 4,
  /** How far outside the map's box labels may go (screen pixels). */
  margin: 20,
  /** Sub-debates holding at least this share always get a label, placed beside their region
   * when there is no room inside; smaller ones are labelled only inside their own area. */
  keyShare: 0.03,
  /**
   * …and at least this many comments: on a thread of a few dozen every reply holds 3 %, and
   * labels set beside replies of one or two comments would cover the cards of the others.
   */
  keyMinCount: 5,
} as const;

/** The window the labels are placed for: its size, and where it is in the labels' coordinates when known. */
export interface LabelWindow {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Index of the region in the list given to placeRegionLabels. */
  region: number;
  /** Screen pixels at the given zoom with the map's origin at 0,0: add the view's translation. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Full: three lines and the tag bar; short: one line. */
  size: 'full' | 'short';
  /** True when the label sits beside its region rather than on it. */
  outside: boolean;
  /** Index of the piece of the region it labels. */
  piece: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

const scaled = (box: Box, zoom: number): Box => ({ x: box.x * zoom, y: box.y * zoom, width: box.width * zoom, height: box.height * zoom });

/** Top-left corners to try for a label of w×h on a piece `s`: inside first, then beside it. */
function candidates(s: Box, w: number, h: number, outside: boolean): Array<{ x: number; y: number; outside: boolean }> {
  const g = REGION_LABEL.gap;
  const list: Array<{ x: number; y: number; outside: boolean }> = [];
  if (s.width >= w + 2 * g && s.height >= h + 2 * g) {
    const right = s.x + s.width - w - g;
    for (let y = s.y + g; y + h + g <= s.y + s.height; y += h / 2 + g) {
      list.push({ x: s.x + g, y, outside: false });
      if (right > s.x + g) list.push({ x: right, y, outside: false });
    }
  }
  if (!outside) return list;
  const cy = s.y + s.height / 2 - h / 2;
  // Beside the piece, nearest first, then in a second lane further out (a thin column's labels).
  for (const lane of [0, 1]) {
    for (const dy of [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -3, 3]) {
      list.push({ x: s.x + s.width + g + lane * (w + g), y: cy + dy * (h / 2 + g), outside: true });
      list.push({ x: s.x - w - g - lane * (w + g), y: cy + dy * (h / 2 + g), outside: true });
    }
  }
  return list;
}

/**
 * Where the labels of the sub-debates go at a zoom: biggest first, each on its largest piece when
 * it fits there, else (for sub-debates of `keyShare` or more) beside it, never over another label
 * and never outside the map's box at this zoom grown by a margin, nor, across a direction the whole
 * map fits in, outside the window (a margin inside its edges), and never over a box of `avoid` (the
 * window's controls, in the labels' coordinates). `window` is where the window shows the map, in
 * the labels' coordinates; without its x and y, the window is taken as centred on the map (a fit
 * view with nothing over the pane). Positions are in screen pixels relative to the map's origin,
 * so panning only moves them.
 */
export function placeRegionLabels(regions: readonly SubDebate[], zoom: number, window: LabelWindow, avoid: readonly Box[] = []): PlacedLabel[] {
  const bounds = labelArea(regions, zoom, window);
  if (!bounds) return [];
  const order = regions.map((_, i) => i).filter((i) => regions[i]!.pieces.length > 0);
  order.sort((a, b) => regions[b]!.count - regions[a]!.count || regions[a]!.level - regions[b]!.level);
  const placed: PlacedLabel[] = [];
  const fits = (box: Box) =>
    box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
  const top = regions.map((_, i) => topRegion(regions, i));
  const coversOthers = cardsOfOthers(regions, zoom);
  for (const index of order) {
    const region = regions[index]!;
    const key = region.share >= REGION_LABEL.keyShare && region.count >= REGION_LABEL.keyMinCount;
    const pieces = region.pieces.map((piece) => scaled(piece, zoom));
    const free = (box: Box) => fits(box) && !placed.some((other) => overlaps(box, other, REGION_LABEL.gap)) && !avoid.some((control) => overlaps(box, control, REGION_LABEL.gap));
    const clear = (box: Box, outside: boolean) => free(box) && !(outside && coversOthers(box, top[index]!));
    // Of each size, a spot beside the region over empty map first, over other cards only when
    // there is none (a sub-debate of `keyShare` is named whatever it covers).
    let chosen: Omit<PlacedLabel, 'region'> | null = null;
    for (const size of ['full', 'short'] as const) {
      chosen ??= findSpot(pieces, size, key, clear) ?? (key ? findSpot(pieces, size, key, free) : null);
    }
    if (chosen) placed.push({ region: index, ...chosen });
  }
  return placed;
}

/** Regions this large are tinted on the map (see the canvas' shades), so a region in view is named. */
const PINNED_FROM_SHARE = 0.005;

/**
 * Labels placed for the whole map at a zoom sit where each region starts; zoomed in, a region can
 * fill the window while its label lies off screen (none when every label is in view). These are labels for the regions in `view`
 * (a box in the labels' coordinates) whose own label is not in it: each inside the part of its
 * pieces in view (running over its neighbours where it is narrower than the label), biggest region
 * first, clear of the labels in view, of each other and of `avoid`. Only tinted regions (0.5 % of
 * the map or more) and big branches get one. At fit view (every label in view) this names the
 * tinted regions the placement left unnamed, where there is room: placed for the whole map, biggest
 * first, labels go to the sub-debates of 3 % or more, and the room left between them is for the next ones.
 */
export function pinRegionLabels(regions: readonly SubDebate[], labels: readonly PlacedLabel[], zoom: number, view: Box, avoid: readonly Box[] = []): PlacedLabel[] {
  // A label cut by the window's edge does not count: its region gets a whole one inside.
  const inView = labels.filter((label) => label.x >= view.x && label.y >= view.y && label.x + label.width <= view.x + view.width && label.y + label.height <= view.y + view.height);
  const named = new Set(inView.map((label) => label.region));
  const taken: Box[] = [...inView, ...avoid];
  const order = regions
    .map((_, index) => index)
    .filter((index) => !named.has(index) && (regions[index]!.share >= PINNED_FROM_SHARE || regions[index]!.level > 1));
  order.sort((a, b) => regions[b]!.count - regions[a]!.count);
  const pins: PlacedLabel[] = [];
  for (const index of order) {
    const parts = regions[index]!.pieces
      .map((piece, at) => ({ at, box: clip(scaled(piece, zoom), view) }))
      .filter((part): part is { at: number; box: Box } => part.box !== null)
      .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
    const free = (box: Box) => !taken.some((other) => overlaps(box, other, REGION_LABEL.gap));
    let chosen: PlacedLabel | null = null;
    sizes: for (const size of ['full', 'short'] as const) {
      const width = size === 'full' ? REGION_LABEL.fullWidth : REGION_LABEL.shortWidth;
      const height = size === 'full' ? REGION_LABEL.fullHeight : REGION_LABEL.shortHeight;
      for (const part of parts) {
        for (const spot of pinSpots(part.box, view, width, height)) {
          const label = { x: spot.x, y: spot.y, width, height };
          if (!free(label)) continue;
          chosen = { region: index, ...label, size, outside: false, piece: part.at };
          break sizes;
        }
      }
    }
    if (chosen) {
      pins.push(chosen);
      taken.push(chosen);
    }
  }
  return pins;
}

/**
 * Top-left corners for a pinned label of w×h on the part of a piece in view, top first: aligned
 * with its left or its right edge, running over the neighbours where the piece is narrower than
 * the label (an overview column), never past the view.
 */
function pinSpots(part: Box, view: Box, w: number, h: number): Array<{ x: number; y: number }> {
  const g = REGION_LABEL.gap;
  const spots: Array<{ x: number; y: number }> = [];
  for (let y = part.y + g; y + h + g <= part.y + part.height; y += h / 2 + g) {
    for (const x of [part.x + g, part.x + part.width - w - g]) if (x >= view.x && x + w <= view.x + view.width) spots.push({ x, y });
  }
  return spots;
}

/** The part of `box` inside `view`; null when none. */
function clip(box: Box, view: Box): Box | null {
  const x = Math.max(box.x, view.x);
  const y = Math.max(box.y, view.y);
  const right = Math.min(box.x + box.width, view.x + view.width);
  const bottom = Math.min(box.y + box.height, view.y + view.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Grid cell of the index of cards, in screen pixels: about a label's size. */
const CELL = 256;

/**
 * Whether a box covers cards of a reply to the post other than `own`: the pieces of the level-1
 * regions in a grid, so each spot tried looks at the few pieces near it.
 */
function cardsOfOthers(regions: readonly SubDebate[], zoom: number): (box: Box, own: number) => boolean {
  const grid = new Map<number, Array<{ box: Box; top: number }>>();
  const cellsOf = (box: Box, visit: (key: number) => boolean | void): boolean => {
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) if (visit(cx * 1_000_003 + cy)) return true;
    }
    return false;
  };
  regions.forEach((region, top) => {
    if (region.level !== 1) return;
    for (const piece of region.pieces) {
      const card = { box: scaled(piece, zoom), top };
      cellsOf(card.box, (key) => void (grid.get(key) ?? grid.set(key, []).get(key)!).push(card));
    }
  });
  return (box, own) => cellsOf(box, (key) => grid.get(key)?.some((card) => card.top !== own && overlaps(box, card.box, 0)));
}

/** The reply to the post that a region lies in (itself at level 1). */
function topRegion(regions: readonly SubDebate[], index: number): number {
  let at = index;
  while (regions[at]!.level > 1 && regions[at]!.parentRegion >= 0) at = regions[at]!.parentRegion;
  return at;
}

/**
 * The first spot for a label of `size` that `allowed` lets it have: on the region first (its
 * largest piece, then side by side pieces taken together, each narrowing the label to its
 * width if need be), then, for a key sub-debate, beside a piece.
 */
function findSpot(pieces: readonly Box[], size: PlacedLabel['size'], key: boolean, allowed: (box: Box, outside: boolean) => boolean): Omit<PlacedLabel, 'region'> | null {
  const widest = size === 'full' ? REGION_LABEL.fullWidth : REGION_LABEL.shortWidth;
  const narrowest = size === 'full' ? REGION_LABEL.fullMinWidth : REGION_LABEL.shortMinWidth;
  const height = size === 'full' ? REGION_LABEL.fullHeight : REGION_LABEL.shortHeight;
  const tried = key ? pieces : pieces.slice(0, 1);
  const areas = [...tried.map((box, piece) => ({ box, piece })), ...sideBySide(tried, height + 2 * REGION_LABEL.gap)];
  for (const { box, piece } of areas) {
    const width = Math.min(widest, box.width - 2 * REGION_LABEL.gap);
    if (width < narrowest) continue;
    for (const spot of candidates(box, width, height, false)) {
      const label = { x: spot.x, y: spot.y, width, height };
      if (allowed(label, false)) return { ...label, size, outside: false, piece };
    }
  }
  if (!key) return null;
  for (const [piece, box] of pieces.entries()) {
    for (const spot of candidates(box, widest, height, true)) {
      if (!spot.outside) continue;
      const label = { x: spot.x, y: spot.y, width: widest, height };
      if (allowed(label, true)) return { ...label, size, outside: true, piece };
    }
  }
  return null;
}

/** Pieces further apart than this side by side are not read as one area (the overview's columns are 32 map units apart). */
const SIDE_BY_SIDE_GAP = 12;

/**
 * The areas a region covers across pieces side by side (the overview's columns far out): for
 * each run of pieces, left to right, each within `SIDE_BY_SIDE_GAP` of the last, the band of
 * height all of them cover, at least `minHeight`; the widest per first piece, widest first.
 * `piece` names the run's first piece.
 */
function sideBySide(pieces: readonly Box[], minHeight: number): Array<{ box: Box; piece: number }> {
  const order = pieces.map((_, i) => i).sort((a, b) => pieces[a]!.x - pieces[b]!.x);
  const areas: Array<{ box: Box; piece: number }> = [];
  for (let i = 0; i < order.length; i++) {
    const first = pieces[order[i]!]!;
    let top = first.y;
    let bottom = first.y + first.height;
    let right = first.x + first.width;
    let best: Box | null = null;
    for (let j = i + 1; j < order.length; j++) {
      const next = pieces[order[j]!]!;
      if (next.x > right + SIDE_BY_SIDE_GAP) break;
      top = Math.max(top, next.y);
      bottom = Math.min(bottom, next.y + next.height);
      if (bottom - top < minHeight) break;
      right = Math.max(right, next.x + next.width);
      best = { x: first.x, y: top, width: right - first.x, height: bottom - top };
    }
    if (best) areas.push({ box: best, piece: order[i]! });
  }
  return areas.sort((a, b) => b.box.width - a.box.width);
}

/**
 * Where labels may go along one direction: from the map's start `from` to its end `to`, and the
 * window's start and size. The map fitting in the window, the window (a margin inside its edges),
 * which is where the user sees them: a fit view seldom centres the map in the pane, as it keeps
 * clear of the controls, and a label centred on the map's box ran out past the pane's edge.
 * Wider than the window, the map's span grown by the margin.
 */
function labelSpan(from: number, to: number, start: number | undefined, size: number): [number, number] {
  const m = REGION_LABEL.margin;
  if (start === undefined) {
    const grow = Math.max(m, (size - (to - from)) / 2 - m);
    return [from - grow, to + grow];
  }
  return to - from <= size ? [start + m, start + size - m] : [from - m, to + m];
}

/** The box of all regions at a zoom, grown by the label margin, or the window's when the map fits in it. */
function labelArea(regions: readonly SubDebate[], zoom: number, window: LabelWindow): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const region of regions) {
    for (const piece of region.pieces) {
      x0 = Math.min(x0, piece.x * zoom);
      y0 = Math.min(y0, piece.y * zoom);
      x1 = Math.max(x1, (piece.x + piece.width) * zoom);
      y1 = Math.max(y1, (piece.y + piece.height) * zoom);
    }
  }
  if (x0 === Infinity) return null;
  const [left, right] = labelSpan(x0, x1, window.x, window.width);
  const [top, bottom] = labelSpan(y0, y1, window.y, window.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * What is wrong with a set of labels, one sentence each: a sub-debate of `minShare` or more
 * without a label, two labels that overlap, a label outside the window (given as a box in the
 * labels' coordinates) or over one of its controls (`controls`, same coordinates), text under
 * 12 px. Empty when all is well.
 */
export function checkRegionLabels(regions: readonly SubDebate[], labels: readonly PlacedLabel[], window: Box, minShare: number, controls: readonly Box[] = []): string[] {
  const problems: string[] = [];
  const labelled = new Set(labels.map((label) => label.region));
  regions.forEach((region, i) => {
    if (region.share >= minShare && region.pieces.length > 0 && !labelled.has(i)) {
      problems.push(`The sub-debate started by ${region.name} (${region.count} comments) has no label.`);
    }
  });
  for (let a = 0; a < labels.length; a++) {
    const box = labels[a]!;
    if (box.x < window.x || box.y < window.y || box.x + box.width > window.x + window.width || box.y + box.height > window.y + window.height) {
      problems.push(`The label of region ${box.region} is outside the window.`);
    }
    if (controls.some((control) => overlaps(box, control, 0))) problems.push(`The label of region ${box.region} is under a control.`);
    for (let b = a + 1; b < labels.length; b++) {
      if (overlaps(box, labels[b]!, 0)) problems.push(`The labels of regions ${box.region} and ${labels[b]!.region} overlap.`);
    }
  }
  if (Math.min(REGION_LABEL.titleFont, REGION_LABEL.detailFont) < 12) problems.push('Label text is smaller than 12 px.');
  return problems;
}
