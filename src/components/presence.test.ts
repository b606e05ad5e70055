import { describe, expect, it } from 'vitest';
import { createPresenceStore, setPresence } from './presence';

describe('presence on cards', () => {
  it('lists who is on each card and keeps the list of a card nobody came to or left', () => {
    const store = createPresenceStore();
    setPresence(store, [
      { name: 'Ana', colour: '#0b63ce', focus: 't3' },
      { name: 'Ben', colour: '#b3261e', focus: 't5' },
      { name: 'Cleo', colour: '#1a7f37', focus: null },
    ]);
    const first = store.getState().byCard;
    expect(first).toEqual({ t3: [{ name: 'Ana', colour: '#0b63ce' }], t5: [{ name: 'Ben', colour: '#b3261e' }] });

    // Ben moves to Ana's card: t3's list changes, t5's goes, and nothing else is told.
    setPresence(store, [
      { name: 'Ana', colour: '#0b63ce', focus: 't3' },
      { name: 'Ben', colour: '#b3261e', focus: 't3' },
    ]);
    const second = store.getState().byCard;
    expect(second).toEqual({ t3: [{ name: 'Ana', colour: '#0b63ce' }, { name: 'Ben', colour: '#b3261e' }] });

    // Cleo arrives on another card: t3 keeps its list object, so its card does not re-render.
    setPresence(store, [
      { name: 'Ana', colour: '#0b63ce', focus: 't3' },
      { name: 'Ben', colour: '#b3261e', focus: 't3' },
      { name: 'Cleo', colour: '#1a7f37', focus: 't9' },
    ]);
    expect(store.getState().byCard.t3).toBe(second.t3);

    // The same people on the same cards: the store is not set at all.
    const before = store.getState();
    setPresence(store, [
      { name: 'Cleo', colour: '#1a7f37', focus: 't9' },
      { name: 'Ana', colour: '#0b63ce', focus: 't3' },
      { name: 'Ben', colour: '#b3261e', focus: 't3' },
    ]);
    expect(store.getState()).toBe(before);
    setPresence(store, []);
    expect(store.getState().byCard).toEqual({});
  });
});
