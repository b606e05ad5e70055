import type { MapGraph } from '../map/graph';
import type { ReplyRoutes } from './routes';

/**
 * overview: the whole thread on one screen (the post as a banner over compact rows flowed into
 * columns, with reply rails);
 * tree-down / tree-right: tidy trees; a subtree too wide for the window hangs as a comb whose
 * shelves are packed to the window's shape;
 * outline: one row per comment, replies indented, read like the thread.
 */
export type LayoutMode = 'overview' | 'tree-down' | 'tree-right' | 'outline';
export const LAYOUT_MODES: readonly LayoutMode[] = ['overview', 'tree-down', 'tree-right', 'outline'];

/** Window shape (width / height) assumed when LayoutOptions.aspect is left out. */
export const DEFAULT_ASPECT = 1400 / 900;

/** The window shape to pack for: the given one when it is a positive number, else the default. */
export function resolveAspect(options: LayoutOptions): number {
  const { aspect } = options;
  return aspect !== undefined && Number.isFinite(aspect) && aspect > 0 ? aspect : DEFAULT_ASPECT;
}

export interface LayoutOptions {
  mode: LayoutMode;
  /** Positions of nodes whose replies are hidden. */
  collapsed?: ReadonlySet<number>;
  /** Width / height of the window the map is shown in; packing aims for this shape. */
  aspect?: number;
  /**
   * Tree modes keep the layout of the whole, uncollapsed tree when nodes are collapsed: cards stay
   * where they were and only the shelves after a shortened subtree move up to close the gap. Set to repack for the shown nodes alone, e.g. after "collapse all", to fit the window.
   */
  reflow?: boolean;
  /**
   * Nodes a filter keeps (1); the others are taken out of the layout, except the ancestors of
   * kept nodes, which stay so that every shown card hangs from its true parent.
   */
  keep?: Uint8Array;
}

/** Where each card goes. Arrays are indexed by node position in the graph. */
export interface Layout {
  mode: LayoutMode;
  /** Top-left corner and size of each card; NaN for nodes hidden under a collapsed ancestor. */
  x: Float64Array;
  y: Float64Array;
  width: Float64Array;
  height: Float64Array;
  /** Positions of the cards that are shown, in pre-order. */
  visible: Int32Array;
  /** Bounding box of all shown cards. */
  bounds: { x: number; y: number; width: number; height: number };
  /** How a reply edge is drawn in this mode: from the parent's bottom to the child's top, from
   * its right to the child's left, or as a rail down the left side of indented rows. */
  edgeStyle: 'down' | 'right' | 'rail';
  /** The reply line into each shown reply, as a polyline from its parent's card to its own. */
  routes: ReplyRoutes;
}

export type LayoutFunction = (graph: MapGraph, options: LayoutOptions) => Layout;

/**
 * The window shape a map is packed for, rounded to quarter steps so that small resizes do not
 * re-pack it; the app and `threadmap layout` both use it, so they place cards alike.
 */
export function windowAspect(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 1.5;
  return Math.round((width / height) * 4) / 4 || 0.25;
}
