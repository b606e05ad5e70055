import { isJudgeable, untaggableReason } from '../annotations/taggable';
import { annotationOf, copyAnnotations, type Annotation } from '../annotations/types';
import { categoryOf, codebookOf } from '../document/codebook';
import { coderLayers, goldAnnotation } from '../document/coder-layers';
import type { CoderLayer, GoldEntry, ThreadmapDocument } from '../document/types';
import { fail, ok, type Result } from '../result';

/** A comment the coders tagged differently, with each coder's category (null: left untagged). */
export interface Disagreement {
  id: string;
  tags: { coder: string; category: string | null }[];
  /** True when a gold answer has been decided for it. */
  decided: boolean;
}

/** Each coder's category of one comment, in layer order (null: left untagged). */
export function coderTagsOf(layers: readonly CoderLayer[], id: string): { coder: string; category: string | null }[] {
  return layers.map((layer) => ({ coder: layer.coder, category: categoryOf(annotationOf(layer.annotations, id)) ?? null }));
}

/**
 * The comments where coders differ, in thread order: at least two coders tagged it and they chose
 * at least two different categories. A comment only one coder tagged is missing data, not a
 * disagreement (as in the agreement measures).
 */
export function disagreements(doc: ThreadmapDocument): Disagreement[] {
  const layers = coderLayers(doc);
  const out: Disagreement[] = [];
  for (const node of doc.nodes) {
    if (!isJudgeable(node)) continue;
    const tags = coderTagsOf(layers, node.id);
    const chosen = new Set<string>();
    for (const tag of tags) if (tag.category !== null) chosen.add(tag.category);
    if (chosen.size < 2) continue;
    out.push({ id: node.id, tags, decided: Boolean(doc.gold && Object.hasOwn(doc.gold, node.id)) });
  }
  return out;
}

/** What the adjudicator decided: a codebook category, or a typed answer when none fits. */
export type Decision = { category: string } | { text: string };

/** Why a decision was refused: a named kind and a sentence a person can act on. */
export interface AdjudicationError {
  kind: 'unknownNode' | 'notTaggable' | 'unknownCategory' | 'emptyAnswer';
  message: string;
}

/**
 * The map with the gold answer for comment `id` decided (or, with `decision` null, taken back):
 * the gold entry records the decision, the note, who decided and when, and every coder's category
 * at that moment; the comment's main annotation becomes the decision. A map whose one layer lived
 * in `annotations` gets an explicit `layers` list first, so the coder's own tags stay apart from
 * the gold. Everything not about `id` keeps its identity.
 */
export function adjudicate(
  doc: ThreadmapDocument,
  id: string,
  decision: Decision | null,
  note: string,
  adjudicator: string | null,
  time: string,
): Result<ThreadmapDocument, AdjudicationError> {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (!node) return fail({ kind: 'unknownNode', message: `There is no card with the id "${id}" in this map.` });
  const reason = untaggableReason(node);
  if (reason) return fail({ kind: 'notTaggable', message: reason });
  const codebook = codebookOf(doc);
  if (decision && 'category' in decision && !codebook.categories.some((category) => category.id === decision.category)) {
    return fail({ kind: 'unknownCategory', message: `"${decision.category}" is not a category of this map's codebook (${codebook.categories.map((c) => c.id).join(', ')}).` });
  }
  if (decision && 'text' in decision && decision.text.trim() === '') {
    return fail({ kind: 'emptyAnswer', message: 'Type the answer, or choose one of the codebook’s categories.' });
  }

  const layers = doc.layers && doc.layers.length > 0 ? doc.layers : coderLayers(doc);
  const gold = Object.assign(Object.create(null) as Record<string, GoldEntry>, doc.gold);
  const annotations = copyAnnotations(doc.annotations);
  let main: Annotation | undefined;
  if (decision === null) {
    delete gold[id];
    main = layers.length === 1 ? annotationOf(layers[0]!.annotations, id) : undefined;
  } else {
    const entry: GoldEntry = {
      category: 'category' in decision ? decision.category : null,
      ...('text' in decision ? { text: decision.text.trim() } : {}),
      ...(note.trim() ? { note } : {}),
      decidedBy: adjudicator,
      decidedAt: time,
      coderTags: Object.fromEntries(coderTagsOf(layers, id).map(({ coder, category }) => [coder, category])),
    };
    gold[id] = entry;
    main = goldAnnotation(doc, entry);
  }
  if (main) annotations[id] = main;
  else delete annotations[id];
  return ok({ ...doc, layers, gold, annotations });
}
