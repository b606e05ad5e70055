import type { MapGraph } from '../../core/map/graph';
import type { Layout } from '../../core/layout/types';
import type { Annotations } from '../../core/annotations/types';
import type { Rect } from './viewport';
import { PALETTE_STEPS } from '../../core/insight/measure-colors';

export interface MapColors {
  /** Fill of an untagged card block. */
  card: string;
  cardBorder: string;
  pro: string;
  con: string;
  question: string;
  /** Coded with a category that counts as no tag: the neutral colour of its badge. */
  coded: string;
  edge: string;
  selected: string;
  ancestor: string;
  /** Outline of cards matching the current find. */
  match?: string;
  /** Tint of the sub-debate regions far out. */
  region: string;
  /** Card face and text, for cards the canvas layer draws with their text. */
  surface: string;
  text: string;
  /** The palette of a measure, lowest values first (`--measure-0` …). */
  measure: string[];
}

/** The colours a drawing read last, with the theme they were read for (a ref the component keeps). */
export interface MapColorsRead {
  current: { theme: string; colors: MapColors } | null;
}

/**
 * The theme's colours from the CSS variables, so the canvas matches light and dark. Read once per
 * theme into `last`: the far-out layer draws every frame of a pan, and computed styles are not free.
 */
export function readMapColors(element: Element, last: MapColorsRead): MapColors {
  const theme = element.ownerDocument.documentElement.dataset['theme'] ?? '';
  if (last.current?.theme !== theme) last.current = { theme, colors: computeMapColors(element) };
  return last.current.colors;
}

function computeMapColors(element: Element): MapColors {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    card: read('--card-block'),
    cardBorder: read('--edge'),
    pro: read('--pro'),
    con: read('--con'),
    question: read('--question'),
    coded: read('--text-muted'),
    edge: read('--edge'),
    selected: read('--selected'),
    ancestor: read('--ancestor'),
    match: read('--match'),
    region: read('--region'),
    surface: read('--surface'),
    text: read('--text'),
    measure: Array.from({ length: PALETTE_STEPS }, (_, step) => read(`--measure-${step}`)),
  };
}

export interface DrawOptions {
  graph: MapGraph;
  layout: Layout;
  positions: readonly number[];
  annotations: Annotations;
  colors: MapColors;
  /** Flow → pixel transform. */
  transform: { x: number; y: number; zoom: number };
  selected?: number;
  chain?: ReadonlySet<number>;
  edges: boolean;
  /** The current find: matching positions (mask 1) are outlined (unless `outline` is false), the rest dimmed or hidden. */
  filter?: { mask: Uint8Array; hide: boolean; outline?: boolean };
  /** Opacity of untagged cards, below 1 to let the sub-debate regions under them show. */
  untaggedAlpha?: number;
  /** Cards shown at the chosen time (1) by position: no reply line leads to one not written yet. */
  shown?: Uint8Array | null;
  /** Untagged cards filled by their palette step of a measure (−1: the plain card colour). */
  steps?: Int8Array | null;
}

/**
 * Draws the cards that do not match faintly, then the matches outlined. Under "hide" the layout
 * holds only matches and their ancestors, so what does not match is context, drawn faintly too.
 * The selected card is never faint.
 */
function drawFiltered(context: CanvasRenderingContext2D, options: DrawOptions, filter: NonNullable<DrawOptions['filter']>): void {
  const rest = options.positions.filter((at) => !filter.mask[at] && at !== options.selected);
  const strong = options.positions.filter((at) => filter.mask[at] || at === options.selected);
  if (rest.length) {
    context.globalAlpha = 0.22;
    drawMap(context, { ...options, positions: rest, filter: undefined, selected: undefined, chain: undefined });
    context.globalAlpha = 1;
  }
  drawMap(context, { ...options, positions: strong, filter: undefined });
  if (filter.outline === false) return;
  const { x: tx, y: ty, zoom } = options.transform;
  const { layout } = options;
  context.beginPath();
  for (const at of strong) {
    if (!filter.mask[at]) continue;
    context.rect(layout.x[at]! * zoom + tx - 2, layout.y[at]! * zoom + ty - 2, Math.max(1.5, layout.width[at]! * zoom) + 4, Math.max(1.5, layout.height[at]! * zoom) + 4);
  }
  context.strokeStyle = options.colors.match ?? options.colors.selected;
  context.lineWidth = 1.5;
  context.stroke();
}

