import type { Annotation } from '../annotations/types';
import type { Codebook, CoderLayer, GoldEntry, MapView } from '../document/types';
import type { Link, LinkKind, Tag, ThreadNode } from '../map/types';

/** The payload of each operation kind: what the change is, without who or when. */
export interface OperationPayloads {
  /**
   * Set (`tag`) or clear (`null`) the tag of a card. `ownLayerBeside`: the map's annotations are
   * this coder's work, and the change opens the operation's coder a layer of their own beside it
   * (see `ownLayerBeside` in annotate-layer.ts); absent on every other change. `category`: the
   * codebook category chosen (`support`, `comment`), whose mapped tag `tag` must be; absent: the
   * codebook's first category counting as `tag`.
   */
  tag: { id: string; tag: Tag | null; category?: string; ownLayerBeside?: string };
  /** Replace the note of a card; an empty note removes it. `ownLayerBeside` as for `tag`. */
  note: { id: string; note: string; ownLayerBeside?: string };
  /** The tag of a card marked for re-check after a move still holds. */
  confirm: { id: string };
  /** Split the [start, end) part of a card's text out as a child claim. */
  split: { id: string; range: [number, number] };
  /** Hang a card (and its replies) under another parent. */
  move: { id: string; parent: string };
  /** Merge a card into the card before it in thread order; `confirmed` when a person agreed to join two authors or two source items. */
  merge: { id: string; confirmed?: boolean };
  /** Mark that `from` quotes (or otherwise relates to) `to`. */
  link: { from: string; to: string; kind: LinkKind };
  /** Remove such a link. */
  unlink: { from: string; to: string; kind: LinkKind };
  /** Fold away the replies of a card. */
  collapse: { id: string };
  /** Show the replies of a folded card again. */
  expand: { id: string };
  /** Where the canvas looks. */
  viewport: { x: number; y: number; zoom: number };
  /** How the canvas lays the map out (e.g. "tree", "packed", "outline"). */
  layout: { mode: string };
  /**
   * Decide the gold answer of a card (a codebook category, or a typed answer), with a note; the
   * operation's coder is the adjudicator. `decision: null` takes the decision back.
   */
  gold: { id: string; decision: { category: string } | { text: string } | null; note: string };
  /**
   * Code the map with another codebook (null: the default pro/con/question). Refused while any
   * coding (a layer, the main annotations, the gold) uses a category it lacks or maps to another tag.
   */
  codebook: { codebook: Codebook | null };
  /**
   * Credit the map's own annotations to `coder` (the document's `coder`): the person coding their
   * own map renamed themselves. Annotations keep the names they were made under.
   */
  mapCoder: { coder: string | null };
  /** Put back parts of an earlier document exactly: the inverse of every kind, itself included. */
  restore: RestorePatch;
}

export type OperationKind = keyof OperationPayloads;

const VIEW_KINDS: ReadonlySet<OperationKind> = new Set(['collapse', 'expand', 'viewport', 'layout']);

/**
 * Whether an operation only moves the view (folds, where the canvas looks, the layout): each
 * person's own, never an undo step, and never shared with a live room.
 */
export const isViewOperation = (op: { kind: OperationKind }): boolean => VIEW_KINDS.has(op.kind);

/** One change of a map: JSON-safe data with an id, a time and the coder who made it. */
export type Operation = {
  [K in OperationKind]: {
    id: string;
    /** ISO 8601 UTC; becomes `updatedAt` of annotations the operation writes. */
    time: string;
    /** The coder's name, or null when unknown. */
    coder: string | null;
    kind: K;
    payload: OperationPayloads[K];
  };
}[OperationKind];

/** An operation of one kind. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** A splice of a list: remove `remove` entries at `at`, insert `insert` there. */
export interface Splice<T> {
  at: number;
  remove: number;
  insert: T[];
}

/**
 * What differs between two documents, written as what to put back. Everything in it is in
 * proportion to the change, not to the map: nodes by id, sibling lists as splices, links as one
 * splice, annotations by id, and the view by field.
 */
export interface RestorePatch {
  /**
   * Nodes to put back by id, in the earlier document's order: whole (`node`; null removes the id),
   * or, when only values changed and the fields are the same, just the earlier values (`fields`).
   */
  nodes: Array<{ id: string; node: ThreadNode | null } | { id: string; fields: Partial<ThreadNode> }>;
  /** Splices of the reply lists of parents (null: the list of roots), as ids. */
  order: Array<{ parent: string | null; splice: Splice<string> }>;
  links: Splice<Link> | null;
  /** Annotations to put back by id; `annotation: null` removes the entry. */
  annotations: Array<{ id: string; annotation: Annotation | null }>;
  /**
   * The view: whole when the document gained or lost it (`{ value: null }`: it had none), else
   * only the fields that differ (`fields`: earlier values; `drop`: fields it did not have).
   */
  view: { value: MapView | null } | { fields: Partial<MapView>; drop: string[] } | null;
  /** The whole earlier node list, only when it was not in thread order and reply lists cannot say it. */
  nodeList?: ThreadNode[];
  /**
   * Coders' layers: whole (`value`; null: the map had none) when the list of coders changed, else
   * earlier annotations by coder and id. Absent when the layers did not change.
   */
  layers?: { value: CoderLayer[] | null } | { entries: Array<{ coder: string; id: string; annotation: Annotation | null }> };
  /** Gold answers: earlier entries by id (`entry: null` removes one); `value: null`: the map had none. */
  gold?: { value: null } | { entries: Array<{ id: string; entry: GoldEntry | null }> };
  /** The earlier codebook (null: the map had none, the default); absent when it did not change. */
  codebook?: { value: Codebook | null };
  /** The earlier coder the map's own annotations were credited to; absent when it did not change. */
  coder?: { value: string | null };
}

/** Why an operation was refused: a named kind and a sentence a person can act on. */
export interface OperationError {
  kind: string;
  message: string;
}
