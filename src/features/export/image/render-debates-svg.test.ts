// @vitest-environment jsdom
// jsdom for its DOMParser: the SVG is read back as strict XML, as an image decoder reads it.
import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../../test/support/fixtures';
import type { Annotations } from '../../../core/annotations/types';
import { layoutMap } from '../../../core/layout';
import type { LayoutMode } from '../../../core/layout/types';
import { buildMap } from '../../../core/map/graph';
import { findSubDebates } from '../../../core/layout/regions';
import { renderDebatesImage } from './render-debates-svg';
import { LEGEND_HEIGHT } from './map-image-plan';

const HN = 'hn-firebase_14952787_flat-items_forum-explorer.json';
const AT = '2026-11-26T14:00:00.000Z';

function mapOf(mode: LayoutMode) {
  const { graph } = buildMap(openFixture(HN).nodes);
  return { graph, layout: layoutMap(graph, { mode, collapsed: new Set(), aspect: 1020 / 848 }) };
}

function render(mode: LayoutMode, annotations: Annotations = {}) {
  const doc = openFixture(HN);
  const { graph, layout } = mapOf(mode);
  const image = renderDebatesImage(graph, layout, annotations, { title: doc.source.title });
  const svg = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
  if (svg.querySelector('parsererror')) throw new Error('not well-formed');
  return { doc, image, svg };
}

/** Comments in the subtree under `rootId`, counted from the file's parent links alone. */
function commentsUnder(nodes: readonly { id: string; parent: string | null; kind: string }[], rootId: string): number {
  const children = new Map<string, string[]>();
  for (const node of nodes) if (node.parent) children.set(node.parent, [...(children.get(node.parent) ?? []), node.id]);
  const kind = new Map(nodes.map((node) => [node.id, node.kind]));
  let count = 0;
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (kind.get(id) === 'comment') count++;
    stack.push(...(children.get(id) ?? []));
  }
  return count;
}

const boxOf = (rect: Element) => ({ x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')), width: Number(rect.getAttribute('width')), height: Number(rect.getAttribute('height')) });

describe('the sub-debates image: a thread of thousands of comments at a glance', () => {
  it.each(['overview', 'tree-down'] as const)('names the big sub-debates of the 2,565-item HN thread in %s, with true counts, no label over another or off the image', (mode) => {
    const { doc, image, svg } = render(mode);
    expect(image.plan.width).toBeLessThanOrEqual(2500);
    const labels = [...svg.querySelectorAll('g.labels > g.region-label')];
    expect(labels.length).toBeGreaterThanOrEqual(8);
    const titles = labels.map((label) => label.querySelector('text')!.textContent!);
    // The biggest sub-debate, by marcoperaza, is named with its comments as the file has them.
    const marco = doc.nodes.find((node) => node.author === 'marcoperaza' && node.parent === doc.nodes[0]!.id)!;
    expect(titles).toContain(`marcoperaza · ${commentsUnder(doc.nodes, marco.id)} comments`);
    expect(commentsUnder(doc.nodes, marco.id)).toBe(778);
    // Placed within the image, under the legend, none over another.
    const [dx, dy] = svg.querySelector('g.labels')!.getAttribute('transform')!.match(/[-\d.]+/g)!.map(Number) as [number, number];
    const boxes = labels.map((label) => boxOf(label.querySelector('rect')!)).map((box) => ({ ...box, x: box.x + dx, y: box.y + dy }));
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(LEGEND_HEIGHT);
      expect(box.x + box.width).toBeLessThanOrEqual(image.plan.width);
      expect(box.y + box.height).toBeLessThanOrEqual(image.plan.height);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
    }
    // Each label sits on its own sub-debate: over one of the region's boxes, its top inside it (8 px leeway).
    const { graph, layout } = mapOf(mode);
    const regions = new Map(findSubDebates(graph, layout).map((region) => [graph.nodes[region.root]!.id, region]));
    const scale = Number(svg.querySelector('g.map')!.getAttribute('transform')!.match(/scale\(([\d.]+)\)/)![1]);
    labels.forEach((label, i) => {
      const region = regions.get(label.getAttribute('data-root')!)!;
      const box = boxOf(label.querySelector('rect')!);
      const onIt = region.pieces.some((piece) => box.x < (piece.x + piece.width) * scale && box.x + box.width > piece.x * scale && box.y >= piece.y * scale - 8 && box.y <= (piece.y + piece.height) * scale);
      expect(onIt, titles[i]).toBe(true);
    });
    // Text on the image is never under 12 px.
    const sizes = [...svg.querySelectorAll('g.labels text')].map((text) => Number(text.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('draws every card as a block, tagged ones in their tag colour, and counts the tags in the legend', () => {
    const doc = openFixture(HN);
    const ids = doc.nodes.filter((node) => node.kind === 'comment').map((node) => node.id);
    const annotations: Annotations = {};
    ids.slice(0, 30).forEach((id) => (annotations[id] = { tag: 'pro', updatedAt: AT }));
    ids.slice(30, 42).forEach((id) => (annotations[id] = { tag: 'con', updatedAt: AT }));
    const { image, svg } = render('overview', annotations);
    const blocks = [...svg.querySelectorAll('g.map > path')].filter((path) => !path.getAttribute('stroke') && path.getAttribute('fill') !== 'none' && !path.getAttribute('fill-opacity')?.startsWith('0.1'));
    const rects = (fill: string) => blocks.filter((path) => path.getAttribute('fill') === fill).reduce((sum, path) => sum + path.getAttribute('d')!.split('M').length - 1, 0);
    expect(rects('#1a7f37')).toBe(30);
    expect(rects('#c4271c')).toBe(12);
    expect(image.cards).toBe(doc.nodes.length);
    expect(svg.querySelector('g.legend')!.textContent).toContain('Pro (30)');
    expect(svg.querySelector('g.legend')!.textContent).toContain('Con (12)');
  });
});

describe('the sub-debates image of a thread that names nobody (pasted text)', () => {
  it('says "no named author" under each label, as the map’s labels do, never "0 people"', () => {
    const { graph } = buildMap(openFixture('hn-text_eggos-unikernel-thread.txt').nodes);
    const layout = layoutMap(graph, { mode: 'tree-down', collapsed: new Set(), aspect: 1020 / 848 });
    const image = renderDebatesImage(graph, layout, {});
    const svg = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    const details = [...svg.querySelectorAll('.region-label text')].map((text) => text.textContent ?? '');
    expect(image.labels).toBeGreaterThan(3);
    expect(details.filter((text) => /\b0 people/.test(text))).toEqual([]);
    expect(details.filter((text) => text.startsWith('no named author · ')).length).toBeGreaterThan(3);
  });
});
