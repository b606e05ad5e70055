import { useEffect } from 'react';
import type { Operation } from '../core/operations';
import type { Editor } from '../store/editor';

/** What the page exposes for browser tests when it was opened with `?stream`: every operation applied, in order. */
export interface StreamProbe {
  ops: Operation[];
}

declare global {
  interface Window {
    __threadmapStream?: StreamProbe;
  }
}

/**
 * With `?stream` in the address (browser tests only), records the editor's stream on
 * `window.__threadmapStream`, so a test can check that each command reached it exactly once.
 */
export function useStreamProbe(editor: Editor): void {
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('stream')) return;
    const probe: StreamProbe = { ops: [] };
    window.__threadmapStream = probe;
    const unsubscribe = editor.subscribe((op) => probe.ops.push(op));
    return () => {
      unsubscribe();
      if (window.__threadmapStream === probe) delete window.__threadmapStream;
    };
  }, [editor]);
}
