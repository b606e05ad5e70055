import type { Tag, ThreadNode } from '../map/types';
import { judgedAnnotations } from './taggable';
import { copyAnnotations, type Annotation, type Annotations } from './types';

/** One edit of the annotations; edits are data so they can be logged, replayed and undone. */
export type AnnotationChange =
  /** `category`: the codebook category chosen, kept when it is not the tag itself (support → pro, comment → no tag). */
  | { type: 'tag'; id: string; tag: Tag | null; category?: string; at: string; coder?: string | null }
  | { type: 'note'; id: string; note: string; at: string; coder?: string | null }
  /** The coder looked at a tag marked for re-check and it still holds. */
  | { type: 'confirm'; id: string; at: string; coder?: string | null };

/**
 * Applies changes and returns a new annotations object. Entries that are not touched keep their
 * identity, so a view that selects one node's annotation re-renders only when that one changes.
 * An entry left with neither tag, category nor note is removed (absent = untagged). Every change records
 * its coder (null when unknown); setting a tag or confirming it clears a re-check mark.
 */
export function applyAnnotationChanges(annotations: Annotations, changes: readonly AnnotationChange[]): Annotations {
  if (changes.length === 0) return annotations;
  const next = copyAnnotations(annotations);
  for (const change of changes) {
    const current: Annotation | undefined = next[change.id];
    if (change.type === 'confirm' && !current?.recheck) continue;
    const updated: Annotation = { ...current, updatedAt: change.at, coder: change.coder ?? null };
    if (change.type !== 'note') delete updated.recheck;
    if (change.type === 'tag') {
      if (change.tag) updated.tag = change.tag;
      else delete updated.tag;
      if (change.category !== undefined && change.category !== change.tag) updated.category = change.category;
      else delete updated.category;
    } else if (change.type === 'note') {
      const note = change.note.trim() ? change.note : '';
      if (note) updated.note = note;
      else delete updated.note;
    }
    if (updated.tag === undefined && updated.category === undefined && updated.note === undefined) delete next[change.id];
    else next[change.id] = updated;
  }
  return next;
}

export interface TagCounts {
  pro: number;
  con: number;
  question: number;
  tagged: number;
}

/** How many nodes carry each tag; with `nodes`, only nodes a coder can judge (not root, stubs or deleted comments with no text). */
export function countTags(annotations: Annotations, nodes?: readonly ThreadNode[]): TagCounts {
  const counts: TagCounts = { pro: 0, con: 0, question: 0, tagged: 0 };
  const counted = nodes ? judgedAnnotations(nodes, annotations) : annotations;
  for (const id of Object.keys(counted)) {
    const tag = counted[id]?.tag;
    if (tag) {
      counts[tag]++;
      counts.tagged++;
    }
  }
  return counts;
}
