import { importError, ok, type Result } from '../../result';

export type ThreadSite = 'hn' | 'reddit' | 'mastodon';

/** Where a thread URL's data comes from: the JSON requests to make and how to record them. */
export interface ThreadRequest {
  site: ThreadSite;
  /** The thread's page as people share it; recorded as the map's source URL. */
  pageUrl: string;
  /** JSON requests in order (Mastodon needs the status and then its context). */
  requests: string[];
  /** The item the URL points into when it is not the thread's root (a Reddit comment permalink). */
  focusId?: string;
  /** True when the request goes through the same-origin dev/preview proxy. */
  viaProxy: boolean;
}

export interface ResolveOptions {
  /**
   * Path (or origin + path) of the Reddit proxy, `/proxy/reddit` by default, which `npm start` and
   * `npm run preview` serve. null asks reddit.com directly, which works outside a browser (the CLI).
   */
  redditProxy?: string | null;
  /**
   * Path of the Mastodon relay, `/proxy/mastodon` by default: the app's Content-Security-Policy
   * lets the page connect only to known hosts, and a Mastodon server can be any host. null asks
   * the server directly.
   */
  mastodonProxy?: string | null;
}

export const DEFAULT_REDDIT_PROXY = '/proxy/reddit';
export const DEFAULT_MASTODON_PROXY = '/proxy/mastodon';
const HN_API = 'https://hn.algolia.com/api/v1/items/';
const REDDIT_HOSTS = new Set(['reddit.com', 'www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'np.reddit.com', 'm.reddit.com', 'i.reddit.com']);
const SUPPORTED =
  'Paste a Hacker News item URL (news.ycombinator.com/item?id=…) or id, a Reddit thread URL (reddit.com/r/…/comments/…, redd.it/…), or a Mastodon status URL (https://instance/@user/123…).';

function toUrl(text: string): URL | null {
  // People paste addresses without a scheme ("news.ycombinator.com/item?id=1").
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function hnRequest(id: string): ThreadRequest {
  return { site: 'hn', pageUrl: `https://news.ycombinator.com/item?id=${id}`, requests: [HN_API + id], viaProxy: false };
}

function resolveHn(url: URL): Result<ThreadRequest> | null {
  const host = url.hostname.toLowerCase();
  if (host === 'news.ycombinator.com' || host === 'ycombinator.com') {
    const id = url.searchParams.get('id');
    if (url.pathname === '/item' && id && /^\d+$/.test(id)) return ok(hnRequest(id));
    return importError('unknownFormat', 'This Hacker News address is not a discussion: open a story or comment (news.ycombinator.com/item?id=…) and paste its address.');
  }
  const api = host === 'hn.algolia.com' ? /^\/api\/v1\/items\/(\d+)\/?$/.exec(url.pathname) : null;
  return api ? ok(hnRequest(api[1]!)) : null;
}

function resolveReddit(url: URL, proxy: string | null): Result<ThreadRequest> | null {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  let postId: string | undefined;
  let commentId: string | undefined;
  if (host === 'redd.it') {
    postId = segments[0];
  } else if (REDDIT_HOSTS.has(host)) {
    const at = segments.indexOf('comments');
    if (at >= 0) {
      postId = segments[at + 1];
      commentId = segments[at + 3];
    } else if (segments[2] === 's' || segments[0] === 's') {
      return importError('unknownFormat', 'Reddit share links (/s/…) have to be opened once to find the thread: open it in the browser, then paste the address it lands on.');
    }
  } else {
    return null;
  }
  postId = postId?.replace(/\.json$/, '');
  commentId = commentId?.replace(/\.json$/, '');
  if (!postId || !/^[a-z0-9]+$/i.test(postId)) {
    return importError('unknownFormat', 'This Reddit address is not a thread: open a post\'s comments page (reddit.com/r/…/comments/…) and paste its address.');
  }
  const sub = segments[0] === 'r' && segments[1] && host !== 'redd.it' ? `/r/${segments[1]}` : '';
  const slug = segments[segments.indexOf('comments') + 2]?.replace(/\.json$/, '');
  const pageUrl = `https://www.reddit.com${sub}/comments/${postId}/${slug && host !== 'redd.it' ? `${slug}/` : ''}`;
  const path = `/comments/${postId}.json?raw_json=1`;
  const request: ThreadRequest = {
    site: 'reddit',
    pageUrl,
    requests: [proxy === null ? `https://www.reddit.com${path}` : proxy.replace(/\/$/, '') + path],
    viaProxy: proxy !== null,
  };
  if (commentId && /^[a-z0-9]+$/i.test(commentId)) request.focusId = `t1_${commentId}`;
  return ok(request);
}

const MASTODON_PATHS = [/^\/@[^/]+\/(\d+)\/?$/, /^\/users\/[^/]+\/statuses\/(\d+)\/?$/, /^\/web\/statuses\/(\d+)\/?$/, /^\/web\/@[^/]+\/(\d+)\/?$/];

function resolveMastodon(url: URL, proxy: string | null): Result<ThreadRequest> | null {
  for (const pattern of MASTODON_PATHS) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    // The relay reaches servers over https on the default port only (as every Mastodon server is).
    const relayed = proxy !== null && url.port === '';
    const base = relayed ? `${proxy.replace(/\/$/, '')}/${url.hostname}` : url.origin;
    const api = `${base}/api/v1/statuses/${match[1]}`;
    return ok({ site: 'mastodon', pageUrl: `${url.origin}${url.pathname}`, requests: [api, `${api}/context`], viaProxy: relayed });
  }
  return null;
}

/** Explains why a recognisable but unsupported thread URL cannot be opened, and what to do. */
function unsupportedSite(url: URL): Result<never> | null {
  const savedFile = 'open the thread URL with .json appended in the browser, save the page, then use Open thread file.';
  if (url.hostname.toLowerCase() === 'lobste.rs') return importError('unknownFormat', `Lobsters threads cannot be opened by URL: ${savedFile}`);
  if (/^\/t\/[^/]+(\/\d+)*\/?$/.test(url.pathname)) return importError('unknownFormat', `Discourse forum topics cannot be opened by URL: ${savedFile}`);
  return null;
}

/**
 * Turns what a person pasted (a thread URL, or a bare Hacker News id) into the JSON requests that
 * load the thread. Never touches the network.
 */
export function resolveThreadUrl(input: string, options: ResolveOptions = {}): Result<ThreadRequest> {
  const text = input.trim();
  if (!text) return importError('empty', `Nothing to open. ${SUPPORTED}`);
  if (/^\d+$/.test(text)) return ok(hnRequest(text));
  const url = toUrl(text);
  if (!url || !url.hostname.includes('.')) return importError('unknownFormat', `"${text.slice(0, 80)}" is not a thread address. ${SUPPORTED}`);
  const proxy = options.redditProxy === undefined ? DEFAULT_REDDIT_PROXY : options.redditProxy;
  return (
    resolveHn(url) ??
    resolveReddit(url, proxy) ??
    resolveMastodon(url, options.mastodonProxy === undefined ? DEFAULT_MASTODON_PROXY : options.mastodonProxy) ??
    unsupportedSite(url) ??
    importError('unknownFormat', `Threads from ${url.hostname} cannot be opened by URL. ${SUPPORTED}`)
  );
}
