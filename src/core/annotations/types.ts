import type { Tag } from '../map/types';

export interface Annotation {
  tag?: Tag;
  note?: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
}

/** Annotations keyed by node id; a node without an entry is untagged. */
export type Annotations = Record<string, Annotation>;
