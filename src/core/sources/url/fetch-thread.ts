import { importError, ok, type ImportErrorKind, type Result } from '../../result';
import { relayError } from './relay-errors';
import { HttpSession, type FetchLike, type FetchProgress, type RawResponse } from './http-session';
import { resolveThreadUrl, type ResolveOptions, type ThreadRequest } from './resolve-thread-url';

export interface FetchThreadOptions extends ResolveOptions {
  /** The network, injected: the app passes `globalThis.fetch`, tests pass recorded answers. */
  fetch: FetchLike;
  signal?: AbortSignal;
  /** For the whole load, every request included; 30 s by default. */
  timeoutMs?: number;
  /** Bodies larger than this are refused; 200 MB by default. */
  maxBytes?: number;
  onProgress?: (progress: FetchProgress) => void;
}

/** A thread's raw JSON, ready for the import pipeline, and where it came from. */
export interface FetchedThread {
  text: string;
  /** The thread's page (for a comment URL: its story's page). */
  sourceUrl: string;
  /** The item the URL pointed at when that is not the thread's root. */
  focusId?: string;
}

const REDDIT_BLOCKED =
  'Reddit does not let browser pages read its JSON. Open the thread URL with .json appended in the browser ({url}), save the page, then use Open thread file.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeHtml(raw: RawResponse): boolean {
  return raw.contentType.includes('html') || raw.text.trimStart().startsWith('<');
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** Turns an HTTP answer into its JSON value, or the named error a person can act on. */
function readJson(raw: RawResponse, site: string, pageUrl: string): Result<unknown> {
  const fail = (kind: ImportErrorKind, message: string) => importError(kind, message);
  const { status } = raw;
  if (status === 404 || status === 410) return fail('notFound', `${site} has no thread at ${pageUrl} (HTTP ${status}); it may have been deleted. Check the address.`);
  if (status === 429) {
    const wait = raw.retryAfter && /^\d+$/.test(raw.retryAfter) ? ` in ${raw.retryAfter} s` : ' in a minute';
    return fail('rateLimited', `${site} is limiting requests right now (HTTP 429). Try again${wait}.`);
  }
  if (status === 401 || status === 403) return fail('notFound', `${site} refused to show ${pageUrl} (HTTP ${status}): the thread may be private, or the server only shows it to signed-in users.`);
  if (status < 200 || status > 299) return fail('network', `${site} answered with an error (HTTP ${status}). Try again later.`);
  const parsed = parseJson(raw.text);
  if (!parsed) return fail('notJson', `${site} answered with something that is not JSON, so the thread cannot be read from ${pageUrl}.`);
  return ok(parsed.value);
}

async function fetchHn(session: HttpSession, request: ThreadRequest): Promise<Result<FetchedThread>> {
  const first = await session.get(request.requests[0]!, 1, 1);
  if (!first.ok) return first;
  const item = readJson(first.value, 'Hacker News', request.pageUrl);
  if (!item.ok) return item;
  const value = item.value;
  const storyId = isRecord(value) ? value['story_id'] : undefined;
  const id = isRecord(value) ? value['id'] : undefined;
  if (typeof storyId !== 'number' || typeof id !== 'number' || storyId === id) {
    return ok({ text: first.value.text, sourceUrl: request.pageUrl });
  }
  // A comment URL: load the whole story and point at the comment inside it.
  const storyPage = `https://news.ycombinator.com/item?id=${storyId}`;
  const story = await session.get(`https://hn.algolia.com/api/v1/items/${storyId}`, 2, 2);
  if (!story.ok) return story;
  const storyJson = readJson(story.value, 'Hacker News', storyPage);
  if (!storyJson.ok) {
    if (storyJson.error.kind !== 'notFound') return storyJson;
    return ok({ text: first.value.text, sourceUrl: request.pageUrl }, [`The story of comment ${id} could not be loaded; only the comment and its replies are shown.`]);
  }
  return ok({ text: story.value.text, sourceUrl: storyPage, focusId: String(id) });
}

