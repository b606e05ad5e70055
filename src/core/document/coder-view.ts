import { emptyAnnotations, type Annotations } from '../annotations/types';
import { ownLayerBeside, UNKNOWN_CODER } from './coder-layers';
import type { CoderLayer, ThreadmapDocument } from './types';

/** A map as one person looks at it: what blind coding and adjudication decide from. */
export interface MapViewer {
  /** The map's main annotations, its layers, and the coder its file names (null for a fresh thread). */
  map: Pick<ThreadmapDocument, 'coder' | 'annotations' | 'layers'>;
  /** The person's coder name; null while unknown. */
  viewer: string | null;
  /** Blind mode is switched on. */
  blind: boolean;
  /** False where everyone tags one shared set of annotations (a live room): nobody opens a layer of their own. */
  ownLayers: boolean;
  /** pendingLayerBeside of this view when already known (it scans the annotations): views that ask per card pass it. */
  pendingBeside?: string | null;
}

const NO_ANNOTATIONS: Annotations = Object.freeze(emptyAnnotations());

function hasEntries(annotations: Annotations): boolean {
  for (const id in annotations) if (Object.hasOwn(annotations, id)) return true;
  return false;
}

const nameOf = (viewer: string | null) => viewer?.trim() || UNKNOWN_CODER;

/**
 * The coder beside whose one-layer map this person's first tag or note opens a layer of their own
 * (see ownLayerBeside), or null. Until that first change the map stays as its file has it.
 */
export function pendingLayerBeside(view: MapViewer): string | null {
  if (view.pendingBeside !== undefined) return view.pendingBeside;
  return view.ownLayers ? ownLayerBeside(view.map, view.viewer) : null;
}

/** The person's own layer in a map of layers, if they have one. */
function viewerLayer(view: MapViewer): CoderLayer | undefined {
  const name = nameOf(view.viewer);
  return view.map.layers?.find((layer) => layer.coder === name);
}

/**
 * The annotations this person codes in: in a map of layers, their own layer (none yet: empty); in
 * another coder's map they have not tagged yet, none; otherwise the map's own annotations.
 */
export function ownAnnotations(view: MapViewer): Annotations {
  if (view.map.layers && view.map.layers.length > 0) return viewerLayer(view)?.annotations ?? NO_ANNOTATIONS;
  return pendingLayerBeside(view) === null ? view.map.annotations : NO_ANNOTATIONS;
}

/**
 * Whether the person codes in this map beside other coders: they hold tags or notes in a layer of
 * their own, or they opened another coder's map, where their first change opens their layer.
 * Someone who has not coded a map of several coders (an adjudicator) does not.
 */
export function codesBesideOthers(view: MapViewer): boolean {
  if (view.map.layers && view.map.layers.length > 0) {
    const own = viewerLayer(view);
    return own !== undefined && view.map.layers.length > 1 && hasEntries(own.annotations);
  }
  return pendingLayerBeside(view) !== null;
}

/**
 * The coders whose tags the map can show side by side: its layers; for another coder's map this
 * person has not tagged yet, that coder's layer and this person's empty one; else none.
 */
export function codersOfView(view: MapViewer): CoderLayer[] {
  if (view.map.layers && view.map.layers.length > 0) return view.map.layers;
  const first = pendingLayerBeside(view);
  return first === null ? [] : [{ coder: first, annotations: view.map.annotations }, { coder: nameOf(view.viewer), annotations: NO_ANNOTATIONS }];
}

/**
 * Whether other coders' tags are hidden from this person: blind mode is on and they code beside
 * others. Blind coding keeps a coder's judgement their own; it is not for adjudicating, so a person
 * who has not coded the map sees every coder's tag whatever the switch says.
 */
export function codesBlind(view: MapViewer): boolean {
  return view.blind && codesBesideOthers(view);
}

/**
 * The annotations the map shows this person: on cards, the minimap and overview, region tag bars,
 * tag counts, tag filters, tag measures and the image export. A coder beside others sees their own
 * layer (never the other coders' tags, nor a gold answer made of them); anyone else sees the
 * map's main annotations (the gold answers in a map of several coders, or the one coder's tags).
 */
export function visibleAnnotations(view: MapViewer): Annotations {
  return codesBesideOthers(view) ? ownAnnotations(view) : view.map.annotations;
}
