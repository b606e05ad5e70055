import { describe, expect, it } from 'vitest';
import { readBenchSwitch } from './bench-switch';

describe('readBenchSwitch', () => {
  it('is off unless the address asks for it', () => {
    expect(readBenchSwitch('')).toEqual({ enabled: false, cardsOnly: false, wholeJumps: false });
    expect(readBenchSwitch('?benchmark=cards&x=1')).toEqual({ enabled: false, cardsOnly: false, wholeJumps: false });
  });

  it('lets the benchmark set the view under ?bench, keeping the level of detail', () => {
    expect(readBenchSwitch('?bench')).toEqual({ enabled: true, cardsOnly: false, wholeJumps: false });
    expect(readBenchSwitch('?x=1&bench=1')).toEqual({ enabled: true, cardsOnly: false, wholeJumps: false });
  });

  it('turns the canvas level of detail off under ?bench=cards', () => {
    expect(readBenchSwitch('?bench=cards')).toEqual({ enabled: true, cardsOnly: true, wholeJumps: false });
  });

  it('mounts the cards of a jump at once, not a slice per frame, under ?bench=whole', () => {
    expect(readBenchSwitch('?bench=whole')).toEqual({ enabled: true, cardsOnly: false, wholeJumps: true });
  });
});
