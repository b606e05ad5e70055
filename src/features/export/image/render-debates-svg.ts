import type { Annotations } from '../../../core/annotations/types';
import { peopleTakingPart } from '../../../core/insight/people-taking-part';
import { argumentAnnotations } from '../../../core/annotations/taggable';
import { pinRegionLabels, REGION_LABEL, type PlacedLabel } from '../../../core/layout/region-labels';
import { findSubDebates, REGION_SHADES, shadeOf, tallyRegionTags, type SubDebate, type TagTally } from '../../../core/layout/regions';
import type { Layout } from '../../../core/layout/types';
import type { MapGraph } from '../../../core/map/graph';
import type { Tag } from '../../../core/map/types';
import { revealBidiControls } from '../../../core/text/bidi';
import { countTags, drawLegend, FONT, type MapImage } from './render-map-svg';
import { LEGEND_HEIGHT, MIN_IMAGE_WIDTH } from './map-image-plan';
import { LIGHT_PALETTE, type MapPalette } from './svg-palette';
import { escapeXml, fitToWidth } from './svg-text';
import { drawEdges } from './svg-cards';

/**
 * The whole map is drawn to fit this many pixels a side: a thread of thousands of comments is then
 * a picture of its sub-debates, each a tinted area with its label at the app's label size (13 and
 * 12 px), as the map shows them far out; a small thread is drawn no larger than its cards.
 */
const IMAGE_SIDE = 2400;
/** Room around the map, so the tint and outline of a region at its edge are whole. */
const PAD = REGION_LABEL.margin + 8;

const fmt = (value: number) => String(Math.round(value * 100) / 100);
const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** The label of a sub-debate, as the map's far-out label reads: who started it and how big it is, its opening words, its people and depth, its tags. */
function drawLabel(out: string[], label: PlacedLabel, region: SubDebate, rootId: string, tally: TagTally | undefined, palette: MapPalette): void {
  const { x, y, width, height } = label;
  const inner = width - 16;
  const title = `${revealBidiControls(region.name)} · ${label.size === 'full' ? plural(region.comments, 'comment', 'comments') : region.comments.toLocaleString('en-US')}`;
  out.push(
    `<g class="region-label" data-root="${escapeXml(rootId)}">`,
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" rx="6" fill="${escapeXml(palette.surface)}" stroke="${escapeXml(palette.region)}" stroke-opacity="0.6"${region.level > 1 ? ' stroke-dasharray="4 3"' : ''}/>`,
    `<text x="${fmt(x + 8)}" y="${fmt(y + 16)}" font-size="${REGION_LABEL.titleFont}" font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(fitToWidth(title, inner, REGION_LABEL.titleFont * 1.1))}</text>`,
  );
  if (label.size === 'full') {
    const depth = region.deepest === 1 ? 'no replies' : `${plural(region.deepest - 1, 'level', 'levels')} deep`;
    out.push(
      `<text x="${fmt(x + 8)}" y="${fmt(y + 32)}" font-size="${REGION_LABEL.detailFont}" fill="${escapeXml(palette.text)}">${escapeXml(fitToWidth(region.opening, inner, REGION_LABEL.detailFont))}</text>`,
      `<text x="${fmt(x + 8)}" y="${fmt(y + 47)}" font-size="${REGION_LABEL.detailFont}" fill="${escapeXml(palette.textMuted)}">${escapeXml(fitToWidth(`${peopleTakingPart(region.participants)} · ${depth}`, inner, REGION_LABEL.detailFont))}</text>`,
    );
    drawTagBar(out, x + 8, y + height - 11, inner, tally, palette);
  }
  out.push('</g>');
}

