import type { Annotation, Annotations } from '../core/annotations/types';
import { annotationOf } from '../core/annotations/types';
import { codersOfView, codesBesideOthers, codesBlind, ownAnnotations, pendingLayerBeside, visibleAnnotations, type MapViewer } from '../core/document/coder-view';
import type { CoderLayer } from '../core/document/types';
import type { MapState } from './map-store';

type CodingState = Pick<MapState, 'annotations' | 'layers' | 'fileCoder' | 'coder' | 'showAllCoders' | 'inLiveRoom' | 'layerBeside'>;

/** The open map as this person looks at it (see core/document/coder-view.ts). */
export function viewerOf(state: CodingState): MapViewer {
  return {
    map: { coder: state.fileCoder, annotations: state.annotations, layers: state.layers },
    viewer: state.coder,
    blind: !state.showAllCoders,
    // In a live room the room decides whose annotations each person writes.
    ownLayers: !state.inLiveRoom,
    pendingBeside: state.layerBeside,
  };
}

/** The coder beside whose map this person's first change opens their own layer, worked out afresh (followDocument keeps it in `layerBeside`). */
export function computeLayerBeside(state: CodingState): string | null {
  return pendingLayerBeside({ ...viewerOf(state), pendingBeside: undefined });
}

/**
 * The annotation of a card that this coder works on (the tag buttons, the note): in a map of
 * several coders, the one in their own layer (none until they tag it); in another coder's map
 * they have not tagged yet, none; otherwise the map's own.
 */
export function ownAnnotation(state: CodingState, id: string): Annotation | undefined {
  return annotationOf(ownAnnotations(viewerOf(state)), id);
}

/** The annotations the map shows this person (cards, minimap, overview, regions, counts, filters, image export). */
export function visibleAnnotationsOf(state: CodingState): Annotations {
  return visibleAnnotations(viewerOf(state));
}

/** The annotation a card shows this person: their own while they code beside others, else the map's. */
export function shownAnnotation(state: CodingState, id: string): Annotation | undefined {
  return annotationOf(visibleAnnotationsOf(state), id);
}

/** Other coders' tags are hidden from this person: blind mode is on and they code beside others. */
export const isCodingBlind = (state: CodingState): boolean => codesBlind(viewerOf(state));

/** This person codes in the map beside others (holds tags in their own layer, or opened another coder's map). */
export const isCoderBesideOthers = (state: CodingState): boolean => codesBesideOthers(viewerOf(state));

/** The coder beside whose map this person's first tag or note opens a layer of their own, or null. */
export const layerToOpenBeside = (state: CodingState): string | null => state.layerBeside;

/** The coders whose tags can be shown side by side (two or more in a map of several coders). */
export const codersOf = (state: CodingState): CoderLayer[] => codersOfView(viewerOf(state));
