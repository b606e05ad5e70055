import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participant, until } from '../../../server/testing/clients';
import { freePort, startSyncProcess, type Child } from '../../../server/testing/processes';
import { newRoom, type LiveSession, type RoomMode } from '../../core/live';
import { HN, commentsOf, openRecorded } from '../../core/live/testing/live-fixtures';
import { openDocument, setTag } from '../../store/actions';
import { reparent } from '../../store/structure-actions';
import { createEditor, documentOfState, type Editor } from '../../store/editor';
import { bridgeEditorToRoom } from './live-bridge';

describe('two editors joined through a live room', () => {
  const map = openRecorded(HN);
  const cards = commentsOf(map);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-'));
  const sessions: LiveSession[] = [];
  let port = 0;
  let server: Child;
  const url = () => `ws://127.0.0.1:${port}`;
  // The sync server as `npm start` runs it, in its own process, so a test can kill it outright.
  const start = async () => {
    server = (await startSyncProcess(['--port', String(port), '--data', dataDir])).child;
  };

  beforeAll(async () => {
    port = await freePort();
    await start();
  }, 60_000);
  afterAll(async () => {
    // A socket closed while it is still connecting throws in `ws`: let every one connect first.
    await Promise.all(sessions.map((session) => until(session, () => session.status() === 'live', 'the session is connected again')));
    sessions.forEach((session) => session.disconnect());
    await server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** The owner with the recorded map open, sharing it, and a participant who joined by its link. */
  async function room(mode: RoomMode) {
    const { room: id, key, ownerToken } = newRoom();
    const ana = createEditor({ initial: { coder: 'Ana', coderAsked: true } });
    openDocument(ana, map);
    const anaSession = participant({ url: url(), room: id, key, ownerToken, name: 'Ana', create: { mode, document: documentOfState(ana.store.getState())! } });
    sessions.push(anaSession);
    await anaSession.ready;
    bridgeEditorToRoom(ana, anaSession, { join: false });
    const ben = createEditor({ initial: { coder: 'Ben', coderAsked: true } });
    const benSession = participant({ url: url(), room: id, key, name: 'Ben' });
    sessions.push(benSession);
    await benSession.ready;
    bridgeEditorToRoom(ben, benSession, { join: true });
    return { ana, ben, anaSession, benSession };
  }
  const tagOf = (editor: Editor, id: string) => editor.store.getState().annotations[id]?.tag;

  it('opens the room’s map for the one who joins, and each one’s tag reaches the other’s editor', async () => {
    const { ana, ben, anaSession, benSession } = await room('shared');
    expect(ben.store.getState().nodes.map((node) => node.id)).toEqual(map.nodes.map((node) => node.id));
    setTag(ana, cards[0]!.id, 'pro');
    await until(benSession, () => tagOf(ben, cards[0]!.id) === 'pro', 'Ana’s tag reaches Ben’s editor');
    setTag(ben, cards[1]!.id, 'con');
    await until(anaSession, () => tagOf(ana, cards[1]!.id) === 'con', 'Ben’s tag reaches Ana’s editor');
    expect(ben.store.getState().annotations[cards[1]!.id]?.coder).toBe('Ben');
  });

  it('undoes one’s own edit only: a peer’s change is not in the undo history', async () => {
    const { ana, ben, anaSession, benSession } = await room('shared');
    setTag(ana, cards[2]!.id, 'question');
    await until(benSession, () => tagOf(ben, cards[2]!.id) === 'question', 'the tag reaches Ben');
    expect(ben.store.getState().canUndo).toBe(false);
    setTag(ben, cards[3]!.id, 'pro');
    expect(ben.undo()).toBe(true);
    expect(tagOf(ben, cards[3]!.id)).toBeUndefined();
    expect(tagOf(ben, cards[2]!.id)).toBe('question');
    expect(ben.undo()).toBe(false);
    await until(anaSession, () => tagOf(ana, cards[3]!.id) === undefined && anaSession.document()?.annotations[cards[3]!.id] === undefined, 'the undo reaches Ana');
    expect(tagOf(ana, cards[2]!.id)).toBe('question');
  });

  it('puts a participant’s structural edit back while the owner has the structure locked, and keeps their tags', async () => {
    const { ana, ben, anaSession, benSession } = await room('shared');
    anaSession.command('lock');
    await until(benSession, () => benSession.room().locked, 'Ben hears of the lock');
    const before = ben.store.getState().nodes;
    const [mover, target] = [cards[4]!, cards[0]!];
    expect(mover.parent).not.toBe(target.id);
    reparent(ben, mover.id, target.id);
    await Promise.resolve();
    expect(ben.store.getState().error?.kind).toBe('roomLocked');
    expect(ben.store.getState().nodes.find((node) => node.id === mover.id)?.parent).toBe(mover.parent);
    expect(ben.store.getState().nodes.map((node) => node.id)).toEqual(before.map((node) => node.id));
    setTag(ben, mover.id, 'con');
    await until(anaSession, () => tagOf(ana, mover.id) === 'con', 'a tag still goes through');
    // The owner may still change the structure, and it reaches the participant.
    reparent(ana, mover.id, target.id);
    await until(benSession, () => ben.store.getState().nodes.find((node) => node.id === mover.id)?.parent === target.id, 'the owner’s move reaches Ben');
  });

  it('keeps tags made while the server is gone and merges them when it is back', { timeout: 60_000 }, async () => {
    const { ana, ben, anaSession, benSession } = await room('shared');
    await server.kill('SIGKILL');
    await until(benSession, () => benSession.status() === 'offline', 'Ben sees the server gone');
    await until(anaSession, () => anaSession.status() === 'offline', 'Ana sees the server gone');
    setTag(ben, cards[5]!.id, 'pro');
    setTag(ana, cards[6]!.id, 'con');
    expect(tagOf(ben, cards[5]!.id)).toBe('pro');
    await start();
    await until(anaSession, () => tagOf(ana, cards[5]!.id) === 'pro', 'Ben’s offline tag reaches Ana');
    await until(benSession, () => tagOf(ben, cards[6]!.id) === 'con', 'Ana’s offline tag reaches Ben');
  });

  it('shows each coder only their own layer in coders mode, while every layer is in the room', async () => {
    const { ana, ben, anaSession, benSession } = await room('coders');
    setTag(ana, cards[0]!.id, 'pro');
    setTag(ben, cards[0]!.id, 'con');
    await until(anaSession, () => anaSession.layers().Ben?.[cards[0]!.id]?.tag === 'con', 'Ben’s layer reaches Ana');
    await until(benSession, () => benSession.layers().Ana?.[cards[0]!.id]?.tag === 'pro', 'Ana’s layer reaches Ben');
    expect(tagOf(ana, cards[0]!.id)).toBe('pro');
    expect(tagOf(ben, cards[0]!.id)).toBe('con');
  });
});
