import { describe, expect, it } from 'vitest';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { chainThread, syntheticDiscussion } from '../../../bench/synthetic';
import { fitZoom, layoutMap, LAYOUT_MODES, type Layout } from './index';
import { checkRegionLabels, pinRegionLabels, placeRegionLabels, REGION_LABEL, type PlacedLabel } from './region-labels';
import { findSubDebates, REGIONS_BELOW_ZOOM, tallyRegionTags, type SubDebate } from './regions';
import type { Annotations } from '../annotations/types';
import { fixtureGraph, HN_THREAD, TEXT_SAMPLE } from './testing/fixture-graphs';
import { openRecorded } from '../map/testing/edit-fixtures';

const WIDTH = 1400;
const HEIGHT = 900;
const thread = fixtureGraph(HN_THREAD);

/** The window at fit view, in the labels' coordinates (map origin at 0,0, scaled by the zoom). */
function fitWindow(layout: Layout) {
  const zoom = fitZoom(layout, WIDTH, HEIGHT);
  const { x, y, width, height } = layout.bounds;
  const tx = WIDTH / 2 - (x + width / 2) * zoom;
  const ty = HEIGHT / 2 - (y + height / 2) * zoom;
  return { zoom, window: { x: -tx, y: -ty, width: WIDTH, height: HEIGHT } };
}

function labelAtFitView(layout: Layout, regions: SubDebate[]) {
  const { zoom, window } = fitWindow(layout);
  return { zoom, window, labels: placeRegionLabels(regions, zoom, { width: WIDTH, height: HEIGHT }) };
}

