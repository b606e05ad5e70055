import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { SHARED_ROOTS, STRUCTURE_ROOTS } from '../src/core/live/shared-document';

/**
 * Checks on what a participant sends, before Hocuspocus applies it. A message that fails one is
 * refused and its connection closed; the room is not touched, and the participant's provider
 * reconnects and syncs again.
 */

/** A token bucket: `perSecond` messages on average, bursts up to `burst`. */
export class RateLimiter {
  private tokens: number;
  private last: number;
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one message's token; false when the sender is over its rate. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Hocuspocus message types (its MessageType) and the y-protocols sync step that carries an update. */
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a Hocuspocus message carries, or null when it carries none (awareness, sync step 1, …). */
export function updateOf(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/** What a participant may change in a room right now. */
export interface Permissions {
  /** The room is closed: nothing. */
  closed: boolean;
  /** Structural edits are locked and this participant is not the owner: no nodes, ranks or links. */
  structureLocked: boolean;
}

const WRITABLE = new Set<string>(SHARED_ROOTS);
const STRUCTURE = new Set<string>(STRUCTURE_ROOTS);

/**
 * Why a Yjs update may not be applied to `ydoc`, or null when it may: it does not decode, it
 * writes outside the parts of a shared map, or it changes
 * what the room's state forbids. Removals are traced to the part they remove from in `ydoc`.
 */
export function refuseUpdate(update: Uint8Array, ydoc: Y.Doc, permissions: Permissions): string | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return 'malformed update';
  }
  const changes = decoded.structs.length > 0 || decoded.ds.clients.size > 0;
  if (!changes) return null;
  if (permissions.closed) return 'the room is closed';
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item) || typeof struct.parent !== 'string') continue;
    if (!WRITABLE.has(struct.parent)) return `writes "${struct.parent}"`;
    if (permissions.structureLocked && STRUCTURE.has(struct.parent)) return 'the structure is locked';
  }
  if (decoded.ds.clients.size === 0) return null;
  const roots = new Map(SHARED_ROOTS.map((name) => [ydoc.get(name), name] as const));
  let refusal: string | null = null;
  try {
    // Reading which items a removal hits splits them at its edges, which changes no content.
    ydoc.transact((transaction) => {
      Y.iterateDeletedStructs(transaction, decoded.ds, (struct) => {
        if (refusal || !(struct instanceof Y.Item)) return;
        const root = rootName(struct, roots);
        if (root === undefined) refusal = 'removes from an unknown part';
        else if (permissions.structureLocked && STRUCTURE.has(root)) refusal = 'the structure is locked';
      });
    }, GUARD_ORIGIN);
  } catch {
    return 'malformed update';
  }
  return refusal;
}

/** Marks the guard's own read-only transactions. */
export const GUARD_ORIGIN = Symbol('threadmap-guard');

function rootName(item: Y.Item, roots: Map<Y.AbstractType<unknown>, string>): string | undefined {
  let type = item.parent as Y.AbstractType<unknown> | null;
  while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null;
  return type ? roots.get(type) : undefined;
}
