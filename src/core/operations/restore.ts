import { annotationOf, copyAnnotations, type Annotations } from '../annotations/types';
import type { MapView, ThreadmapDocument } from '../document/types';
import type { ThreadNode } from '../map/types';
import { codebookChange, goldChange, layersChange, restoreCoding } from './restore-coding';
import type { RestorePatch, Splice } from './types';

type ReplyLists = Map<string | null, string[]>;

/**
 * Reply lists by parent id in the order the node list holds them; a node whose parent is not in
 * the list counts as a root (key null), as the map graph treats it.
 */
function replyListsOf(nodes: readonly ThreadNode[], byId: ReadonlyMap<string, ThreadNode>): ReplyLists {
  const lists: ReplyLists = new Map([[null, []]]);
  for (const node of nodes) {
    const key = node.parent !== null && byId.has(node.parent) ? node.parent : null;
    const list = lists.get(key);
    if (list) list.push(node.id);
    else lists.set(key, [node.id]);
  }
  return lists;
}

/** The splice that turns `from` into `to`, keeping their common start and end; null when equal. */
function spliceBetween<T>(from: readonly T[], to: readonly T[]): Splice<T> | null {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  if (start === from.length && start === to.length) return null;
  return { at: start, remove: from.length - start - end, insert: to.slice(start, to.length - end) };
}

function spliced<T>(list: readonly T[], splice: Splice<T>): T[] {
  return [...list.slice(0, splice.at), ...splice.insert, ...list.slice(splice.at + splice.remove)];
}

