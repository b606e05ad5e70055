import type { Annotation } from '../annotations/types';
import { CURRENT_VERSION, type CoderLayer, type GoldEntry, type LegacyVersion, type ThreadmapDocument } from '../document/types';
import type { ThreadNode } from '../map/types';
import { GENERATOR } from '../version';

/** The format versions `exportJson` writes: the current one, or version 1 or 2 for older readers. */
export type JsonFormatVersion = typeof CURRENT_VERSION | LegacyVersion;

export interface ExportJsonOptions {
  /** ISO 8601 time to record as exportedAt; the current time when left out. */
  now?: string;
  /**
   * The format version to write; the current one when left out. Version 2 has no coders' layers,
   * codebook, gold answers or annotation categories: the main annotations are written (the gold
   * where decided), the rest left out. Version 1 also has no coders, moves or re-check marks.
   */
  formatVersion?: JsonFormatVersion;
}

// The documented order of each object's fields (DESIGN.md, the JSON Schema); unknown fields follow.
const DOCUMENT_KEYS = ['format', 'version', 'generator', 'exportedAt', 'coder', 'source', 'nodes', 'links', 'annotations', 'layers', 'codebook', 'gold', 'view'];
const SOURCE_KEYS = ['kind', 'url', 'title', 'retrievedAt', 'structureGuessed'];
const NODE_KEYS = ['id', 'parent', 'kind', 'author', 'createdAt', 'text', 'url', 'status', 'title', 'html', 'moreCount', 'range', 'moved', 'originalParent'];
const LINK_KEYS = ['from', 'to', 'kind'];
const ANNOTATION_KEYS = ['tag', 'category', 'note', 'updatedAt', 'coder', 'recheck'];
const GOLD_KEYS = ['category', 'text', 'note', 'decidedBy', 'decidedAt', 'coderTags'];
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

/** An annotation as an older version holds it: without category (2), nor coder or re-check mark (1); null when nothing is left. */
function toLegacyAnnotation(annotation: Annotation, version: LegacyVersion): Annotation | null {
  const { category: _category, ...v2 } = annotation;
  if (v2.tag === undefined && v2.note === undefined) return null;
  if (version === 2) return { ...v2, coder: v2.coder ?? null };
  const { coder: _coder, recheck: _recheck, ...v1 } = v2;
  return v1;
}

function annotationsJson(annotations: ThreadmapDocument['annotations'], version: JsonFormatVersion): Json {
  const out = Object.create(null) as Json;
  for (const [id, annotation] of Object.entries(annotations)) {
    const written = version === CURRENT_VERSION ? { ...annotation, coder: annotation.coder ?? null } : toLegacyAnnotation(annotation, version);
    if (written) out[id] = ordered(written, ANNOTATION_KEYS);
  }
  return out;
}

function goldJson(gold: Record<string, GoldEntry>): Json {
  const out = Object.create(null) as Json;
  for (const [id, entry] of Object.entries(gold)) out[id] = ordered(entry, GOLD_KEYS);
  return out;
}

/** The document as a `threadmap` file (the current version unless asked): fields in the documented order, pretty-printed. */
export function exportJson(doc: ThreadmapDocument, options: ExportJsonOptions = {}): string {
  const version = options.formatVersion ?? CURRENT_VERSION;
  const legacy = version === 1;
  const current = version === CURRENT_VERSION;
  const file = ordered(
    {
      ...doc,
      version,
      generator: GENERATOR,
      exportedAt: options.now ?? new Date().toISOString(),
      coder: legacy ? undefined : (doc.coder ?? null),
      source: ordered(doc.source, SOURCE_KEYS),
      nodes: doc.nodes.map((node) => ordered(legacy ? toV1Node(node) : node, NODE_KEYS)),
      links: doc.links.map((link) => ordered(link, LINK_KEYS)),
      annotations: annotationsJson(doc.annotations, version),
      layers: current && doc.layers ? doc.layers.map((layer: CoderLayer) => ordered({ ...layer, annotations: annotationsJson(layer.annotations, version) }, ['coder', 'annotations'])) : undefined,
      codebook: current ? doc.codebook : undefined,
      gold: current && doc.gold ? goldJson(doc.gold) : undefined,
      view: doc.view === undefined ? undefined : ordered(doc.view, VIEW_KEYS),
    },
    DOCUMENT_KEYS,
  );
  return `${JSON.stringify(file, null, 2)}\n`;
}
