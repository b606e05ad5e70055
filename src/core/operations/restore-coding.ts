import { annotationOf, copyAnnotations } from '../annotations/types';
import type { CoderLayer, GoldEntry, ThreadmapDocument } from '../document/types';
import type { RestorePatch } from './types';

/*
 * The coders' layers and the gold answers in a restore patch (see restore.ts): compared by
 * identity as the rest of the document is, so a patch holds only the entries an edit changed.
 */

function sameCoders(before: readonly CoderLayer[], after: readonly CoderLayer[]): boolean {
  return before.length === after.length && before.every((layer, i) => layer.coder === after[i]!.coder);
}

/** How to put the earlier layers back, or undefined when they did not change. */
export function layersChange(before: ThreadmapDocument, after: ThreadmapDocument): RestorePatch['layers'] {
  if (before.layers === after.layers) return undefined;
  if (!before.layers || !after.layers || !sameCoders(before.layers, after.layers)) return { value: before.layers ?? null };
  const entries: Array<{ coder: string; id: string; annotation: CoderLayer['annotations'][string] | null }> = [];
  before.layers.forEach((layer, i) => {
    const now = after.layers![i]!.annotations;
    if (now === layer.annotations) return;
    for (const id of Object.keys(layer.annotations)) if (annotationOf(now, id) !== layer.annotations[id]) entries.push({ coder: layer.coder, id, annotation: layer.annotations[id]! });
    for (const id of Object.keys(now)) if (!Object.hasOwn(layer.annotations, id)) entries.push({ coder: layer.coder, id, annotation: null });
  });
  return { entries };
}

/** How to put the earlier gold answers back, or undefined when they did not change. */
export function goldChange(before: ThreadmapDocument, after: ThreadmapDocument): RestorePatch['gold'] {
  if (before.gold === after.gold) return undefined;
  if (!before.gold) return { value: null };
  const now = after.gold ?? {};
  const entries: Array<{ id: string; entry: GoldEntry | null }> = [];
  for (const id of Object.keys(before.gold)) if (!Object.hasOwn(now, id) || now[id] !== before.gold[id]) entries.push({ id, entry: before.gold[id]! });
  for (const id of Object.keys(now)) if (!Object.hasOwn(before.gold, id)) entries.push({ id, entry: null });
  return { entries };
}

/** How to put the earlier codebook back, or undefined when it did not change. */
export function codebookChange(before: ThreadmapDocument, after: ThreadmapDocument): RestorePatch['codebook'] {
  return before.codebook === after.codebook ? undefined : { value: before.codebook ?? null };
}

/** The document with the layers, gold answers and codebook of a patch put back; sets or deletes the fields in place on `next`. */
export function restoreCoding(next: ThreadmapDocument, patch: RestorePatch): void {
  const layers = patch.layers;
  if (layers && 'value' in layers) {
    if (layers.value) next.layers = layers.value;
    else delete next.layers;
  } else if (layers && next.layers) {
    next.layers = next.layers.map((layer) => {
      const mine = layers.entries.filter((entry) => entry.coder === layer.coder);
      if (mine.length === 0) return layer;
      const annotations = copyAnnotations(layer.annotations);
      for (const { id, annotation } of mine) {
        if (annotation) annotations[id] = annotation;
        else delete annotations[id];
      }
      return { ...layer, annotations };
    });
  }
  if (patch.codebook?.value) next.codebook = patch.codebook.value;
  else if (patch.codebook) delete next.codebook;
  const gold = patch.gold;
  if (gold && 'value' in gold) delete next.gold;
  else if (gold) {
    const restored = Object.assign(Object.create(null) as Record<string, GoldEntry>, next.gold);
    for (const { id, entry } of gold.entries) {
      if (entry) restored[id] = entry;
      else delete restored[id];
    }
    next.gold = restored;
  }
}
