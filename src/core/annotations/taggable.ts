import { copyAnnotations, type Annotations } from './types';
import type { ThreadNode } from '../map/types';

/**
 * Why a node cannot carry a tag, a note or a quote link, or null when it can. A tag says how a
 * comment relates to the one it replies to, so the root (which replies to nothing) and a `more`
 * stub (which stands for comments that were not loaded) have nothing a tag could mean.
 */
export function untaggableReason(node: Pick<ThreadNode, 'parent' | 'kind'>): string | null {
  if (node.kind === 'more') return 'This stands for replies that were not loaded, not a comment: there is nothing to tag.';
  if (node.parent === null) return 'The thread’s opening post replies to nothing, so a tag (relative to the parent) has no meaning here.';
  return null;
}

/** True when a node can carry a tag, a note or a quote link (not the root, not a `more` stub). */
export function isTaggable(node: Pick<ThreadNode, 'parent' | 'kind'>): boolean {
  return untaggableReason(node) === null;
}

/** Ids of the nodes that have an annotation but cannot carry one (root, `more` stubs). */
export function misplacedAnnotationIds(nodes: readonly ThreadNode[], annotations: Annotations): string[] {
  const out: string[] = [];
  for (const node of nodes) if (Object.hasOwn(annotations, node.id) && !isTaggable(node)) out.push(node.id);
  return out;
}

/**
 * The annotations of taggable nodes only: what counts, exports and images use, so a tag left on
 * the root or a stub (by an older file) stays in the JSON but never enters the argument structure.
 * Returns the same object when nothing is left out.
 */
export function argumentAnnotations(nodes: readonly ThreadNode[], annotations: Annotations): Annotations {
  const misplaced = misplacedAnnotationIds(nodes, annotations);
  if (misplaced.length === 0) return annotations;
  const out = copyAnnotations(annotations);
  for (const id of misplaced) delete out[id];
  return out;
}
