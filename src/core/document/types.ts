import type { Annotations } from '../annotations/types';
import type { Link, SourceInfo, Tag, ThreadNode } from '../map/types';

export const FORMAT_NAME = 'threadmap';
export const CURRENT_VERSION = 3;

/** The earlier format versions `exportJson` can still write, for tools that read only those. */
export const LEGACY_VERSIONS = [1, 2] as const;
export type LegacyVersion = (typeof LEGACY_VERSIONS)[number];

/** UI state worth keeping with a map; every field optional, unknown fields kept. */
export interface MapView {
  collapsed?: string[];
  layout?: string;
  selected?: string | null;
  viewport?: { x: number; y: number; zoom: number };
  [key: string]: unknown;
}

/** One category of a codebook: what coders choose from. */
export interface CodebookCategory {
  /** Stable id, what annotations record (`pro`, `support`, `none`, …). */
  id: string;
  label: string;
  /** A short definition, shown while coding. */
  definition: string;
  /** An example comment of this category. */
  example: string;
  /** The key that chooses it (one character). */
  key: string;
  /** The map tag this category counts as in the main annotations and the argument exports; absent: none. */
  tag?: Tag;
  /** True for the explicit "none of these" category. */
  none?: boolean;
}

/** The codebook: the categories a map is coded with. Absent from a file: the default pro/con/question. */
export interface Codebook {
  /** Which scheme it is: `stance` (default), `rumoureval`, `agreement`, or `custom`. */
  scheme: string;
  categories: CodebookCategory[];
}

/** One coder's annotations. */
export interface CoderLayer {
  coder: string;
  annotations: Annotations;
}

/** The adjudicated answer for one comment. */
export interface GoldEntry {
  /** The decided codebook category, or null when the adjudicator typed an answer instead (`text`). */
  category: string | null;
  /** An answer typed by the adjudicator when no category fits. */
  text?: string;
  note?: string;
  /** Who decided; null when unknown. */
  decidedBy: string | null;
  /** ISO 8601 time of the decision. */
  decidedAt: string;
  /** Each coder's category at the moment of the decision (null: the coder left it untagged). */
  coderTags: Record<string, string | null>;
}

/** A `threadmap` document, version 3: the file format and the app's whole open map. */
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
  /** The map's main annotations: gold where decided, else the only coder's layer (see coder-layers.ts). */
  annotations: Annotations;
  /** Version 3: the coders' layers, present when the map holds two or more; absent: `annotations` is the one layer, by `coder`. */
  layers?: CoderLayer[];
  /** Version 3: the codebook; absent means the default pro/con/question. */
  codebook?: Codebook;
  /** Version 3: adjudicated answers keyed by node id. */
  gold?: Record<string, GoldEntry>;
  view?: MapView;
}
