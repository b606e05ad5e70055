import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { DropdownMenu, Popover } from 'radix-ui';
import type { LiveSession, LiveStatus, RoomMode } from '../../core/live';
import { ChevronDownIcon } from '../../components/icons';
import { HintTooltip } from '../../components/HintTooltip';
import { useActions, useEditor, useMapStore } from '../../store/editor';
import { JoinDialog } from './JoinDialog';
import { PeopleList } from './PeopleList';
import { syncServerUrl, useLiveRoom, withRoomColours, type LiveRoom } from './use-live-room';
import './live.css';

// A coders room's layers and agreement bring the agreement measures: loaded only in such a room.
const RoomLayers = lazy(() => import('./RoomLayers').then((module) => ({ default: module.RoomLayers })));

const STATUS_LABEL: Record<LiveStatus, string> = { connecting: 'Connecting…', live: 'Live', offline: 'Offline', refused: 'Room closed' };

function statusSentence(session: LiveSession): string {
  const waiting = session.unsynced();
  switch (session.status()) {
    case 'connecting':
      return 'Connecting to the room…';
    case 'live':
      return waiting > 0 ? 'Connected; sending your latest changes.' : 'Connected: changes reach everyone as they are made.';
    case 'offline':
      return `Offline: keep working; your changes${waiting > 0 ? ` (${waiting} waiting)` : ''} are sent and merged when the connection is back.`;
    case 'refused':
      return session.room().closed ? 'The owner closed this room. The map stays open here and in your library.' : 'The server refused this room link.';
  }
}

/** The Live link with Copy: the room id and key travel in the fragment, which no server sees. */
function LinkField({ link }: { link: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="live-link">
      <label htmlFor={id}>Live link</label>
      <div className="live-link-row">
        <input id={id} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="live-help">Anyone with this link can join and edit. Send it only to the people you work with.</p>
    </div>
  );
}

/** The owner's controls: lock the structure, reveal the coders' layers, close the room. */
function OwnerControls({ room }: { room: LiveRoom }) {
  const state = room.session.room();
  const [confirmClose, setConfirmClose] = useState(false);
  if (state.closed) return null;
  return (
    <section className="live-section" aria-label="Owner">
      <h3>Owner</h3>
      <div className="live-actions">
        <button type="button" className="button small" aria-pressed={state.locked} onClick={() => room.session.command(state.locked ? 'unlock' : 'lock')}>
          {state.locked ? 'Structure locked' : 'Lock structure'}
        </button>
        {state.mode === 'coders' && !state.revealed ? <button type="button" className="button small" onClick={() => room.session.command('reveal')}>Reveal layers</button> : null}
        {confirmClose ? (
          <>
            <button type="button" className="button small danger" onClick={() => room.session.command('close')}>Close for everyone</button>
            <button type="button" className="button small" onClick={() => setConfirmClose(false)}>Keep open</button>
          </>
        ) : <button type="button" className="button small" onClick={() => setConfirmClose(true)}>Close room</button>}
      </div>
      <p className="live-help">{state.locked ? 'Only you can split, move, merge or link cards; tags and notes still work for everyone.' : 'Everyone can tag, note and change the structure.'}</p>
    </section>
  );
}

/** Follows a person: their card becomes the selected one here, and the map goes to it. */
function useFollow(session: LiveSession | null) {
  const editor = useEditor();
  const { select } = useActions();
  const [following, setFollowing] = useState<number | null>(null);
  const target = following === null ? null : session?.participants().find((person) => person.clientId === following);
  const focus = target?.focus ?? null;
  useEffect(() => {
    if (focus !== null) select(focus);
  }, [focus, select]);
  // Choosing another card oneself stops following.
  useEffect(() => {
    if (following === null) return;
    return editor.store.subscribe((state, previous) => {
      if (state.selectedId !== previous.selectedId && state.selectedId !== focus) setFollowing(null);
    });
  }, [editor, following, focus]);
  // Someone who left is followed no more.
  return [target ? following : null, setFollowing] as const;
}

interface RoomPanelProps {
  room: LiveRoom;
  following: number | null;
  onFollow: (clientId: number | null) => void;
  onLeave: () => void;
}

function RoomPanel({ room, following, onFollow, onLeave }: RoomPanelProps) {
  const { session } = room;
  const state = session.room();
  return (
    <>
      <h2 className="live-title">Live room</h2>
      <p className={`live-status status-${session.status()}`} role="status">{statusSentence(session)}</p>
      <LinkField link={room.link} />
      <p className="live-help">
        {state.mode === 'shared' ? 'Mode: shared tags — one set of tags for everyone.' : 'Mode: coders — each person tags in their own layer.'}
        {state.locked ? ' The structure is locked.' : ''}
      </p>
      <section className="live-section" aria-label="People">
        <h3>People</h3>
        <PeopleList people={withRoomColours(session.participants())} self={session.ydoc.clientID} following={following} onFollow={onFollow} />
      </section>
      {state.mode === 'coders' ? (
        <Suspense fallback={null}>
          <RoomLayers session={session} revealed={state.revealed} />
        </Suspense>
      ) : null}
      {room.owner ? <OwnerControls room={room} /> : null}
      <div className="live-actions end">
        <button type="button" className="button small" onClick={onLeave}>Leave room</button>
      </div>
    </>
  );
}

