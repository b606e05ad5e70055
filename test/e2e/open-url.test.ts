import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type Harness } from './harness';

// Every request below is answered from test/fixtures by Playwright; nothing reaches the network.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const HN_STORY = fixture('hn-algolia-derived_14952787_first-3-top-level.json');
const REDDIT = fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const MASTODON = JSON.parse(fixture('mastodon_context_109294719267373593_rtoot.json')) as { descendants: { id: string; in_reply_to_id: string | null }[] };

// The page is on 127.0.0.1; the APIs answer it with CORS headers, as the real ones do.
const CORS = { 'access-control-allow-origin': '*' };
const json = (route: Route, body: string, status = 200, headers: Record<string, string> = {}) =>
  route.fulfill({ status, body, headers: { 'content-type': 'application/json; charset=utf-8', ...CORS, ...headers } });

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The app with its sample open, ready for Open URL. */
async function sampleApp() {
  const app = await openApp(harness);
  await app.page.locator('.react-flow__node .card').first().waitFor();
  await expect.poll(() => app.page.locator('.toolbar .title').textContent()).toContain('Go unikernel');
  return app;
}

async function submitAddress(page: Page, address: string) {
  await page.getByRole('button', { name: 'Open URL' }).click();
  const field = page.getByLabel('Thread address');
  await field.fill(address);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

const tagCounter = (page: Page) => page.getByTestId('tag-counter').textContent();

describe('Open URL', () => {
  it('opens a Hacker News comment URL as its story, selects the comment and records the source', async () => {
    const { page, context, errors } = await sampleApp();
    const asked: string[] = [];
    const story = JSON.parse(HN_STORY) as { children: { id: number }[] };
    const comment = story.children.find((child) => child.id === 14953024)!;
    await page.route('https://hn.algolia.com/**', (route) => {
      const url = route.request().url();
      asked.push(url);
      if (url.endsWith('/items/14953024')) return json(route, JSON.stringify(comment));
      if (url.endsWith('/items/14952787')) return json(route, HN_STORY);
      return json(route, '{"status":404}', 404);
    });
    await page.getByRole('button', { name: 'Open URL' }).click();
    await page.getByLabel('Thread address').fill('https://news.ycombinator.com/item?id=14953024');
    await screenshot(page, 'open-url-dialog');
    await page.getByRole('button', { name: 'Open', exact: true }).click();

    await expect.poll(() => tagCounter(page)).toContain('Tagged 0 of 545');
    expect(asked).toEqual(['https://hn.algolia.com/api/v1/items/14953024', 'https://hn.algolia.com/api/v1/items/14952787']);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const selected = page.getByRole('article', { name: 'Selected comment' });
    await expect.poll(() => selected.locator('.author').first().textContent()).toBe('tunesmith');
    await expect.poll(() => page.locator('.card[data-node-id="14953024"]').count()).toBe(1);
    await screenshot(page, 'open-url-hn-comment');

    // The source URL and retrieval time go into the exported file.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { source: { url: string; retrievedAt: string; kind: string } };
    expect(exported.source.kind).toBe('hn');
    expect(exported.source.url).toBe('https://news.ycombinator.com/item?id=14952787');
    expect(Date.now() - Date.parse(exported.source.retrievedAt)).toBeLessThan(10 * 60_000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what went wrong for a 404, a 429 and a dropped connection, and keeps the open map each time', async () => {
    const { page, context } = await sampleApp();
    const before = await tagCounter(page);
    let answer: (route: Route) => Promise<void> = (route) => route.abort('internetdisconnected');
    await page.route('https://hn.algolia.com/**', (route) => answer(route));
    const cases: { name: string; answer: (route: Route) => Promise<void>; says: RegExp }[] = [
      { name: '404', answer: (route) => json(route, '{"status":404,"error":"Not Found"}', 404), says: /no thread at https:\/\/news\.ycombinator\.com\/item\?id=99999999999 \(HTTP 404\)/ },
      // Retry-After is not a header a cross-origin page may read, so the app suggests a minute.
      { name: '429', answer: (route) => json(route, '{}', 429, { 'retry-after': '30' }), says: /limiting requests right now \(HTTP 429\)\. Try again in a minute\./ },
      { name: 'network', answer: (route) => route.abort('internetdisconnected'), says: /Could not reach hn\.algolia\.com\. Check the connection/ },
    ];
    for (const bad of cases) {
      answer = bad.answer;
      await submitAddress(page, '99999999999');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(bad.says);
      expect(await alert.textContent()).toContain('The open map was not changed.');
      expect(await tagCounter(page)).toBe(before);
      await expect.poll(() => page.locator('.toolbar .title').textContent()).toContain('Go unikernel');
      await screenshot(page, `open-url-error-${bad.name}`);
      await page.getByRole('button', { name: 'Dismiss the error' }).click();
    }
    await context.close();
  });

  it('shows progress while waiting and Cancel stops a load that never answers', async () => {
    const { page, context } = await sampleApp();
    const before = await tagCounter(page);
    const pending: Route[] = [];
    await page.route('https://hn.algolia.com/**', (route) => {
      pending.push(route);
    });
    await submitAddress(page, 'https://news.ycombinator.com/item?id=14952787');
    await expect.poll(() => page.getByTestId('open-url-progress').textContent()).toBe('Connecting…');
    expect(pending).toHaveLength(1);
    await expect.poll(() => page.getByRole('button', { name: 'Opening…' }).isDisabled()).toBe(true);
    await screenshot(page, 'open-url-progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Open', exact: true }).isEnabled()).toBe(true);
    await expect.poll(() => page.locator('.notice-toast').textContent()).toMatch(/cancelled/);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await tagCounter(page)).toBe(before);
    await page.getByRole('button', { name: 'Close' }).click();
    await context.close();
  });

  it('opens a Mastodon status URL from its status and context, rooted at the first ancestor', async () => {
    const { page, context, errors } = await sampleApp();
    const byId = new Map(MASTODON.descendants.map((status) => [status.id, status]));
    const statusId = '109296638076485826';
    const ancestors: unknown[] = [];
    for (let at = byId.get(byId.get(statusId)!.in_reply_to_id!); at; at = byId.get(at.in_reply_to_id ?? '')) ancestors.unshift(at);
    const below = new Set([statusId]);
    const descendants = MASTODON.descendants.filter((status) => status.in_reply_to_id !== null && below.has(status.in_reply_to_id) && below.add(status.id));
    const api = '/proxy/mastodon/toot.whatever.cz/api/v1/statuses/109296638076485826';
    const asked: string[] = [];
    // Through the same-origin relay: the page's policy lets it connect to no Mastodon host itself.
    await page.route('**/proxy/mastodon/**', (route) => {
      const url = new URL(route.request().url()).pathname;
      asked.push(url);
      if (url === api) return json(route, JSON.stringify(byId.get(statusId)));
      if (url === `${api}/context`) return json(route, JSON.stringify({ ancestors, descendants }));
      return json(route, '{"error":"Record not found"}', 404);
    });
    await submitAddress(page, 'https://toot.whatever.cz/@OliKockova/109296638076485826');
    // The thread's first status is not in the recorded context: an empty node stands for it. It is
    // the root, which the counter leaves out: every other status can be tagged.
    const count = 1 + ancestors.length + descendants.length;
    await expect.poll(() => tagCounter(page)).toMatch(new RegExp(`Tagged 0 of ${count}\\b`));
    expect(asked).toEqual([api, `${api}/context`]);
    await expect.poll(() => page.locator(`.card[data-node-id="${statusId}"].selected`).count()).toBe(1);
    // The missing root is a partial thread, said plainly above the map rather than as a repair.
    await expect.poll(() => page.locator('.banner.partial').textContent({ timeout: 10_000 })).toMatch(/root status is not in the file|not in the file/);
    await screenshot(page, 'open-url-mastodon');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a Reddit comment permalink through the same-origin proxy and selects the comment', async () => {
    const { page, context, errors } = await sampleApp();
    const asked: string[] = [];
    await page.route('**/proxy/reddit/**', (route) => {
      asked.push(new URL(route.request().url()).pathname + new URL(route.request().url()).search);
      return json(route, REDDIT);
    });
    await submitAddress(page, 'https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/cq21eh6/');
    await expect.poll(() => page.locator('.toolbar .title').textContent()).toContain('API licensing terms clarified');
    expect(asked).toEqual(['/proxy/reddit/comments/2ujhkr.json?raw_json=1']);
    await expect.poll(() => page.getByRole('article', { name: 'Selected comment' }).count()).toBe(1);
    await expect.poll(() => page.locator('.card[data-node-id="t1_cq21eh6"].selected').count()).toBe(1);
    await screenshot(page, 'open-url-reddit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains how to save Reddit JSON when the server has no proxy', async () => {
    const { page, context } = await sampleApp();
    await page.route('**/proxy/reddit/**', (route) => route.fulfill({ status: 404, body: '<!doctype html><title>Not found</title>', headers: { 'content-type': 'text/html' } }));
    await submitAddress(page, 'https://www.reddit.com/r/redditdev/comments/2ujhkr/');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Reddit does not let browser pages read its JSON. Open the thread URL with .json appended in the browser (https://www.reddit.com/comments/2ujhkr.json), save the page, then use Open thread file.');
    await expect.poll(() => page.locator('.toolbar .title').textContent()).toContain('Go unikernel');
    await screenshot(page, 'open-url-reddit-blocked');
    await context.close();
  });
});
