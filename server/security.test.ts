import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import type { LiveSession } from '../src/core/live/connect';
import { REFUSALS, newRoom, randomSecret } from '../src/core/live/room-protocol';
import { REDDIT, canonical, commentsOf, openRecorded, operation } from '../src/core/live/testing/live-fixtures';
import { participant, until } from './testing/clients';
import { message, rawClient, updateMessage } from './testing/raw-client';
import { startSyncServer, type SyncServer } from './sync-server';

describe('the sync server refuses', { timeout: 60_000 }, () => {
  const map = openRecorded(REDDIT);
  const cards = commentsOf(map);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-'));
  const { room, key, ownerToken } = newRoom();
  const logged: string[] = [];
  const sessions: LiveSession[] = [];
  let server: SyncServer;
  let ana: LiveSession;
  let ben: LiveSession;
  const join = (options: Parameters<typeof participant>[0]) => {
    const session = participant(options);
    sessions.push(session);
    return session;
  };
  const token = JSON.stringify({ key });

  beforeAll(async () => {
    // Everything the server and Hocuspocus print, to look for the key afterwards.
    for (const method of ['log', 'warn', 'error', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')));
    }
    server = await startSyncServer({ dataDir, port: 0, maxMessageBytes: 256 * 1024, rate: { perSecond: 20, burst: 60 }, log: (line) => logged.push(line) });
    ana = join({ url: server.url, room, key, ownerToken, name: 'Ana', create: { mode: 'shared', document: map } });
    await ana.ready;
    ben = join({ url: server.url, room, key, name: 'Ben' });
    await ben.ready;
    await until(ben, () => ben.document()?.nodes.length === map.nodes.length, 'the map reaches Ben');
  }, 60_000);

  afterAll(async () => {
    sessions.forEach((session) => session.disconnect());
    await server.destroy();
    vi.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('a wrong key, an unknown room and a damaged token', async () => {
    await expect(join({ url: server.url, room, key: randomSecret(), name: 'Mallory' }).ready).rejects.toThrow(REFUSALS.wrongKey);
    await expect(join({ url: server.url, room: randomSecret(), key, name: 'Mallory' }).ready).rejects.toThrow(REFUSALS.unknownRoom);
    await expect(join({ url: server.url, room, key: 'short', name: 'Mallory' }).ready).rejects.toThrow(REFUSALS.badToken);
  });

  it('a message over the size limit, closing its connection', async () => {
    const client = await rawClient(server.url, room, token);
    client.send(message(room, 3, (encoder) => encoder.bufs.push(new Uint8Array(300 * 1024))));
    expect((await client.closed).code).toBe(1009);
  });

  it('more messages than the rate allows, closing the connection', async () => {
    const client = await rawClient(server.url, room, token);
    // Awareness queries: harmless one by one, refused in a flood.
    for (let n = 0; n < 200; n++) client.send(message(room, 3, () => undefined));
    expect((await client.closed).code).toBe(4429);
  });

  it('a malformed update and one that writes outside the map, leaving the room as it was', async () => {
    const before = canonical(ben.document());
    const garbage = await rawClient(server.url, room, token);
    garbage.send(updateMessage(room, new Uint8Array([0, 1, 2, 3, 255, 255, 255, 255, 7, 7, 7])));
    expect(await garbage.closed).toEqual({ code: 4400, reason: 'Update refused: malformed update.' });

    const stranger = new Y.Doc();
    stranger.getMap('room').set('locked', false);
    const outside = await rawClient(server.url, room, token);
    outside.send(updateMessage(room, Y.encodeStateAsUpdate(stranger)));
    expect((await outside.closed).code).toBe(4400);

    const eve = join({ url: server.url, room, key, name: 'Eve' });
    await eve.ready;
    expect(canonical(eve.document())).toBe(before);
    expect(ana.apply(operation('tag', { id: cards[2]!.id, tag: 'question' }, 3, 'Ana')).ok).toBe(true);
    await until(ben, () => ben.document()?.annotations[cards[2]!.id]?.tag === 'question', 'the room still carries edits');
  });

  it('structural edits while the owner has locked them, but not tags, and not from the owner, who also reveals', async () => {
    ben.command('lock');
    ana.command('lock');
    await until(ben, () => ben.room().locked, 'Ben learns of the lock');
    const move = operation('move', { id: cards[4]!.id, parent: cards[0]!.id }, 5, 'Ben');
    expect(ben.apply(move)).toMatchObject({ ok: false, error: { kind: 'roomLocked' } });
    expect(ben.apply(operation('tag', { id: cards[4]!.id, tag: 'pro' }, 6, 'Ben')).ok).toBe(true);
    await until(ana, () => ana.document()?.annotations[cards[4]!.id]?.tag === 'pro', 'a tag still crosses');

    // A participant that skips the client's check is refused by the server.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(ben.ydoc));
    const vector = Y.encodeStateVector(forged);
    forged.getMap('nodes').delete(cards[4]!.id);
    const sneaky = await rawClient(server.url, room, token);
    sneaky.send(updateMessage(room, Y.encodeStateAsUpdate(forged, vector)));
    expect(await sneaky.closed).toEqual({ code: 4400, reason: 'Update refused: the structure is locked.' });

    ana.command('reveal');
    await until(ben, () => ben.room().revealed, 'the reveal reaches Ben');
    expect(ana.apply(operation('move', { id: cards[5]!.id, parent: cards[0]!.id }, 7, 'Ana')).ok).toBe(true);
    await until(ben, () => ben.document()?.nodes.find((node) => node.id === cards[5]!.id)?.parent === cards[0]!.id, "the owner's move crosses");
    expect(ben.document()!.nodes.some((node) => node.id === cards[4]!.id)).toBe(true);
  });

  it('everyone once the owner closed the room (a participant cannot close it)', async () => {
    const ignored = () => logged.filter((line) => line.includes("ignored a command that is not the owner's")).length;
    const ignoredBefore = ignored();
    ben.command('close');
    await vi.waitUntil(() => ignored() > ignoredBefore, { timeout: 15_000 });
    ana.command('unlock');
    await until(ben, () => !ben.room().locked, 'the unlock reaches Ben');
    expect(ben.room().closed).toBe(false);
    ana.command('close');
    await until(ben, () => ben.room().closed, 'Ben learns the room closed');
    expect(ben.apply(operation('tag', { id: cards[6]!.id, tag: 'con' }, 8, 'Ben'))).toMatchObject({ ok: false, error: { kind: 'roomClosed' } });
    await expect(join({ url: server.url, room, key, name: 'Late' }).ready).rejects.toThrow(REFUSALS.closed);
  });

  it('to write the key or the owner token anywhere: not in its output, not on disk', () => {
    expect(logged.some((line) => line.includes('refused a wrong key'))).toBe(true);
    const disk = readAll(dataDir);
    for (const secret of [key, ownerToken]) {
      expect(logged.filter((line) => line.includes(secret))).toEqual([]);
      expect(disk.filter((content) => content.includes(secret))).toEqual([]);
    }
  });
});

/**
 * The content of every file in `dir`. The server writes a room to a temporary file and renames it
 * into place, so a file listed can be gone when read: the listing is then read again.
 */
function readAll(dir: string): string[] {
  for (let attempt = 0; ; attempt++) {
    try {
      return readdirSync(dir).map((file) => readFileSync(path.join(dir, file)).toString('latin1'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 20) throw error;
    }
  }
}

describe('a raw WebSocket without a room', () => {
  it('gets nothing from the HTTP side but a plain answer', async () => {
    const server = await startSyncServer({ dataDir: mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-')), port: 0, log: () => undefined });
    const answer = await fetch(server.url.replace('ws:', 'http:'));
    expect(answer.status).toBe(404);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    const socket = new WebSocket(server.url);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.close();
    await server.destroy();
  });
});
