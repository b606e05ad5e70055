import * as Y from 'yjs';
import { emptyAnnotations, type Annotation, type Annotations } from '../annotations/types';
import type { MapView, ThreadmapDocument } from '../document/types';
import type { Link, ThreadNode } from '../map/types';
import { compareRanked, reRank } from './ordering';

/**
 * How a threadmap document lives in a Y.Doc. Every part that people edit at the same time is a
 * Y.Map keyed by id, so concurrent edits merge entry by entry (two people tagging two cards both
 * keep their tag; two people tagging one card end with one of the two on every peer):
 *
 * - `meta`: `header` → the document without nodes, links, annotations and view (set once);
 * - `nodes`: node id → the ThreadNode; `ranks`: node id → its fractional rank among its siblings;
 * - `links`: link key → `{ link, rank }`;
 * - `annotations`: node id → Annotation (room mode *shared*);
 * - `layers`: coder name → Y.Map of node id → Annotation (room mode *coders*, one layer each);
 * - `view`: field → value.
 *
 * The room's own state (mode, lock, reveal, closed) is not in the Y.Doc: the server sends it
 * beside it, so no participant can write it and none relays a stale copy after a restart.
 */
export const SHARED_ROOTS = ['meta', 'nodes', 'ranks', 'links', 'annotations', 'layers', 'view'] as const;

/** The parts of a shared map that a structural edit writes (refused for participants while a room is locked). */
export const STRUCTURE_ROOTS = ['nodes', 'ranks', 'links'] as const;

type Header = Omit<ThreadmapDocument, 'nodes' | 'links' | 'annotations' | 'view'>;
interface RankedLink {
  link: Link;
  rank: string;
}

/** Whose annotations a reader or writer means: the shared set, or one coder's layer. */
export type AnnotationLayer = { kind: 'shared' } | { kind: 'coder'; coder: string };

export const SHARED_LAYER: AnnotationLayer = { kind: 'shared' };

/** The key of a link in the shared `links` map: one entry per (from, to, kind). */
export function linkKey(link: Link): string {
  return JSON.stringify([link.from, link.to, link.kind]);
}

/** The Y.Map that holds the annotations of a layer (a coder's layer is made on first write). */
export function annotationMap(ydoc: Y.Doc, layer: AnnotationLayer, create = true): Y.Map<Annotation> | null {
  if (layer.kind === 'shared') return ydoc.getMap<Annotation>('annotations');
  const layers = ydoc.getMap<Y.Map<Annotation>>('layers');
  const existing = layers.get(layer.coder);
  if (existing instanceof Y.Map) return existing;
  if (!create) return null;
  const made = new Y.Map<Annotation>();
  layers.set(layer.coder, made);
  return made;
}

/**
 * Writes into `ydoc` what differs between `before` (null: an empty shared map) and `after`, in the
 * caller's transaction. Entries are compared by identity first (the core reducers keep the
 * identity of what they do not touch), so an edit writes in proportion to what it changed.
 */
export function writeDifference(ydoc: Y.Doc, before: ThreadmapDocument | null, after: ThreadmapDocument, layer: AnnotationLayer = SHARED_LAYER): void {
  if (!before) {
    const { nodes: _nodes, links: _links, annotations: _annotations, view: _view, ...header } = after;
    ydoc.getMap('meta').set('header', header);
  } else if (before.codebook !== after.codebook) {
    // The header is written once; a later codebook goes beside it (null: back to the default).
    ydoc.getMap('meta').set('codebook', after.codebook ?? null);
  }
  writeNodes(ydoc, before?.nodes ?? [], after.nodes);
  writeLinks(ydoc, before?.links ?? [], after.links);
  writeAnnotations(ydoc, before?.annotations ?? emptyAnnotations(), after.annotations, layer);
  writeView(ydoc, before?.view, after.view, before === null);
}

function childLists(nodes: readonly ThreadNode[]): Map<string | null, string[]> {
  const lists = new Map<string | null, string[]>();
  for (const node of nodes) {
    const list = lists.get(node.parent);
    if (list) list.push(node.id);
    else lists.set(node.parent, [node.id]);
  }
  return lists;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((id, index) => id === b[index]);
}

function writeNodes(ydoc: Y.Doc, before: readonly ThreadNode[], after: readonly ThreadNode[]): void {
  const nodes = ydoc.getMap<ThreadNode>('nodes');
  const ranks = ydoc.getMap<string>('ranks');
  const earlier = new Map(before.map((node) => [node.id, node]));
  const later = new Set<string>();
  for (const node of after) {
    later.add(node.id);
    if (earlier.get(node.id) !== node) nodes.set(node.id, node);
  }
  for (const id of earlier.keys()) {
    if (later.has(id)) continue;
    nodes.delete(id);
    ranks.delete(id);
  }
  const oldLists = childLists(before);
  for (const [parent, list] of childLists(after)) {
    if (sameList(oldLists.get(parent), list)) continue;
    // A rank only orders siblings: one that came from another parent is placed afresh.
    const siblings = new Set(oldLists.get(parent));
    const changes = reRank(list, (id) => (siblings.has(id) ? ranks.get(id) : undefined));
    for (const [id, rank] of changes) ranks.set(id, rank);
  }
}

function writeLinks(ydoc: Y.Doc, before: readonly Link[], after: readonly Link[]): void {
  if (before === after) return;
  const links = ydoc.getMap<RankedLink>('links');
  const later = after.map(linkKey);
  const laterSet = new Set(later);
  for (const link of before) {
    const key = linkKey(link);
    if (!laterSet.has(key)) links.delete(key);
  }
  const changes = reRank(later, (key) => links.get(key)?.rank);
  after.forEach((link, index) => {
    const key = later[index]!;
    const rank = changes.get(key);
    if (rank !== undefined) links.set(key, { link, rank });
  });
}

