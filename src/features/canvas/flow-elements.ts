import { MarkerType, Position, type Edge, type NodeHandle } from '@xyflow/react';
import type { MapGraph } from '../../core/map/graph';
import type { Link } from '../../core/map/types';
import type { Layout } from '../../core/layout/types';
import { quotePath, routePath } from '../../core/layout/routes';
import type { CardNodeType } from './CardNode';

export interface ElementCache {
  /** The layout the objects were made for. */
  layout: Layout;
  nodes: Map<number, CardNodeType>;
  edges: Map<string, Edge>;
}

/** An empty store of the React Flow objects made for `layout` (the canvas keeps one per layout). */
export const newElementCache = (layout: Layout): ElementCache => ({ layout, nodes: new Map(), edges: new Map() });

const NO_ROLE_DESCRIPTION = { 'aria-roledescription': undefined };

/** The arrowhead of a quote link, in the link's colour (a CSS variable: it follows the theme). */
const QUOTE_ARROW = { type: MarkerType.ArrowClosed, color: 'var(--question)', width: 16, height: 16 };

/**
 * The anchors of a card's reply lines, where the card's anchor elements are (CardNode): given up
 * front, a card's lines are drawn in the frame it mounts, before React Flow has measured it. The
 * lines themselves follow the layout's routes; the anchors place the end that can be dragged to
 * re-parent.
 */
function handlesOf(width: number, height: number): NodeHandle[] {
  const point = (id: string, type: 'source' | 'target', position: Position, x: number, y: number): NodeHandle => ({ id, type, position, x: x - 3, y: y - 3, width: 6, height: 6 });
  return [
    point('top', 'target', Position.Top, width / 2, 0),
    point('left', 'target', Position.Left, 0, height / 2),
    point('bottom', 'source', Position.Bottom, width / 2, height),
    point('right', 'source', Position.Right, width, height / 2),
    point('rail', 'source', Position.Bottom, 14, height),
  ];
}

function cardFor(graph: MapGraph, layout: Layout, position: number, cache: ElementCache): CardNodeType {
  let card = cache.nodes.get(position);
  if (!card) {
    const node = graph.nodes[position]!;
    const width = layout.width[position]!;
    const height = layout.height[position]!;
    // Sizes given up front: React Flow never has to measure a card.
    card = {
      id: node.id,
      type: 'card',
      position: { x: layout.x[position]!, y: layout.y[position]! },
      data: { node, replies: graph.children[position]!.length, depth: graph.depth[position]! },
      width,
      height,
      measured: { width, height },
      handles: handlesOf(width, height),
      draggable: false,
      selectable: false,
      connectable: false,
      // The wrapper stays a plain element: the card inside is the map tree's treeitem, and a
      // tree may contain no element with a role description of its own.
      domAttributes: NO_ROLE_DESCRIPTION,
    };
    cache.nodes.set(position, card);
  }
  return card;
}

// Handles only anchor the end that can be dragged to re-parent; the line follows the route.
const HANDLES = {
  down: { sourceHandle: 'bottom', targetHandle: 'top' },
  right: { sourceHandle: 'right', targetHandle: 'left' },
  rail: { sourceHandle: 'rail', targetHandle: 'left' },
} as const;

/**
 * The React Flow nodes and edges for the cards in view. In the trees and the outline the parents
 * of those cards are mounted too, so that every reply line in view is an edge whose end can be
 * dragged to re-parent; in the overview, where that mounted as many parents as rows in view, the
 * cards whose parent is not in view are returned as `detached` and their lines drawn without
 * React Flow (see DetachedReplyLines). Objects are cached per layout: React Flow skips work for
 * nodes whose identity did not change.
 */
export function toFlowElements(
  graph: MapGraph,
  layout: Layout,
  positions: readonly number[],
  chain: ReadonlySet<number>,
  cache: ElementCache,
  links: readonly Link[] = [],
): { nodes: CardNodeType[]; edges: Edge[]; detached: number[] } {
  const mounted = new Set<number>(positions);
  if (layout.mode !== 'overview') {
    for (const position of positions) {
      const parent = graph.parent[position]!;
      if (parent >= 0 && !Number.isNaN(layout.x[parent]!)) mounted.add(parent);
    }
  }
  const nodes: CardNodeType[] = [];
  const edges: Edge[] = [];
  const detached: number[] = [];
  const handles = HANDLES[layout.edgeStyle];
  for (const position of mounted) {
    nodes.push(cardFor(graph, layout, position, cache));
    const parent = graph.parent[position]!;
    if (parent < 0 || Number.isNaN(layout.x[parent]!)) continue;
    if (!mounted.has(parent)) {
      detached.push(position);
      continue;
    }
    const onChain = chain.has(position);
    const key = `${position}:${onChain ? 1 : 0}`;
    let edge = cache.edges.get(key);
    if (!edge) {
      edge = {
        id: `reply-${graph.nodes[position]!.id}`,
        source: graph.nodes[parent]!.id,
        target: graph.nodes[position]!.id,
        ...handles,
        type: 'route',
        data: { path: routePath(layout, position) },
        className: onChain ? 'ancestor' : undefined,
        focusable: false,
        selectable: false,
        // The reply line's end at the card can be dragged onto a new parent.
        reconnectable: 'target',
      };
      cache.edges.set(key, edge);
    }
    edges.push(edge);
  }
  for (const link of links) {
    const from = graph.index.get(link.from);
    const to = graph.index.get(link.to);
    if (from === undefined || to === undefined || !mounted.has(from) || !mounted.has(to)) continue;
    const key = `link:${link.from}>${link.to}:${link.kind}`;
    let edge = cache.edges.get(key);
    if (!edge) {
      // Drawn as the image export draws it (dashed, bowing out beside the cards, an arrowhead at
      // the quoted card): a straight line between two cards read as a reply line. Dashes cost
      // little here: only the links between mounted cards are drawn, a handful at most.
      edge = { id: key, source: link.from, target: link.to, sourceHandle: 'right', targetHandle: 'left', type: 'route', data: { path: quotePath(layout, from, to) }, markerEnd: QUOTE_ARROW, className: 'quote-link', focusable: false, selectable: false, reconnectable: false };
      cache.edges.set(key, edge);
    }
    edges.push(edge);
  }
  return { nodes, edges, detached };
}
