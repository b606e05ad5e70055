import type { Annotations } from '../annotations/types';
import type { Link, SourceInfo, ThreadNode } from '../map/types';

export const FORMAT_NAME = 'threadmap';
export const CURRENT_VERSION = 2;

/** The earlier format version `exportJson` can still write, for tools that read only that one. */
export const LEGACY_VERSION = 1;

/** UI state worth keeping with a map; every field optional, unknown fields kept. */
export interface MapView {
  collapsed?: string[];
  layout?: string;
  selected?: string | null;
  viewport?: { x: number; y: number; zoom: number };
  [key: string]: unknown;
}

/** A `threadmap` document, version 2: the file format and the app's whole open map. */
export interface ThreadmapDocument {
  format: typeof FORMAT_NAME;
  version: typeof CURRENT_VERSION;
  generator: string;
  exportedAt: string;
  /** Who coded this map (the coder name set when it was saved); null or absent when unknown. */
  coder?: string | null;
  source: SourceInfo;
  nodes: ThreadNode[];
  links: Link[];
  annotations: Annotations;
  view?: MapView;
}