describe('labels of the sub-debates at fit view of the 2,565-item HN thread in a 1400×900 window', () => {
  for (const mode of LAYOUT_MODES) {
    it(`gives every sub-debate of 3 % or more a label, none overlapping, all inside the window, in ${mode}`, () => {
      const layout = layoutMap(thread, { mode, aspect: WIDTH / HEIGHT });
      const regions = findSubDebates(thread, layout);
      const { zoom, window, labels } = labelAtFitView(layout, regions);
      // A mode whose fit view is near enough for cards to carry text draws no regions.
      if (zoom >= REGIONS_BELOW_ZOOM) return;
      expect(checkRegionLabels(regions, labels, window, 0.03)).toEqual([]);
      // The thread has six replies to the post of 3 % or more, and big branches inside the largest.
      const big = regions.filter((region) => region.share >= 0.03);
      expect(big.filter((region) => region.level === 1).map((region) => region.count).sort((a, b) => b - a)).toEqual([778, 458, 203, 119, 81, 77]);
      expect(big.length).toBeGreaterThan(6);
      for (const label of labels.filter((l) => regions[l.region]!.share >= 0.03)) expect(label.size).toBe('full');
    });
  }

  // The app's controls over the map in a 1400×900 window (its map pane is narrower; the labels
  // must clear them wherever they are): layout switcher at the top left, zoom buttons at the
  // bottom left, the minimap at the bottom right.
  const controls = [
    { x: 16, y: 12, width: 340, height: 34 },
    { x: 16, y: HEIGHT - 16 - 110, width: 36, height: 110 },
    { x: WIDTH - 16 - 200, y: HEIGHT - 16 - 140, width: 200, height: 140 },
  ];
  for (const mode of LAYOUT_MODES) {
    it(`keeps every label off the window's controls and still labels every sub-debate of 3 % or more, in ${mode}`, () => {
      const layout = layoutMap(thread, { mode, aspect: WIDTH / HEIGHT });
      const regions = findSubDebates(thread, layout);
      const { zoom, window } = fitWindow(layout);
      if (zoom >= REGIONS_BELOW_ZOOM) return;
      const avoid = controls.map((box) => ({ ...box, x: box.x + window.x, y: box.y + window.y }));
      const labels = placeRegionLabels(regions, zoom, { width: WIDTH, height: HEIGHT }, avoid);
      expect(checkRegionLabels(regions, labels, window, 0.03, avoid)).toEqual([]);
    });
  }

  for (const mode of ['tree-down', 'tree-right'] as const) {
    it(`keeps every label inside a window that does not centre the map (a fit beside the minimap in a 655×648 pane), in ${mode}`, () => {
      const layout = layoutMap(thread, { mode, aspect: 440 / 560 });
      const regions = findSubDebates(thread, layout);
      // The fit keeps the map in the pane's left 480 px, clear of the minimap on the right.
      const zoom = fitZoom(layout, 440, 560);
      const window = { x: -24, y: -30, width: 655, height: 648 };
      const labels = placeRegionLabels(regions, zoom, window);
      expect(checkRegionLabels(regions, labels, window, 0.03)).toEqual([]);
    });
  }

  it('reports a label under a control, and moves it off when told to avoid that control', () => {
    const layout = layoutMap(thread, { mode: 'tree-down', aspect: WIDTH / HEIGHT });
    const regions = findSubDebates(thread, layout);
    const { zoom, window } = fitWindow(layout);
    const labels = placeRegionLabels(regions, zoom, { width: WIDTH, height: HEIGHT });
    const first = labels[0]!;
    const control = { x: first.x + 10, y: first.y + 5, width: 60, height: 30 };
    expect(checkRegionLabels(regions, labels, window, 0.03, [control])).toContain(`The label of region ${first.region} is under a control.`);
    const clear = placeRegionLabels(regions, zoom, { width: WIDTH, height: HEIGHT }, [control]);
    expect(clear.find((label) => label.region === first.region)).toBeDefined();
    expect(checkRegionLabels(regions, clear, window, 0.03, [control])).toEqual([]);
  });

  it('reports a missing label when the window is too small to hold them all, so the check can fail', () => {
    const layout = layoutMap(thread, { mode: 'overview', aspect: 200 / 120 });
    const regions = findSubDebates(thread, layout);
    const zoom = fitZoom(layout, 200, 120);
    const labels = placeRegionLabels(regions, zoom, { width: 200, height: 120 });
    const problems = checkRegionLabels(regions, labels, { x: -1e9, y: -1e9, width: 2e9, height: 2e9 }, 0.03);
    expect(problems.some((problem) => problem.endsWith('has no label.'))).toBe(true);
  });

  it('reports overlapping labels and labels outside the window', () => {
    const layout = layoutMap(thread, { mode: 'overview', aspect: WIDTH / HEIGHT });
    const regions = findSubDebates(thread, layout);
    const { window, labels } = labelAtFitView(layout, regions);
    const [first, second] = labels as [PlacedLabel, PlacedLabel];
    const moved = [first, { ...second, x: first.x + 10, y: first.y + 10 }, ...labels.slice(2)];
    expect(checkRegionLabels(regions, moved, window, 0.03)).toContain(`The labels of regions ${first.region} and ${second.region} overlap.`);
    const outside = [{ ...first, x: window.x + WIDTH - 5 }, ...labels.slice(1)];
    expect(checkRegionLabels(regions, outside, window, 0.03)).toContain(`The label of region ${first.region} is outside the window.`);
  });
});

