import type { Tag } from '../map/types';
import { copyAnnotations, type Annotation, type Annotations } from './types';

/** One edit of the annotations; edits are data so they can be logged, replayed and undone. */
export type AnnotationChange =
  | { type: 'tag'; id: string; tag: Tag | null; at: string }
  | { type: 'note'; id: string; note: string; at: string };

/**
 * Applies changes and returns a new annotations object. Entries that are not touched keep their
 * identity, so a view that selects one node's annotation re-renders only when that one changes.
 * An entry left with neither tag nor note is removed (absent = untagged).
 */
export function applyAnnotationChanges(annotations: Annotations, changes: readonly AnnotationChange[]): Annotations {
  if (changes.length === 0) return annotations;
  const next = copyAnnotations(annotations);
  for (const change of changes) {
    const current: Annotation | undefined = next[change.id];
    const updated: Annotation = { ...current, updatedAt: change.at };
    if (change.type === 'tag') {
      if (change.tag) updated.tag = change.tag;
      else delete updated.tag;
    } else {
      const note = change.note.trim() ? change.note : '';
      if (note) updated.note = note;
      else delete updated.note;
    }
    if (updated.tag === undefined && updated.note === undefined) delete next[change.id];
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

/** How many nodes carry each tag. */
export function countTags(annotations: Annotations): TagCounts {
  const counts: TagCounts = { pro: 0, con: 0, question: 0, tagged: 0 };
  for (const id in annotations) {
    const tag = annotations[id]?.tag;
    if (tag) {
      counts[tag]++;
      counts.tagged++;
    }
  }
  return counts;
}
