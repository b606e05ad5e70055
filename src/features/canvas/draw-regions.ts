import type { MapGraph } from '../../core/map/graph';
import type { Layout } from '../../core/layout/types';
import type { Annotations } from '../../core/annotations/types';
import { REGION_SHADES as SHADES, shadeOf, type SubDebate } from '../../core/layout/regions';
import { cardAuthor, cardBody } from './card-text';
import type { MapColors } from './draw-map';
import { MIN_TEXT_PX } from './lod';

type Transform = { x: number; y: number; zoom: number };

/** With no cards drawn over them (too small to draw, see drawRegions' `alone`), every region is
 * tinted and a little stronger. */
const SHADES_ALONE = [0.08, 0.16, 0.26, 0.38, 0.5] as const;

/**
 * Far out, each reply to the post holding 0.5 % of the map or more is a tinted area where its
 * cards are, darker the more of the debate it holds, outlined so neighbours stay apart; big
 * branches inside get a dashed outline of their own. One path per shade: a few hundred rectangles
 * a frame.
 */
/**
 * Coloured by a measure (`steps`: palette step by graph position), each sub-debate's region is
 * filled with its step's colour instead of the tint by share, so the colours carry the measure.
 */
export function drawRegions(context: CanvasRenderingContext2D, regions: readonly SubDebate[], transform: Transform, colors: MapColors, minPixels = 2, alone = false, steps: Int8Array | null = null): void {
  const { x: tx, y: ty, zoom } = transform;
  const shades = alone ? SHADES_ALONE : SHADES;
  const pad = 2;
  const paths = shades.map(() => new Path2D());
  const stepPaths = colors.measure.map(() => new Path2D());
  const outline = new Path2D();
  const inner = new Path2D();
  for (const region of regions) {
    const shade = shadeOf(region.share);
    for (const piece of region.pieces) {
      const w = piece.width * zoom;
      const h = piece.height * zoom;
      if (w < minPixels && h < minPixels) continue;
      const x = piece.x * zoom + tx - pad;
      const y = piece.y * zoom + ty - pad;
      if (region.level === 1 && steps) {
        const step = steps[region.root]!;
        if (step >= 0) stepPaths[step]!.rect(x, y, w + 2 * pad, h + 2 * pad);
        outline.rect(x, y, w + 2 * pad, h + 2 * pad);
      } else if (region.level === 1) {
        if (shades[shade] === 0) continue;
        paths[shade]!.rect(x, y, w + 2 * pad, h + 2 * pad);
        outline.rect(x, y, w + 2 * pad, h + 2 * pad);
      } else {
        inner.rect(x + 1, y + 1, w + 2 * pad - 2, h + 2 * pad - 2);
      }
    }
  }
  context.save();
  context.fillStyle = colors.region;
  shades.forEach((alpha, shade) => {
    if (alpha === 0) return;
    context.globalAlpha = alpha;
    context.fill(paths[shade]!);
  });
  if (steps) {
    context.globalAlpha = alone ? 0.85 : 0.5;
    colors.measure.forEach((color, step) => {
      context.fillStyle = color;
      context.fill(stepPaths[step]!);
    });
  }
  context.globalAlpha = 0.55;
  context.strokeStyle = colors.region;
  context.lineWidth = 1;
  context.stroke(outline);
  context.globalAlpha = 0.9;
  context.setLineDash([4, 3]);
  context.stroke(inner);
  context.restore();
}

/**
 * The region of a label pointed at or focused: its boxes filled and ringed in the region colour,
 * each at least a few pixels, so the pieces of a sub-debate spread over a tree read as one.
 */
export function drawPointedRegion(context: CanvasRenderingContext2D, region: SubDebate, transform: Transform, colors: MapColors, pad = 3): void {
  const { x: tx, y: ty, zoom } = transform;
  const path = new Path2D();
  for (const piece of region.pieces) {
    const w = Math.max(piece.width * zoom + 2 * pad, 2 * pad + 2);
    const h = Math.max(piece.height * zoom + 2 * pad, 2 * pad + 2);
    path.rect(piece.x * zoom + tx - pad, piece.y * zoom + ty - pad, w, h);
  }
  context.save();
  context.fillStyle = colors.region;
  context.globalAlpha = 0.28;
  context.fill(path);
  context.globalAlpha = 1;
  context.strokeStyle = colors.region;
  context.lineWidth = 2;
  context.stroke(path);
  context.restore();
}

