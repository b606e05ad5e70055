import type { ThreadmapDocument } from '../document/types';
import { GENERATOR } from '../version';

export interface ExportJsonOptions {
  /** ISO 8601 time to record as exportedAt; the current time when left out. */
  now?: string;
}

// The documented order of each object's fields (DESIGN.md, the JSON Schema); unknown fields follow.
const DOCUMENT_KEYS = ['format', 'version', 'generator', 'exportedAt', 'source', 'nodes', 'links', 'annotations', 'view'];
const SOURCE_KEYS = ['kind', 'url', 'title', 'retrievedAt', 'structureGuessed'];
const NODE_KEYS = ['id', 'parent', 'kind', 'author', 'createdAt', 'text', 'url', 'status', 'title', 'html', 'moreCount', 'range'];
const LINK_KEYS = ['from', 'to', 'kind'];
const ANNOTATION_KEYS = ['tag', 'note', 'updatedAt'];
const VIEW_KEYS = ['collapsed', 'layout', 'selected', 'viewport'];

type Json = Record<string, unknown>;

function ordered(value: object, keys: readonly string[]): Json {
  const source = value as Json;
  // No prototype: a field named "__proto__" in a file is kept as a field, not swallowed.
  const out = Object.create(null) as Json;
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out;
}

/** The document as a `threadmap` v1 file: fields in the documented order, pretty-printed. */
export function exportJson(doc: ThreadmapDocument, options: ExportJsonOptions = {}): string {
  const annotations = Object.create(null) as Json;
  for (const [id, annotation] of Object.entries(doc.annotations)) annotations[id] = ordered(annotation, ANNOTATION_KEYS);
  const file = ordered(
    {
      ...doc,
      generator: GENERATOR,
      exportedAt: options.now ?? new Date().toISOString(),
      source: ordered(doc.source, SOURCE_KEYS),
      nodes: doc.nodes.map((node) => ordered(node, NODE_KEYS)),
      links: doc.links.map((link) => ordered(link, LINK_KEYS)),
      annotations,
      view: doc.view === undefined ? undefined : ordered(doc.view, VIEW_KEYS),
    },
    DOCUMENT_KEYS,
  );
  return `${JSON.stringify(file, null, 2)}\n`;
}
