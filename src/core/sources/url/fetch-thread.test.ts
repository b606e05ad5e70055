import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../result';
import { parseMastodon } from '../mastodon/parse-mastodon';
import { fetchThread, type FetchedThread, type FetchThreadOptions } from './fetch-thread';
import type { FetchLike, FetchProgress } from './http-session';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const HN_STORY = fixture('hn-algolia-derived_14952787_first-3-top-level.json');
const REDDIT = fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const MASTODON = JSON.parse(fixture('mastodon_context_109294719267373593_rtoot.json')) as { descendants: { id: string }[] };

type Answer = () => Response | Promise<Response>;

const json = (body: string, status = 200, headers: Record<string, string> = {}): Answer => () =>
  new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
const html = (body: string, status = 200): Answer => () => new Response(body, { status, headers: { 'content-type': 'text/html' } });

/** A fetch that answers only the recorded URLs and remembers what was asked. */
function recorded(answers: Record<string, Answer>): { fetch: FetchLike; calls: string[] } {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const answer = answers[url];
    if (!answer) throw new Error(`unexpected request ${url}`);
    return answer();
  };
  return { fetch, calls };
}

async function load(input: string, options: FetchThreadOptions): Promise<FetchedThread> {
  const result = await fetchThread(input, options);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

function errorOf(result: Result<FetchedThread>): { kind: string; message: string } {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('fetchThread success paths (recorded answers)', () => {
  it('loads an HN story from Algolia and records its page as the source', async () => {
    const net = recorded({ 'https://hn.algolia.com/api/v1/items/14952787': json(HN_STORY) });
    const thread = await load('https://news.ycombinator.com/item?id=14952787', { fetch: net.fetch });
    expect(thread).toEqual({ text: HN_STORY, sourceUrl: 'https://news.ycombinator.com/item?id=14952787' });
    expect(net.calls).toEqual(['https://hn.algolia.com/api/v1/items/14952787']);
  });

  it('loads the whole story for an HN comment URL and focuses the comment', async () => {
    const story = JSON.parse(HN_STORY) as { children: { id: number }[] };
    const comment = story.children[1]!;
    const net = recorded({
      [`https://hn.algolia.com/api/v1/items/${comment.id}`]: json(JSON.stringify(comment)),
      'https://hn.algolia.com/api/v1/items/14952787': json(HN_STORY),
    });
    const thread = await load(`https://news.ycombinator.com/item?id=${comment.id}`, { fetch: net.fetch });
    expect(thread).toEqual({ text: HN_STORY, sourceUrl: 'https://news.ycombinator.com/item?id=14952787', focusId: String(comment.id) });
    expect(net.calls).toHaveLength(2);
  });

  it('loads a Reddit thread through the dev/preview proxy and focuses a permalinked comment', async () => {
    const net = recorded({ '/proxy/reddit/comments/2ujhkr.json?raw_json=1': json(REDDIT) });
    const thread = await load('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/cq21eh6/', { fetch: net.fetch });
    expect(thread).toEqual({
      text: REDDIT,
      sourceUrl: 'https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api_licensing_terms_clarified/',
      focusId: 't1_cq21eh6',
    });
  });

  it('combines a Mastodon status and its context into one body the Mastodon parser reads', async () => {
    const byId = new Map(MASTODON.descendants.map((s) => [s.id, s]));
    const pick = (id: string) => byId.get(id)!;
    const api = '/proxy/mastodon/toot.whatever.cz/api/v1/statuses/109296638076485826';
    const context = {
      ancestors: [pick('109296600638577574'), pick('109296622643144971')],
      descendants: ['109296670102943070', '109296717624349761', '109296725027702140', '109296731817086780'].map(pick),
    };
    const net = recorded({ [api]: json(JSON.stringify(pick('109296638076485826'))), [`${api}/context`]: json(JSON.stringify(context)) });
    const thread = await load('https://toot.whatever.cz/@OliKockova/109296638076485826', { fetch: net.fetch });
    expect(net.calls).toEqual([api, `${api}/context`]);
    expect(thread.focusId).toBe('109296638076485826');
    expect(thread.sourceUrl).toBe('https://toot.whatever.cz/@OliKockova/109296638076485826');
    const body = JSON.parse(thread.text) as { status: { id: string }; ancestors: unknown[]; descendants: unknown[] };
    expect([body.status.id, body.ancestors.length, body.descendants.length]).toEqual(['109296638076485826', 2, 4]);
    const parsed = parseMastodon({ text: thread.text, json: body }, { retrievedAt: null, sourceUrl: thread.sourceUrl });
    expect(parsed.ok && parsed.value.nodes.map((n) => n.id).slice(1, 4)).toEqual(['109296600638577574', '109296622643144971', '109296638076485826']);
  });

  it('asks a Mastodon server directly when told there is no relay', async () => {
    const api = 'https://toot.whatever.cz/api/v1/statuses/109296638076485826';
    const status = MASTODON.descendants.find((s) => s.id === '109296638076485826')!;
    const net = recorded({ [api]: json(JSON.stringify(status)), [`${api}/context`]: json('{"ancestors":[],"descendants":[]}') });
    await load('https://toot.whatever.cz/@OliKockova/109296638076485826', { fetch: net.fetch, mastodonProxy: null });
    expect(net.calls).toEqual([api, `${api}/context`]);
  });

  it('reports bytes received while the body streams', async () => {
    const bytes = new TextEncoder().encode(REDDIT);
    const chunk = 32_768;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
        controller.close();
      },
    });
    const progress: FetchProgress[] = [];
    const net = recorded({ '/proxy/reddit/comments/2ujhkr.json?raw_json=1': () => new Response(stream, { headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) } }) });
    const thread = await load('https://redd.it/2ujhkr', { fetch: net.fetch, onProgress: (p) => progress.push(p) });
    expect(thread.text).toBe(REDDIT);
    expect(progress.length).toBe(Math.ceil(bytes.length / chunk));
    expect(progress.map((p) => p.receivedBytes)).toEqual([...progress.map((p) => p.receivedBytes)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ url: '/proxy/reddit/comments/2ujhkr.json?raw_json=1', request: 1, requests: 1, receivedBytes: bytes.length, totalBytes: bytes.length });
  });
});

