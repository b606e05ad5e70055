import { hierarchy, tree } from 'd3-hierarchy';
import type { MapGraph } from '../src/core/map/graph';

/** The sizes the baselines were measured with: 280×120 cards in a 1400×900 window. */
export const BASELINE_CARD = { width: 280, height: 120, gapX: 32, gapY: 56 } as const;

interface Box {
  width: number;
  height: number;
}

/** d3-hierarchy's tidy tree (Buchheim–Walker, linear time) of the subtree at `root`, top-down. */
export function layoutWithD3Tree(graph: MapGraph, root = graph.roots[0]!) {
  const { width, height, gapX, gapY } = BASELINE_CARD;
  return tree<number>()
    .nodeSize([width + gapX, height + gapY])
    .separation(() => 1)(hierarchy(root, (at) => graph.children[at]));
}

/** Bounding box of one d3-hierarchy tidy tree rooted at `root`. */
export function tidyTreeBox(graph: MapGraph, root: number): Box {
  return boxOfD3Tree(layoutWithD3Tree(graph, root));
}

/** Bounding box of a tree laid out by layoutWithD3Tree. */
export function boxOfD3Tree(laidOut: ReturnType<typeof layoutWithD3Tree>): Box {
  const { width, height } = BASELINE_CARD;
  let left = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  laidOut.each((node) => {
    left = Math.min(left, node.x - width / 2);
    right = Math.max(right, node.x + width / 2);
    bottom = Math.max(bottom, node.y + height);
  });
  return { width: right - left, height: bottom };
}

/** Zoom at which a box fits the window, with React Flow's fitView padding. */
export function fitBoxZoom(box: Box, viewportWidth = 1400, viewportHeight = 900, padding = 0.05): number {
  return Math.min(viewportWidth / (box.width * (1 + padding)), viewportHeight / (box.height * (1 + padding)));
}

/** Baseline 1: the whole thread as one top-down tidy tree. */
export function singleTreeBox(graph: MapGraph): Box {
  return tidyTreeBox(graph, graph.roots[0]!);
}

/**
 * Baseline 2: each top-level subtree as its own tidy tree, then shelf-packed in thread order into
 * rows as wide as sqrt(area × aspect), with the post's card above them.
 */
export function shelfPackedBox(graph: MapGraph, aspect = 1400 / 900): Box {
  const { height: cardHeight, gapX, gapY } = BASELINE_CARD;
  const boxes = graph.children[graph.roots[0]!]!.map((top) => tidyTreeBox(graph, top));
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + gapX) * (box.height + gapY);
    widest = Math.max(widest, box.width);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * aspect));
  let x = 0;
  let y = cardHeight + gapY;
  let rowHeight = 0;
  let width = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      y += rowHeight + gapY;
      x = 0;
      rowHeight = 0;
    }
    x += box.width + gapX;
    rowHeight = Math.max(rowHeight, box.height);
    width = Math.max(width, x - gapX);
  }
  return { width, height: y + rowHeight };
}
