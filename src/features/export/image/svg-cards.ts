import type { Annotation } from '../../../core/annotations/types';
import type { Layout } from '../../../core/layout/types';
import { routePath } from '../../../core/layout/routes';
import type { MapGraph } from '../../../core/map/graph';
import { TAG_LABEL, TAG_SYMBOL, type Tag, type ThreadNode } from '../../../core/map/types';
import type { MapPalette } from './svg-palette';
import { escapeXml, estimateWidth, fitToWidth, flattenText, wrapToLines } from './svg-text';
import { revealBidiControls } from '../../../core/text/bidi';
import { nodeWords } from '../../../core/map/node-words';
import { cardName } from '../../../core/map/author-name';

const PAD = 10;
const META_SIZE = 12;
const BODY_SIZE = 12;
const LINE = 15;
const BADGE_SIZE = 11;
/** Cards lower than this are one-line rows (the overview); taller ones get a body and a footer. */
const ROW_HEIGHT_LIMIT = 80;

/** Bold letters run wider than the estimate for regular ones. */
const BOLD = 1.2;

const fmt = (value: number) => String(Math.round(value * 10) / 10);

function authorOf(node: ThreadNode): string {
  // Drawn as in the app (the card's face names it the same way): a name's hidden direction
  // controls are shown, never obeyed.
  return revealBidiControls(cardName(node));
}

function bodyOf(node: ThreadNode): string {
  return flattenText(nodeWords(node));
}

const CLAIM_LABEL = 'CLAIM';
const CLAIM_SIZE = 9;

/** The badge's words: symbol and tag, and a reminder when the card was moved after tagging. */
function badgeLabel(tag: Tag, recheck: boolean): string {
  return `${TAG_SYMBOL[tag]} ${TAG_LABEL[tag]}${recheck ? ' · re-check' : ''}`;
}

/**
 * Width of a badge: its words are semi-bold, wider than the estimate for regular letters, so the
 * pill is sized for bold text and the text is also told its length, which keeps it inside.
 */
function badgeWidth(label: string): number {
  return estimateWidth(label, BADGE_SIZE) * BOLD + 12;
}

/** The tag as a pill with its symbol and word, so the tag reads without colour too; returns its width. */
function badge(out: string[], label: string, tag: Tag, x: number, baseline: number, palette: MapPalette, recheck: boolean): number {
  const width = badgeWidth(label);
  const { color, background } = palette.tag[tag];
  out.push(
    `<rect x="${fmt(x)}" y="${fmt(baseline - 11)}" width="${fmt(width)}" height="15" rx="7.5" fill="${escapeXml(background)}" stroke="${escapeXml(color)}"${recheck ? ' stroke-dasharray="3 2"' : ''}/>`,
    `<text x="${fmt(x + 6)}" y="${fmt(baseline)}" font-size="${BADGE_SIZE}" font-weight="600" fill="${escapeXml(color)}" textLength="${fmt(width - 12)}" lengthAdjust="spacingAndGlyphs">${escapeXml(label)}</text>`,
  );
  return width;
}

/** The "CLAIM" label a claim card starts its first line with, as on the canvas; returns its width. */
function claimLabel(out: string[], x: number, baseline: number, palette: MapPalette): number {
  const width = estimateWidth(CLAIM_LABEL, CLAIM_SIZE) * BOLD + 8;
  out.push(
    `<rect x="${fmt(x)}" y="${fmt(baseline - 10)}" width="${fmt(width)}" height="13" rx="3" fill="none" stroke="${escapeXml(palette.border)}"/>`,
    `<text x="${fmt(x + 4)}" y="${fmt(baseline - 0.5)}" font-size="${CLAIM_SIZE}" font-weight="700" fill="${escapeXml(palette.textMuted)}" textLength="${fmt(width - 8)}" lengthAdjust="spacingAndGlyphs">${CLAIM_LABEL}</text>`,
  );
  return width + 6;
}

export interface CardContext {
  graph: MapGraph;
  layout: Layout;
  palette: MapPalette;
}