/** The share of pro, con and question among the sub-debate's tagged cards, as a bar (empty: nothing tagged). */
function drawTagBar(out: string[], x: number, y: number, width: number, tally: TagTally | undefined, palette: MapPalette): void {
  const total = tally ? tally.pro + tally.con + tally.question + tally.other : 0;
  out.push(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="4" rx="2" fill="${escapeXml(palette.border)}"/>`);
  if (!tally || total === 0) return;
  let at = x;
  for (const tag of ['pro', 'con', 'question', 'other'] as const) {
    const part = (tally[tag] / total) * width;
    if (part <= 0) continue;
    const fill = tag === 'other' ? palette.textMuted : palette.tag[tag].color;
    out.push(`<rect x="${fmt(at)}" y="${fmt(y)}" width="${fmt(part)}" height="4" fill="${escapeXml(fill)}"/>`);
    at += part;
  }
}

/**
 * The whole map as a picture of its sub-debates: the reply lines, every card as a block in its
 * tag's colours, each sub-debate holding 0.5 % of the map or more as a tinted area (darker the
 * more it holds, as on the map far out), named at its top, no label over another. Under the tag legend of the whole map. For a thread too big to read card by card.
 */
export function renderDebatesImage(graph: MapGraph, layout: Layout, allAnnotations: Annotations, options: { palette?: MapPalette; title?: string | null } = {}): MapImage & { labels: number } {
  const annotations = argumentAnnotations(graph.nodes, allAnnotations);
  const palette = options.palette ?? LIGHT_PALETTE;
  const bounds = layout.bounds;
  const scale = Math.min(1, IMAGE_SIDE / Math.max(1, bounds.width), IMAGE_SIDE / Math.max(1, bounds.height));
  const mapWidth = Math.ceil(bounds.width * scale) + 2 * PAD;
  const mapHeight = Math.ceil(bounds.height * scale) + 2 * PAD;
  const width = Math.max(MIN_IMAGE_WIDTH, mapWidth);
  const height = LEGEND_HEIGHT + mapHeight;
  // Image pixels of the map's origin: a map point p is drawn at origin + p × scale.
  const originX = Math.floor((width - mapWidth) / 2) + PAD - bounds.x * scale;
  const originY = LEGEND_HEIGHT + PAD - bounds.y * scale;
  const regions = findSubDebates(graph, layout);
  // Each sub-debate named inside its own area, at the top of it, biggest first, where there is
  // room (as the map names those in view): the labels read as headings over their regions. The
  // placement for a window instead sets a label beside a narrow column at its middle, and the
  // biggest sub-debates' labels then crowd one band across the image.
  const view = { x: -originX, y: LEGEND_HEIGHT - originY, width, height: height - LEGEND_HEIGHT };
  const labels = pinRegionLabels(regions, [], scale, view);
  const tallies = tallyRegionTags(graph, regions, annotations);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(palette.background)}"/>`,
  ];
  drawLegend(out, width, options.title?.trim() || 'Threadmap', { scope: 'Whole map:', counts: countTags(annotations, graph, graph.preorder) }, palette);
  out.push(`<g class="map" transform="translate(${fmt(originX)} ${fmt(originY)}) scale(${scale})">`);
  // Tints first, under the cards: one path per shade step.
  const shades = REGION_SHADES.map(() => [] as string[]);
  const outlines: string[] = [];
  for (const region of regions) {
    for (const piece of region.pieces) {
      const rect = `M${fmt(piece.x - 4)} ${fmt(piece.y - 4)}h${fmt(piece.width + 8)}v${fmt(piece.height + 8)}h${fmt(-piece.width - 8)}z`;
      if (region.level === 1 && REGION_SHADES[shadeOf(region.share)]! > 0) shades[shadeOf(region.share)]!.push(rect);
      if (region.level === 1 || region.share >= 0.005) outlines.push(rect);
    }
  }
  shades.forEach((paths, step) => {
    if (paths.length) out.push(`<path d="${paths.join('')}" fill="${escapeXml(palette.region)}" fill-opacity="${REGION_SHADES[step]}"/>`);
  });
  if (outlines.length) out.push(`<path d="${outlines.join('')}" fill="none" stroke="${escapeXml(palette.region)}" stroke-opacity="0.55" stroke-width="1" vector-effect="non-scaling-stroke"/>`);
  const positions = [...layout.visible];
  out.push('<g opacity="0.6">');
  drawEdges(out, positions, { graph, layout, palette });
  out.push('</g>');
  // Untagged cards are light blocks the tint shows through; tagged ones carry their tag's colour.
  const blocks: string[] = [];
  const tagged = new Map<string, string[]>();
  for (const at of positions) {
    const rect = `M${fmt(layout.x[at]!)} ${fmt(layout.y[at]!)}h${fmt(layout.width[at]!)}v${fmt(layout.height[at]! - 2)}h${fmt(-layout.width[at]!)}z`;
    const tag = annotations[graph.nodes[at]!.id]?.tag;
    if (!tag) blocks.push(rect);
    else if (tagged.has(tag)) tagged.get(tag)!.push(rect);
    else tagged.set(tag, [rect]);
  }
  if (blocks.length) out.push(`<path d="${blocks.join('')}" fill="${escapeXml(palette.edge)}" fill-opacity="0.35"/>`);
  for (const [tag, rects] of tagged) out.push(`<path d="${rects.join('')}" fill="${escapeXml(palette.tag[tag as Tag].color)}"/>`);
  out.push('</g>', `<g class="labels" transform="translate(${fmt(originX)} ${fmt(originY)})">`);
  for (const label of labels) drawLabel(out, label, regions[label.region]!, graph.nodes[regions[label.region]!.root]!.id, tallies[label.region], palette);
  out.push('</g>', '</svg>');
  const plan = { region: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, scale, requestedScale: scale, scaledDown: false, width, height, mapX: originX, mapY: originY, mapWidth, mapHeight };
  return { svg: out.join('\n'), plan, cards: positions.length, labels: labels.length };
}
