import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { randomSecret } from '../src/core/live/room-protocol';
import { RoomStore, hashSecret, matchesHash, type RoomMeta } from './room-store';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const meta = (key: string): RoomMeta => ({ keyHash: hashSecret(key), ownerHash: hashSecret(randomSecret()), mode: 'shared', createdAt: '2026-12-01T00:00:00.000Z', locked: false, revealed: false, closed: false });

describe('rooms on disk', () => {
  it('are created once: a second creator of the same id finds it taken, and the key matches only its hash', async () => {
    const store = new RoomStore(folder());
    const room = randomSecret();
    const key = randomSecret();
    expect(await store.create(room, meta(key))).toBe(true);
    expect(await store.create(room, meta(randomSecret()))).toBe(false);
    const kept = (await store.meta(room))!;
    expect(matchesHash(key, kept.keyHash)).toBe(true);
    expect(matchesHash(randomSecret(), kept.keyHash)).toBe(false);
    expect(await store.meta(randomSecret())).toBeNull();
  });

  it('keep what two instances sharing the folder stored, whichever writes last', async () => {
    const dir = folder();
    const [first, second] = [new RoomStore(dir), new RoomStore(dir)];
    const room = randomSecret();
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.getMap('annotations').set('1', { tag: 'pro' });
    await first.store(room, Y.encodeStateAsUpdate(a));
    b.getMap('annotations').set('2', { tag: 'con' });
    await second.store(room, Y.encodeStateAsUpdate(b));
    a.getMap('annotations').set('3', { tag: 'question' });
    await first.store(room, Y.encodeStateAsUpdate(a));
    const read = new Y.Doc();
    Y.applyUpdate(read, (await first.load(room))!);
    expect(Object.keys(read.getMap('annotations').toJSON()).sort()).toEqual(['1', '2', '3']);
    // Written through a temporary file and a rename: nothing half-written is left behind.
    expect(readdirSync(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('refuse a room id that is not one, so no id names a path elsewhere', async () => {
    const store = new RoomStore(folder());
    await expect(store.load('../../etc/passwd-aaaaaaaaaaaaaaaa')).rejects.toThrow('Not a room id.');
  });
});