/**
 * Draws cards as blocks coloured by tag (and their reply edges) in one pass per colour, which
 * stays fast for tens of thousands of cards where DOM nodes would not.
 */
export function drawMap(context: CanvasRenderingContext2D, options: DrawOptions): void {
  if (options.filter) return drawFiltered(context, options, options.filter);
  const { graph, layout, positions, annotations, colors, transform, selected, chain, edges } = options;

  const { x: tx, y: ty, zoom } = transform;
  const px = (value: number) => value * zoom + tx;
  const py = (value: number) => value * zoom + ty;

  if (edges) {
    // The routes the layout computed: the line into each card in view, and the lines out of
    // them, so a comb's trunk and bus show even when its replies are off screen.
    const { start, end, points } = layout.routes;
    const shown = new Set(positions);
    const trace = (at: number) => {
      for (let p = start[at]!; p < end[at]!; p++) {
        const x = px(points[2 * p]!);
        const y = py(points[2 * p + 1]!);
        if (p === start[at]) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
    };
    context.beginPath();
    const written = options.shown;
    for (const at of positions) {
      trace(at);
      for (const kid of graph.children[at]!) if (!shown.has(kid) && (!written || written[kid])) trace(kid);
    }
    context.strokeStyle = colors.edge;
    context.lineWidth = 1;
    context.stroke();
  }

  const groups: Record<string, number[]> = { none: [], pro: [], con: [], question: [], coded: [] };
  const fills: Record<string, string> = { none: colors.card, pro: colors.pro, con: colors.con, question: colors.question, coded: colors.coded };
  const { steps } = options;
  for (const at of positions) {
    const annotation = annotations[graph.nodes[at]!.id];
    const tag = annotation?.tag ?? (annotation?.category !== undefined ? 'coded' : undefined);
    // Coloured by a measure, an untagged card takes its step's colour (grouped: one fill per colour).
    const step = !tag && steps ? steps[at]! : -1;
    const key = step >= 0 ? `m${step}` : (tag ?? 'none');
    if (step >= 0 && !groups[key]) {
      groups[key] = [];
      fills[key] = colors.measure[step]!;
    }
    groups[key]!.push(at);
  }
  const minSize = 1.5;
  // Far out, a one-pixel gap keeps neighbouring rows apart; nearer, cards get their border.
  const gap = zoom * layout.height[positions[0] ?? 0]! < 12 ? 1 : 0;
  const baseAlpha = context.globalAlpha;
  for (const group of Object.keys(groups)) {
    const list = groups[group]!;
    if (list.length === 0) continue;
    context.beginPath();
    for (const at of list) {
      context.rect(px(layout.x[at]!), py(layout.y[at]!), Math.max(minSize, layout.width[at]! * zoom - gap), Math.max(minSize, layout.height[at]! * zoom - gap));
    }
    context.fillStyle = fills[group]!;
    context.globalAlpha = group === 'none' || group.startsWith('m') ? baseAlpha * (options.untaggedAlpha ?? 1) : baseAlpha;
    context.fill();
    context.globalAlpha = baseAlpha;
    if (group === 'none' && gap === 0) {
      context.strokeStyle = colors.cardBorder;
      context.lineWidth = 1;
      context.stroke();
    }
  }

  const outline = (at: number, color: string, width: number) => {
    context.strokeStyle = color;
    context.lineWidth = width;
    context.strokeRect(px(layout.x[at]!) - width / 2, py(layout.y[at]!) - width / 2, Math.max(minSize, layout.width[at]! * zoom) + width, Math.max(minSize, layout.height[at]! * zoom) + width);
  };
  if (chain) for (const at of chain) if (at !== selected && !Number.isNaN(layout.x[at]!)) outline(at, colors.ancestor, 2);
  if (selected !== undefined && !Number.isNaN(layout.x[selected]!)) outline(selected, colors.selected, 3);
}

/** Sizes a canvas to its element's box at the device's pixel ratio and returns a 2D context in CSS pixels. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

export function rectOfTransform(transform: { x: number; y: number; zoom: number }, width: number, height: number): Rect {
  return { x: -transform.x / transform.zoom, y: -transform.y / transform.zoom, width: width / transform.zoom, height: height / transform.zoom };
}
