import { describe, expect, it } from 'vitest';
import { useAppWithSyncServer } from './live-harness';

// `npm run serve` in a real browser: the built page, served with a sync server beside it, names
// that server and may open a WebSocket to it, and to no other.
describe('the built app served with a sync server', () => {
  const app = useAppWithSyncServer();

  it('runs, connects to its sync server, and the policy blocks any other WebSocket', async () => {
    const context = await app.harness().browser.newContext();
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)));
      page.on('console', (message) => void (message.text().startsWith('CSP violation') && violations.push(message.text())));
      await page.goto(app.harness().url);
      await page.locator('.react-flow__node .card').first().waitFor({ timeout: 45_000 });
      expect(violations).toEqual([]);
      const outcome = await page.evaluate(async () => {
        const url = document.querySelector<HTMLMetaElement>('meta[name="threadmap-sync-url"]')!.content;
        const open = (target: string) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(target);
            socket.onopen = () => {
              socket.close();
              resolve('open');
            };
            socket.onerror = () => resolve('error');
          });
        return { url, sync: await open(url), other: await open('ws://127.0.0.1:9/') };
      });
      expect(outcome).toEqual({ url: app.sync().url, sync: 'open', other: 'error' });
      // Chromium may report the one blocked attempt more than once.
      expect(violations.length).toBeGreaterThan(0);
      for (const violation of violations) expect(violation).toContain('CSP violation: connect-src ws://127.0.0.1:9');
    } finally {
      await context.close();
    }
  });
});
