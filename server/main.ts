import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSyncServer } from './sync-server';

/**
 * `npm run sync` (and part of `npm start` / `npm run serve`): the live-room sync server.
 *   --host 127.0.0.1  --port 1235 (0: any free port)  --data .threadmap-rooms  --redis redis://127.0.0.1:6379
 * REDIS_URL, THREADMAP_SYNC_PORT and THREADMAP_ROOMS_DIR do the same from the environment.
 */
const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env.THREADMAP_SYNC_PORT ?? '1235' },
    data: { type: 'string', default: process.env.THREADMAP_ROOMS_DIR ?? '.threadmap-rooms' },
    redis: { type: 'string', default: process.env.REDIS_URL },
    'max-message-bytes': { type: 'string' },
    'rate-per-second': { type: 'string' },
    'rate-burst': { type: 'string' },
  },
});

const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
const server = await startSyncServer({
  host: values.host,
  port: number(values.port, 1235),
  dataDir: path.resolve(values.data),
  redisUrl: values.redis ?? null,
  maxMessageBytes: number(values['max-message-bytes'], 16 * 1024 * 1024),
  rate: { perSecond: number(values['rate-per-second'], 100), burst: number(values['rate-burst'], 400) },
});
console.log(`Threadmap sync server on ${server.url}${values.redis ? ` (rooms shared through ${new URL(values.redis).host})` : ''}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Destroying stores every open room before the process ends.
    void server.destroy().then(() => process.exit(0));
  });
}