/** The node list in thread order (pre-order) from reply lists; unreachable nodes are left out. */
function emitInThreadOrder(lists: ReplyLists, byId: ReadonlyMap<string, ThreadNode>): ThreadNode[] {
  const out: ThreadNode[] = [];
  const stack = [...(lists.get(null) ?? [])].reverse();
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    const node = byId.get(id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    out.push(node);
    const kids = lists.get(id) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}

function restoreNodes(nodes: readonly ThreadNode[], patch: RestorePatch): ThreadNode[] {
  if (patch.nodeList) return patch.nodeList;
  if (patch.nodes.length === 0 && patch.order.length === 0) return nodes as ThreadNode[];
  const current = new Map(nodes.map((node) => [node.id, node]));
  const lists = replyListsOf(nodes, current);
  for (const entry of patch.nodes) {
    if ('fields' in entry) {
      const node = current.get(entry.id);
      if (node) current.set(entry.id, { ...node, ...entry.fields });
    } else if (entry.node) current.set(entry.id, entry.node);
    else current.delete(entry.id);
  }
  for (const { parent, splice } of patch.order) lists.set(parent, spliced(lists.get(parent) ?? [], splice));
  return emitInThreadOrder(lists, current);
}

function restoreAnnotations(annotations: Annotations, patch: RestorePatch): Annotations {
  if (patch.annotations.length === 0) return annotations;
  const next = copyAnnotations(annotations);
  for (const { id, annotation } of patch.annotations) {
    if (annotation) next[id] = annotation;
    else delete next[id];
  }
  return next;
}

/** The document with the parts a restore patch names put back; untouched parts keep their identity. */
export function applyRestore(document: ThreadmapDocument, patch: RestorePatch): ThreadmapDocument {
  const next: ThreadmapDocument = {
    ...document,
    nodes: restoreNodes(document.nodes, patch),
    links: patch.links ? spliced(document.links, patch.links) : document.links,
    annotations: restoreAnnotations(document.annotations, patch),
  };
  const view = patch.view;
  if (view && 'fields' in view) {
    const restored: MapView = { ...document.view, ...view.fields };
    for (const key of view.drop) delete restored[key];
    next.view = restored;
  } else if (view?.value) next.view = view.value;
  else if (view) delete next.view;
  restoreCoding(next, patch);
  if (patch.coder) next.coder = patch.coder.value;
  return next;
}

/**
 * How to put `before` back over `now`: only the values that differ when both have the same fields
 * in the same order (a reply whose parent changed in a merge), else the whole earlier node.
 */
function nodeChange(before: ThreadNode, now: ThreadNode): RestorePatch['nodes'][number] {
  const keys = Object.keys(before);
  const nowKeys = Object.keys(now);
  if (keys.length !== nowKeys.length || keys.some((key, i) => key !== nowKeys[i])) return { id: before.id, node: before };
  const record = before as unknown as Record<string, unknown>;
  const nowRecord = now as unknown as Record<string, unknown>;
  const differ = keys.filter((key) => record[key] !== nowRecord[key] && JSON.stringify(record[key]) !== JSON.stringify(nowRecord[key]));
  return { id: before.id, fields: Object.fromEntries(differ.map((key) => [key, record[key]])) as Partial<ThreadNode> };
}

function nodeChanges(before: ThreadmapDocument, after: ThreadmapDocument): Pick<RestorePatch, 'nodes' | 'order'> {
  if (before.nodes === after.nodes) return { nodes: [], order: [] };
  const beforeById = new Map(before.nodes.map((node) => [node.id, node]));
  const afterById = new Map(after.nodes.map((node) => [node.id, node]));
  const nodes: RestorePatch['nodes'] = [];
  for (const node of before.nodes) {
    const now = afterById.get(node.id);
    if (now !== node) nodes.push(now ? nodeChange(node, now) : { id: node.id, node });
  }
  for (const node of after.nodes) if (!beforeById.has(node.id)) nodes.push({ id: node.id, node: null });

  const beforeLists = replyListsOf(before.nodes, beforeById);
  const afterLists = replyListsOf(after.nodes, afterById);
  const order: RestorePatch['order'] = [];
  for (const parent of new Set([...beforeLists.keys(), ...afterLists.keys()])) {
    const splice = spliceBetween(afterLists.get(parent) ?? [], beforeLists.get(parent) ?? []);
    if (splice) order.push({ parent, splice });
  }
  return { nodes, order };
}

function annotationChanges(before: Annotations, after: Annotations): RestorePatch['annotations'] {
  if (before === after) return [];
  const out: RestorePatch['annotations'] = [];
  for (const id of Object.keys(before)) if (annotationOf(after, id) !== before[id]) out.push({ id, annotation: before[id]! });
  for (const id of Object.keys(after)) if (!Object.hasOwn(before, id)) out.push({ id, annotation: null });
  return out;
}

function viewChange(before: MapView | undefined, after: MapView | undefined): RestorePatch['view'] {
  if (before === after) return null;
  if (!before || !after) return { value: before ?? null };
  const fields = Object.keys(before).filter((key) => before[key] !== after[key]);
  return { fields: Object.fromEntries(fields.map((key) => [key, before[key]])), drop: Object.keys(after).filter((key) => !Object.hasOwn(before, key)) };
}

/**
 * The patch that turns `after` back into `before`, exactly. Nodes, links and annotations are
 * compared by identity, which the core reducers keep for everything they do not touch, so the
 * patch holds only what an edit changed. Should the earlier node list not be in thread order
 * (which the reply lists cannot express), the patch carries that whole list instead.
 */
export function diffDocuments(before: ThreadmapDocument, after: ThreadmapDocument): RestorePatch {
  const patch: RestorePatch = {
    ...nodeChanges(before, after),
    links: before.links === after.links ? null : spliceBetween(after.links, before.links),
    annotations: annotationChanges(before.annotations, after.annotations),
    view: viewChange(before.view, after.view),
  };
  const layers = layersChange(before, after);
  if (layers) patch.layers = layers;
  const gold = goldChange(before, after);
  if (gold) patch.gold = gold;
  const codebook = codebookChange(before, after);
  if (codebook) patch.codebook = codebook;
  if ((before.coder ?? null) !== (after.coder ?? null)) patch.coder = { value: before.coder ?? null };
  if (patch.nodes.length || patch.order.length) {
    const restored = restoreNodes(after.nodes, patch);
    // Nodes put back from `fields` are new objects: those few are compared by value.
    const same = (node: ThreadNode, earlier: ThreadNode) => node === earlier || (node.id === earlier.id && JSON.stringify(node) === JSON.stringify(earlier));
    const exact = restored.length === before.nodes.length && restored.every((node, i) => same(node, before.nodes[i]!));
    if (!exact) return { ...patch, nodes: [], order: [], nodeList: before.nodes };
  }
  return patch;
}

/** True when a restore patch changes nothing. */
export function isEmptyPatch(patch: RestorePatch): boolean {
  return !patch.nodes.length && !patch.order.length && !patch.nodeList && !patch.links && !patch.annotations.length && !patch.view && !patch.layers && !patch.gold && !patch.codebook && !patch.coder;
}
