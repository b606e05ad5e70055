import { isTaggable } from '../annotations/taggable';
import { emptyAnnotations, type Annotation, type Annotations } from '../annotations/types';
import { codebookOf, tagOfCategory } from './codebook';
import type { CoderLayer, GoldEntry, ThreadmapDocument } from './types';

/** The name a layer without one goes by. */
export const UNKNOWN_CODER = 'unknown';

/**
 * The name of a map's one coder: the file's `coder`, else the name most of its annotations record,
 * else the file name without its extension, else "unknown".
 */
export function soleCoderName(doc: { coder?: string | null; annotations?: unknown }, fileName?: string): string {
  if (typeof doc.coder === 'string' && doc.coder.trim() !== '') return doc.coder.trim();
  const counts = new Map<string, number>();
  if (typeof doc.annotations === 'object' && doc.annotations !== null) {
    for (const entry of Object.values(doc.annotations as Record<string, unknown>)) {
      const coder = typeof entry === 'object' && entry !== null ? (entry as { coder?: unknown }).coder : undefined;
      if (typeof coder === 'string' && coder.trim() !== '') counts.set(coder.trim(), (counts.get(coder.trim()) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [coder, n] of counts) if (best === null || n > counts.get(best)!) best = coder;
  if (best !== null) return best;
  if (fileName !== undefined) {
    const base = fileName.split(/[\\/]/).pop() ?? fileName;
    const dot = base.lastIndexOf('.');
    const name = (dot > 0 ? base.slice(0, dot) : base).trim();
    if (name) return name;
  }
  return UNKNOWN_CODER;
}

/**
 * Every coder's layer of a map, in the file's order. A map with `layers` has one per coder; a map
 * without holds one layer, its `annotations`, coded by its `coder` (or the name its annotations
 * record, else the name of the file it was read from when known, else "unknown").
 */
export function coderLayers(doc: ThreadmapDocument, fileName?: string): CoderLayer[] {
  if (doc.layers && doc.layers.length > 0) return doc.layers;
  return [{ coder: soleCoderName(doc, fileName), annotations: doc.annotations }];
}

/** The main annotation a gold decision stands for: its category (as a tag when it counts as one) and note. */
export function goldAnnotation(doc: Pick<ThreadmapDocument, 'codebook'>, entry: GoldEntry): Annotation | undefined {
  const codebook = codebookOf(doc);
  const annotation: Annotation = { updatedAt: entry.decidedAt, coder: entry.decidedBy };
  if (entry.category !== null) {
    const tag = tagOfCategory(codebook, entry.category);
    if (tag) annotation.tag = tag;
    if (tag !== entry.category) annotation.category = entry.category;
  }
  const note = [entry.text, entry.note].filter((part): part is string => Boolean(part?.trim())).join(' — ');
  if (note) annotation.note = note;
  return annotation.tag === undefined && annotation.category === undefined && annotation.note === undefined ? undefined : annotation;
}

/**
 * The map's main annotations from its layers and gold: for each comment, the gold decision when
 * there is one; else, when the map has exactly one layer, that coder's annotation; else none (two
 * or more coders and no decision yet). What every export's argument structure reads.
 */
export function mainAnnotations(doc: ThreadmapDocument): Annotations {
  const layers = coderLayers(doc);
  const out = emptyAnnotations();
  const only = layers.length === 1 ? layers[0]!.annotations : null;
  for (const node of doc.nodes) {
    const entry = doc.gold && Object.hasOwn(doc.gold, node.id) ? doc.gold[node.id] : undefined;
    if (entry && isTaggable(node)) {
      const annotation = goldAnnotation(doc, entry);
      if (annotation) out[node.id] = annotation;
    } else if (only && Object.hasOwn(only, node.id)) out[node.id] = only[node.id]!;
  }
  return out;
}

const isKnownName = (name: unknown): name is string => typeof name === 'string' && name.trim() !== '' && name.trim() !== UNKNOWN_CODER;

/**
 * The coder whose work a map's annotations are, when a change by `coder` must go into a layer of
 * its own beside theirs; null when the change goes into the annotations as it always did.
 *
 * The rule keeps one coder's file from being overwritten by the next coder who opens it, without
 * ever splitting one person's own work in two:
 * - a map that already has layers: null (a change goes to its coder's layer anyway);
 * - otherwise the annotations are someone else's only when the file names its coder (`coder`), that
 *   name is a known one (not empty, not "unknown"), it is not `coder` (null counts as "unknown"),
 *   and at least one annotation records that same name.
 * So a version 1 file (its `coder` comes from its file name, its annotations record nobody), a fresh
 * thread (no file coder), a file saved before its coder gave a name (nobody, or "unknown"), and the
 * person's own file (it names them) all stay one layer.
 */
export function ownLayerBeside(map: Pick<ThreadmapDocument, 'coder' | 'annotations' | 'layers'>, coder: string | null): string | null {
  if (map.layers && map.layers.length > 0) return null;
  if (!isKnownName(map.coder)) return null;
  const owner = map.coder.trim();
  if (owner === (coder?.trim() || UNKNOWN_CODER)) return null;
  for (const id of Object.keys(map.annotations)) if (map.annotations[id]?.coder?.trim() === owner) return owner;
  return null;
}
