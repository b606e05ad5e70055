import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSession } from '../src/core/live/connect';
import { newRoom } from '../src/core/live/room-protocol';
import { REDDIT, commentsOf, openRecorded, operation } from '../src/core/live/testing/live-fixtures';
import { participant, until } from './testing/clients';
import { freePort, startRedis, startSyncProcess, type Child } from './testing/processes';

describe('two sync servers sharing rooms through Redis', () => {
  const map = openRecorded(REDDIT);
  const cards = commentsOf(map);
  const { room, key, ownerToken } = newRoom();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-'));
  const processes: Child[] = [];
  const sessions: LiveSession[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    const redisPort = await freePort();
    processes.push(await startRedis(redisPort));
    const redis = `redis://127.0.0.1:${redisPort}`;
    const started = await Promise.all([0, 1].map(() => startSyncProcess(['--port', '0', '--data', dataDir, '--redis', redis])));
    processes.push(...started.map((entry) => entry.child));
    urls = started.map((entry) => entry.url);
  }, 60_000);

  afterAll(async () => {
    sessions.forEach((session) => session.disconnect());
    // The servers first: they store their rooms on the way out, with Redis still there.
    await Promise.all(processes.slice(1).map((child) => child.kill('SIGTERM')));
    await processes[0]?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('carry a tag made on one instance to a participant on the other, both ways, with presence', async () => {
    const ana = participant({ url: urls[0]!, room, key, ownerToken, name: 'Ana', create: { mode: 'shared', document: map } });
    sessions.push(ana);
    await ana.ready;
    const ben = participant({ url: urls[1]!, room, key, name: 'Ben' });
    sessions.push(ben);
    await ben.ready;
    await until(ben, () => ben.document()?.nodes.length === map.nodes.length, 'the map reaches Ben');

    expect(ana.apply(operation('tag', { id: cards[0]!.id, tag: 'pro' }, 1, 'Ana')).ok).toBe(true);
    await until(ben, () => ben.document()?.annotations[cards[0]!.id]?.tag === 'pro', "Ana's tag reaches Ben");
    expect(ben.apply(operation('tag', { id: cards[1]!.id, tag: 'con' }, 2, 'Ben')).ok).toBe(true);
    await until(ana, () => ana.document()?.annotations[cards[1]!.id]?.tag === 'con', "Ben's tag reaches Ana");

    ben.setFocus(cards[1]!.id);
    await until(ana, () => ana.participants().some((person) => person.name === 'Ben' && person.focus === cards[1]!.id), "Ben's presence reaches Ana");
    expect(ben.participants().map((person) => person.name).sort()).toEqual(['Ana', 'Ben']);
  }, 120_000);
});
