import type { Annotations } from '../annotations/types';
import type { Thread } from '../map/types';
import { GENERATOR } from '../version';
import { CURRENT_VERSION, FORMAT_NAME, type MapView, type ThreadmapDocument } from './types';

export interface CreateDocumentOptions {
  annotations?: Annotations;
  view?: MapView;
  /** Who is coding the map; null (unknown) when left out. */
  coder?: string | null;
  /** ISO 8601 time to record as exportedAt; the current time when left out. */
  now?: string;
}

/** Wraps a parsed thread into a `threadmap` document of the current version. */
export function createDocument(thread: Thread, options: CreateDocumentOptions = {}): ThreadmapDocument {
  const doc: ThreadmapDocument = {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    generator: GENERATOR,
    exportedAt: options.now ?? new Date().toISOString(),
    coder: options.coder ?? null,
    source: thread.source,
    nodes: thread.nodes,
    links: thread.links,
    annotations: options.annotations ?? {},
  };
  if (options.view !== undefined) doc.view = options.view;
  return doc;
}
