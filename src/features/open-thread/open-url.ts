import type { Editor } from '../../store/editor';
import { fetchThread, type FetchLike, type FetchProgress } from '../../core/sources/url';
import { openText } from './open-text';

/** How long one "Open URL" may take, every request included, before it gives up. */
export const OPEN_URL_TIMEOUT_MS = 30_000;

export type OpenUrlOutcome = 'opened' | 'failed' | 'cancelled';

export interface OpenUrlOptions {
  /** The network; the dialog passes the browser's fetch, tests pass recorded answers. */
  fetch: FetchLike;
  signal: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  timeoutMs?: number;
}

/** The browser's fetch, bound to window so that calling it detached does not throw "Illegal invocation". */
export const browserFetch: FetchLike = (url, init) => window.fetch(url, init);

/**
 * Fetches a thread by URL (or Hacker News id) and opens it as the current map, selecting the
 * comment the URL pointed at. A failure goes to the error line and leaves the open map alone; a
 * cancel is no error, only a notice.
 */
export async function openThreadUrl(editor: Editor, input: string, options: OpenUrlOptions): Promise<OpenUrlOutcome> {
  const { select, showError, showNotice } = editor.actions;
  const fetched = await fetchThread(input, {
    fetch: options.fetch,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? OPEN_URL_TIMEOUT_MS,
    onProgress: options.onProgress,
  });
  if (!fetched.ok) {
    if (fetched.error.kind === 'cancelled') {
      showNotice('Opening the thread was cancelled; the open map was not changed.');
      return 'cancelled';
    }
    showError(fetched.error);
    return 'failed';
  }
  const { text, sourceUrl, focusId } = fetched.value;
  const opened = await openText(editor, text, { retrievedAt: new Date().toISOString(), sourceUrl }, hostOf(sourceUrl));
  if (!opened) return 'failed';
  if (focusId !== undefined && editor.store.getState().nodes.some((node) => node.id === focusId)) select(focusId);
  if (fetched.warnings.length > 0) showNotice([editor.store.getState().notice, ...fetched.warnings].filter(Boolean).join(' '));
  return 'opened';
}

/** "1.2 MB", "340 KB", "512 B": sizes as people read them (1 KB = 1,000 bytes, like browsers show downloads). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${trimmed(bytes / 1000)} KB`;
  return `${trimmed(bytes / 1_000_000)} MB`;
}

function trimmed(value: number): string {
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
}

/** One line saying how far a load has come: host, bytes received (of how many), which request. */
export function describeProgress(progress: FetchProgress): string {
  const received = progress.totalBytes === null ? `${formatBytes(progress.receivedBytes)} received` : `${formatBytes(progress.receivedBytes)} of ${formatBytes(progress.totalBytes)}`;
  const step = progress.requests > 1 ? ` (request ${progress.request} of ${progress.requests})` : '';
  return `Loading from ${hostOf(progress.url)}: ${received}${step}`;
}

/** The host a URL asks, naming the site behind the same-origin relay paths. */
export function hostOf(url: string): string {
  if (url.startsWith('/proxy/reddit')) return 'reddit.com (through the local proxy)';
  const relayed = /^\/proxy\/mastodon\/([^/]+)\//.exec(url);
  if (relayed) return `${relayed[1]} (through the local proxy)`;
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