describe('fetchThread failures, each with its own kind', () => {
  const HN_URL = 'https://news.ycombinator.com/item?id=14952787';
  const HN_API = 'https://hn.algolia.com/api/v1/items/14952787';

  it('says notFound for a 404', async () => {
    const net = recorded({ [HN_API]: json('{"status":404,"error":"Not Found"}', 404) });
    expect(errorOf(await fetchThread(HN_URL, { fetch: net.fetch }))).toMatchObject({ kind: 'notFound', message: expect.stringMatching(/HTTP 404/) });
  });

  it('says rateLimited for a 429, with the wait the server asked for', async () => {
    const net = recorded({ [HN_API]: json('{}', 429, { 'retry-after': '30' }) });
    expect(errorOf(await fetchThread(HN_URL, { fetch: net.fetch }))).toMatchObject({ kind: 'rateLimited', message: expect.stringMatching(/in 30 s/) });
  });

  it('says network when the request cannot be made', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(errorOf(await fetchThread(HN_URL, { fetch }))).toMatchObject({ kind: 'network', message: expect.stringMatching(/hn\.algolia\.com/) });
  });

  it('says timeout when no answer comes in time, even from a fetch that ignores the signal', async () => {
    const fetch: FetchLike = () => new Promise(() => undefined);
    const result = await fetchThread(HN_URL, { fetch, timeoutMs: 20 });
    expect(errorOf(result).kind).toBe('timeout');
  });

  it('says timeout when the body stops arriving half way', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id": 14952787,'));
      },
    });
    const net = recorded({ [HN_API]: () => new Response(stalled, { headers: { 'content-type': 'application/json' } }) });
    expect(errorOf(await fetchThread(HN_URL, { fetch: net.fetch, timeoutMs: 30 })).kind).toBe('timeout');
  });

  it('says cancelled when the caller aborts, and never asks when already aborted', async () => {
    const controller = new AbortController();
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pending = fetchThread(HN_URL, { fetch, signal: controller.signal, timeoutMs: 5_000 });
    controller.abort();
    expect(errorOf(await pending).kind).toBe('cancelled');

    const net = recorded({});
    expect(errorOf(await fetchThread(HN_URL, { fetch: net.fetch, signal: AbortSignal.abort() })).kind).toBe('cancelled');
    expect(net.calls).toEqual([]);
  });

  it('says blockedByBrowser for Reddit when the static server has no proxy (404 page)', async () => {
    const net = recorded({ '/proxy/reddit/comments/2ujhkr.json?raw_json=1': html('<!doctype html><title>404</title>', 404) });
    const error = errorOf(await fetchThread('https://www.reddit.com/r/redditdev/comments/2ujhkr/', { fetch: net.fetch }));
    expect(error.kind).toBe('blockedByBrowser');
    expect(error.message).toBe(
      'Reddit does not let browser pages read its JSON. Open the thread URL with .json appended in the browser (https://www.reddit.com/comments/2ujhkr.json), save the page, then use Open thread file.',
    );
  });

  it('says blockedByBrowser for Reddit when the static server answers with its index page', async () => {
    const net = recorded({ '/proxy/reddit/comments/2ujhkr.json?raw_json=1': html('<!doctype html><div id="root"></div>') });
    expect(errorOf(await fetchThread('https://redd.it/2ujhkr', { fetch: net.fetch })).kind).toBe('blockedByBrowser');
  });

  it("says notFound when Reddit itself answers 404 through the proxy", async () => {
    const net = recorded({ '/proxy/reddit/comments/zzzzzz.json?raw_json=1': json('{"message": "Not Found", "error": 404}', 404) });
    expect(errorOf(await fetchThread('https://redd.it/zzzzzz', { fetch: net.fetch })).kind).toBe('notFound');
  });

  it('says tooLarge for a body over the limit', async () => {
    const net = recorded({ '/proxy/reddit/comments/2ujhkr.json?raw_json=1': json(REDDIT) });
    expect(errorOf(await fetchThread('https://redd.it/2ujhkr', { fetch: net.fetch, maxBytes: 10_000 })).kind).toBe('tooLarge');
  });

  it('says notJson when a site answers 200 with something else', async () => {
    const net = recorded({ [HN_API]: () => new Response('<html>maintenance</html>', { status: 200 }) });
    expect(errorOf(await fetchThread(HN_URL, { fetch: net.fetch })).kind).toBe('notJson');
  });

  it('passes on the reason an unsupported URL cannot be opened, without asking the network', async () => {
    const net = recorded({});
    expect(errorOf(await fetchThread('https://example.com/x', { fetch: net.fetch })).kind).toBe('unknownFormat');
    expect(net.calls).toEqual([]);
  });
});

