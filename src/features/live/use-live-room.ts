import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { LiveSession, Participant, RoomCommand, RoomMode } from '../../core/live';
import { setPresence, usePresenceStore } from '../../components/presence';
import { showError, showNotice } from '../../store/actions';
import { documentOfState, useEditor } from '../../store/editor';

const loadRuntime = () => import('./live-runtime');
const hasLiveLink = () => window.location.hash.startsWith('#live=');

/** Presence colours: each readable as white text on it and as an outline on light and dark cards. */
const COLOURS = ['#0b63ce', '#b3261e', '#1a7f37', '#8250df', '#a35200', '#0e7490', '#bf3989', '#5a6270'];

/**
 * The room's people with their colours: given in order of client id, so every participant sees
 * the same colour for each person and no two of the first eight share one (a colour each chose
 * at random would clash as often as not in a room of three).
 */
export function withRoomColours(people: readonly Participant[]): Participant[] {
  const order = [...people].sort((a, b) => a.clientId - b.clientId);
  return order.map((person, index) => ({ ...person, colour: COLOURS[index % COLOURS.length]! }));
}

/** The page names its sync server in this meta tag (written by `npm start` and `npm run serve`). */
export function syncServerUrl(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="threadmap-sync-url"]')?.content || null;
}

/** Where this tab keeps the owner's token of a room it opened, so a reload stays the owner. */
const ownerKey = (room: string) => `threadmap.live-owner.${room}`;

function savedOwnerToken(room: string): string | undefined {
  try {
    return sessionStorage.getItem(ownerKey(room)) ?? undefined;
  } catch {
    return undefined;
  }
}

function keepOwnerToken(room: string, token: string): void {
  try {
    sessionStorage.setItem(ownerKey(room), token);
  } catch {
    // Storage blocked: ownership lasts as long as this page.
  }
}

/** A live room this page is in. */
export interface LiveRoom {
  session: LiveSession;
  link: string;
  /** Opened here: this page holds the owner's token. */
  owner: boolean;
  name: string;
}

/** A link opened with this page that waits for the person's name before joining. */
export interface PendingJoin {
  room: string;
  key: string;
}

/**
 * The live room of this page: start one from the open map, join one from the page's address
 * (`#live=room.key`), leave. Re-renders on every change the session reports; writes who is on
 * which card into the shell's presence store. State lives in the component that calls it.
 */
export function useLiveRoom() {
  const editor = useEditor();
  const presence = usePresenceStore();
  const [room, setRoom] = useState<LiveRoom | null>(null);
  const [pending, setPending] = useState<PendingJoin | null>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const stopBridge = useRef<(() => void) | null>(null);

  const enter = useCallback(
    (runtime: Awaited<ReturnType<typeof loadRuntime>>, session: LiveSession, next: LiveRoom, join: boolean) => {
      setRoom(next);
      session.ready.then(
        () => {
          stopBridge.current?.();
          stopBridge.current = runtime.bridgeEditorToRoom(editor, session, { join });
          rerender();
        },
        (error: unknown) => {
          // A refused link (closed room, wrong key) is not tried again on the next reload.
          if (window.location.hash.startsWith('#live=')) history.replaceState(null, '', window.location.href.split('#')[0]);
          showError(editor, { kind: 'liveRefused', message: `Could not join the live room: ${error instanceof Error ? error.message : String(error)}` });
          rerender();
        },
      );
    },
    [editor],
  );

  const share = useCallback(
    async (mode: RoomMode) => {
      const url = syncServerUrl();
      if (!url || !documentOfState(editor.store.getState())) return;
      const runtime = await loadRuntime();
      const { connectLive, liveLink, newRoom } = runtime;
      // The map as it is once the run time is here (an edit made meanwhile goes with it).
      const document = documentOfState(editor.store.getState())!;
      const name = editor.store.getState().coder ?? 'Owner';
      const { room: id, key, ownerToken } = newRoom();
      const session = connectLive({ url, room: id, key, ownerToken, name, colour: COLOURS[0]!, create: { mode, document } });
      const link = liveLink(window.location.href.split('#')[0]!, id, key);
      keepOwnerToken(id, ownerToken);
      // The address carries the room too, so a reload of this tab comes back to it as its owner.
      history.replaceState(null, '', link);
      enter(runtime, session, { session, link, owner: true, name }, false);
    },
    [editor, enter],
  );

  const join = useCallback(
    async (target: PendingJoin, name: string) => {
      const url = syncServerUrl();
      setPending(null);
      if (!url) {
        showError(editor, { kind: 'liveUnavailable', message: 'This copy of Threadmap runs without a sync server, so it cannot join live rooms. Start it with npm start or npm run serve.' });
        return;
      }
      const runtime = await loadRuntime();
      const { connectLive, liveLink } = runtime;
      const ownerToken = savedOwnerToken(target.room);
      const session = connectLive({ url, room: target.room, key: target.key, name, colour: COLOURS[0]!, ...(ownerToken ? { ownerToken } : {}) });
      enter(runtime, session, { session, link: liveLink(window.location.href.split('#')[0]!, target.room, target.key), owner: ownerToken !== undefined, name }, true);
    },
    [editor, enter],
  );

  const leave = useCallback(() => {
    stopBridge.current?.();
    stopBridge.current = null;
    room?.session.disconnect();
    setRoom(null);
    if (presence) setPresence(presence, []);
    if (window.location.hash.startsWith('#live=')) history.replaceState(null, '', window.location.href.split('#')[0]);
    showNotice(editor, 'Left the live room: the map stays open here, saved in your library.');
  }, [editor, presence, room]);

  const command = useCallback((which: RoomCommand) => room?.owner && room.session.command(which), [room]);

  // Every change the session reports: re-render, and show the others on their cards.
  useEffect(() => {
    if (!room) return;
    const { session } = room;
    const update = () => {
      if (presence) setPresence(presence, withRoomColours(session.participants()).filter((person) => person.clientId !== session.ydoc.clientID));
      if (session.room().closed && stopBridge.current) {
        stopBridge.current();
        stopBridge.current = null;
      }
      rerender();
    };
    update();
    return session.subscribe(update);
  }, [room, presence]);

  // A live link in the address: the one the page opened with, or one pasted into this tab later
  // (which changes only the fragment, without a reload).
  useEffect(() => {
    if (room) return;
    let current = true;
    const readLink = () => {
      if (!hasLiveLink()) return;
      void loadRuntime().then((runtime) => current && setPending(runtime.parseLiveLink(window.location.href)));
    };
    readLink();
    window.addEventListener('hashchange', readLink);
    return () => {
      current = false;
      window.removeEventListener('hashchange', readLink);
    };
  }, [room]);

  // The page going away ends the session (a closed tab leaves the room at once).
  useEffect(() => () => {
    stopBridge.current?.();
    room?.session.disconnect();
  }, [room]);

  return { room, pending, share, join, leave, command, dismissJoin: () => setPending(null) };
}
