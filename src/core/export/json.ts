import type { Annotation } from '../annotations/types';
import { CURRENT_VERSION, LEGACY_VERSION, type ThreadmapDocument } from '../document/types';
import type { ThreadNode } from '../map/types';
import { GENERATOR } from '../version';

/** The format versions `exportJson` writes: the current one, or version 1 for older readers. */
export type JsonFormatVersion = typeof CURRENT_VERSION | typeof LEGACY_VERSION;

export interface ExportJsonOptions {
  /** ISO 8601 time to record as exportedAt; the current time when left out. */
  now?: string;
  /**
   * The format version to write; the current one when left out. Version 1 has no coders, moves or
   * re-check marks, so those fields are left out of a version 1 file.
   */
  formatVersion?: JsonFormatVersion;
}

// The documented order of each object's fields (DESIGN.md, the JSON Schema); unknown fields follow.
const DOCUMENT_KEYS = ['format', 'version', 'generator', 'exportedAt', 'coder', 'source', 'nodes', 'links', 'annotations', 'view'];
const SOURCE_KEYS = ['kind', 'url', 'title', 'retrievedAt', 'structureGuessed'];
const NODE_KEYS = ['id', 'parent', 'kind', 'author', 'createdAt', 'text', 'url', 'status', 'title', 'html', 'moreCount', 'range', 'moved', 'originalParent'];
const LINK_KEYS = ['from', 'to', 'kind'];
const ANNOTATION_KEYS = ['tag', 'note', 'updatedAt', 'coder', 'recheck'];
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

/** A node as version 1 holds it: without the move record. */
function toV1Node(node: ThreadNode): ThreadNode {
  if (node.moved === undefined && node.originalParent === undefined) return node;
  const { moved: _moved, originalParent: _originalParent, ...rest } = node;
  return rest;
}

/** An annotation as version 1 holds it: without coder or re-check mark. */
function toV1Annotation(annotation: Annotation): Annotation {
  const { coder: _coder, recheck: _recheck, ...rest } = annotation;
  return rest;
}

/** The document as a `threadmap` file (version 2 unless asked): fields in the documented order, pretty-printed. */
export function exportJson(doc: ThreadmapDocument, options: ExportJsonOptions = {}): string {
  const legacy = options.formatVersion === LEGACY_VERSION;
  const annotations = Object.create(null) as Json;
  for (const [id, annotation] of Object.entries(doc.annotations)) {
    annotations[id] = ordered(legacy ? toV1Annotation(annotation) : { ...annotation, coder: annotation.coder ?? null }, ANNOTATION_KEYS);
  }
  const file = ordered(
    {
      ...doc,
      version: legacy ? LEGACY_VERSION : CURRENT_VERSION,
      generator: GENERATOR,
      exportedAt: options.now ?? new Date().toISOString(),
      coder: legacy ? undefined : (doc.coder ?? null),
      source: ordered(doc.source, SOURCE_KEYS),
      nodes: doc.nodes.map((node) => ordered(legacy ? toV1Node(node) : node, NODE_KEYS)),
      links: doc.links.map((link) => ordered(link, LINK_KEYS)),
      annotations,
      view: doc.view === undefined ? undefined : ordered(doc.view, VIEW_KEYS),
    },
    DOCUMENT_KEYS,
  );
  return `${JSON.stringify(file, null, 2)}\n`;
}
