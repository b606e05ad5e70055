import type { Tag } from '../map/types';

export interface Annotation {
  tag?: Tag;
  note?: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /** Name of the coder who made the last change; null when unknown (files from format version 1). */
  coder?: string | null;
  /** True when the card was moved to another parent after it was tagged: the tag needs a second look. */
  recheck?: boolean;
}

/** Annotations keyed by node id; a node without an entry is untagged. */
export type Annotations = Record<string, Annotation>;
