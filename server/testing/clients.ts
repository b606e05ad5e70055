import WebSocket from 'ws';
import { connectLive, type LiveOptions, type LiveSession } from '../../src/core/live/connect';

/** A Node participant (the `ws` package stands in for the browser's WebSocket). */
export function participant(options: Omit<LiveOptions, 'WebSocketPolyfill' | 'colour'> & { colour?: string }): LiveSession {
  return connectLive({ colour: '#2f7de1', ...options, WebSocketPolyfill: WebSocket });
}

/**
 * Resolves when `condition` holds on the session, checked after every change it sees. The
 * timeout is only there so a broken build fails instead of hanging; arrival is what is asserted.
 */
export function until(session: LiveSession, condition: () => boolean, what: string, timeout = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Never happened: ${what}`));
    }, timeout);
    const stop = session.subscribe(() => {
      if (!condition()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
