import { createContext, useContext, useSyncExternalStore } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Someone else in a live room who is on a card: shown as an outline in their colour. */
export interface PresenceMark {
  name: string;
  colour: string;
}

/** Who is on which card, by card id; an entry keeps its identity while it does not change. */
export interface PresenceState {
  byCard: Readonly<Record<string, readonly PresenceMark[]>>;
}

export type PresenceStore = StoreApi<PresenceState>;

/** An empty presence store; one per app, created by the shell (never module state). */
export function createPresenceStore(): PresenceStore {
  return createStore<PresenceState>()(() => ({ byCard: Object.create(null) as Record<string, readonly PresenceMark[]> }));
}

/**
 * Puts who is where into the store, keeping the identity of every card's list that did not
 * change, so a person moving re-renders the card they left and the card they reached, no other.
 */
export function setPresence(store: PresenceStore, marks: readonly (PresenceMark & { focus: string | null })[]): void {
  const previous = store.getState().byCard;
  // Null-prototype records: a card id such as "constructor" or "__proto__" is an ordinary key.
  const next: Record<string, PresenceMark[]> = Object.create(null);
  for (const { name, colour, focus } of marks) if (focus !== null) (next[focus] ??= []).push({ name, colour });
  const byCard: Record<string, readonly PresenceMark[]> = Object.create(null);
  let changed = Object.keys(previous).length !== Object.keys(next).length;
  for (const [card, list] of Object.entries(next)) {
    const old = previous[card];
    const same = old !== undefined && old.length === list.length && old.every((mark, index) => mark.name === list[index]!.name && mark.colour === list[index]!.colour);
    byCard[card] = same ? old : list;
    if (!same) changed = true;
  }
  if (changed) store.setState({ byCard });
}

export const PresenceContext = createContext<PresenceStore | null>(null);

const NOBODY: readonly PresenceMark[] = [];
const noSubscription = () => () => undefined;

/** The people on one card (none outside a live room); re-renders only when that card's list changes. */
export function usePresenceOn(id: string): readonly PresenceMark[] {
  const store = useContext(PresenceContext);
  return useSyncExternalStore(store ? store.subscribe : noSubscription, () => store?.getState().byCard[id] ?? NOBODY);
}

/** The shell's presence store, for the live room to write (null outside the shell). */
export function usePresenceStore(): PresenceStore | null {
  return useContext(PresenceContext);
}