describe('sub-debates of a map', () => {
  const layout = layoutMap(thread, { mode: 'overview', aspect: WIDTH / HEIGHT });
  const regions = findSubDebates(thread, layout);

  it('makes one region per reply to the post, counting each whole subtree', () => {
    const root = thread.roots[0]!;
    const level1 = regions.filter((region) => region.level === 1);
    expect(level1.map((region) => region.root)).toEqual(thread.children[root]);
    expect(level1.reduce((sum, region) => sum + region.count, 0)).toBe(thread.nodes.length - 1);
  });

  it('counts participants (deleted and dead comments excluded) and the longest chain as a walk up from every node does', () => {
    const biggest = regions.reduce((a, b) => (b.count > a.count ? b : a));
    const authors = new Set<string>();
    let deepest = 0;
    for (let at = 0; at < thread.nodes.length; at++) {
      let up = at;
      let steps = 1;
      while (up >= 0 && up !== biggest.root) {
        up = thread.parent[up]!;
        steps++;
      }
      if (up !== biggest.root) continue;
      // Deleted, dead and removed comments speak for no one, as in the thread's measures.
      const node = thread.nodes[at]!;
      if (node.author && node.status === 'ok' && node.kind !== 'more') authors.add(node.author);
      deepest = Math.max(deepest, steps);
    }
    expect(biggest.count).toBe(778);
    expect(biggest.participants).toBe(authors.size);
    // The same people as the thread's measures count for it (its summary and the sub-debate list).
    expect(biggest.participants).toBe(304);
    expect(biggest.deepest).toBe(deepest);
  });

  it('splits a sub-debate holding more than 12 % of the map into its branches of 3 % or more', () => {
    const biggest = regions.findIndex((region) => region.count === 778);
    const branches = regions.filter((region) => region.parentRegion === biggest).map((region) => region.count);
    expect(branches).toEqual([278, 253]);
    expect(regions.filter((region) => region.level === 2).every((region) => region.share >= 0.03)).toBe(true);
  });

  it('puts every shown card of a region inside one of its pieces', () => {
    for (const mode of LAYOUT_MODES) {
      const modeLayout = layoutMap(thread, { mode, aspect: WIDTH / HEIGHT });
      for (const region of findSubDebates(thread, modeLayout)) {
        for (let i = region.start; i < region.end; i++) {
          const at = thread.preorder[i]!;
          const inside = region.pieces.some(
            (p) => modeLayout.x[at]! >= p.x && modeLayout.y[at]! >= p.y && modeLayout.x[at]! + modeLayout.width[at]! <= p.x + p.width && modeLayout.y[at]! + modeLayout.height[at]! <= p.y + p.height,
          );
          expect(inside).toBe(true);
        }
      }
    }
  });

  it('keeps the pieces of different regions of the overview apart', () => {
    const level1 = regions.filter((region) => region.level === 1);
    let overlapping = 0;
    for (let a = 0; a < level1.length; a++) {
      for (let b = a + 1; b < level1.length; b++) {
        for (const p of level1[a]!.pieces) {
          for (const q of level1[b]!.pieces) if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) overlapping++;
        }
      }
    }
    expect(overlapping).toBe(0);
  });

  it('counts the tags inside each sub-debate, and the categories that count as no tag, as a walk up from every coded card does', () => {
    const annotations: Annotations = {};
    const tags = ['pro', 'con', 'question'] as const;
    thread.nodes.forEach((node, at) => {
      if (at % 7 === 3) annotations[node.id] = { tag: tags[at % 3], updatedAt: '2026-01-01T00:00:00.000Z' };
      // RumourEval's "comment" counts as no tag: coded all the same.
      else if (at % 11 === 5) annotations[node.id] = { category: 'comment', updatedAt: '2026-01-01T00:00:00.000Z' };
    });
    const tallies = tallyRegionTags(thread, regions, annotations);
    expect(tallies.reduce((sum, tally) => sum + tally.other, 0)).toBeGreaterThan(100);
    regions.forEach((region, i) => {
      const expected = { pro: 0, con: 0, question: 0, other: 0 };
      thread.nodes.forEach((node, at) => {
        const tag = annotations[node.id] ? (annotations[node.id]!.tag ?? 'other') : undefined;
        if (!tag) return;
        for (let up = at; up >= 0; up = thread.parent[up]!) {
          if (up === region.root) {
            expected[tag]++;
            break;
          }
        }
      });
      expect(tallies[i]).toEqual(expected);
    });
  });

  it('leaves out the pieces of cards hidden under a collapsed comment but still counts them', () => {
    const biggest = regions.find((region) => region.count === 778)!;
    const collapsedLayout = layoutMap(thread, { mode: 'overview', aspect: WIDTH / HEIGHT, collapsed: new Set([biggest.root]) });
    const again = findSubDebates(thread, collapsedLayout).find((region) => region.root === biggest.root)!;
    expect(again.count).toBe(778);
    expect(again.pieces).toHaveLength(1);
    expect(again.pieces[0]!.height).toBe(collapsedLayout.height[biggest.root]);
  });
});

