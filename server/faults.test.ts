import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSession } from '../src/core/live/connect';
import { newRoom } from '../src/core/live/room-protocol';
import { REDDIT, canonical, commentsOf, openRecorded, operation } from '../src/core/live/testing/live-fixtures';
import { participant, until } from './testing/clients';
import { Child, freePort, startSyncProcess } from './testing/processes';

describe('a sync server that goes away and comes back', () => {
  const map = openRecorded(REDDIT);
  const cards = commentsOf(map);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-'));
  const sessions: LiveSession[] = [];
  let port = 0;
  let server: Child;
  let url = '';
  const start = async () => {
    const started = await startSyncProcess(['--port', String(port), '--data', dataDir]);
    server = started.child;
    url = started.url;
  };
  const join = (options: Parameters<typeof participant>[0]) => {
    const session = participant(options);
    sessions.push(session);
    return session;
  };
  const tagsOf = (session: LiveSession) => Object.fromEntries(Object.entries(session.document()?.annotations ?? {}).map(([id, annotation]) => [id, annotation.tag]));

  beforeAll(async () => {
    port = await freePort();
    await start();
  }, 60_000);

  afterAll(async () => {
    sessions.forEach((session) => session.disconnect());
    await server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const { room, key, ownerToken } = newRoom();

  it('killed mid-session: both participants keep tagging offline, and after the restart each has every tag', async () => {
    const ana = join({ url, room, key, ownerToken, name: 'Ana', create: { mode: 'shared', document: map } });
    await ana.ready;
    const ben = join({ url, room, key, name: 'Ben' });
    await ben.ready;
    expect(ana.apply(operation('tag', { id: cards[0]!.id, tag: 'pro' }, 0, 'Ana')).ok).toBe(true);
    await until(ben, () => tagsOf(ben)[cards[0]!.id] === 'pro', 'the first tag reaches Ben');

    await server.kill('SIGKILL');
    await until(ana, () => ana.status() === 'offline', 'Ana sees the server gone');
    await until(ben, () => ben.status() === 'offline', 'Ben sees the server gone');
    for (let n = 1; n <= 5; n++) expect(ana.apply(operation('tag', { id: cards[n]!.id, tag: 'con' }, n, 'Ana')).ok).toBe(true);
    for (let n = 6; n <= 10; n++) expect(ben.apply(operation('tag', { id: cards[n]!.id, tag: 'question' }, n, 'Ben')).ok).toBe(true);
    expect(Object.keys(tagsOf(ana))).toHaveLength(6);

    await start();
    const everyTag = (session: LiveSession) => () => Object.keys(tagsOf(session)).length === 11 && session.unsynced() === 0;
    await until(ana, everyTag(ana), 'Ana has all eleven tags after the restart');
    await until(ben, everyTag(ben), 'Ben has all eleven tags after the restart');
    expect(canonical(ben.document())).toBe(canonical(ana.document()));
    const cy = join({ url, room, key, name: 'Cy' });
    await cy.ready;
    await until(cy, () => Object.keys(tagsOf(cy)).length === 11, 'a newcomer gets all eleven from the server');
  }, 120_000);

  it('a participant killed mid-edit leaves the room whole: what it sent is there, and everyone agrees', async () => {
    const ana = sessions[0]!;
    const killed = new Child(spawn(process.execPath, ['--import', 'tsx', 'server/testing/tagging-client.ts', url, room, key, REDDIT, 'Dee'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    await killed.waitFor(/sent 20\b/, 'the tagging participant');
    await killed.kill('SIGKILL');
    await until(ana, () => Object.values(ana.document()!.annotations).filter((annotation) => annotation.coder === 'Dee').length > 0, "Dee's tags reach Ana");

    const eve = join({ url, room, key, name: 'Eve' });
    await eve.ready;
    expect(ana.apply(operation('note', { id: cards[30]!.id, note: 'Still open after Dee left.' }, 30, 'Ana')).ok).toBe(true);
    await until(eve, () => eve.document()?.annotations[cards[30]!.id]?.note === 'Still open after Dee left.', 'a new edit reaches a newcomer');
    await until(ana, () => ana.unsynced() === 0 && canonical(ana.document()) === canonical(eve.document()), 'Ana and the newcomer agree');
  }, 120_000);

  it('stopped and started again, keeps every room as it was', async () => {
    const ana = sessions[0]!;
    await until(ana, () => ana.unsynced() === 0, 'Ana has nothing unsent');
    const before = canonical(ana.document());
    sessions.forEach((session) => session.disconnect());
    sessions.length = 0;
    await server.kill('SIGTERM');
    await start();
    const fay = join({ url, room, key, name: 'Fay' });
    await fay.ready;
    expect(canonical(fay.document())).toBe(before);
  }, 120_000);
});
