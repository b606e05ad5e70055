/**
 * What the local relay of `npm start` and `npm run preview` may fetch: Reddit's and Mastodon's
 * JSON thread endpoints, nothing else. Pure functions, shared by the relay and its tests.
 */

// The app reads these to tell the relay's own failures from the site's: the same names are in
// src/core/sources/url/relay-errors.ts (a test holds them equal; the config imports no app code).
/** Names the kind of the relay's own failure on an answer it made itself. */
export const RELAY_ERROR_HEADER = 'X-Threadmap-Relay-Error';
/** The status the site answered with, when the relay did not pass that answer on. */
export const UPSTREAM_STATUS_HEADER = 'X-Threadmap-Upstream-Status';

export type RelayErrorKind = 'method' | 'path' | 'crossSite' | 'host' | 'redirect' | 'notJson' | 'unreachable' | 'timeout';

/** Where a relayed request goes: the upstream URL, and which site it is for messages. */
export interface RelayTarget {
  site: 'reddit' | 'mastodon';
  url: URL;
}

const REDDIT_ID = '[a-z0-9]{1,16}';
const REDDIT_SLUG = '[^/?#]{0,300}';
// A thread's JSON as the app asks for it (/comments/<id>.json) or as people paste it
// (/r/<sub>/comments/<id>/<slug>/.json, with a comment id after the slug for a permalink).
const REDDIT_THREAD_PATH = new RegExp(`^(?:/r/[A-Za-z0-9_]{1,64})?/comments/${REDDIT_ID}(?:/${REDDIT_SLUG}(?:/${REDDIT_ID})?)?/?\\.json$`, 'i');
const REDDIT_QUERY = new Set(['raw_json', 'limit', 'depth', 'sort', 'context', 'threaded', 'showmore']);
const QUERY_VALUE = /^[A-Za-z0-9_]{1,20}$/;
const REDDIT_HOSTS = new Set(['www.reddit.com', 'reddit.com', 'old.reddit.com']);

const MASTODON_PATH = /^\/api\/v1\/statuses\/[0-9]{1,30}(?:\/context)?$/;
// A DNS name of at least two labels; IP literals and single-label names (localhost) are refused.
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

const BASE = 'http://relay.invalid';

/** A path and query read as a URL; null when it names a host of its own ("//evil.invalid/…"). */
function relativeUrl(pathAndQuery: string): URL | null {
  try {
    const url = new URL(pathAndQuery, BASE);
    return url.origin === BASE ? url : null;
  } catch {
    return null;
  }
}

/** The Reddit URL for a path under /proxy/reddit, or null when it is not a thread's JSON. */
export function redditTarget(pathAndQuery: string, origin: string): RelayTarget | null {
  const parsed = relativeUrl(pathAndQuery);
  if (!parsed || !REDDIT_THREAD_PATH.test(parsed.pathname)) return null;
  const url = new URL(parsed.pathname, origin);
  for (const [key, value] of parsed.searchParams) {
    if (!REDDIT_QUERY.has(key) || !QUERY_VALUE.test(value)) return null;
    url.searchParams.set(key, value);
  }
  return { site: 'reddit', url };
}

/**
 * The Mastodon URL for a path under /proxy/mastodon (`/<host>/api/v1/statuses/<id>[/context]`),
 * or null when it is anything else. `origin` replaces the host's https origin (tests).
 */
export function mastodonTarget(pathAndQuery: string, origin: string | null): RelayTarget | null {
  const parsed = relativeUrl(pathAndQuery);
  if (!parsed || parsed.search !== '') return null;
  const match = /^\/([^/]+)(\/.*)$/.exec(parsed.pathname);
  if (!match) return null;
  const host = match[1]!.toLowerCase();
  const path = match[2]!;
  if (!HOST_NAME.test(host) || !MASTODON_PATH.test(path)) return null;
  return { site: 'mastodon', url: new URL(path, origin ?? `https://${host}`) };
}

/**
 * Whether a redirect from `from` to `location` may be followed: only on Reddit, only to another
 * thread JSON path there, and never from https to http.
 */
export function redditRedirect(from: URL, location: string, origin: string): URL | null {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    return null;
  }
  const allowedHost = next.origin === new URL(origin).origin || (next.protocol === 'https:' && REDDIT_HOSTS.has(next.hostname));
  if (!allowedHost || next.username || next.password) return null;
  const target = redditTarget(`${next.pathname}${next.search}`, next.origin);
  return target ? target.url : null;
}

/** True for a media type the relay passes on: JSON, nothing a browser would render. */
export function isJsonType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}
