import type { Annotation } from '../annotations/types';
import { categoryOf, codebookOf, STANCE_CODEBOOK, tagOfCategory } from '../document/codebook';
import type { Codebook, ThreadmapDocument } from '../document/types';
import type { Tag } from '../map/types';
import { fail, ok, type Result } from '../result';
import type { OperationError } from './types';

/** A codebook category that coding uses and the new codebook cannot take: lacked, or mapped to another tag. */
interface Conflict {
  category: string;
  comments: Set<string>;
  /** The tag the new codebook would map the category to, when it has the category. */
  newTag?: Tag | null;
  oldTag?: Tag | null;
}

const plural = (n: number) => (n === 1 ? '1 comment is' : `${n} comments are`);

function describe(conflict: Conflict): string {
  const count = plural(conflict.comments.size);
  if (conflict.newTag === undefined) return `${count} coded “${conflict.category}”, which the new codebook lacks`;
  const as = (tag: Tag | null | undefined) => (tag ? tag : 'no tag');
  return `${count} coded “${conflict.category}”, which the new codebook counts as ${as(conflict.newTag)} instead of ${as(conflict.oldTag)}`;
}

/** Whether two codebooks are the same, field for field. */
function sameCodebook(a: Codebook, b: Codebook): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkWritten(codebook: Codebook): string | null {
  if (codebook.categories.length === 0) return 'A codebook needs at least one category.';
  const ids = codebook.categories.map((category) => category.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) return `Two categories have the id “${twice}”: give them different labels.`;
  const unnamed = codebook.categories.findIndex((category) => !category.label.trim());
  if (unnamed >= 0) return `Category ${unnamed + 1} has no label: name it or remove it.`;
  return null;
}

/**
 * The document coded with another codebook (null: the default). Coding is never rewritten behind
 * a person's back, so the change is refused, with the first conflicts named, while any annotation
 * of any layer, the main annotations or a gold answer uses a category the new codebook lacks, or
 * one it maps to another tag (which would change what the argument exports say).
 */
export function changeCodebook(document: ThreadmapDocument, next: Codebook | null): Result<ThreadmapDocument, OperationError> {
  const codebook = next ?? STANCE_CODEBOOK;
  const invalid = checkWritten(codebook);
  if (invalid) return fail({ kind: 'invalidCodebook', message: invalid });
  if (sameCodebook(codebookOf(document), codebook)) return ok(document);

  const conflicts = new Map<string, Conflict>();
  const note = (id: string, category: string, tag: Tag | null | undefined) => {
    const known = codebook.categories.find((entry) => entry.id === category);
    if (known && (known.tag ?? null) === (tag ?? null)) return;
    const conflict = conflicts.get(category) ?? { category, comments: new Set<string>(), ...(known ? { newTag: known.tag ?? null, oldTag: tag ?? null } : {}) };
    conflict.comments.add(id);
    conflicts.set(category, conflict);
  };
  const check = (annotations: Record<string, Annotation>) => {
    for (const id of Object.keys(annotations)) {
      const annotation = annotations[id]!;
      const category = categoryOf(annotation);
      if (category !== undefined) note(id, category, annotation.tag);
    }
  };
  check(document.annotations);
  for (const layer of document.layers ?? []) check(layer.annotations);
  const old = codebookOf(document);
  for (const id of Object.keys(document.gold ?? {})) {
    const category = document.gold![id]!.category;
    if (category !== null) note(id, category, tagOfCategory(old, category));
  }

  if (conflicts.size > 0) {
    const sorted = [...conflicts.values()].sort((a, b) => b.comments.size - a.comments.size);
    const named = sorted.slice(0, 3).map(describe).join('; ');
    const rest = sorted.length - 3;
    const more = rest > 0 ? `; and ${rest} more ${rest === 1 ? 'category' : 'categories'}` : '';
    return fail({ kind: 'codingInTheWay', message: `${named}${more}: recode or clear them first.` });
  }
  const changed: ThreadmapDocument = { ...document };
  if (sameCodebook(codebook, STANCE_CODEBOOK)) delete changed.codebook;
  else changed.codebook = codebook;
  return ok(changed);
}

/**
 * The category a tag operation records: the one it names, else the codebook's first category that
 * counts as its tag (a tag from a log or client that does not name categories); undefined to clear.
 * Refused when the codebook has no such category or maps it to another tag.
 */
export function categoryOfTagging(codebook: Codebook, tag: Tag | null, category: string | undefined): Result<string | undefined, OperationError> {
  if (category === undefined) {
    if (tag === null) return ok(undefined);
    const first = codebook.categories.find((entry) => entry.tag === tag);
    if (!first) return fail({ kind: 'unknownCategory', message: `This map’s codebook has no category that counts as ${tag}: choose one of its categories.` });
    return ok(first.id);
  }
  const known = codebook.categories.find((entry) => entry.id === category);
  if (!known) return fail({ kind: 'unknownCategory', message: `This map’s codebook has no category “${category}”: choose one of ${codebook.categories.map((entry) => entry.id).join(', ')}.` });
  if ((known.tag ?? null) !== tag) return fail({ kind: 'unknownCategory', message: `“${known.label}” counts as ${known.tag ?? 'no tag'} in this codebook, not ${tag ?? 'no tag'}.` });
  return ok(category);
}
