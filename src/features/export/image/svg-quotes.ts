import { quotePath } from '../../../core/layout/routes';
import type { Link } from '../../../core/map/types';
import type { CardContext } from './svg-cards';
import { escapeXml } from './svg-text';

const fmt = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The quote links between drawn cards, as the canvas draws them (`quotePath`: a dashed curve
 * bowing out to the left, an arrowhead at the quoted card), in its colour. Links to a card that is not laid out (under a collapsed reply) are left out.
 */
export function drawQuoteLinks(out: string[], links: readonly Link[], { graph, layout, palette }: CardContext): void {
  const shown = new Set(layout.visible);
  const d: string[] = [];
  for (const link of links) {
    if (link.kind !== 'quote') continue;
    const from = graph.index.get(link.from);
    const to = graph.index.get(link.to);
    if (from === undefined || to === undefined || !shown.has(from) || !shown.has(to)) continue;
    d.push(quotePath(layout, from, to, fmt));
  }
  if (d.length === 0) return;
  const color = escapeXml(palette.tag.question.color);
  // One path per link: a marker ends a whole path, not each of its pieces.
  out.push(
    `<defs><marker id="quote-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z" fill="${color}"/></marker></defs>`,
    `<g class="quote-links" fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3" opacity="0.85" marker-end="url(#quote-arrow)">`,
    ...d.map((path) => `<path d="${path}"/>`),
    '</g>',
  );
}