describe('labels on other maps', () => {
  const label = (nodes: ThreadNode[], mode: (typeof LAYOUT_MODES)[number]) => {
    const graph = buildMap(nodes).graph;
    const layout = layoutMap(graph, { mode, aspect: WIDTH / HEIGHT });
    const regions = findSubDebates(graph, layout);
    const { zoom, window, labels } = labelAtFitView(layout, regions);
    // A mode whose fit view is near enough for cards to carry text draws no regions.
    return { regions, labels, problems: zoom >= REGIONS_BELOW_ZOOM ? [] : checkRegionLabels(regions, labels, window, 0.03) };
  };

  it('labels the big sub-debates of a synthetic 5,000-comment discussion in every mode', () => {
    const nodes = syntheticDiscussion({ nodes: 5000, seed: 5 });
    for (const mode of LAYOUT_MODES) expect(label(nodes, mode).problems).toEqual([]);
  });

  it('labels a single chain as one sub-debate, with nested regions only where a part is much smaller', () => {
    const { regions, labels, problems } = label(chainThread(300), 'tree-down');
    expect(problems).toEqual([]);
    expect(regions[0]!.count).toBe(300);
    // Further down, a part of the chain is a region only once it is under 3/4 of the one above.
    for (const region of regions.slice(1)) expect(region.count).toBeLessThan(0.75 * regions[region.parentRegion]!.count);
    expect(labels.map((l) => l.region)).toContain(0);
  });

  it('never writes label text under 12 px', () => {
    expect(REGION_LABEL.titleFont).toBeGreaterThanOrEqual(12);
    expect(REGION_LABEL.detailFont).toBeGreaterThanOrEqual(12);
  });
});

describe('labels set beside their region', () => {
  // The map pane of the app in a 1400×900 window, beside the side panel.
  const pane = { width: 1000, height: 780 };
  /** Labels beside a region that lie over the cards of another reply to the post. */
  function coveringOthers(regions: SubDebate[], labels: PlacedLabel[], zoom: number) {
    const topOf = (index: number): number => (regions[index]!.level > 1 ? topOf(regions[index]!.parentRegion) : index);
    return labels.filter((label) => {
      if (!label.outside) return false;
      return regions.some((region, i) => region.level === 1 && i !== topOf(label.region) && region.pieces.some((piece) => label.x < (piece.x + piece.width) * zoom && piece.x * zoom < label.x + label.width && label.y < (piece.y + piece.height) * zoom && piece.y * zoom < label.y + label.height));
    });
  }

  for (const mode of ['tree-down', 'tree-right'] as const) {
    it(`keep off the other sub-debates' cards on the 31-comment sample at fit view, and small replies get none, in ${mode}`, () => {
      const graph = fixtureGraph(TEXT_SAMPLE);
      const layout = layoutMap(graph, { mode, aspect: pane.width / pane.height });
      const regions = findSubDebates(graph, layout);
      const zoom = fitZoom(layout, pane.width, pane.height);
      expect(zoom).toBeLessThan(REGIONS_BELOW_ZOOM);
      const labels = placeRegionLabels(regions, zoom, pane);
      expect(coveringOthers(regions, labels, zoom)).toEqual([]);
      for (const label of labels.filter((l) => l.outside)) expect(regions[label.region]!.count).toBeGreaterThanOrEqual(REGION_LABEL.keyMinCount);
      // The two biggest replies (8 and 5 comments) are still named.
      expect(labels.map((label) => regions[label.region]!.count)).toEqual(expect.arrayContaining([8, 5]));
    });
  }
});

