import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startSyncServer, type SyncServer } from '../../server/sync-server';
import { startHarness, type Harness } from './harness';

/**
 * The built app served beside a sync server of its own (rooms kept in a fresh folder), as `npm run
 * serve` runs them, for the tests of one describe block: started before them and stopped after.
 */
export function useAppWithSyncServer(): { harness(): Harness; sync(): SyncServer } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'threadmap-rooms-'));
  let sync: SyncServer;
  let harness: Harness;

  beforeAll(async () => {
    sync = await startSyncServer({ dataDir, port: 0, log: () => undefined });
    // The preview server writes the sync URL into the page when its config loads.
    process.env.THREADMAP_SYNC_URL = sync.url;
    harness = await startHarness();
  });

  afterAll(async () => {
    delete process.env.THREADMAP_SYNC_URL;
    await harness?.close();
    await sync?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return { harness: () => harness, sync: () => sync };
}
