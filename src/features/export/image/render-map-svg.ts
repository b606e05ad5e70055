import type { Annotations } from '../../../core/annotations/types';
import type { Layout } from '../../../core/layout/types';
import type { MapGraph } from '../../../core/map/graph';
import { argumentAnnotations } from '../../../core/annotations/taggable';
import { TAGS, type Link, type Tag } from '../../../core/map/types';
import { drawCard, drawEdges, type CardContext } from './svg-cards';
import { TAG_LABEL, TAG_SYMBOL } from '../../../core/map/types';
import { LEGEND_HEIGHT, planMapImage, type CanvasLimits, type ImagePlan, type Rect } from './map-image-plan';
import { LIGHT_PALETTE, type MapPalette } from './svg-palette';
import { drawQuoteLinks } from './svg-quotes';
import { escapeXml, estimateWidth, fitToWidth } from './svg-text';

export interface RenderOptions {
  /** The part of the map to draw (map units): the current view. The whole map when left out. */
  clip?: Rect;
  /** Image pixels per map unit; 1 when left out. */
  scale?: number;
  /** Scale down to fit these limits (for a PNG); an SVG needs none. */
  limits?: CanvasLimits;
  palette?: MapPalette;
  /** The thread's title, written above the legend. */
  title?: string | null;
  /** Links beyond the reply tree; quote links are drawn between the cards. */
  links?: readonly Link[];
}

export interface MapImage {
  svg: string;
  plan: ImagePlan;
  /** How many cards the image shows. */
  cards: number;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const MEANING: Record<Tag, string> = {
  pro: 'supports its parent',
  con: 'opposes its parent',
  question: 'asks without taking a side',
};

/** What the legend counts and the words that say so. */
export interface TagCounts {
  scope: string;
  counts: Record<Tag, number>;
}

export function countTags(annotations: Annotations, graph: MapGraph, positions: Iterable<number>): Record<Tag, number> {
  const counts: Record<Tag, number> = { pro: 0, con: 0, question: 0 };
  for (const at of positions) {
    const tag = annotations[graph.nodes[at]!.id]?.tag;
    if (tag) counts[tag]++;
  }
  return counts;
}

/**
 * A view's counts are of the cards it shows, a whole-map image's of the map, tags under collapsed
 * replies included, as the app's tag counter has them. The legend says which: read beside a map
 * of 4 pros, "Pro (0)" for a view without them would pass for the map's count.
 */
function tagCounts(annotations: Annotations, graph: MapGraph, shown: readonly number[], isView: boolean): TagCounts {
  return isView
    ? { scope: 'In view:', counts: countTags(annotations, graph, shown) }
    : { scope: 'Whole map:', counts: countTags(annotations, graph, graph.preorder) };
}

/**
 * Title, then the tag legend: what it counts, and per tag a swatch, the symbol and word, the count
 * and what the tag means.
 */
export function drawLegend(out: string[], width: number, title: string, { scope, counts }: TagCounts, palette: MapPalette): void {
  const baseline = 50;
  out.push(
    `<g class="legend">`,
    `<text x="16" y="26" font-size="15" font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(fitToWidth(title, width - 32, 15))}</text>`,
    `<text x="16" y="${baseline}" font-size="12" fill="${escapeXml(palette.textMuted)}">${escapeXml(scope)}</text>`,
  );
  let x = 16 + estimateWidth(scope, 12) + 10;
  for (const tag of TAGS) {
    const { color, background } = palette.tag[tag];
    const word = `${TAG_SYMBOL[tag]} ${TAG_LABEL[tag]} (${counts[tag]})`;
    const meaning = MEANING[tag];
    out.push(
      `<rect x="${x}" y="${baseline - 11}" width="14" height="14" rx="3" fill="${escapeXml(background)}" stroke="${escapeXml(color)}" stroke-width="2"/>`,
      `<text x="${x + 20}" y="${baseline}" font-size="12"><tspan font-weight="600" fill="${escapeXml(color)}">${escapeXml(word)}</tspan>` +
        `<tspan fill="${escapeXml(palette.textMuted)}"> ${escapeXml(meaning)}</tspan></text>`,
    );
    x += 20 + estimateWidth(`${word} ${meaning}`, 12) + 18;
  }
  out.push(`<line x1="0" y1="${LEGEND_HEIGHT - 0.5}" x2="${width}" y2="${LEGEND_HEIGHT - 0.5}" stroke="${escapeXml(palette.border)}"/>`, '</g>');
}

function boxIntersects(x0: number, y0: number, x1: number, y1: number, region: Rect): boolean {
  return x0 < region.x + region.width && x1 > region.x && y0 < region.y + region.height && y1 > region.y;
}

function intersects(layout: Layout, at: number, region: Rect): boolean {
  const x = layout.x[at]!;
  const y = layout.y[at]!;
  return boxIntersects(x, y, x + layout.width[at]!, y + layout.height[at]!, region);
}

/** Replies whose line may cross the region: the box around its route meets it. */
function edgesCrossing(layout: Layout, region: Rect): number[] {
  const crossing: number[] = [];
  const { start, end, points } = layout.routes;
  for (const at of layout.visible) {
    if (end[at] === start[at]) continue;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let p = start[at]!; p < end[at]!; p++) {
      x0 = Math.min(x0, points[2 * p]!);
      x1 = Math.max(x1, points[2 * p]!);
      y0 = Math.min(y0, points[2 * p + 1]!);
      y1 = Math.max(y1, points[2 * p + 1]!);
    }
    if (boxIntersects(x0, y0, x1, y1, region)) crossing.push(at);
  }
  return crossing;
}