/** Average advance of the 12 px sans-serif used below, rounded up so a line never overflows. */
const CHAR_PX = 6.8;
const LINE_PX = 15;

/**
 * Text on cards drawn by the canvas layer (when more cards are in view than the DOM can mount):
 * the author and as many lines of the comment as the card holds at 12 px; nothing on a card too
 * small for one line. Far out (`namesOnly`), the author alone. Returns how many cards got text.
 */
export function drawCardText(
  context: CanvasRenderingContext2D,
  graph: MapGraph,
  layout: Layout,
  positions: readonly number[],
  annotations: Annotations,
  transform: Transform,
  colors: MapColors,
  namesOnly = false,
): number {
  const { x: tx, y: ty, zoom } = transform;
  context.save();
  context.textBaseline = 'top';
  const faces = new Path2D();
  const tagged: Array<[number, string]> = [];
  for (const at of positions) {
    const h = layout.height[at]! * zoom;
    if (h < MIN_TEXT_PX + 2) continue;
    faces.rect(layout.x[at]! * zoom + tx + 1, layout.y[at]! * zoom + ty + 1, layout.width[at]! * zoom - 2, h - 2);
    const annotation = annotations[graph.nodes[at]!.id];
    if (annotation?.tag) tagged.push([at, colors[annotation.tag]]);
    else if (annotation?.category !== undefined) tagged.push([at, colors.coded]);
  }
  context.fillStyle = colors.surface;
  context.fill(faces);
  for (const [at, color] of tagged) {
    context.fillStyle = color;
    context.fillRect(layout.x[at]! * zoom + tx + 1, layout.y[at]! * zoom + ty + 1, 3, layout.height[at]! * zoom - 2);
  }
  context.fillStyle = colors.text;
  // Authors first, then the comments: two font changes in all, not two a card (setting a font
  // is costly, and a slice of cards mounting draws a few hundred cards here on one frame).
  context.font = `600 ${MIN_TEXT_PX}px system-ui, sans-serif`;
  const bodies: Array<{ at: number; x: number; y: number; chars: number; lines: number; headWidth: number }> = [];
  for (const at of positions) {
    const w = layout.width[at]! * zoom;
    const h = layout.height[at]! * zoom;
    if (h < MIN_TEXT_PX + 2) continue;
    const node = graph.nodes[at]!;
    const chars = Math.floor((w - 12) / CHAR_PX);
    if (chars < 4) continue;
    const lines = Math.max(1, Math.floor((h - 2) / LINE_PX));
    const x = layout.x[at]! * zoom + tx + 7;
    const y = layout.y[at]! * zoom + ty + Math.max(1, (Math.min(h, lines * LINE_PX + 2) - lines * LINE_PX) / 2 + 1);
    const head = fitted(context, cardAuthor(node), w - 14);
    context.fillText(head.text, x, y);
    bodies.push({ at, x, y, chars, lines, headWidth: head.text ? head.width + 6 : 0 });
  }
  context.font = `${MIN_TEXT_PX}px system-ui, sans-serif`;
  if (namesOnly) {
    context.restore();
    return bodies.filter((body) => body.headWidth > 0).length;
  }
  for (const { at, x, y, chars, lines, headWidth } of bodies) {
    const node = graph.nodes[at]!;
    let rest = cardBody(node, chars * lines + 1).replace(/\s+/g, ' ');
    let used = Math.ceil(headWidth / CHAR_PX);
    for (let line = 0; line < lines && rest; line++) {
      const room = chars - (line === 0 ? used : 0);
      if (room > 3) {
        const piece = rest.length > room ? `${rest.slice(0, room - 1)}…` : rest;
        context.fillText(piece, line === 0 ? x + headWidth : x, y + line * LINE_PX);
        rest = rest.length > room ? rest.slice(room - 1) : '';
      }
      used = 0;
    }
  }
  context.restore();
  return bodies.length;
}

/**
 * `text` as drawn in the context's font within `room` pixels: whole, or cut with an ellipsis
 * (a bold name is wider than the average character the lines are counted by).
 */
function fitted(context: CanvasRenderingContext2D, text: string, room: number): { text: string; width: number } {
  const whole = context.measureText(text).width;
  if (whole <= room) return { text, width: whole };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, mid)}…`).width <= room) low = mid;
    else high = mid - 1;
  }
  const cut = low > 0 ? `${text.slice(0, low)}…` : '';
  return { text: cut, width: context.measureText(cut).width };
}
