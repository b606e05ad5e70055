import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, type LookupFunction } from 'node:net';
import {
  isJsonType,
  mastodonTarget,
  redditRedirect,
  redditTarget,
  RELAY_ERROR_HEADER,
  UPSTREAM_STATUS_HEADER,
  type RelayErrorKind,
  type RelayTarget,
} from './relay-rules.js';

/** Where the relay sends requests; both settings exist so tests can stand in for the sites. */
export interface RelayOptions {
  /** Reddit's origin: https://www.reddit.com unless THREADMAP_REDDIT_ORIGIN says otherwise. */
  redditOrigin: string;
  /** Set only by tests: every Mastodon request goes to this origin instead of the named host. */
  mastodonOrigin: string | null;
  /** For each upstream request; 30 s by default. */
  timeoutMs?: number;
  /** Name resolution for Mastodon hosts; dns.lookup unless a test stands in for it. */
  resolve?: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

type Next = (error?: unknown) => void;
export type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: Next) => void;

const USER_AGENT = 'threadmap/0.1 (local thread viewer)';
const MAX_REDIRECTS = 3;
// Headers of an upstream answer that reach the browser; cookies and everything else stay behind.
const PASSED_HEADERS = ['content-type', 'content-length', 'content-encoding', 'retry-after', 'last-modified', 'etag'];

/**
 * What every relayed answer carries: the browser must never render it as a page on the app's
 * origin (an HTML page relayed there could read every saved map), only hand it to fetch().
 */
export const RELAYED_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const MESSAGES: Record<RelayErrorKind, string> = {
  method: 'The relay only reads (GET and HEAD).',
  path: 'The relay only fetches Reddit thread JSON (/proxy/reddit/comments/<id>.json) and Mastodon statuses (/proxy/mastodon/<host>/api/v1/statuses/<id>[/context]).',
  crossSite: 'The relay only answers the Threadmap page it is served with.',
  host: 'The relay does not fetch from this host: it is not a public internet address.',
  redirect: 'The site redirected the relay somewhere it does not follow.',
  notJson: 'The site answered with something other than JSON, which the relay does not pass on.',
  unreachable: 'The relay could not reach the site.',
  timeout: 'The site did not answer the relay in time.',
};
const STATUS: Record<RelayErrorKind, number> = { method: 405, path: 404, crossSite: 403, host: 403, redirect: 502, notJson: 502, unreachable: 502, timeout: 504 };

function refuse(response: http.ServerResponse, kind: RelayErrorKind, upstreamStatus?: number): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const headers: Record<string, string> = { ...RELAYED_ANSWER_HEADERS, 'Content-Type': 'application/json; charset=utf-8', [RELAY_ERROR_HEADER]: kind };
  if (kind === 'method') headers['Allow'] = 'GET, HEAD';
  if (upstreamStatus !== undefined) headers[UPSTREAM_STATUS_HEADER] = String(upstreamStatus);
  response.writeHead(STATUS[kind], headers);
  response.end(JSON.stringify({ relayError: kind, message: MESSAGES[kind], ...(upstreamStatus === undefined ? {} : { upstreamStatus }) }));
}

// Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges: a Mastodon
// host name that resolves into one of these would let a page reach the machine's own network.
const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 3]] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['::ffff:0:0', 96]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

class PrivateAddress extends Error {}

const systemResolve = (hostname: string) => dnsLookup(hostname, { all: true });

/**
 * A lookup for http.request that refuses private addresses, so that the address checked is the
 * address connected to (a second lookup could answer differently).
 */
function publicLookup(resolve: NonNullable<RelayOptions['resolve']>): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (list) => {
        const blocked = list.find(({ address, family }) => PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4'));
        if (blocked || list.length === 0) return callback(new PrivateAddress(`${hostname} resolves to ${blocked?.address ?? 'nothing'}`), '', 4);
        if (options.all) return (callback as unknown as (error: null, addresses: typeof list) => void)(null, list);
        callback(null, list[0]!.address, list[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

/** One GET or HEAD to the upstream site, with no header of the browser's request. */
function ask(url: URL, method: string, lookup: LookupFunction | null, timeoutMs: number): Promise<Upstream> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const upstream = client.request(
      url,
      {
        method,
        headers: { Accept: 'application/json', 'User-Agent': USER_AGENT, 'Accept-Encoding': 'gzip' },
        timeout: timeoutMs,
        ...(lookup ? { lookup } : {}),
      },
      (answer) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: answer }),
    );
    upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
    upstream.on('error', reject);
    upstream.end();
  });
}

async function relay(target: RelayTarget, method: string, options: RelayOptions, response: http.ServerResponse): Promise<void> {
  // Mastodon hosts are any name a page asks for; Reddit's is fixed (or a test's stand-in).
  const lookup = target.site === 'mastodon' && options.mastodonOrigin === null ? publicLookup(options.resolve ?? systemResolve) : null;
  let url = target.url;
  for (let hop = 0; ; hop++) {
    let answer: Upstream;
    try {
      answer = await ask(url, method, lookup, options.timeoutMs ?? 30_000);
    } catch (error) {
      if (error instanceof PrivateAddress) return refuse(response, 'host');
      return refuse(response, error instanceof Error && error.message === 'timeout' ? 'timeout' : 'unreachable');
    }
    if (answer.status >= 300 && answer.status < 400 && answer.status !== 304) {
      answer.body.resume();
      const next = target.site === 'reddit' && hop < MAX_REDIRECTS && answer.headers.location ? redditRedirect(url, answer.headers.location, options.redditOrigin) : null;
      if (!next) return refuse(response, 'redirect', answer.status);
      url = next;
      continue;
    }
    if (!isJsonType(answer.headers['content-type'])) {
      answer.body.resume();
      return refuse(response, 'notJson', answer.status);
    }
    const headers: Record<string, string> = { ...RELAYED_ANSWER_HEADERS };
    for (const name of PASSED_HEADERS) {
      const value = answer.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    response.writeHead(answer.status, headers);
    answer.body.pipe(response);
    answer.body.on('error', () => response.destroy());
    // The page gave up (cancel, timeout): stop reading from the site too.
    response.on('close', () => answer.body.destroy());
    return;
  }
}

/**
 * The relay as connect middleware for /proxy/reddit/… and /proxy/mastodon/<host>/…: GET and HEAD
 * only, only the JSON thread endpoints, no header of the browser's request passed on, redirects
 * followed only within Reddit, and only JSON answers passed back, marked so that no browser
 * renders them. Its own refusals carry the X-Threadmap-Relay-Error header.
 */
export function createRelay(options: RelayOptions): Middleware {
  return (request, response, next) => {
    const path = request.url ?? '';
    const route = /^\/proxy\/(reddit|mastodon)(\/.*)?$/s.exec(path);
    if (!route) return next();
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 'method');
    // A page on another site could make the browser call the relay (an image, a form): refuse.
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return refuse(response, 'crossSite');
    const rest = route[2] ?? '/';
    const target = route[1] === 'reddit' ? redditTarget(rest, options.redditOrigin) : mastodonTarget(rest, options.mastodonOrigin);
    if (!target) return refuse(response, 'path');
    relay(target, request.method, options, response).catch(() => refuse(response, 'unreachable'));
  };
}
