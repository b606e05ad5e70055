import type { Annotations } from '../annotations/types';
import { fail, type Result } from '../result';
import type { Link, LinkKind, ThreadNode } from './types';

/**
 * One edit of the map's structure. Edits are data, like annotation changes, so that they can be
 * applied, logged and undone by restoring the earlier state.
 */
export type StructureChange =
  /** Hang `id` (and its replies) under `parent`; its tag is marked for re-check. */
  | { type: 'reparent'; id: string; parent: string }
  /**
   * Merge block `id` into the node before it in thread order. Offered for guessed plain-text
   * structure; across different authors, or where the source gave the structure, only once a
   * person has confirmed it (`confirmed`).
   */
  | { type: 'merge'; id: string; at?: string; confirmed?: boolean }
  /** Split the [start, end) part of `id`'s text out as a child claim. */
  | { type: 'split'; id: string; range: [number, number] }
  | { type: 'link'; from: string; to: string; kind: LinkKind }
  | { type: 'unlink'; from: string; to: string; kind: LinkKind };

export type StructureErrorKind =
  | 'unknownNode'
  | 'cycle'
  | 'claimFixed'
  | 'noPrevious'
  | 'notMergeable'
  | 'mergeNeedsConfirmation'
  | 'notQuotable'
  | 'notSplittable'
  | 'badRange'
  | 'duplicateClaim'
  | 'selfLink'
  | 'duplicateLink'
  | 'unknownLink';

export interface StructureError {
  kind: StructureErrorKind;
  /** A sentence a person can act on. */
  message: string;
}

/** The undoable parts of an open map: what structure edits read and write. */
export interface MapParts {
  nodes: ThreadNode[];
  links: Link[];
  annotations: Annotations;
}

export type EditResult = Result<MapParts, StructureError>;

/** A refused edit with its named kind. */
export const refuse = (kind: StructureErrorKind, message: string): EditResult => fail({ kind, message });