describe('zoomed in between fit view and the cards’ text, the sub-debates in view are named in view', () => {
  // The app's map pane in a 1400×900 window, and the controls over it: the layout switcher at the
  // top left, the zoom buttons at the bottom left, the minimap at the bottom right.
  const pane = { width: 1020, height: 830 };
  const controls = [
    { x: 16, y: 12, width: 290, height: 34 },
    { x: 16, y: pane.height - 16 - 110, width: 36, height: 110 },
    { x: pane.width - 16 - 200, y: pane.height - 16 - 140, width: 200, height: 140 },
  ];
  const inside = (box: { x: number; y: number; width: number; height: number }, view: { x: number; y: number; width: number; height: number }) =>
    box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;

  for (const mode of LAYOUT_MODES) {
    it(`labels every sub-debate of 3 % or more with room in view, over the whole 2,565-item thread at 10, 20 and 34 %, in ${mode}`, () => {
      const layout = layoutMap(thread, { mode, aspect: pane.width / pane.height });
      const regions = findSubDebates(thread, layout);
      let inViewWithRoom = 0;
      let namedByPlacement = 0;
      let named = 0;
      for (const zoom of [0.1, 0.2, 0.34]) {
        const labels = placeRegionLabels(regions, zoom, pane);
        const { bounds } = layout;
        // Views over the whole map, overlapping by 30 %.
        for (let x = bounds.x * zoom; x < (bounds.x + bounds.width) * zoom; x += pane.width * 0.7) {
          for (let y = bounds.y * zoom; y < (bounds.y + bounds.height) * zoom; y += pane.height * 0.7) {
            const view = { x, y, ...pane };
            const avoid = controls.map((box) => ({ ...box, x: box.x + x, y: box.y + y }));
            const pins = pinRegionLabels(regions, labels, zoom, view, avoid);
            const shown = [...labels.filter((label) => inside(label, view)), ...pins];
            for (const pin of pins) {
              expect(inside(pin, view)).toBe(true);
              expect(avoid.some((box) => checkRegionLabels([], [pin], view, 1, [box]).length > 0)).toBe(false);
            }
            expect(checkRegionLabels([], shown, view, 1)).toEqual([]);
            regions.forEach((region, index) => {
              if (region.share < REGION_LABEL.keyShare || region.count < REGION_LABEL.keyMinCount) return;
              // Some piece shows at least a full label's height of the region in view.
              const room = region.pieces.some((piece) => {
                const top = Math.max(piece.y * zoom, y);
                const bottom = Math.min((piece.y + piece.height) * zoom, y + pane.height);
                return Math.min((piece.x + piece.width) * zoom, x + pane.width) > Math.max(piece.x * zoom, x) && bottom - top >= REGION_LABEL.fullHeight + 2 * REGION_LABEL.gap;
              });
              if (!room) return;
              inViewWithRoom++;
              if (labels.some((label) => label.region === index && inside(label, view))) namedByPlacement++;
              if (shown.some((label) => label.region === index)) named++;
            });
          }
        }
      }
      // Placed for the whole map alone, most of them were named off screen (10–33 % named in view).
      expect(inViewWithRoom).toBeGreaterThan(80);
      expect(namedByPlacement / inViewWithRoom).toBeLessThan(0.4);
      expect(named / inViewWithRoom).toBeGreaterThan(0.97);
    });
  }

  it('at fit view, names the tinted sub-debates the placement left unnamed where they have room, over no label and under no control', () => {
    const layout = layoutMap(thread, { mode: 'overview', aspect: pane.width / pane.height });
    const regions = findSubDebates(thread, layout);
    const zoom = fitZoom(layout, pane.width, pane.height);
    const labels = placeRegionLabels(regions, zoom, pane);
    const { x, y, width, height } = layout.bounds;
    const view = { x: (x + width / 2) * zoom - pane.width / 2, y: (y + height / 2) * zoom - pane.height / 2, ...pane };
    const avoid = controls.map((box) => ({ ...box, x: box.x + view.x, y: box.y + view.y }));
    expect(labels.every((label) => inside(label, view))).toBe(true);
    const pins = pinRegionLabels(regions, labels, zoom, view, avoid);
    // The 2,565-item thread at 1020×830: the placement names the biggest; more have room.
    expect(pins.length).toBeGreaterThan(3);
    const named = new Set(labels.map((label) => label.region));
    for (const pin of pins) {
      expect(named.has(pin.region)).toBe(false);
      expect(inside(pin, view)).toBe(true);
      expect(avoid.some((box) => checkRegionLabels([], [pin], view, 1, [box]).length > 0)).toBe(false);
    }
    expect(checkRegionLabels([], [...labels, ...pins], view, 1)).toEqual([]);
  });
});


