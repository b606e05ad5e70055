import * as Y from 'yjs';
import { copyAnnotations } from '../annotations/types';
import type { Codebook, ThreadmapDocument } from '../document/types';
import { applyOperation, type OperationResult } from '../operations/apply-operation';
import { diffDocuments } from '../operations/restore';
import { changeCodebook } from '../operations/change-codebook';
import type { Operation, OperationError, OperationOf } from '../operations/types';
import { fail } from '../result';
import { SHARED_LAYER, annotationMap, hasDocument, readDocument, readLayers, writeDifference, type AnnotationLayer } from './shared-document';

/** The room's state as the server keeps it and sends it to every participant. */
export interface RoomState {
  mode: RoomMode;
  /** Structural edits (split, move, merge, link) are refused for everyone but the owner. */
  locked: boolean;
  /** Coders mode: every layer may be shown to everyone. */
  revealed: boolean;
  /** The owner closed the room: no more edits are accepted. */
  closed: boolean;
}

/** `shared`: one set of tags for everyone; `coders`: one layer per participant, blind until revealed. */
export type RoomMode = 'shared' | 'coders';

/** Marks the transactions a SharedMap makes itself, so its listeners can tell them from peers'. */
export const LOCAL_ORIGIN = Symbol('threadmap-live-local');

/**
 * One map in a Y.Doc, seen by one participant: operations go in through the same pure
 * `applyOperation` the editor uses, their effect is written to the Y.Doc entry by entry, and the
 * document the editor shows is read back from the Y.Doc after every change a peer makes.
 */
export class SharedMap {
  readonly ydoc: Y.Doc;
  readonly layer: AnnotationLayer;
  private current: ThreadmapDocument | null = null;
  private stale = true;
  private readonly listeners = new Set<() => void>();

  constructor(ydoc: Y.Doc, layer: AnnotationLayer = SHARED_LAYER) {
    this.ydoc = ydoc;
    this.layer = layer;
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN || transaction.changed.size === 0) return;
      this.takeRemote(transaction);
      this.listeners.forEach((listener) => listener());
    });
  }

  /** Calls `listener` after each change from elsewhere, once `document()` already reflects it. */
  onRemoteChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Keeps the map read last up to date: a change that touched only this layer's annotations (what
   * a room mostly carries) patches those entries; anything else has the map read again when asked.
   */
  private takeRemote(transaction: Y.Transaction): void {
    if (this.stale || !this.current) {
      this.stale = true;
      return;
    }
    const mine = annotationMap(this.ydoc, this.layer, false);
    const layers = this.ydoc.getMap('layers');
    let keys: Set<string | null> | undefined;
    for (const [type, changed] of transaction.changed) {
      if ((type as unknown) === mine) keys = changed;
      // Another coder's layer says nothing about this participant's map.
      else if (type.parent !== layers) {
        this.stale = true;
        return;
      }
    }
    if (!mine || !keys) return;
    const annotations = copyAnnotations(this.current.annotations);
    for (const id of keys) {
      if (id === null) continue;
      const annotation = mine.get(id);
      if (annotation === undefined) delete annotations[id];
      else annotations[id] = annotation;
    }
    this.current = { ...this.current, annotations };
  }

  /** Puts a whole map into an empty shared map (the room's creator does this once). */
  initialise(document: ThreadmapDocument): void {
    if (hasDocument(this.ydoc)) throw new Error('This shared map already holds a map.');
    this.ydoc.transact(() => writeDifference(this.ydoc, null, document, this.layer), LOCAL_ORIGIN);
    this.current = document;
    this.stale = false;
  }

  /** The map as it stands with every change received so far, or null before the map arrived. */
  document(): ThreadmapDocument | null {
    if (this.stale) {
      this.current = readDocument(this.ydoc, this.layer);
      this.stale = false;
    }
    return this.current;
  }

  /**
   * Whether the other coders' layers (coders mode) can be coded with `codebook`: this participant's
   * map holds only their own layer, so the codebook operation alone would not see the others'.
   */
  private othersCanTake(before: ThreadmapDocument, codebook: Codebook | null): boolean {
    const layers = Object.entries(this.layers()).map(([coder, annotations]) => ({ coder, annotations }));
    return changeCodebook({ ...before, layers }, codebook).ok;
  }

  /** Every coder's layer (coders mode), for agreement once the owner revealed them. */
  layers() {
    return readLayers(this.ydoc);
  }

  /**
   * Applies an operation as `applyOperation` does and writes its effect into the shared map in one
   * transaction; a refused operation writes nothing. Returns the same result (with the inverse).
   * `room`: the room's state, so a closed room or a locked structure refuses here, before the server would.
   */
  apply(op: Operation, options: { owner?: boolean; room?: Pick<RoomState, 'locked' | 'closed'> } = {}): OperationResult {
    const before = this.document();
    if (!before) return fail<OperationError>({ kind: 'noMap', message: 'The map has not arrived from the room yet.' });
    const state = options.room ?? { locked: false, closed: false };
    if (state.closed) return fail<OperationError>({ kind: 'roomClosed', message: 'The owner closed this room; export the map to keep working on it.' });
    const result = applyOperation(before, op);
    if (!result.ok) return result;
    if (op.kind === 'codebook' && this.layer.kind === 'coder' && !this.othersCanTake(before, op.payload.codebook)) {
      // Coding blind: the refusal does not say which categories the others used, or how often.
      return fail<OperationError>({ kind: 'codingInTheWay', message: 'Other coders in this room use categories the new codebook lacks or counts as another tag: they recode or clear them first.' });
    }
    // Judged by effect, not kind: the undo of a tag is a restore too, and stays allowed.
    if (state.locked && !options.owner && changesStructure(before, result.value.document)) {
      return fail<OperationError>({ kind: 'roomLocked', message: 'The owner locked the structure of this map: tags and notes still work.' });
    }
    this.ydoc.transact(() => writeDifference(this.ydoc, before, result.value.document, this.layer), LOCAL_ORIGIN);
    this.current = result.value.document;
    return result;
  }
}

function sameEntries<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((entry, index) => entry === b[index]));
}

function changesStructure(before: ThreadmapDocument, after: ThreadmapDocument): boolean {
  return !sameEntries(before.nodes, after.nodes) || !sameEntries(before.links, after.links);
}

/**
 * A peer's change as one operation on the editor's stream: the `restore` that turns `before` (the
 * map this participant showed) into `after` (the map with the peer's change), so history,
 * persistence and the canvas take remote edits the way they take local ones.
 */
export function operationBetween(before: ThreadmapDocument, after: ThreadmapDocument, stamp: { id: string; time: string; coder: string | null }): OperationOf<'restore'> {
  return { ...stamp, kind: 'restore', payload: diffDocuments(after, before) };
}
