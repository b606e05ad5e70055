import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ThreadmapDocument } from '../document/types';
import type { OperationResult } from '../operations/apply-operation';
import type { Operation } from '../operations/types';
import { roomStateMessageSchema, type RoomCommand, type RoomToken } from './room-protocol';
import { SHARED_LAYER } from './shared-document';
import { SharedMap, type RoomMode, type RoomState } from './shared-map';

/** How to join (or, with `create`, open) a live room. */
export interface LiveOptions {
  /** The sync server, e.g. `ws://127.0.0.1:1235` or `wss://threadmap.example.org/sync`. */
  url: string;
  room: string;
  key: string;
  /** The participant's name: shown to others, and the name of their layer in coders mode. */
  name: string;
  /** The participant's colour for presence, e.g. `#2f7de1`. */
  colour: string;
  /** The owner's token: lets this participant lock, reveal and close the room. */
  ownerToken?: string;
  /** Open a new room with this map and mode (the creator only). */
  create?: { mode: RoomMode; document: ThreadmapDocument };
  /** A WebSocket class where the platform has none (Node 20: the `ws` package). */
  WebSocketPolyfill?: unknown;
  /** Keep trying to reconnect for this long after the server goes away (default: for ever). */
  maxAttempts?: number;
}

/** Someone in the room, as their awareness state says. */
export interface Participant {
  clientId: number;
  name: string;
  colour: string;
  /** The card they are on, or null. */
  focus: string | null;
}

/** Connection states a UI shows: connecting, live, offline (edits kept and sent on reconnect), refused. */
export type LiveStatus = 'connecting' | 'live' | 'offline' | 'refused';

/** A participant's side of a live room. */
export interface LiveSession {
  readonly ydoc: Y.Doc;
  /** Resolves once the room's map is here (after the first sync; the creator's at once). Rejects when the server refuses. */
  readonly ready: Promise<void>;
  status(): LiveStatus;
  /** Applies an operation to the shared map (as `applyOperation` does) and sends it. */
  apply(op: Operation): OperationResult;
  /** The map with every change received so far (this participant's layer in coders mode). */
  document(): ThreadmapDocument | null;
  room(): RoomState;
  /** Every coder's layer (coders mode). */
  layers(): ReturnType<SharedMap['layers']>;
  participants(): Participant[];
  /** Tells the others which card this participant is on. */
  setFocus(card: string | null): void;
  /** Calls `listener` after every change from a peer or the server, and on presence and status changes. */
  subscribe(listener: () => void): () => void;
  /** The owner's commands; the server ignores them from anyone else. */
  command(command: RoomCommand): void;
  /** Changes not yet acknowledged by the server (0 when everything arrived). */
  unsynced(): number;
  disconnect(): void;
}

/** Joins a live room (or opens it, with `create`): the map syncs in a Y.Doc the session keeps. */
export function connectLive(options: LiveOptions): LiveSession {
  const ydoc = new Y.Doc();
  const token: RoomToken = { key: options.key };
  if (options.ownerToken) token.owner = options.ownerToken;
  if (options.create) token.create = { mode: options.create.mode };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let status: LiveStatus = 'connecting';
  let map: SharedMap | null = null;
  let roomState: RoomState | null = null;
  let synced = false;
  // The map is read once the room's mode is known (it says whose annotations to show).
  const mapOf = () => {
    if (map) return map;
    if (!roomState) return null;
    map = new SharedMap(ydoc, roomState.mode === 'coders' ? { kind: 'coder', coder: options.name } : SHARED_LAYER);
    map.onRemoteChange(notify);
    return map;
  };
  const settleWhenReady = () => {
    const shared = synced ? mapOf() : null;
    if (!shared) return;
    if (options.create && !shared.document()) shared.initialise(options.create.document);
    settle.resolve();
  };

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: options.WebSocketPolyfill,
    maxAttempts: options.maxAttempts ?? 0,
    delay: 250,
    minDelay: 250,
    maxDelay: 2000,
  });
  let settle: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    document: ydoc,
    token: JSON.stringify(token),
    onSynced: () => {
      status = 'live';
      synced = true;
      settleWhenReady();
      notify();
    },
    onStateless: ({ payload }) => {
      let parsed;
      try {
        parsed = roomStateMessageSchema.safeParse(JSON.parse(payload));
      } catch {
        return;
      }
      if (!parsed.success) return;
      roomState = parsed.data.room;
      if (roomState.closed) status = 'refused';
      settleWhenReady();
      notify();
    },
    onAuthenticationFailed: ({ reason }) => {
      status = 'refused';
      settle.reject(new Error(reason));
      // A refused room stays refused: stop knocking.
      socket.disconnect();
      notify();
    },
    onStatus: ({ status: next }) => {
      if (status === 'refused') return;
      if (next === 'disconnected') status = 'offline';
      else if (next === 'connecting' && status !== 'offline') status = 'connecting';
      notify();
    },
    onAwarenessChange: notify,
    onUnsyncedChanges: notify,
  });
  provider.setAwarenessField('user', { name: options.name, colour: options.colour, focus: null });
  provider.attach();
  ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
    // Once the map is read, it tells of changes itself, after it has taken them in.
    if (!map && !transaction.local && transaction.changed.size > 0) notify();
  });

  return {
    ydoc,
    ready,
    status: () => status,
    apply(op) {
      const shared = mapOf();
      if (!shared) return { ok: false, error: { kind: 'noMap', message: 'The map has not arrived from the room yet.' } };
      return shared.apply(op, { owner: options.ownerToken !== undefined, room: roomState ?? undefined });
    },
    document: () => mapOf()?.document() ?? null,
    room: () => roomState ?? { mode: options.create?.mode ?? 'shared', locked: false, revealed: false, closed: false },
    layers: () => mapOf()?.layers() ?? {},
    participants() {
      const people: Participant[] = [];
      for (const [clientId, state] of provider.awareness?.getStates() ?? []) {
        const user = (state as { user?: Partial<Participant> }).user;
        if (!user || typeof user.name !== 'string') continue;
        people.push({ clientId, name: user.name, colour: typeof user.colour === 'string' ? user.colour : '#888888', focus: typeof user.focus === 'string' ? user.focus : null });
      }
      return people;
    },
    setFocus(card) {
      provider.setAwarenessField('user', { name: options.name, colour: options.colour, focus: card });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    command(command) {
      provider.sendStateless(JSON.stringify({ command }));
    },
    unsynced: () => provider.unsyncedChanges,
    disconnect() {
      provider.destroy();
      socket.destroy();
    },
  };
}
