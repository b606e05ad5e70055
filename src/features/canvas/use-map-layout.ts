import { useEffect, useMemo, useState } from 'react';
import { createSpatialIndex, layoutMap } from '../../core/layout';
import type { Layout, LayoutMode } from '../../core/layout/types';
import type { MapGraph } from '../../core/map/graph';
import { resourceKey, useEditor, useMapStore, type EditorCore } from '../../store/editor';
import { shownFind, useGraph } from '../../store/selectors';
import type { CanvasModel } from './canvas-context';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

/** Threads up to this size read naturally as a tree; larger ones open in the overview. */
const TREE_BY_DEFAULT_UP_TO = 400;

/**
 * Layouts of bigger maps cost more than a frame (tens of milliseconds for 20,000 cards, a few
 * hundred for 100,000 on awkward shapes on a shared 2-core machine), so from this size every mode
 * runs in a worker and the page keeps responding.
 */
const WORKER_FROM_NODES = 2000;

export function defaultLayoutMode(nodeCount: number): LayoutMode {
  return nodeCount <= TREE_BY_DEFAULT_UP_TO ? 'tree-down' : 'overview';
}

export function useLayoutMode(): LayoutMode {
  return useMapStore((state) => (state.view.layout as LayoutMode | undefined) ?? defaultLayoutMode(state.nodes.length));
}

interface LayoutJob {
  graph: MapGraph;
  mode: LayoutMode;
  collapsed: Set<number>;
  aspect: number;
  /** With a filter hiding what does not match: the matches (their ancestors stay too). */
  keep: Uint8Array | undefined;
}

const usesWorker = (job: LayoutJob) => typeof Worker !== 'undefined' && job.graph.nodes.length >= WORKER_FROM_NODES;

const modelOf = (graph: MapGraph, layout: Layout): CanvasModel => ({ graph, layout, index: createSpatialIndex(layout) });

/** An editor's jobs already laid out on the main thread (no earlier layout of the map to show meanwhile). */
const LAID_OUT_HERE = resourceKey<WeakSet<LayoutJob>>('jobs laid out on the main thread');
const laidOutHere = (editor: EditorCore) => editor.resource(LAID_OUT_HERE, () => new WeakSet());

/** A layout worker and the number of the last job sent to it. */
interface LayoutWorker {
  worker: Worker;
  lastId: number;
}

/** The editor's layout worker, started with its first big layout. */
const LAYOUT_WORKER = resourceKey<LayoutWorker>('layout worker');

/** Runs a layout job in the editor's worker. */
function layoutInWorker(editor: EditorCore, job: LayoutJob): { promise: Promise<Layout>; cancel: () => void } {
  const host = editor.resource(LAYOUT_WORKER, () => ({ worker: new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }), lastId: 0 }));
  const id = ++host.lastId;
  let cancelled = false;
  const target = host.worker;
  const promise = new Promise<Layout>((resolve, reject) => {
    // Both listeners go with the job's answer or failure: the worker lives on for the next layouts.
    const stop = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.id !== id) return;
      stop();
      if (!cancelled) resolve(event.data.layout);
    };
    const onError = (event: ErrorEvent) => {
      stop();
      reject(new Error(event.message));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
  });
  const request: LayoutRequest = {
    id,
    // A copy: the store's graph stays usable on this side.
    parent: job.graph.parent.slice(),
    roots: job.graph.roots,
    mode: job.mode,
    aspect: job.aspect,
    collapsed: [...job.collapsed],
    keep: job.keep ? job.keep.slice() : null,
  };
  target.postMessage(request, [request.parent.buffer]);
  return { promise, cancel: () => (cancelled = true) };
}

/**
 * Lays out the open map for the current mode, collapsed subtrees and window shape. Layouts of
 * maps of 2,000 cards or more arrive from a worker; until then the previous layout of the same map stays on screen.
 */
export function useMapLayout(aspect: number): CanvasModel {
  const editor = useEditor();
  const graph = useGraph();
  const mode = useLayoutMode();
  const collapsedIds = useMapStore((state) => state.view.collapsed);
  // "Hide" takes the cards that do not match out of the layout, so the rest closes up.
  const keep = useMapStore((state) => {
    const found = shownFind(state);
    return state.find.mode === 'hide' && found !== null && found.graph === graph ? found.mask : undefined;
  });
  const job = useMemo<LayoutJob>(() => {
    const collapsed = new Set<number>();
    for (const id of collapsedIds ?? []) {
      const position = graph.index.get(id);
      if (position !== undefined) collapsed.add(position);
    }
    return { graph, mode, collapsed, aspect, keep };
  }, [graph, mode, collapsedIds, aspect, keep]);

  const [done, setDone] = useState<{ job: LayoutJob; model: CanvasModel } | null>(null);
  const offThread = usesWorker(job);

  useEffect(() => {
    if (!offThread || laidOutHere(editor).has(job)) return;
    const { promise, cancel } = layoutInWorker(editor, job);
    promise.then((layout) => setDone({ job, model: modelOf(job.graph, layout) })).catch(() => {
      // A worker that fails (blocked, crashed) must not leave the map unlaid: do it here.
      setDone({ job, model: modelOf(job.graph, layoutMap(job.graph, job)) });
    });
    return cancel;
  }, [job, offThread, editor]);

  const fallback = done !== null && done.job.graph === graph ? done.model : null;
  return useMemo(() => {
    if (offThread) {
      if (done?.job === job) return done.model;
      // The previous layout of the same map stays until the new one arrives.
      if (fallback) return fallback;
    }
    laidOutHere(editor).add(job);
    return modelOf(graph, layoutMap(graph, job));
  }, [offThread, done, job, fallback, graph, editor]);
}
