import { describe, expect, it } from 'vitest';
import { createPresenceStore, setPresence } from './presence';

describe('presence on cards', () => {
  it('keeps card ids such as "__proto__" and "constructor" as ordinary keys, and nobody is on an id nobody chose', () => {
    const store = createPresenceStore();
    setPresence(store, [
      { name: 'Ana', colour: '#c33', focus: '__proto__' },
      { name: 'Ben', colour: '#36c', focus: 'constructor' },
    ]);
    const { byCard } = store.getState();
    expect(byCard['__proto__']).toEqual([{ name: 'Ana', colour: '#c33' }]);
    expect(byCard['constructor']).toEqual([{ name: 'Ben', colour: '#36c' }]);
    // A plain object would answer these from its prototype (a function), which a card then maps over.
    expect(byCard['toString']).toBeUndefined();
    expect(byCard['hasOwnProperty']).toBeUndefined();
  });
});
