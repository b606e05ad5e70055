// @vitest-environment jsdom
// jsdom for its DOMParser: the SVG is read back as strict XML, as an image decoder reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotations } from '../../../core/annotations/types';
import { openInput } from '../../../core/document/open-input';
import type { ThreadmapDocument } from '../../../core/document/types';
import { layoutMap, routeOf, routePath } from '../../../core/layout';
import type { LayoutMode } from '../../../core/layout/types';
import { buildMap } from '../../../core/map/graph';
import { CANVAS_LIMITS, LEGEND_HEIGHT, MIN_IMAGE_WIDTH } from './map-image-plan';
import { estimateWidth } from './svg-text';
import { renderMapImage, renderMapSvg } from './render-map-svg';

const AT = '2026-11-26T14:00:00.000Z';

function openFixture(name: string): ThreadmapDocument {
  // From the project root: under jsdom, import.meta.url is not a file URL.
  const text = readFileSync(path.resolve(process.cwd(), 'test/fixtures', name), 'utf8');
  const opened = openInput(text, { retrievedAt: AT, fileName: name, now: AT });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

function mapOf(doc: ThreadmapDocument, mode: LayoutMode, collapsedIds: string[] = []) {
  const { graph } = buildMap(doc.nodes);
  const collapsed = new Set(collapsedIds.map((id) => graph.index.get(id)!));
  return { graph, layout: layoutMap(graph, { mode, collapsed, aspect: 1.5 }) };
}

/** Parses as strict XML, failing on anything not well-formed, the way an image decoder reads SVG. */
function parseSvg(svg: string): Document {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = parsed.querySelector('parsererror');
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return parsed;
}

const cardIds = (svg: Document) => [...svg.querySelectorAll('svg.map > g[data-id]')].map((g) => g.getAttribute('data-id'));

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

describe('renderMapSvg on the recorded Hacker News thread', () => {
  const doc = openFixture(ALGOLIA);
  const tags: Annotations = {
    '14953024': { tag: 'pro', note: 'Key summary.', updatedAt: AT },
    '14957951': { tag: 'con', updatedAt: AT },
    '14956181': { tag: 'question', updatedAt: AT },
  };

  it('draws every shown card, in a well-formed SVG, with the tag legend', () => {
    const { graph, layout } = mapOf(doc, 'tree-down');
    const svg = parseSvg(renderMapSvg(graph, layout, tags, { title: doc.source.title }));
    const ids = cardIds(svg);
    expect(ids).toHaveLength(579);
    expect(new Set(ids)).toEqual(new Set([...layout.visible].map((at) => graph.nodes[at]!.id)));
    const legend = svg.querySelector('g.legend')!.textContent!;
    expect(legend).toContain('Google Fires Employee Behind Controversial Diversity Memo');
    expect(legend).toContain('+ Pro (1) supports its parent');
    expect(legend).toContain('− Con (1) opposes its parent');
    expect(legend).toContain('? Question (1) asks without taking a side');
  });

  it('shows each card\'s author, date, the start of its text and its tag word and colour', () => {
    const { graph, layout } = mapOf(doc, 'tree-down');
    const svg = parseSvg(renderMapSvg(graph, layout, tags));
    const card = svg.querySelector('g[data-id="14953024"]')!;
    expect(card.getAttribute('data-tag')).toBe('pro');
    expect(card.textContent).toContain('tunesmith');
    expect(card.textContent).toContain('2017-08-08');
    const excerpt = [...card.querySelectorAll('text:nth-of-type(2) tspan')].map((line) => line.textContent).join(' ');
    expect(excerpt).toMatch(/^People can't seem to summarize his argument without getting much of it grossly wrong, .*…$/);
    expect(card.textContent).toContain('+ Pro');
    expect(card.textContent).toContain('✎ note');
    expect(card.textContent).toContain('15 replies');
    expect(card.querySelector('rect')!.getAttribute('stroke')).toBe('#1a7f37');
    const untagged = svg.querySelector('g[data-id="14953048"]')!;
    expect(untagged.hasAttribute('data-tag')).toBe(false);
    expect(untagged.textContent).toContain('sctb');
  });

  it('[regression] shows a name\'s hidden direction controls instead of obeying them, as the app does', () => {
    const disguised = { ...doc, nodes: doc.nodes.map((node, i) => (i === 1 ? { ...node, author: '\u202Eevil' } : node)) };
    const { graph, layout } = mapOf(disguised, 'tree-down');
    const svg = parseSvg(renderMapSvg(graph, layout, tags));
    const card = svg.querySelector(`svg.map > g[data-id="${disguised.nodes[1]!.id}"]`)!;
    expect(card.textContent).toContain('[RLO]evil');
    expect(card.textContent).not.toContain('\u202E');
  });

  it('keeps markup in comments as text: a </s> and a <script> are characters, never elements', () => {
    const withScript = {
      ...doc,
      nodes: doc.nodes.map((node) => (node.id === '14953048' ? { ...node, text: `<script>alert("x")</script> & <img src=x onerror=alert(1)> ${node.text}` } : node)),
    };
    const { graph, layout } = mapOf(withScript, 'outline');
    const raw = renderMapSvg(graph, layout, tags);
    // The check below would catch a single unescaped character.
    expect(() => parseSvg(raw.replace('&lt;script&gt;', '<script>'))).toThrow(/not well-formed/);
    expect(raw).not.toMatch(/<script|<img|<\/s>/);
    const svg = parseSvg(raw);
    expect(svg.querySelectorAll('script, img, foreignObject')).toHaveLength(0);
    expect(svg.querySelector('g[data-id="14953048"]')!.textContent).toContain('<script>alert("x")</script> & <img src=x onerror=alert(1)>');
    expect(svg.querySelector('g[data-id="14957951"]')!.textContent).toContain('</s>');
    expect(svg.querySelector('g[data-id="14956181"]')!.textContent).toMatch(/<20%/);
  });

  it('[regression] escapes every field of a crafted map file: the SVG stays well-formed and holds no element from it', () => {
    const payload = '"><script>alert(1)</script><svg onload="alert(2)" x=\'&amp;';
    const crafted = JSON.parse(JSON.stringify(doc)) as ThreadmapDocument;
    crafted.source.title = payload;
    crafted.nodes = crafted.nodes.map((node, i) => (i < 8 ? { ...node, id: i === 0 ? node.id : `${payload}${i}`, createdAt: payload, author: payload } : node));
    for (const node of crafted.nodes) if (node.parent !== null && !crafted.nodes.some((other) => other.id === node.parent)) node.parent = crafted.nodes[0]!.id;
    crafted.annotations = { [`${payload}3`]: { tag: 'con', note: payload, updatedAt: AT } };
    // Through the file format's own validation, as the app opens a file a stranger sent.
    const opened = openInput(JSON.stringify(crafted), { retrievedAt: null, fileName: 'crafted.json' });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.nodes[1]!.createdAt).toBe(payload);
    for (const mode of ['tree-down', 'outline'] as const) {
      const { graph, layout } = mapOf(opened.value, mode);
      const raw = renderMapSvg(graph, layout, opened.value.annotations, { title: opened.value.source.title });
      const svg = parseSvg(raw);
      expect(svg.querySelectorAll('script, foreignObject, [onload]')).toHaveLength(0);
      expect(svg.querySelectorAll('svg')).toHaveLength(2);
      const card = [...svg.querySelectorAll('svg.map > g[data-id]')].find((g) => g.getAttribute('data-id') === `${payload}3`)!;
      expect(card.getAttribute('data-tag')).toBe('con');
      if (mode === 'tree-down') expect(card.textContent).toContain(payload.slice(0, 10));
      expect(cardIds(svg)).toContain(`${payload}5`);
    }
  });

  it('draws one reply edge per shown reply and leaves out collapsed subtrees', () => {
    const { graph, layout } = mapOf(doc, 'tree-down', ['14953024']);
    const svg = parseSvg(renderMapSvg(graph, layout, {}));
    expect(cardIds(svg)).toHaveLength(layout.visible.length);
    expect(cardIds(svg)).not.toContain(String(graph.nodes[graph.children[graph.index.get('14953024')!]![0]!]!.id));
    const path = svg.querySelector('svg.map > path')!.getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(layout.visible.length - 1);
  });

  it('draws each reply line along the route the layout computed, as the canvas does', () => {
    for (const mode of ['tree-down', 'overview'] as const) {
      const { graph, layout } = mapOf(doc, mode);
      const path = parseSvg(renderMapSvg(graph, layout, {})).querySelector('svg.map > path')!.getAttribute('d')!;
      const reply = graph.children[graph.children[graph.roots[0]!]![1]!]![0]!;
      const route = routeOf(layout, reply);
      expect(route.length).toBeGreaterThanOrEqual(2);
      expect(path).toContain(route.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(''));
    }
  });

  it('draws only the cards in a clipped view, at the view\'s scale', () => {
    const { graph, layout } = mapOf(doc, 'tree-down');
    const root = graph.roots[0]!;
    const clip = { x: layout.x[root]! - 200, y: layout.y[root]! - 50, width: 1000, height: 600 };
    const image = renderMapImage(graph, layout, {}, { clip, scale: 2 });
    const ids = cardIds(parseSvg(image.svg));
    expect(ids).toContain('14952787');
    expect(ids.length).toBe(image.cards);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.length).toBeLessThan(40);
    expect([image.plan.width, image.plan.height]).toEqual([2000, LEGEND_HEIGHT + 1200]);
    expect(image.svg).toContain(`viewBox="${clip.x} ${clip.y} 1000 600"`);
  });

  it('[regression] counts the tags of a view over the cards it shows, and says so', () => {
    const { graph, layout } = mapOf(doc, 'tree-down');
    const root = graph.roots[0]!;
    const clip = { x: layout.x[root]! - 200, y: layout.y[root]! - 50, width: 1000, height: 600 };
    const lastCard = graph.nodes[graph.preorder[graph.preorder.length - 1]!]!.id;
    const withOneAway: Annotations = { ...tags, [lastCard]: { tag: 'pro', updatedAt: AT } };
    const shown = new Set(cardIds(parseSvg(renderMapImage(graph, layout, withOneAway, { clip }).svg)));
    expect(shown.has(lastCard)).toBe(false);
    const inView = (tag: string) => Object.entries(withOneAway).filter(([id, annotation]) => annotation.tag === tag && shown.has(id)).length;
    const legend = parseSvg(renderMapSvg(graph, layout, withOneAway, { clip })).querySelector('g.legend')!.textContent!;
    expect(legend).toContain('In view:');
    expect(legend).not.toContain('Whole map:');
    expect(legend).toContain(`+ Pro (${inView('pro')})`);
    expect(inView('pro')).toBeLessThan(2);
    expect(legend).toContain(`− Con (${inView('con')})`);
    expect(legend).toContain(`? Question (${inView('question')})`);
  });

  it('[regression] counts the tags of a whole-map image over the map, those under collapsed replies too, and says so', () => {
    const { graph, layout } = mapOf(doc, 'tree-down', ['14953024']);
    const svg = parseSvg(renderMapSvg(graph, layout, tags));
    // Con and question are under the collapsed reply: not drawn, but still the map's.
    expect(cardIds(svg)).not.toContain('14957951');
    expect(cardIds(svg)).not.toContain('14956181');
    const legend = svg.querySelector('g.legend')!.textContent!;
    expect(legend).toContain('Whole map:');
    expect(legend).not.toContain('In view:');
    expect(legend).toContain('+ Pro (1)');
    expect(legend).toContain('− Con (1)');
    expect(legend).toContain('? Question (1)');
  });
});

