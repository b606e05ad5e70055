import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type Harness } from './harness';

// The preview server's relay, end to end: the browser asks the app's own origin, the relay asks a
// stand-in for reddit.com and a Mastodon server on 127.0.0.1 that answers with recorded threads.
const REDDIT = readFileSync(new URL('../fixtures/reddit_r-redditdev_2ujhkr_comments_reddift.json', import.meta.url), 'utf8');
const MASTODON = JSON.parse(readFileSync(new URL('../fixtures/mastodon_context_109294719267373593_rtoot.json', import.meta.url), 'utf8')) as {
  descendants: { id: string; in_reply_to_id: string | null }[];
};
const received: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
const redditAnswer: RequestListener = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  response.end(REDDIT);
};
let answer: RequestListener = redditAnswer;
let upstream: Server;
let harness: Harness;

beforeAll(async () => {
  upstream = createServer((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    answer(request, response);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  process.env.THREADMAP_REDDIT_ORIGIN = origin;
  process.env.THREADMAP_MASTODON_ORIGIN = origin;
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  delete process.env.THREADMAP_REDDIT_ORIGIN;
  delete process.env.THREADMAP_MASTODON_ORIGIN;
  await new Promise((resolve) => upstream?.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  answer = redditAnswer;
});

const THREAD_URL = 'https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/';

async function openAddress(address: string) {
  const app = await openApp(harness);
  await app.page.locator('.react-flow').waitFor();
  await app.page.getByRole('button', { name: 'Open URL' }).click();
  await app.page.getByLabel('Thread address').fill(address);
  await app.page.getByRole('button', { name: 'Open', exact: true }).click();
  return app;
}

describe('the relay of npm start and npm run preview', () => {
  it('opens a Reddit thread URL through the same-origin relay', async () => {
    const { page, context, errors } = await openAddress(THREAD_URL);
    await expect.poll(() => page.locator('.toolbar .title').textContent(), { timeout: 20_000 }).toMatch(/API/i);
    // 1 post + 51 comments + 21 more stubs, every one a node; the counter leaves out the 2 "[deleted]" comments.
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('of 49');
    expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual(['GET /comments/2ujhkr.json?raw_json=1']);
    // Nothing of the browser's request reaches Reddit: no cookie, referrer, language or browser name.
    expect(Object.keys(received[0]!.headers).sort()).toEqual(['accept', 'accept-encoding', 'connection', 'host', 'user-agent']);
    expect(received[0]!.headers['user-agent']).toBe('threadmap/0.1 (local thread viewer)');
    await screenshot(page, 'reddit-through-proxy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] says when the relay could not reach Reddit, and when Reddit sent an error page, apart', async () => {
    answer = (request) => request.socket.destroy();
    const down = await openAddress(THREAD_URL);
    await down.page.getByRole('alert').waitFor();
    expect(await down.page.getByRole('alert').textContent()).toContain('The local relay (npm start / npm run preview) could not reach Reddit');
    await screenshot(down.page, 'reddit-relay-unreachable');
    await down.context.close();
    answer = (_request, response) => response.writeHead(503, { 'content-type': 'text/html' }).end('<!doctype html><h1>all our servers are busy</h1><script>alert(1)</script>');
    const { page, context } = await openAddress(THREAD_URL);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Reddit answered with an error page (HTTP 503) instead of JSON. Try again later.');
    await screenshot(page, 'reddit-relay-error-page');
    await context.close();
  });

  it('opens a Mastodon status through the relay, since the page may connect to no Mastodon host itself', async () => {
    const byId = new Map(MASTODON.descendants.map((status) => [status.id, status]));
    const statusId = '109296638076485826';
    answer = (request, response) => {
      const body = request.url === `/api/v1/statuses/${statusId}` ? byId.get(statusId) : { ancestors: [], descendants: MASTODON.descendants.filter((status) => status.in_reply_to_id === statusId) };
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    };
    const { page, context, errors } = await openAddress(`https://toot.whatever.cz/@OliKockova/${statusId}`);
    await expect.poll(() => page.locator(`.card[data-node-id="${statusId}"]`).count(), { timeout: 20_000 }).toBe(1);
    expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual([`GET /api/v1/statuses/${statusId}`, `GET /api/v1/statuses/${statusId}/context`]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] refuses other methods and paths, and marks what it relays so no browser renders it', async () => {
    const post = await fetch(`${harness.url}proxy/reddit/comments/2ujhkr.json`, { method: 'POST', body: 'text=spam', headers: { Cookie: 'reddit_session=secret' } });
    expect([post.status, post.headers.get('x-threadmap-relay-error')]).toEqual([405, 'method']);
    const other = await fetch(`${harness.url}proxy/reddit/api/v1/me.json`);
    expect([other.status, other.headers.get('x-threadmap-relay-error')]).toEqual([404, 'path']);
    expect(received).toEqual([]);
    answer = (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<script>alert(document.domain)</script>');
    const html = await fetch(`${harness.url}proxy/reddit/comments/2ujhkr.json`);
    expect([html.status, html.headers.get('x-threadmap-relay-error'), html.headers.get('content-type')]).toEqual([502, 'notJson', 'application/json; charset=utf-8']);
    answer = redditAnswer;
    const relayed = await fetch(`${harness.url}proxy/reddit/comments/2ujhkr.json`);
    expect(relayed.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(relayed.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the security headers of the servers', () => {
  it('[regression] the preview server sends the Content-Security-Policy with frame-ancestors on every answer', async () => {
    const index = await fetch(harness.url);
    const policy = index.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' https://hn.algolia.com;");
    expect(policy).toMatch(/frame-ancestors 'none'$/);
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(await index.text())![1]!;
    expect((await fetch(new URL(script, harness.url))).headers.get('content-security-policy')).toBe(policy);
  });

  it('the dev server (npm start) sends it too, and the app runs under it with no violation', async () => {
    const server = await createDevServer({ server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false }, logLevel: 'warn', clearScreen: false });
    await server.listen();
    const context = await harness.browser.newContext();
    try {
      const url = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`;
      const index = await fetch(url);
      const policy = index.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("connect-src 'self' https://hn.algolia.com;");
      expect(policy).toMatch(/frame-ancestors 'none'$/);
      // Any script the dev server writes into the page runs by the policy's nonce, or not at all.
      const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
      for (const [tag] of (await index.text()).matchAll(/<script\b[^>]*>/g)) expect(tag).toContain(`nonce="${nonce}"`);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
      await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)));
      await page.goto(url);
      await page.locator('.react-flow__node .card').first().waitFor({ timeout: 45_000 });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
