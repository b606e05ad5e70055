import { useEffect, useState } from 'react';
import { useReactFlow, type Viewport } from '@xyflow/react';

/**
 * Opt-in switches for the browser benchmark (`npm run bench:browser`), read once from the page
 * address: `?bench` lets the benchmark set the view to the zooms it compares at; `?bench=cards`
 * also turns the canvas level of detail off, so that cards are mounted at every zoom;
 * `?bench=whole` mounts all the cards a jump of the view brings at once, not a slice per frame.
 */
export interface BenchSwitch {
  enabled: boolean;
  cardsOnly: boolean;
  wholeJumps: boolean;
}

declare global {
  interface Window {
    threadmapBench?: { setViewport(viewport: Viewport): Promise<boolean> };
  }
}

/** The switches a page address asks for. */
export function readBenchSwitch(search: string): BenchSwitch {
  const value = new URLSearchParams(search).get('bench');
  return { enabled: value !== null, cardsOnly: value === 'cards', wholeJumps: value === 'whole' };
}

/** The benchmark switches of this page, read once. */
export function useBenchSwitch(): BenchSwitch {
  const [value] = useState(() => readBenchSwitch(typeof window === 'undefined' ? '' : window.location.search));
  return value;
}

/** Under `?bench`, lets the benchmark set the viewport, as it does on the React Flow baselines. */
export function useBenchViewport(enabled: boolean): void {
  const flow = useReactFlow();
  useEffect(() => {
    if (!enabled) return;
    window.threadmapBench = { setViewport: (viewport) => flow.setViewport(viewport) };
    return () => {
      delete window.threadmapBench;
    };
  }, [enabled, flow]);
}