async function fetchReddit(session: HttpSession, request: ThreadRequest): Promise<Result<FetchedThread>> {
  const postId = /\/comments\/([a-z0-9]+)\.json/i.exec(request.requests[0]!)?.[1] ?? '';
  const blocked = () => importError('blockedByBrowser', REDDIT_BLOCKED.replace('{url}', `https://www.reddit.com/comments/${postId}.json`));
  const raw = await session.get(request.requests[0]!, 1, 1);
  if (!raw.ok) return raw;
  if (raw.value.relayError !== null) return relayError(raw.value.relayError, raw.value.upstreamStatus, 'Reddit', blocked);
  const { status } = raw.value;
  // Without the dev/preview proxy a static server answers 404 or its own index.html; Reddit's
  // own refusals are HTML pages too. Reddit's real "not found" is JSON.
  if (looksLikeHtml(raw.value) && (status === 404 || status === 403 || (status >= 200 && status <= 299))) return blocked();
  if (request.viaProxy && status === 404 && !parseJson(raw.value.text)) return blocked();
  const json = readJson(raw.value, 'Reddit', request.pageUrl);
  if (!json.ok) return json;
  const thread: FetchedThread = { text: raw.value.text, sourceUrl: request.pageUrl };
  if (request.focusId) thread.focusId = request.focusId;
  return ok(thread);
}

const MASTODON_NO_RELAY =
  'Mastodon threads are read through the local relay of npm start and npm run preview, which this server does not have. Open {url} in the browser, save the page (the status\'s replies), then use Open thread file.';

/** The site's answer, or the error for an answer the local relay made (or a server without one). */
function throughRelay(raw: RawResponse, request: ThreadRequest, host: string): Result<RawResponse> {
  const context = request.requests[1]!;
  const api = `https://${host}${context.slice(context.indexOf('/api/'))}`;
  const noRelay = () => importError('blockedByBrowser', MASTODON_NO_RELAY.replace('{url}', api));
  if (raw.relayError !== null) return relayError(raw.relayError, raw.upstreamStatus, host, noRelay);
  // A static server answers the relay's path with its own index.html or a 404 page.
  if (request.viaProxy && looksLikeHtml(raw)) return noRelay();
  return ok(raw);
}

async function fetchMastodon(session: HttpSession, request: ThreadRequest): Promise<Result<FetchedThread>> {
  const host = new URL(request.pageUrl).host;
  const statusAnswer = await session.get(request.requests[0]!, 1, 2);
  if (!statusAnswer.ok) return statusAnswer;
  const statusRaw = throughRelay(statusAnswer.value, request, host);
  if (!statusRaw.ok) return statusRaw;
  const status = readJson(statusRaw.value, host, request.pageUrl);
  if (!status.ok) return status;
  if (!isRecord(status.value) || typeof status.value['id'] !== 'string') {
    return importError('invalidThread', `${host} answered, but not with a Mastodon status; is it a Mastodon server?`);
  }
  const contextAnswer = await session.get(request.requests[1]!, 2, 2);
  if (!contextAnswer.ok) return contextAnswer;
  const contextRaw = throughRelay(contextAnswer.value, request, host);
  if (!contextRaw.ok) return contextRaw;
  const context = readJson(contextRaw.value, host, request.pageUrl);
  if (!context.ok) return context;
  const { value } = context;
  if (!isRecord(value) || !Array.isArray(value['ancestors']) || !Array.isArray(value['descendants'])) {
    return importError('invalidThread', `${host} answered, but not with a Mastodon status context; is it a Mastodon server?`);
  }
  const text = JSON.stringify({ status: status.value, ancestors: value['ancestors'], descendants: value['descendants'] });
  const thread: FetchedThread = { text, sourceUrl: request.pageUrl };
  // A reply deep in a thread: the map is rooted at the first ancestor, so point at the reply.
  if (value['ancestors'].length > 0) thread.focusId = status.value['id'];
  return ok(thread);
}

/**
 * Loads a thread from its URL (or a Hacker News id) as raw JSON text. The only place the app
 * touches the network, through the injected `fetch`; never throws.
 */
export async function fetchThread(input: string, options: FetchThreadOptions): Promise<Result<FetchedThread>> {
  const resolved = resolveThreadUrl(input, { redditProxy: options.redditProxy, mastodonProxy: options.mastodonProxy });
  if (!resolved.ok) return resolved;
  const session = new HttpSession({
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 200_000_000,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  try {
    const stopped = session.stopped();
    if (stopped) return stopped;
    const request = resolved.value;
    const result =
      request.site === 'hn' ? await fetchHn(session, request) : request.site === 'reddit' ? await fetchReddit(session, request) : await fetchMastodon(session, request);
    // A fake or careless fetch may answer after an abort; the abort still wins.
    return session.stopped() ?? result;
  } finally {
    session.dispose();
  }
}
