import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { ancestorsOf, buildMap } from '../../core/map/graph';
import { createSpatialIndex, layoutMap, routeOf, routePath } from '../../core/layout';
import { newElementCache, toFlowElements } from './flow-elements';
import { COVERED_BANDS, initialViewport, viewportFitting, visibleRect } from './viewport';

const { graph } = buildMap(openFixture('hn-firebase_14952787_flat-items_forum-explorer.json').nodes);
const layout = layoutMap(graph, { mode: 'tree-down', aspect: 1.5 });
const overview = layoutMap(graph, { mode: 'overview', aspect: 1.25 });

describe('toFlowElements', () => {
  const index = createSpatialIndex(layout);
  const root = graph.roots[0]!;
  // Two windows' worth around the post: it and the first replies with replies of their own.
  const inView = index.query(layout.x[root]! - 700, layout.y[root]!, 2800, 1800);

  it('mounts the cards in view plus their parents in the trees, each with its size given up front', () => {
    const { nodes, edges, detached } = toFlowElements(graph, layout, inView, new Set(), newElementCache(layout));
    const ids = new Set(nodes.map((node) => node.id));
    expect(nodes.length).toBeGreaterThanOrEqual(inView.length);
    expect(nodes.length).toBeLessThan(graph.nodes.length / 10);
    // Only a parent mounted for a line can have its own parent away: its line is drawn detached.
    for (const at of detached) expect(inView.includes(at)).toBe(false);
    for (const node of nodes) {
      expect(node.measured).toEqual({ width: node.width, height: node.height });
      const parent = graph.nodes[graph.index.get(node.id)!]!.parent;
      if (parent !== null && inView.includes(graph.index.get(node.id)!)) expect(ids.has(parent)).toBe(true);
    }
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('mounts only the cards in view in the overview, and hands over the lines whose parent is not mounted', () => {
    const overviewIndex = createSpatialIndex(overview);
    const root = graph.roots[0]!;
    const rows = overviewIndex.query(overview.x[root]!, overview.y[root]! + 2000, 1020, 848);
    const { nodes, edges, detached } = toFlowElements(graph, overview, rows, new Set(), newElementCache(overview));
    expect(new Set(nodes.map((node) => graph.index.get(node.id)!))).toEqual(new Set(rows));
    for (const node of nodes) expect(node.measured).toEqual({ width: node.width, height: node.height });
    const withEdge = new Set(edges.map((edge) => graph.index.get(edge.target)!));
    expect(detached.length).toBeGreaterThan(0);
    for (const at of detached) {
      expect(withEdge.has(at)).toBe(false);
      expect(rows.includes(graph.parent[at]!)).toBe(false);
    }
    // Every row in view but the post has its reply line: an edge, or a detached line.
    expect(withEdge.size + detached.length).toBe(rows.filter((at) => graph.parent[at]! >= 0).length);
  });

  it('draws each reply line along the route the layout computed', () => {
    const { edges } = toFlowElements(graph, layout, inView, new Set(), newElementCache(layout));
    expect(edges.length).toBeGreaterThan(5);
    for (const edge of edges) {
      const at = graph.index.get(edge.target)!;
      expect(edge.type).toBe('route');
      expect(edge.data).toEqual({ path: routePath(layout, at) });
      expect(routeOf(layout, at).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives back the same node objects for the same layout, so React Flow skips unchanged nodes', () => {
    const cache = newElementCache(layout);
    const first = toFlowElements(graph, layout, inView, new Set(), cache);
    const second = toFlowElements(graph, layout, inView, new Set(), cache);
    expect(second.nodes).toHaveLength(first.nodes.length);
    second.nodes.forEach((node, i) => expect(node).toBe(first.nodes[i]));
  });

  it('marks the edges on the selected card’s chain of replies', () => {
    const child = inView.find((at) => graph.depth[at]! >= 2 && inView.includes(graph.parent[at]!))!;
    const chain = new Set(ancestorsOf(graph, child));
    const { edges } = toFlowElements(graph, layout, inView, chain, newElementCache(layout));
    const chainEdge = edges.find((edge) => edge.target === graph.nodes[child]!.id)!;
    expect(chainEdge.className).toBe('ancestor');
    const marked = edges.filter((edge) => edge.className === 'ancestor');
    expect(marked.length).toBeGreaterThanOrEqual(1);
    for (const edge of marked) expect(chain.has(graph.index.get(edge.target)!)).toBe(true);
    expect(edges.length).toBeGreaterThan(marked.length);
  });
});

describe('viewport helpers', () => {
  it('fits a rectangle whole and centred', () => {
    const viewport = viewportFitting({ x: 0, y: 0, width: 2000, height: 1000 }, 1000, 800, 0);
    expect(viewport.zoom).toBe(0.5);
    const shown = visibleRect([viewport.x, viewport.y, viewport.zoom], 1000, 800);
    expect(shown.x).toBeCloseTo(0);
    expect(shown.width).toBeCloseTo(2000);
  });

  it('keeps a fitted map clear of the bands the controls cover at the top and bottom of the pane', () => {
    // A map taller than the pane's shape: its height decides the zoom.
    const rect = { x: 0, y: 0, width: 1000, height: 2000 };
    const viewport = viewportFitting(rect, 1000, 800, 0);
    const top = viewport.y + rect.y * viewport.zoom;
    const bottom = viewport.y + (rect.y + rect.height) * viewport.zoom;
    expect(top).toBeCloseTo(COVERED_BANDS.top);
    expect(bottom).toBeCloseTo(800 - COVERED_BANDS.bottom);
    // A pane too short to spare the bands fits in its whole height.
    const short = viewportFitting(rect, 1000, 300, 0);
    expect(short.y).toBeCloseTo(0);
    expect(short.zoom).toBeCloseTo(0.15);
  });

  it('keeps the cards of a fitted map clear of the controls measured over the pane, using an empty corner of the map', () => {
    const rect = { x: 0, y: 0, width: 1000, height: 800 };
    // A minimap at the bottom right and a strip at the foot, left of it.
    const covered = [{ x: 780, y: 600, width: 200, height: 180 }, { x: 60, y: 730, width: 700, height: 50 }];
    const under = (viewport: { x: number; y: number; zoom: number }, box: (typeof covered)[number]) => ({
      x: (box.x - viewport.x) / viewport.zoom,
      y: (box.y - viewport.y) / viewport.zoom,
      width: box.width / viewport.zoom,
      height: box.height / viewport.zoom,
    });
    const meets = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    // Cards everywhere in the map: it goes above or beside the controls.
    const full = viewportFitting(rect, 1000, 800, 0, 1, covered);
    for (const box of covered) expect(meets(under(full, box), rect)).toBe(false);
    // One card at the top left only: the map may reach under the controls, where it has no card.
    const card = { x: 0, y: 0, width: 100, height: 100 };
    const cardsIn = (x: number, y: number, width: number, height: number) => (meets({ x, y, width, height }, card) ? [0] : []);
    const corner = viewportFitting(rect, 1000, 800, 0, 1, covered, cardsIn);
    expect(corner.zoom).toBeGreaterThan(full.zoom);
    for (const box of covered) expect(meets(under(corner, box), card)).toBe(false);
  });

  it('opens a big tree at a readable zoom on its root instead of fitting it to a speck', () => {
    const viewport = initialViewport(layout, graph.roots[0]!, 1000, 800);
    expect(viewport.zoom).toBeGreaterThanOrEqual(0.5);
    const shown = visibleRect([viewport.x, viewport.y, viewport.zoom], 1000, 800);
    const root = graph.roots[0]!;
    expect(layout.x[root]!).toBeGreaterThanOrEqual(shown.x);
    expect(layout.x[root]! + layout.width[root]!).toBeLessThanOrEqual(shown.x + shown.width);
  });

  it('shows the whole overview at once', () => {
    const overview = layoutMap(graph, { mode: 'overview', aspect: 1.25 });
    const viewport = initialViewport(overview, graph.roots[0]!, 1000, 800);
    const shown = visibleRect([viewport.x, viewport.y, viewport.zoom], 1000, 800);
    expect(shown.width).toBeGreaterThanOrEqual(overview.bounds.width);
    expect(shown.height).toBeGreaterThanOrEqual(overview.bounds.height);
  });
});
