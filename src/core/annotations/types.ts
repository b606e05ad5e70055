import type { Tag } from '../map/types';

export interface Annotation {
  tag?: Tag;
  /**
   * The codebook category chosen, when it is not itself the tag (version 3: a codebook such as
   * support/deny/query/comment); the category of an annotation is `category ?? tag`.
   */
  category?: string;
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

/**
 * An empty annotations object without a prototype. Node ids come from strangers: on a plain
 * object, writing `annotations["__proto__"]` replaces the prototype instead of storing the entry,
 * and reading `annotations["constructor"]` finds a function. Without a prototype every id is an
 * ordinary key.
 */
export function emptyAnnotations(): Annotations {
  return Object.create(null) as Annotations;
}

/** A copy without a prototype (see emptyAnnotations); entries keep their identity. */
export function copyAnnotations(annotations: Annotations): Annotations {
  return Object.assign(emptyAnnotations(), annotations);
}

/** The annotation of a node, or undefined: only the object's own entries count. */
export function annotationOf(annotations: Annotations, id: string): Annotation | undefined {
  return Object.hasOwn(annotations, id) ? annotations[id] : undefined;
}
