import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type Harness } from './harness';

// The preview server's /proxy/reddit relay, end to end: the browser asks the app's own origin,
// the relay forwards to a stand-in for reddit.com on 127.0.0.1 that answers with a recorded thread.
const REDDIT = readFileSync(new URL('../fixtures/reddit_r-redditdev_2ujhkr_comments_reddift.json', import.meta.url), 'utf8');
const received: { url: string; headers: IncomingHttpHeaders }[] = [];
let reddit: Server;
let harness: Harness;

beforeAll(async () => {
  reddit = createServer((request, response) => {
    received.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(REDDIT);
  });
  await new Promise<void>((resolve) => reddit.listen(0, '127.0.0.1', resolve));
  process.env.THREADMAP_REDDIT_ORIGIN = `http://127.0.0.1:${(reddit.address() as AddressInfo).port}`;
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  delete process.env.THREADMAP_REDDIT_ORIGIN;
  await new Promise((resolve) => reddit?.close(resolve));
});

describe('the Reddit relay of npm start and npm run preview', () => {
  it('opens a Reddit thread URL through the same-origin proxy', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.react-flow').waitFor();
    await page.getByRole('button', { name: 'Open URL' }).click();
    await page.getByLabel('Thread address').fill('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.locator('.toolbar .title').textContent(), { timeout: 20_000 }).toMatch(/API/i);
    // 1 post + 51 comments + 21 more stubs, every one a node.
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('of 73');
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('/comments/2ujhkr.json?raw_json=1');
    expect(received[0]!.headers['user-agent']).toContain('threadmap');
    await screenshot(page, 'reddit-through-proxy');
    await context.close();
  });
});
