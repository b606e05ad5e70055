import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import { CONTENT_SECURITY_POLICY, withSyncOrigin } from '../build/csp-plugin';
import { withSyncUrl } from '../build/server-plugin';

const connectSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('connect-src '));

describe('the page policy with a sync server', { timeout: 60_000 }, () => {
  it('allows exactly the sync server origin beside what it allowed, and nothing when there is none', () => {
    expect(connectSrc(withSyncOrigin(CONTENT_SECURITY_POLICY, 'ws://127.0.0.1:1235'))).toBe("connect-src 'self' https://hn.algolia.com ws://127.0.0.1:1235");
    expect(connectSrc(withSyncOrigin(CONTENT_SECURITY_POLICY, 'wss://maps.example.org/sync?x=1'))).toBe("connect-src 'self' https://hn.algolia.com wss://maps.example.org");
    expect(withSyncOrigin(CONTENT_SECURITY_POLICY, null)).toBe(CONTENT_SECURITY_POLICY);
    const twice = withSyncOrigin(withSyncOrigin(CONTENT_SECURITY_POLICY, 'ws://127.0.0.1:1235'), 'ws://127.0.0.1:1235');
    expect(twice).toBe(withSyncOrigin(CONTENT_SECURITY_POLICY, 'ws://127.0.0.1:1235'));
    expect(twice.replace(' ws://127.0.0.1:1235', '')).toBe(CONTENT_SECURITY_POLICY);
    expect(() => withSyncOrigin(CONTENT_SECURITY_POLICY, 'https://maps.example.org')).toThrow('ws:// or wss://');
  });

  it('is written into a built page served later, with the sync URL beside it', () => {
    const built = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"><title>Threadmap</title></head><body></body></html>`;
    const served = withSyncUrl(built, 'ws://127.0.0.1:1299');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(served)![1]!;
    expect(connectSrc(policy)).toBe("connect-src 'self' https://hn.algolia.com ws://127.0.0.1:1299");
    expect(served).toContain('<meta name="threadmap-sync-url" content="ws://127.0.0.1:1299">');
    expect(withSyncUrl(served, 'ws://127.0.0.1:1299')).toBe(served);
  });

  it('is sent by the dev server of npm start, whose page names the sync server', async () => {
    process.env.THREADMAP_SYNC_URL = 'ws://127.0.0.1:1299';
    // Its own cache folder, so this server never replaces the dependency cache other dev servers use.
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'threadmap-vite-'));
    const server = await createServer({ cacheDir, server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false }, logLevel: 'warn', clearScreen: false, optimizeDeps: { noDiscovery: true, include: [] } });
    try {
      await server.listen();
      const answer = await fetch(`http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`);
      expect(connectSrc(answer.headers.get('content-security-policy')!)).toBe("connect-src 'self' https://hn.algolia.com ws://127.0.0.1:1299");
      expect(await answer.text()).toContain('<meta name="threadmap-sync-url" content="ws://127.0.0.1:1299">');
    } finally {
      delete process.env.THREADMAP_SYNC_URL;
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
