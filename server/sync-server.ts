import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { REFUSALS, ROOM_SECRET, roomCommandSchema, roomTokenSchema } from '../src/core/live/room-protocol';
import { RateLimiter, refuseUpdate, updateOf } from './guards';
import { RoomStore, hashSecret, matchesHash, type RoomMeta } from './room-store';

export interface SyncServerOptions {
  /** Where rooms are kept; several instances behind Redis share one folder. */
  dataDir: string;
  /** Default 127.0.0.1: reach it from elsewhere through a reverse proxy with TLS. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** `redis://host:port`: instances sharing a Redis share live rooms. */
  redisUrl?: string | null;
  /** Larger WebSocket messages close the connection (default 16 MiB: a 20,000-comment map fits). */
  maxMessageBytes?: number;
  /** Messages per second per connection, on average and in a burst. */
  rate?: { perSecond: number; burst: number };
  /** Where the server's own lines go; room keys and tokens never reach it. */
  log?: (line: string) => void;
  /** How long changes wait before they are written to disk (ms). */
  storeDebounce?: number;
}

export interface SyncServer {
  port: number;
  /** The WebSocket URL clients connect to. */
  url: string;
  destroy(): Promise<void>;
}

interface ConnectionContext {
  owner: boolean;
  limiter: RateLimiter;
}

/** Refusals Hocuspocus passes to the client as the reason, and closes the socket with. */
class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4403,
  ) {
    super(reason);
  }
}

/** A room id in log lines: enough to tell rooms apart, too little to join one. */
const shortId = (room: string) => `${room.slice(0, 6)}…`;

/** Starts a sync server: Hocuspocus with rooms on disk, optional Redis, and the room rules. */
export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = new RoomStore(options.dataDir);
  const rooms = metaCache(store);
  const rate = options.rate ?? { perSecond: 100, burst: 400 };

  const roomRules: Extension = {
    async onAuthenticate({ documentName, token }): Promise<ConnectionContext> {
      if (!ROOM_SECRET.test(documentName)) throw new Refusal(REFUSALS.unknownRoom);
      let parsed;
      try {
        parsed = roomTokenSchema.safeParse(JSON.parse(token));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) throw new Refusal(REFUSALS.badToken);
      const { key, owner, create } = parsed.data;
      let meta = await store.meta(documentName);
      if (!meta && create && owner) {
        const fresh: RoomMeta = { keyHash: hashSecret(key), ownerHash: hashSecret(owner), mode: create.mode, createdAt: new Date().toISOString(), locked: false, revealed: false, closed: false };
        if (await store.create(documentName, fresh)) log(`room ${shortId(documentName)} opened (${create.mode})`);
        meta = await store.meta(documentName);
      }
      if (!meta) throw new Refusal(REFUSALS.unknownRoom);
      if (!matchesHash(key, meta.keyHash)) {
        log(`room ${shortId(documentName)}: refused a wrong key`);
        throw new Refusal(REFUSALS.wrongKey);
      }
      if (meta.closed) throw new Refusal(REFUSALS.closed);
      return { owner: owner !== undefined && matchesHash(owner, meta.ownerHash), limiter: new RateLimiter(rate.perSecond, rate.burst) };
    },

    async connected({ connection, documentName }) {
      const meta = await rooms.get(documentName, true);
      if (meta) connection.sendStateless(roomStateMessage(meta));
    },

    async beforeHandleMessage({ update, document, documentName, context, connection }) {
      const { owner, limiter } = context as ConnectionContext;
      // A refusal closes the whole socket, not only this room's channel on it: a sender that
      // floods or sends garbage starts again from a new connection and a new handshake.
      const refuse = (refusal: Refusal) => {
        connection.webSocket.close(refusal.code, refusal.reason);
        throw refusal;
      };
      if (!limiter.take()) {
        log(`room ${shortId(documentName)}: closed a connection over the rate limit`);
        refuse(new Refusal('Too many messages: slow down.', 4429));
      }
      let carried: Uint8Array | null;
      try {
        carried = updateOf(update);
      } catch {
        carried = new Uint8Array([0xff]);
      }
      if (!carried) return;
      const meta = await rooms.get(documentName);
      const refusal = refuseUpdate(carried, document, { closed: meta?.closed ?? true, structureLocked: (meta?.locked ?? false) && !owner });
      if (refusal) {
        log(`room ${shortId(documentName)}: refused an update (${refusal})`);
        refuse(new Refusal(`Update refused: ${refusal}.`, 4400));
      }
    },

    async onStateless({ payload, document, documentName, connection }) {
      const { owner } = connection.context as ConnectionContext;
      let parsed;
      try {
        parsed = roomCommandSchema.safeParse(JSON.parse(payload));
      } catch {
        parsed = null;
      }
      if (!parsed?.success || !owner) {
        log(`room ${shortId(documentName)}: ignored a command that is not the owner's`);
        return;
      }
      const command = parsed.data.command;
      const change = command === 'lock' ? { locked: true } : command === 'unlock' ? { locked: false } : command === 'reveal' ? { revealed: true } : { closed: true };
      const meta = await store.updateMeta(documentName, change);
      rooms.forget(documentName);
      // Through Redis this reaches the participants on other instances too.
      if (meta) document.broadcastStateless(roomStateMessage(meta));
      log(`room ${shortId(documentName)}: ${command} by the owner`);
      if (command === 'close') document.getConnections().forEach((other) => other.close({ code: 4410, reason: REFUSALS.closed }));
    },

    async onRequest({ response }) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      response.end('Threadmap sync server: connect with a WebSocket.\n');
      // Rejecting without an error ends the request here, before Hocuspocus's own answer.
      return Promise.reject();
    },
  };

  const extensions: Extension[] = [
    roomRules,
    new Database({
      fetch: ({ documentName }) => store.load(documentName),
      store: ({ documentName, state }) => store.store(documentName, state),
    }),
  ];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        options: { password: url.password ? decodeURIComponent(url.password) : undefined, db: Number(url.pathname.slice(1) || 0), lazyConnect: false },
      }),
    );
  }

  const server = new Server({
    name: 'threadmap-sync',
    address: options.host ?? '127.0.0.1',
    port: options.port ?? 1235,
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDebounce ?? 1000,
    maxDebounce: 5000,
    websocketOptions: { maxPayload: options.maxMessageBytes ?? 16 * 1024 * 1024 },
    extensions,
  });
  await server.listen();
  const port = server.address.port;
  const host = options.host ?? '127.0.0.1';
  return {
    port,
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    destroy: () => server.destroy(),
  };
}

function roomStateMessage(meta: RoomMeta): string {
  return JSON.stringify({ room: { mode: meta.mode, locked: meta.locked, revealed: meta.revealed, closed: meta.closed } });
}

/**
 * Room metadata read from disk at most once a second per room: every update is checked against
 * the lock, and an owner's command on another instance (sharing the folder) shows within a second.
 */
function metaCache(store: RoomStore) {
  const cache = new Map<string, { meta: Promise<RoomMeta | null>; at: number }>();
  return {
    get(room: string, fresh = false): Promise<RoomMeta | null> {
      const now = performance.now();
      const entry = cache.get(room);
      if (entry && !fresh && now - entry.at < 1000) return entry.meta;
      const meta = store.meta(room);
      cache.set(room, { meta, at: now });
      return meta;
    },
    forget(room: string) {
      cache.delete(room);
    },
  };
}
