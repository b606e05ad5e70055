import { annotationOf, type Annotation } from '../core/annotations/types';
import { UNKNOWN_CODER } from '../core/document/coder-layers';
import type { MapState } from './map-store';

type CodingState = Pick<MapState, 'annotations' | 'layers' | 'coder'>;

/**
 * The annotation of a card that this coder works on and sees while coding blind: in a map of
 * several coders, the one in their own layer (none until they tag it); otherwise the map's own.
 */
export function ownAnnotation(state: CodingState, id: string): Annotation | undefined {
  if (!state.layers || state.layers.length === 0) return annotationOf(state.annotations, id);
  const coder = state.coder ?? UNKNOWN_CODER;
  const layer = state.layers.find((candidate) => candidate.coder === coder);
  return layer ? annotationOf(layer.annotations, id) : undefined;
}
