import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { startSyncServer, type SyncServer } from './sync-server';

/** Whether a port is free on a host (the sync server's listen would otherwise crash on EADDRINUSE). */
function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * The sync server `npm start` and `npm run serve` run beside the app: on THREADMAP_SYNC_PORT
 * (default 1235, any free port when that one is taken), rooms in THREADMAP_ROOMS_DIR, Redis at
 * REDIS_URL when given. Sets THREADMAP_SYNC_URL for the app's page and policy, unless it names
 * a public address already (a reverse proxy in front, e.g. wss://maps.example.org/sync).
 */
export async function startSyncBesideApp(host: string): Promise<SyncServer> {
  const preferred = Number(process.env.THREADMAP_SYNC_PORT ?? 1235);
  const port = (await portIsFree(preferred, host)) ? preferred : 0;
  const sync = await startSyncServer({
    host,
    port,
    dataDir: path.resolve(process.env.THREADMAP_ROOMS_DIR ?? '.threadmap-rooms'),
    redisUrl: process.env.REDIS_URL || null,
  });
  process.env.THREADMAP_SYNC_URL ||= sync.url;
  return sync;
}

/** Stops both servers on Ctrl+C or SIGTERM; the sync server stores its open rooms first. */
export function stopTogether(sync: SyncServer, app: { close(): Promise<void> }): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void Promise.allSettled([sync.destroy(), app.close()]).then(() => process.exit(0));
    });
  }
}
