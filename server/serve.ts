// `npm run serve`: the built app (dist/, from `npm run build`) and the live-room sync server, as a
// team would run it behind a reverse proxy; both on 127.0.0.1 unless THREADMAP_HOST says otherwise.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { startSyncBesideApp, stopTogether } from './app-and-sync';

if (!existsSync('dist/index.html')) {
  console.error('There is no built app in dist/: run `npm run build` first.');
  process.exit(1);
}
const host = process.env.THREADMAP_HOST ?? '127.0.0.1';
const sync = await startSyncBesideApp(host);
const app = await preview({ preview: { host, port: Number(process.env.PORT ?? 4173), open: false } });
const port = (app.httpServer.address() as { port: number } | null)?.port;
console.log(`Threadmap on http://${host}:${port}/`);
console.log(`Live rooms: sync server on ${sync.url}${process.env.THREADMAP_SYNC_URL !== sync.url ? ` (the page connects to ${process.env.THREADMAP_SYNC_URL})` : ''}`);
stopTogether(sync, app);