describe('what a region label counts', () => {
  it('gives the comments of each Reddit sub-debate, not its "more" stubs, counted straight from the nodes', () => {
    const doc = openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const graph = buildMap(doc.nodes).graph;
    const regions = findSubDebates(graph, layoutMap(graph, { mode: 'overview', aspect: WIDTH / HEIGHT }));
    const parentOf = new Map(doc.nodes.map((node) => [node.id, node.parent]));
    const commentsUnder = (top: string) =>
      doc.nodes.filter((node) => {
        if (node.kind !== 'comment') return false;
        for (let at: string | null | undefined = node.id; at != null; at = parentOf.get(at)) if (at === top) return true;
        return false;
      }).length;
    expect(regions.map((region) => region.comments)).toEqual(regions.map((region) => commentsUnder(graph.nodes[region.root]!.id)));
    expect(regions.some((region) => region.comments < region.count)).toBe(true);
  });
});

describe('labels of sub-debates spread over the overview\'s narrow columns', () => {
  it('name a big sub-debate on its own columns, narrowed to them, rather than beside them over others', () => {
    // The map pane of a 1400×900 window: far out the overview's columns are ~40 px wide, and a
    // sub-debate of 458 comments fills four of them side by side.
    const layout = layoutMap(thread, { mode: 'overview', aspect: 1020 / 848 });
    const regions = findSubDebates(thread, layout);
    const zoom = fitZoom(layout, 1020, 848);
    const labels = placeRegionLabels(regions, zoom, { width: 1020, height: 848 });
    const onOwn = labels.filter((label) => !label.outside && regions[label.region]!.share >= REGION_LABEL.keyShare);
    expect(onOwn.length).toBeGreaterThanOrEqual(2);
    for (const label of onOwn) {
      expect(label.width).toBeGreaterThanOrEqual(REGION_LABEL.fullMinWidth);
      // Every column the label spans is one of its own region's pieces, covering the label's height.
      const pieces = regions[label.region]!.pieces.map((piece) => ({ x: piece.x * zoom, y: piece.y * zoom, right: (piece.x + piece.width) * zoom, bottom: (piece.y + piece.height) * zoom }));
      for (let x = label.x; x <= label.x + label.width; x += 4) {
        const under = pieces.find((piece) => piece.x <= x && x <= piece.right);
        const inGap = !under && pieces.some((piece) => Math.abs(piece.x - x) < 12 || Math.abs(piece.right - x) < 12);
        expect(under !== undefined || inGap).toBe(true);
        if (under) expect(under.y <= label.y && label.y + label.height <= under.bottom).toBe(true);
      }
    }
    expect(onOwn.map((label) => regions[label.region]!.name)).toContain('tunesmith');
    expect(onOwn.some((label) => label.width < REGION_LABEL.fullWidth)).toBe(true);
    expect(checkRegionLabels(regions, labels, { x: -1e6, y: -1e6, width: 2e6, height: 2e6 }, 1).filter((problem) => problem.includes('overlap'))).toEqual([]);
  });
});