function writeAnnotations(ydoc: Y.Doc, before: Annotations, after: Annotations, layer: AnnotationLayer): void {
  if (before === after) return;
  const target = annotationMap(ydoc, layer)!;
  for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) target.delete(id);
  for (const [id, annotation] of Object.entries(after)) {
    if (!Object.hasOwn(before, id) || before[id] !== annotation) target.set(id, annotation);
  }
}

function writeView(ydoc: Y.Doc, before: MapView | undefined, after: MapView | undefined, initial: boolean): void {
  if (before === after && !initial) return;
  const view = ydoc.getMap<unknown>('view');
  const earlier = before ?? {};
  const later = after ?? {};
  for (const field of Object.keys(earlier)) if (!Object.hasOwn(later, field)) view.delete(field);
  for (const [field, value] of Object.entries(later)) {
    if (JSON.stringify(earlier[field]) !== JSON.stringify(value)) view.set(field, value);
  }
  // A document without a view reads back as one without a view, not as an empty one.
  if (after === undefined) view.set(NO_VIEW, true);
  else if (view.has(NO_VIEW)) view.delete(NO_VIEW);
}

const NO_VIEW = '\u0000none';

/** Whether the shared map holds a map yet (its creator writes it once, right after creating the room). */
export function hasDocument(ydoc: Y.Doc): boolean {
  return ydoc.getMap('meta').has('header');
}

/**
 * The threadmap document a shared map stands for, with the annotations of `layer`. Nodes come in
 * thread order (pre-order, siblings by rank). A concurrent edit can leave a node whose parent is
 * gone (a merge beside a split) or a loop (two crossing moves): such nodes are hung under the
 * first root, in id order, so every peer reads the same tree and nothing disappears.
 */
export function readDocument(ydoc: Y.Doc, layer: AnnotationLayer = SHARED_LAYER): ThreadmapDocument | null {
  const header = ydoc.getMap('meta').get('header') as Header | undefined;
  if (!header) return null;
  const document: ThreadmapDocument = {
    ...header,
    nodes: readNodes(ydoc),
    links: readLinks(ydoc),
    annotations: readAnnotations(annotationMap(ydoc, layer, false)),
  };
  const meta = ydoc.getMap('meta');
  if (meta.has('codebook')) {
    const codebook = meta.get('codebook') as ThreadmapDocument['codebook'] | null;
    if (codebook) document.codebook = codebook;
    else delete document.codebook;
  }
  const view = readView(ydoc);
  if (view) document.view = view;
  return document;
}

/** The annotations of every coder's layer, by coder name. */
export function readLayers(ydoc: Y.Doc): Record<string, Annotations> {
  const layers: Record<string, Annotations> = Object.create(null);
  for (const [coder, layer] of ydoc.getMap<Y.Map<Annotation>>('layers')) {
    if (layer instanceof Y.Map) layers[coder] = readAnnotations(layer);
  }
  return layers;
}

function readAnnotations(map: Y.Map<Annotation> | null): Annotations {
  const annotations = emptyAnnotations();
  if (map) for (const [id, annotation] of map) annotations[id] = annotation;
  return annotations;
}

function readView(ydoc: Y.Doc): MapView | undefined {
  const map = ydoc.getMap<unknown>('view');
  if (map.get(NO_VIEW) === true) return undefined;
  const view: MapView = {};
  for (const [field, value] of map) view[field] = value;
  return view;
}

function readLinks(ydoc: Y.Doc): Link[] {
  return [...ydoc.getMap<RankedLink>('links')]
    .map(([id, entry]) => ({ id, rank: entry.rank, link: entry.link }))
    .sort(compareRanked)
    .map((entry) => entry.link);
}

function readNodes(ydoc: Y.Doc): ThreadNode[] {
  const nodes = ydoc.getMap<ThreadNode>('nodes');
  const ranks = ydoc.getMap<string>('ranks');
  const children = new Map<string | null, Array<{ id: string; rank: string }>>();
  for (const [id, node] of nodes) {
    const parent = node.parent !== null && nodes.has(node.parent) ? node.parent : node.parent === null ? null : MISSING;
    const entry = { id, rank: ranks.get(id) ?? '' };
    const list = children.get(parent);
    if (list) list.push(entry);
    else children.set(parent, [entry]);
  }
  for (const list of children.values()) list.sort(compareRanked);
  const order: ThreadNode[] = [];
  const seen = new Set<string>();
  const visit = (id: string, parent: string | null | undefined) => {
    // Iterative pre-order: threads run 20+ replies deep and a repaired loop can be longer.
    const stack: Array<{ id: string; parent: string | null | undefined }> = [{ id, parent }];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      const node = nodes.get(next.id)!;
      order.push(next.parent === undefined || next.parent === node.parent ? node : { ...node, parent: next.parent });
      const replies = children.get(next.id) ?? [];
      for (let i = replies.length - 1; i >= 0; i--) stack.push({ id: replies[i]!.id, parent: undefined });
    }
  };
  for (const root of children.get(null) ?? []) visit(root.id, undefined);
  const firstRoot = order[0]?.id ?? null;
  const stranded = [...nodes.keys()].filter((id) => !seen.has(id)).sort();
  for (const id of stranded) visit(id, firstRoot);
  return order;
}

const MISSING = '\u0000missing';