describe('renderMapImage size limits on the 2,565-item thread', () => {
  const doc = openFixture('hn-firebase_14952787_flat-items_forum-explorer.json');

  it('draws all 2,565 cards in the overview at full size', () => {
    const { graph, layout } = mapOf(doc, 'overview');
    const image = renderMapImage(graph, layout, {}, { limits: CANVAS_LIMITS });
    expect(image.cards).toBe(2565);
    expect(image.plan.scaledDown).toBe(false);
    expect(image.plan.scale).toBe(1);
    expect(cardIds(parseSvg(image.svg))).toHaveLength(2565);
  });

  it('draws every reply line of the overview, those into a later column over the columns\' tops', () => {
    const { graph, layout } = mapOf(doc, 'overview');
    const d = parseSvg(renderMapSvg(graph, layout, {})).querySelector('svg.map > path')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2564);
    const top = Math.min(...Array.from(layout.visible).filter((at) => graph.parent[at]! >= 0).map((at) => layout.y[at]!));
    const across = Array.from(layout.visible).filter((at) => routeOf(layout, at).some(([, y]) => y < top));
    expect(across.length).toBeGreaterThan(0);
    for (const at of across) expect(d).toContain(routePath(layout, at, (value) => String(Math.round(value * 10) / 10)));
  });

  it('scales an outline taller than a canvas down to the limits and says by how much', () => {
    const { graph, layout } = mapOf(doc, 'outline');
    expect(layout.bounds.height).toBeGreaterThan(CANVAS_LIMITS.maxSide);
    const image = renderMapImage(graph, layout, {}, { limits: CANVAS_LIMITS });
    expect(image.plan.scaledDown).toBe(true);
    expect(image.plan.scale).toBeLessThan(CANVAS_LIMITS.maxSide / layout.bounds.height);
    expect(image.plan.scale).toBeGreaterThan(0.97 * ((CANVAS_LIMITS.maxSide - LEGEND_HEIGHT) / (layout.bounds.height + 48)));
    expect(image.plan.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(image.plan.width * image.plan.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxPixels);
    // Without limits (an SVG) the same map keeps full size.
    expect(renderMapImage(graph, layout, {}).plan.scale).toBe(1);
  });

  it('fits the legend\'s line, four-digit counts and all, into the narrowest image', () => {
    // The thread twice over under one root: 5,128 comments, over a thousand of each tag.
    const [root, ...comments] = doc.nodes;
    const copy = (id: string) => (id === root!.id ? id : `${id}-copy`);
    const doubled = { ...doc, nodes: [root!, ...comments, ...comments.map((node) => ({ ...node, id: copy(node.id), parent: node.parent && copy(node.parent) }))] };
    const { graph, layout } = mapOf(doubled, 'overview');
    const annotations: Annotations = {};
    doubled.nodes.slice(1).forEach((node, i) => (annotations[node.id] = { tag: (['pro', 'con', 'question'] as const)[i % 3]!, updatedAt: AT }));
    const legend = parseSvg(renderMapSvg(graph, layout, annotations)).querySelector('g.legend')!;
    const last = [...legend.querySelectorAll('text')].pop()!;
    expect(last.textContent).toMatch(/^\? Question \(\d{4}\) /);
    expect(Number(last.getAttribute('x')) + estimateWidth(last.textContent!, 12)).toBeLessThanOrEqual(MIN_IMAGE_WIDTH - 16);
  });

  it('keeps an image under the pixel budget when both sides fit but the area does not', () => {
    const { graph, layout } = mapOf(doc, 'tree-down');
    const limits = { maxSide: 16_000, maxPixels: 20_000_000 };
    const { plan } = renderMapImage(graph, layout, {}, { limits, scale: 2 });
    expect(plan.scaledDown).toBe(true);
    expect(plan.width * plan.height).toBeLessThanOrEqual(limits.maxPixels);
    expect(plan.width * plan.height).toBeGreaterThan(0.9 * limits.maxPixels);
  });
});
