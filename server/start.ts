// `npm start`: the app (Vite's dev server) and the live-room sync server, both on 127.0.0.1.
import { createServer } from 'vite';
import { startSyncBesideApp, stopTogether } from './app-and-sync';

const host = process.env.THREADMAP_HOST ?? '127.0.0.1';
const sync = await startSyncBesideApp(host);
const app = await createServer({ server: { host, open: false } });
await app.listen();
const port = (app.httpServer?.address() as { port: number } | null)?.port;
console.log(`Threadmap on http://${host}:${port}/`);
console.log(`Live rooms: sync server on ${sync.url}${process.env.THREADMAP_SYNC_URL !== sync.url ? ` (the page connects to ${process.env.THREADMAP_SYNC_URL})` : ''}`);
stopTogether(sync, app);
