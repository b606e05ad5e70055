import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { ROOM_SECRET, type RoomMode } from '../src/core/live/room-protocol';

/**
 * Rooms on disk, one pair of files per room: `<room>.json` (its metadata: hashes of the key and
 * the owner token, mode, lock) and `<room>.yjs` (the shared map as one Yjs update).
 *
 * Why files and not a database: the state of a room is one Yjs update that is read whole and
 * written whole, which a file does well; a write goes to a temporary file renamed over the old one,
 * so a crash leaves the old state or the new one, never half. No native module is needed (a
 * SQLite driver downloads a prebuilt binary at install, which fails on a clean machine). Several
 * instances share rooms by sharing the folder; a write merges with what another instance wrote
 * since, so an instance that writes later never drops what another stored.
 */
export interface RoomMeta {
  /** SHA-256 of the key, hex. The key is 128 random bits: a fast hash cannot be reversed by guessing. */
  keyHash: string;
  ownerHash: string;
  mode: RoomMode;
  createdAt: string;
  locked: boolean;
  revealed: boolean;
  closed: boolean;
}

/** SHA-256 of a secret, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether `secret` hashes to `hash`, compared in constant time. */
export function matchesHash(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const kept = Buffer.from(hash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}

export class RoomStore {
  private readonly dir: string;
  /** One write at a time per room, so a merge never reads a file another write is replacing. */
  private readonly writes = new Map<string, Promise<void>>();
  /** What this store last wrote per room (size and time): a file still so was written by no one else. */
  private readonly written = new Map<string, string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(room: string, extension: 'json' | 'yjs'): string {
    // The id is checked against the room pattern first: it can never name a path elsewhere.
    if (!ROOM_SECRET.test(room)) throw new Error('Not a room id.');
    return path.join(this.dir, `${room}.${extension}`);
  }

  async meta(room: string): Promise<RoomMeta | null> {
    try {
      return JSON.parse(await readFile(this.file(room, 'json'), 'utf8')) as RoomMeta;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Creates a room; false when it exists already (another creator, or another instance, was first). */
  async create(room: string, meta: RoomMeta): Promise<boolean> {
    await mkdir(this.dir, { recursive: true });
    try {
      await writeFile(this.file(room, 'json'), JSON.stringify(meta, null, 2), { flag: 'wx', mode: 0o600 });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  async updateMeta(room: string, change: Partial<Pick<RoomMeta, 'locked' | 'revealed' | 'closed'>>): Promise<RoomMeta | null> {
    return this.serialised(room, async () => {
      const meta = await this.meta(room);
      if (!meta) return null;
      const next = { ...meta, ...change };
      await this.replace(this.file(room, 'json'), JSON.stringify(next, null, 2));
      return next;
    });
  }

  /** The room's stored state as one Yjs update, or null before anything was stored. */
  async load(room: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.file(room, 'yjs')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Stores the room's state. When another instance wrote the file since this one did, the two
   * are merged, so neither drops what the other stored; otherwise the state replaces the file
   * (it holds everything the file did: it grew from it).
   */
  async store(room: string, state: Uint8Array): Promise<void> {
    await this.serialised(room, async () => {
      const file = this.file(room, 'yjs');
      const seen = await this.stamp(file);
      const stored = seen !== null && seen !== this.written.get(room) ? await this.load(room) : null;
      await this.replace(file, stored ? Y.mergeUpdates([stored, state]) : state);
      this.written.set(room, (await this.stamp(file))!);
    });
  }

  private async stamp(file: string): Promise<string | null> {
    try {
      const info = await stat(file);
      return `${info.size} ${info.mtimeMs}`;
    } catch {
      return null;
    }
  }

  private async replace(file: string, data: string | Uint8Array): Promise<void> {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, data, { mode: 0o600 });
    await rename(temporary, file);
  }

  private serialised<T>(room: string, task: () => Promise<T>): Promise<T> {
    const previous = this.writes.get(room) ?? Promise.resolve();
    const result = previous.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.writes.set(room, settled);
    void settled.then(() => {
      if (this.writes.get(room) === settled) this.writes.delete(room);
    });
    return result;
  }
}
