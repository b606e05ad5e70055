import { copyAnnotations, type Annotations } from './types';
import type { ThreadNode } from '../map/types';

/**
 * Why a node cannot carry a tag, a note or a quote link, or null when it can. A tag says how a
 * comment relates to the one it replies to, so the root (which replies to nothing) and a `more`
 * stub (which stands for comments that were not loaded) have nothing a tag could mean. A tag also
 * needs something to judge: see `unjudgeableReason`.
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

/** What a source leaves in place of a comment's text when it was deleted or removed (Reddit's body). */
const GONE_TEXTS = new Set(['', '[deleted]', '[removed]']);

/**
 * True when a comment was deleted, removed or killed and none of its text is left (an empty text,
 * or the source's "[deleted]" / "[removed]" placeholder). A dead or removed comment whose text is
 * still there is not gone.
 */
export function isGoneWithoutText(node: Pick<ThreadNode, 'status' | 'text'>): boolean {
  return node.status !== 'ok' && GONE_TEXTS.has(node.text.trim());
}

/** What decides whether a coder can judge a node. */
export type JudgeableNode = Pick<ThreadNode, 'parent' | 'kind' | 'status' | 'text'>;

const GONE_AS = { ok: 'deleted', deleted: 'deleted', removed: 'removed', dead: 'killed' } as const;

/**
 * Why a coder cannot judge a node, so a tag (a codebook category) cannot go on it, or null when
 * one can: the root and `more` stubs (`untaggableReason`), and a deleted comment with no text left.
 * Such a comment still takes a note, and stays in the map, the file and every export.
 */
export function unjudgeableReason(node: JudgeableNode): string | null {
  const reason = untaggableReason(node);
  if (reason !== null) return reason;
  if (isGoneWithoutText(node)) return `This comment was ${GONE_AS[node.status]} and no text is left: there is nothing to judge, so it takes no tag and is left out of the counts.`;
  return null;
}

/** True when a coder can judge a node: the denominator of "Tagged N of M", next-untagged and agreement's units. */
export function isJudgeable(node: JudgeableNode): boolean {
  return unjudgeableReason(node) === null;
}

/** How many nodes a coder can judge, and how many replies were left out because they were deleted with no text left. */
export interface JudgeableCount {
  judgeable: number;
  goneWithoutText: number;
}

export function countJudgeable(nodes: readonly JudgeableNode[]): JudgeableCount {
  let judgeable = 0;
  let goneWithoutText = 0;
  for (const node of nodes) {
    if (!isTaggable(node)) continue;
    if (isGoneWithoutText(node)) goneWithoutText += 1;
    else judgeable += 1;
  }
  return { judgeable, goneWithoutText };
}

/**
 * The annotations whose tags count: those on nodes a coder can judge. A tag an older file holds on
 * a deleted comment with no text stays in the file and in exports but is not counted, like the
 * denominator it would be counted against. Returns the same object when nothing is left out.
 */
export function judgedAnnotations(nodes: readonly ThreadNode[], annotations: Annotations): Annotations {
  const argument = argumentAnnotations(nodes, annotations);
  let out: Annotations | null = null;
  for (const node of nodes) {
    if (!isGoneWithoutText(node) || !Object.hasOwn(argument, node.id)) continue;
    out ??= copyAnnotations(argument);
    delete out[node.id];
  }
  return out ?? argument;
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