/**
 * Draws the laid-out map as a standalone SVG: cards with author, date, an excerpt and the tag
 * word (claims labelled as such), reply edges, quote links, and a legend of the tags (counted over
 * the cards of a view, or over the whole map). Tags on the root or `more` stubs are not drawn or
 * counted. All text is escaped character data; no source markup is ever copied in. Returns the
 * plan too (pixel size, scale used).
 */
export function renderMapImage(graph: MapGraph, layout: Layout, allAnnotations: Annotations, options: RenderOptions = {}): MapImage {
  const annotations = argumentAnnotations(graph.nodes, allAnnotations);
  const palette = options.palette ?? LIGHT_PALETTE;
  const plan = planMapImage(layout, { clip: options.clip, scale: options.scale, limits: options.limits });
  const { region } = plan;
  const positions: number[] = [];
  for (const at of layout.visible) if (!options.clip || intersects(layout, at, region)) positions.push(at);
  const context: CardContext = { graph, layout, palette };

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${plan.width}" height="${plan.height}" viewBox="0 0 ${plan.width} ${plan.height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(palette.background)}"/>`,
  ];
  drawLegend(out, plan.width, options.title?.trim() || 'Threadmap', tagCounts(annotations, graph, positions, Boolean(options.clip)), palette);
  // A nested viewport clips the map to its region, so a current-view image stops at the view's edge.
  out.push(
    `<svg class="map" x="${plan.mapX}" y="${plan.mapY}" width="${plan.mapWidth}" height="${plan.mapHeight}" ` +
      `viewBox="${region.x} ${region.y} ${region.width} ${region.height}" preserveAspectRatio="none">`,
  );
  drawEdges(out, options.clip ? edgesCrossing(layout, region) : positions, context);
  drawQuoteLinks(out, options.links ?? [], context);
  for (const at of positions) drawCard(out, at, annotations[graph.nodes[at]!.id], context);
  out.push('</svg>', '</svg>');
  return { svg: out.join('\n'), plan, cards: positions.length };
}

/** The map as an SVG document string; see renderMapImage. */
export function renderMapSvg(graph: MapGraph, layout: Layout, annotations: Annotations, options: RenderOptions = {}): string {
  return renderMapImage(graph, layout, annotations, options).svg;
}
