import { applyAnnotationChanges, type AnnotationChange } from '../annotations/apply';
import { annotationOf, copyAnnotations, emptyAnnotations } from '../annotations/types';
import { mainAnnotations, UNKNOWN_CODER } from '../document/coder-layers';
import type { ThreadmapDocument } from '../document/types';

/**
 * An annotation change that opens its coder's own layer beside `first`'s (see ownLayerBeside), as
 * one step: the map's annotations become `first`'s layer, the change goes to a new layer of its
 * coder, and the main annotations become what they are for a map of several coders (the gold
 * answers, none elsewhere). A change that changes nothing leaves the map as it is. Meant for a
 * map without layers and a change by someone other than `first` (applyOperation checks both).
 */
export function annotateOwnLayer(document: ThreadmapDocument, first: string, change: AnnotationChange): ThreadmapDocument {
  const layered = annotateLayer({ ...document, layers: [{ coder: first, annotations: document.annotations }] }, change);
  if (layered.layers!.length < 2) return document;
  return { ...layered, annotations: mainAnnotations(layered) };
}

/**
 * An annotation change in a map with coders' layers: it goes to the layer of the change's coder
 * (a new layer, last, for a coder the map did not have), and the card's main annotation follows
 * the rule of the format: the gold answer when decided, else the layer when it is the only one,
 * else none. Other layers, other cards and the gold keep their identity.
 */
export function annotateLayer(document: ThreadmapDocument, change: AnnotationChange): ThreadmapDocument {
  const coder = change.coder ?? UNKNOWN_CODER;
  const layers = document.layers ?? [];
  const at = layers.findIndex((layer) => layer.coder === coder);
  const current = at >= 0 ? layers[at]! : { coder, annotations: emptyAnnotations() };
  const annotations = applyAnnotationChanges(current.annotations, [change]);
  if (annotations === current.annotations) return document;
  const nextLayers = at >= 0 ? layers.map((layer, i) => (i === at ? { ...layer, annotations } : layer)) : [...layers, { coder, annotations }];
  const decided = document.gold !== undefined && Object.hasOwn(document.gold, change.id);
  if (decided) return { ...document, layers: nextLayers };
  const main = copyAnnotations(document.annotations);
  const only = nextLayers.length === 1 ? annotationOf(annotations, change.id) : undefined;
  if (only) main[change.id] = only;
  else delete main[change.id];
  const unchanged = annotationOf(document.annotations, change.id) === annotationOf(main, change.id);
  return { ...document, layers: nextLayers, annotations: unchanged ? document.annotations : main };
}
