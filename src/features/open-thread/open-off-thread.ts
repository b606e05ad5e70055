import type { OpenInputContext } from '../../core/document/open-input';
import type { ThreadmapDocument } from '../../core/document/types';
import { importError, type Result } from '../../core/result';
import { resourceKey, type EditorCore } from '../../store/editor';
import type { OpenReply, OpenRequest } from './open-worker';

interface Pending {
  request: OpenRequest;
  resolve: (result: Result<ThreadmapDocument>) => void;
  onProgress: (stage: string) => void;
}

/**
 * Where no worker runs (tests under jsdom, a worker that failed to load), the page does the work.
 * The parsers are loaded only then: they are large, and the page's first download leaves them out.
 */
function openHere(entry: Pending): void {
  import('../../core/document/open-input').then(
    ({ openInput }) => entry.resolve(openInput(entry.request.text, entry.request.context)),
    () => entry.resolve(importError('network', 'The part of Threadmap that reads threads could not be loaded. Reload the page and try again.')),
  );
}

/** One worker that reads threads, with the requests it holds; created lazily, one per editor. */
interface ThreadOpener {
  open(text: string, context: OpenInputContext, onProgress: (stage: string) => void): Promise<Result<ThreadmapDocument>>;
  prepare(): void;
}

function createThreadOpener(): ThreadOpener {
  /** The worker, created on first use; null once it is known not to work here. */
  let worker: Worker | null | undefined;
  let lastId = 0;
  const pending = new Map<number, Pending>();

  function startWorker(): Worker | null {
    if (worker !== undefined) return worker;
    if (typeof Worker === 'undefined') return (worker = null);
    try {
      const created = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module', name: 'threadmap-open' });
      created.onmessage = (event: MessageEvent<OpenReply>) => {
        const entry = pending.get(event.data.id);
        if (!entry) return;
        if (event.data.type === 'progress') return entry.onProgress(event.data.stage);
        pending.delete(event.data.id);
        entry.resolve(event.data.result);
      };
      created.onerror = (event) => {
        // The worker could not load or crashed: stop using it, and finish what it held here.
        event.preventDefault();
        created.terminate();
        worker = null;
        const held = [...pending.values()];
        pending.clear();
        held.forEach(openHere);
      };
      worker = created;
    } catch {
      worker = null;
    }
    return worker;
  }

  return {
    open: (text, context, onProgress) =>
      new Promise((resolve) => {
        const entry: Pending = { request: { id: ++lastId, text, context }, resolve, onProgress };
        const running = startWorker();
        if (!running) return openHere(entry);
        pending.set(entry.request.id, entry);
        running.postMessage(entry.request);
      }),
    prepare: () => void startWorker(),
  };
}

/** The editor's thread reader, started with its first open; the page keeps its worker until it closes. */
const THREAD_OPENER = resourceKey<ThreadOpener>('thread reader');

/** Who owns a reader: an editor (its `resource` is all that is used). */
type Owner = Pick<EditorCore, 'resource'>;

const openerOf = (owner: Owner): ThreadOpener => owner.resource(THREAD_OPENER, createThreadOpener);

/**
 * openInput in a Web Worker, so that a big thread does not freeze the page while it is read;
 * `onProgress` hears what the worker is doing. Falls back to the page where no worker runs.
 * `owner` (the editor) owns the worker.
 */
export function openInputOffThread(owner: Owner, text: string, context: OpenInputContext, onProgress: (stage: string) => void = () => {}): Promise<Result<ThreadmapDocument>> {
  return openerOf(owner).open(text, context, onProgress);
}

/** Starts the owner's worker ahead of the first open (it warms itself up); call when the page is idle. */
export function prepareOpenWorker(owner: Owner): void {
  openerOf(owner).prepare();
}