/** Share live (with the room's mode), then the room's status, link, people and controls. */
export function LiveControls() {
  const { setCoder } = useActions();
  const live = useLiveRoom();
  const hasMap = useMapStore((state) => state.source !== null);
  const readOnly = useMapStore((state) => state.save.readOnly);
  const coder = useMapStore((state) => state.coder);
  const [mode, setMode] = useState<RoomMode>('shared');
  const [open, setOpen] = useState(false);
  const server = syncServerUrl();
  const { room, pending } = live;
  // Kept here, not in the panel: following goes on with the panel closed.
  const [following, setFollowing] = useFollow(room?.session ?? null);

  // A link opened by someone whose name this browser knows joins at once; otherwise the name is asked.
  useEffect(() => {
    if (pending && coder) live.join(pending, coder);
  }, [pending, coder, live]);

  const why = !server
    ? 'Live rooms need the sync server: start Threadmap with npm start or npm run serve.'
    : !hasMap
      ? 'Open a map first.'
      : // A room's changes could not be applied here: this tab only reads the map.
        readOnly && !room
        ? 'Another tab is editing this map: take over or open a copy to share it live.'
        : null;
  const status = room?.session.status() ?? 'connecting';
  const people = room?.session.participants().length ?? 0;
  return (
    <Popover.Root open={open && room !== null} onOpenChange={setOpen}>
      <Popover.Anchor className="live-controls">
        {room ? (
          <Popover.Trigger asChild>
            <button type="button" className={`button live-pill status-${status}`}>
              <span className="live-dot" aria-hidden="true" />
              {STATUS_LABEL[status]}
              {status === 'refused' ? null : (
                <>
                  {' '}
                  <span className="live-count">{people}</span>
                  <span className="visually-hidden">{people === 1 ? ' person' : ' people'} in the room</span>
                </>
              )}
            </button>
          </Popover.Trigger>
        ) : (
          <>
            <HintTooltip label={why ?? (mode === 'shared' ? 'Annotate this map together: one set of tags' : 'Code this map together: one layer per person, hidden until you reveal them')}>
              <button
                type="button"
                className="button live-share"
                // Focusable while turned off, so its tooltip says why.
                aria-disabled={why !== null || undefined}
                onClick={() => {
                  if (why !== null) return;
                  live.share(mode);
                  setOpen(true);
                }}
              >
                Share live
              </button>
            </HintTooltip>
            <DropdownMenu.Root>
              <DropdownMenu.Trigger asChild>
                <button type="button" className="button icon live-mode" aria-label="Room mode" disabled={why !== null}><ChevronDownIcon /></button>
              </DropdownMenu.Trigger>
              <DropdownMenu.Portal>
                <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
                  <DropdownMenu.Label className="menu-label">Room mode</DropdownMenu.Label>
                  <DropdownMenu.RadioGroup value={mode} onValueChange={(value) => setMode(value as RoomMode)}>
                    <DropdownMenu.RadioItem className="menu-item live-mode-item" value="shared">
                      <span><span className="live-check" aria-hidden="true"><DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator></span>Shared tags</span>
                      <span className="hint">one set for everyone</span>
                    </DropdownMenu.RadioItem>
                    <DropdownMenu.RadioItem className="menu-item live-mode-item" value="coders">
                      <span><span className="live-check" aria-hidden="true"><DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator></span>Coders</span>
                      <span className="hint">a layer each, blind until revealed</span>
                    </DropdownMenu.RadioItem>
                  </DropdownMenu.RadioGroup>
                </DropdownMenu.Content>
              </DropdownMenu.Portal>
            </DropdownMenu.Root>
          </>
        )}
      </Popover.Anchor>
      <Popover.Portal>
        <Popover.Content className="menu live-panel" align="end" sideOffset={6} aria-label="Live room">
          {room ? <RoomPanel room={room} following={following} onFollow={setFollowing} onLeave={() => { setOpen(false); live.leave(); }} /> : null}
        </Popover.Content>
      </Popover.Portal>
      {pending && !coder ? (
        <JoinDialog
          savedName={coder}
          onCancel={live.dismissJoin}
          onJoin={(name) => {
            // The name becomes the coder name, and the effect above joins with it.
            setCoder(name);
            setOpen(true);
          }}
        />
      ) : null}
    </Popover.Root>
  );
}
