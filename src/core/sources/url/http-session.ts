import { importError, ok, type Result } from '../../result';
import { RELAY_ERROR_HEADER, UPSTREAM_STATUS_HEADER } from './relay-errors';

/** The part of a fetch Response this module reads; a real Response satisfies it. */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/** The injected network: `globalThis.fetch` in the app, recorded responses in tests. */
export type FetchLike = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<FetchResponseLike>;

export interface FetchProgress {
  url: string;
  /** 1-based number of the request under way, and how many are known so far. */
  request: number;
  requests: number;
  receivedBytes: number;
  /** Content-Length when the server sent one and it still holds (compressed bodies outgrow it). */
  totalBytes: number | null;
}

export interface HttpSessionOptions {
  fetch: FetchLike;
  signal?: AbortSignal;
  /** For the whole operation, all requests included. */
  timeoutMs: number;
  maxBytes: number;
  onProgress?: (progress: FetchProgress) => void;
}

/** An answer of any HTTP status, its body read as text. */
export interface RawResponse {
  url: string;
  status: number;
  contentType: string;
  retryAfter: string | null;
  /** The local relay's own failure kind (see relay-errors.ts); null for the site's own answer. */
  relayError: string | null;
  /** The site's status when the relay did not pass its answer on. */
  upstreamStatus: number | null;
  text: string;
}

class Stopped extends Error {}
class TooLarge extends Error {}

/** Settles with the promise, or rejects as soon as the signal aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Stopped());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Stopped());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').host;
  } catch {
    return url;
  }
}

/**
 * One user-visible load: a timeout and the caller's cancel signal shared by all its requests, so
 * a timeout and a cancel are told apart and nothing keeps running after either.
 */
export class HttpSession {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private timedOut = false;
  private readonly onCallerAbort = () => this.controller.abort();

  constructor(private readonly options: HttpSessionOptions) {
    if (options.signal?.aborted) this.controller.abort();
    options.signal?.addEventListener('abort', this.onCallerAbort, { once: true });
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, options.timeoutMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onCallerAbort);
  }

  /** Why the session stopped, as the error to return, or null while it still runs. */
  stopped(): Result<never> | null {
    if (!this.controller.signal.aborted) return null;
    if (this.timedOut) {
      return importError('timeout', `No complete answer within ${Math.round(this.options.timeoutMs / 1000)} s. Try again later, or save the thread's JSON in the browser and open the file.`);
    }
    return importError('cancelled', 'Opening the thread was cancelled.');
  }

  /** GETs a URL and reads its whole body, reporting bytes as they arrive. */
  async get(url: string, request: number, requests: number): Promise<Result<RawResponse>> {
    const signal = this.controller.signal;
    try {
      const response = await untilAborted(this.options.fetch(url, { signal, headers: { Accept: 'application/json' } }), signal);
      const text = await this.readBody(response, (receivedBytes, totalBytes) =>
        this.options.onProgress?.({ url, request, requests, receivedBytes, totalBytes }),
      );
      return ok({
        url,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        retryAfter: response.headers.get('retry-after'),
        relayError: response.headers.get(RELAY_ERROR_HEADER),
        upstreamStatus: Number(response.headers.get(UPSTREAM_STATUS_HEADER)) || null,
        text,
      });
    } catch (error) {
      const stopped = this.stopped();
      if (stopped) return stopped;
      if (error instanceof TooLarge) {
        return importError('tooLarge', `The answer from ${hostOf(url)} is larger than ${Math.round(this.options.maxBytes / 1_000_000)} MB, too large to open here.`);
      }
      return importError('network', `Could not reach ${hostOf(url)}. Check the connection and try again; if it keeps failing, the site may not let browser pages read it.`);
    }
  }

  private async readBody(response: FetchResponseLike, report: (received: number, total: number | null) => void): Promise<string> {
    const signal = this.controller.signal;
    const length = Number(response.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length : null;
    if (!response.body) {
      const text = await untilAborted(response.text(), signal);
      const received = new TextEncoder().encode(text).byteLength;
      if (received > this.options.maxBytes) throw new TooLarge();
      report(received, total !== null && received <= total ? total : null);
      return text;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await untilAborted(reader.read(), signal);
        if (done) break;
        received += value.byteLength;
        if (received > this.options.maxBytes) throw new TooLarge();
        chunks.push(decoder.decode(value, { stream: true }));
        report(received, total !== null && received <= total ? total : null);
      }
    } catch (error) {
      reader.cancel().catch(() => undefined);
      throw error;
    }
    chunks.push(decoder.decode());
    return chunks.join('');
  }
}