describe('fetchThread through the local relay', () => {
  const REDDIT_URL = 'https://www.reddit.com/r/redditdev/comments/2ujhkr/';
  const PROXIED = '/proxy/reddit/comments/2ujhkr.json?raw_json=1';
  const relayAnswer = (kind: string, status: number, upstream?: number): Answer =>
    json(JSON.stringify({ relayError: kind }), status, { 'x-threadmap-relay-error': kind, ...(upstream === undefined ? {} : { 'x-threadmap-upstream-status': String(upstream) }) });

  it('[regression] says when the relay, not Reddit, failed: a 502 of its own is not Reddit\'s', async () => {
    const relay = errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: relayAnswer('unreachable', 502) }).fetch }));
    expect(relay).toEqual({ kind: 'network', message: expect.stringMatching(/^The local relay \(npm start \/ npm run preview\) could not reach Reddit/) });
    const reddit = errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: json('{"message": "Bad Gateway", "error": 502}', 502) }).fetch }));
    expect(reddit).toEqual({ kind: 'network', message: 'Reddit answered with an error (HTTP 502). Try again later.' });
  });

  it('names Reddit\'s own status when the relay held back a page that was not JSON', async () => {
    const limited = errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: relayAnswer('notJson', 502, 429) }).fetch }));
    expect(limited.kind).toBe('rateLimited');
    const blocked = errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: relayAnswer('notJson', 502, 403) }).fetch }));
    expect(blocked.kind).toBe('blockedByBrowser');
    const broken = errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: relayAnswer('notJson', 502, 503) }).fetch }));
    expect(broken.message).toBe('Reddit answered with an error page (HTTP 503) instead of JSON. Try again later.');
    const moved = errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: relayAnswer('redirect', 502, 302) }).fetch }));
    expect(moved.message).toMatch(/Reddit redirected the local relay .* to another address, which it does not follow \(HTTP 302\)/);
    expect(errorOf(await fetchThread(REDDIT_URL, { fetch: recorded({ [PROXIED]: relayAnswer('timeout', 504) }).fetch })).kind).toBe('timeout');
  });

  it('tells a Mastodon host on a private network from one that is down, and a server without the relay', async () => {
    const api = '/proxy/mastodon/toot.whatever.cz/api/v1/statuses/1';
    const privateHost = errorOf(await fetchThread('https://toot.whatever.cz/@a/1', { fetch: recorded({ [api]: relayAnswer('host', 403) }).fetch }));
    expect(privateHost.message).toMatch(/does not connect to toot\.whatever\.cz: the name leads to a private or local network address/);
    const noRelay = errorOf(await fetchThread('https://toot.whatever.cz/@a/1', { fetch: recorded({ [api]: html('<!doctype html><div id="root"></div>') }).fetch }));
    expect(noRelay).toEqual({ kind: 'blockedByBrowser', message: expect.stringContaining('Open https://toot.whatever.cz/api/v1/statuses/1/context in the browser') });
  });
});