/** One card as SVG elements: box, tag stripe, author and date, excerpt, tag badge, replies. */
export function drawCard(out: string[], at: number, annotation: Annotation | undefined, { graph, layout, palette }: CardContext): void {
  const node = graph.nodes[at]!;
  const x = layout.x[at]!;
  const y = layout.y[at]!;
  const width = layout.width[at]!;
  const height = layout.height[at]!;
  const tag = annotation?.tag;
  const recheck = Boolean(tag && annotation?.recheck);
  const label = tag ? badgeLabel(tag, recheck) : '';
  const tagColors = tag ? palette.tag[tag] : null;
  const dashed = node.status !== 'ok' ? ' stroke-dasharray="4 3"' : '';
  out.push(
    `<g transform="translate(${fmt(x)} ${fmt(y)})" data-id="${escapeXml(node.id)}"${tag ? ` data-tag="${escapeXml(tag)}"` : ''}>`,
    `<rect width="${fmt(width)}" height="${fmt(height)}" rx="6" fill="${escapeXml(tagColors?.background ?? palette.surface)}" stroke="${escapeXml(tagColors?.color ?? palette.border)}"${dashed}/>`,
  );
  if (tagColors) out.push(`<rect width="4" height="${fmt(height)}" rx="2" fill="${escapeXml(tagColors.color)}"/>`);

  // A little slack on the right: widths are estimated, not measured.
  const inner = width - 2 * PAD - 4;
  const author = authorOf(node);
  const date = node.createdAt ? node.createdAt.slice(0, 10) : '';
  const body = bodyOf(node);
  const bold = node.kind === 'post' ? ' font-weight="600"' : '';

  if (height < ROW_HEIGHT_LIMIT) {
    // One line: author, excerpt, and the tag badge at the right end.
    const baseline = height / 2 + 4;
    const badgeRoom = tag ? badgeWidth(label) + 6 : 0;
    const labelRoom = node.kind === 'claim' ? claimLabel(out, PAD, baseline, palette) : 0;
    const authorText = fitToWidth(author, Math.max(0, Math.min(inner * 0.45, inner - badgeRoom - labelRoom)) / BOLD, META_SIZE);
    const authorWidth = authorText ? estimateWidth(authorText, META_SIZE) * BOLD + 6 : 0;
    const bodyText = fitToWidth(body, Math.max(0, inner - badgeRoom - labelRoom - authorWidth) / (bold ? BOLD : 1), BODY_SIZE);
    out.push(
      `<text x="${fmt(PAD + labelRoom)}" y="${fmt(baseline)}" font-size="${META_SIZE}"><tspan font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(authorText)}</tspan>` +
        (bodyText ? `<tspan x="${fmt(PAD + labelRoom + authorWidth)}" fill="${escapeXml(palette.text)}"${bold}>${escapeXml(bodyText)}</tspan>` : '') +
        '</text>',
    );
    // Right-aligned inside the card's padding, so the pill's end never meets the card's edge.
    if (tag) badge(out, label, tag, width - PAD - badgeWidth(label), baseline, palette, recheck);
    out.push('</g>');
    return;
  }

  const metaBaseline = 18;
  const labelRoom = node.kind === 'claim' ? claimLabel(out, PAD, metaBaseline, palette) : 0;
  const authorText = fitToWidth(author, Math.max(0, inner * 0.6 - labelRoom) / BOLD, META_SIZE);
  const dateX = PAD + labelRoom + estimateWidth(authorText, META_SIZE) * BOLD + 8;
  out.push(
    `<text x="${fmt(PAD + labelRoom)}" y="${metaBaseline}" font-size="${META_SIZE}"><tspan font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(authorText)}</tspan>` +
      (date ? `<tspan x="${fmt(dateX)}" fill="${escapeXml(palette.textMuted)}">${escapeXml(date)}</tspan>` : '') +
      '</text>',
  );
  const footer = 24;
  // As on the map: a card with nothing on its meta line (pasted text) gives the line to its words.
  const bodyTop = authorText || date || labelRoom ? metaBaseline + LINE + 2 : metaBaseline;
  const maxLines = Math.max(0, Math.floor((height - bodyTop + LINE - 4 - footer) / LINE));
  const lines = wrapToLines(body, inner, BODY_SIZE, maxLines);
  if (lines.length > 0) {
    const spans = lines.map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : LINE}">${escapeXml(line)}</tspan>`).join('');
    out.push(`<text y="${bodyTop}" font-size="${BODY_SIZE}" fill="${escapeXml(palette.text)}"${bold}>${spans}</text>`);
  }
  const footBaseline = height - 9;
  let footX = PAD;
  if (tag) footX += badge(out, label, tag, footX, footBaseline, palette, recheck) + 8;
  const replies = graph.children[at]!.length;
  const extras = [annotation?.note ? '✎ note' : '', replies === 0 ? '' : replies === 1 ? '1 reply' : `${replies} replies`].filter(Boolean).join('   ');
  if (extras) out.push(`<text x="${fmt(footX)}" y="${fmt(footBaseline)}" font-size="${BADGE_SIZE}" fill="${escapeXml(palette.textMuted)}">${escapeXml(extras)}</text>`);
  out.push('</g>');
}

/** Every reply line among the drawn cards as one path, along the routes the layout computed. */
export function drawEdges(out: string[], positions: readonly number[], { graph, layout, palette }: CardContext): void {
  const d: string[] = [];
  for (const at of positions) {
    const parent = graph.parent[at]!;
    if (parent < 0 || Number.isNaN(layout.x[parent]!)) continue;
    d.push(routePath(layout, at, fmt));
  }
  if (d.length > 0) out.push(`<path d="${d.join('')}" fill="none" stroke="${escapeXml(palette.edge)}" stroke-width="1.5"/>`);
}
