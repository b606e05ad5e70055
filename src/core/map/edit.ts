import { copyAnnotations, type Annotations } from '../annotations/types';
import { isTaggable } from '../annotations/taggable';
import { ok } from '../result';
import { mergeIntoPrevious } from './edit-merge';
import { refuse, type EditResult, type MapParts, type StructureChange } from './edit-types';
import { emitPreorder, insertBefore, isSelfOrAncestor, preorderRanks } from './edit-tree';
import { buildMap, type MapGraph } from './graph';
import type { Link, LinkKind, ThreadNode } from './types';

export type { EditResult, MapParts, StructureChange, StructureError, StructureErrorKind } from './edit-types';
export { mergeQuestion, mergeTargetOf } from './edit-merge';

/** The id a claim split out of `parentId` at [start, end) gets: the same range gives the same id. */
export function claimId(parentId: string, range: readonly [number, number]): string {
  return `${parentId}#c${range[0]}-${range[1]}`;
}

/**
 * Applies structure edits in order and returns the new parts, or the first refusal (and then
 * nothing is applied). Untouched nodes, links and annotations keep their identity, and the node
 * list stays in thread order (pre-order) after every edit.
 */
export function applyStructureChanges(parts: MapParts, changes: readonly StructureChange[]): EditResult {
  let current = parts;
  for (const change of changes) {
    const result = applyOne(current, change);
    if (!result.ok) return result;
    current = result.value;
  }
  return ok(current);
}

function applyOne(parts: MapParts, change: StructureChange): EditResult {
  if (change.type === 'link' || change.type === 'unlink') return editLinks(parts, change);
  const { graph } = buildMap(parts.nodes);
  const at = graph.index.get(change.id);
  if (at === undefined) return refuse('unknownNode', `There is no card with the id "${change.id}" in this map.`);
  switch (change.type) {
    case 'reparent':
      return reparent(parts, graph, at, change.parent);
    case 'merge':
      return mergeIntoPrevious(parts, graph, at, change.at, change.confirmed);
    case 'split':
      return splitClaim(parts, graph, at, change.range);
  }
}

function label(node: ThreadNode): string {
  return node.author ? `${node.author}'s ${node.kind}` : `card "${node.id}"`;
}

function reparent(parts: MapParts, graph: MapGraph, at: number, parentId: string): EditResult {
  const node = graph.nodes[at]!;
  const to = graph.index.get(parentId);
  if (to === undefined) return refuse('unknownNode', `There is no card with the id "${parentId}" to move ${label(node)} under.`);
  if (node.kind === 'claim') {
    return refuse('claimFixed', 'A claim stays under the comment it was split from; move that comment instead.');
  }
  if (isSelfOrAncestor(graph, at, to)) {
    return refuse('cycle', 'A card cannot be moved under itself or under one of its own replies; choose a card outside its replies.');
  }
  if (node.parent === parentId) return ok(parts);

  const rank = preorderRanks(graph);
  const from = graph.parent[at]!;
  const children = new Map<number, number[]>();
  if (from >= 0) children.set(from, graph.children[from]!.filter((kid) => kid !== at));
  // Among its new siblings the card keeps its place in reading order.
  children.set(to, insertBefore(graph.children[to]!, at, (kid) => rank[kid]! > rank[at]!));
  const roots = from >= 0 ? undefined : graph.roots.filter((root) => root !== at);
  const nodes = emitPreorder(graph, { nodes: new Map([[at, movedNode(node, parentId)]]), children, ...(roots ? { roots } : {}) });
  return ok({ ...parts, nodes, annotations: markForRecheck(parts.annotations, node.id) });
}

/**
 * The node under its new parent, remembering the parent the source gave it (kept through later
 * moves); moved back there, it is as the source had it again.
 */
function movedNode(node: ThreadNode, parentId: string): ThreadNode {
  const originalParent = node.moved ? (node.originalParent ?? null) : node.parent;
  const { moved: _moved, originalParent: _originalParent, ...rest } = node;
  if (parentId === originalParent) return { ...rest, parent: parentId };
  return { ...rest, parent: parentId, moved: true, originalParent };
}

/** A tag says how a card relates to its parent: with a new parent it needs a second look. */
function markForRecheck(annotations: Annotations, id: string): Annotations {
  const annotation = Object.hasOwn(annotations, id) ? annotations[id] : undefined;
  if (!annotation?.tag || annotation.recheck) return annotations;
  const next = copyAnnotations(annotations);
  next[id] = { ...annotation, recheck: true };
  return next;
}

function splitClaim(parts: MapParts, graph: MapGraph, at: number, range: [number, number]): EditResult {
  const node = graph.nodes[at]!;
  if (node.kind === 'more') return refuse('notSplittable', 'A "more replies" stub has no text to split a claim out of.');
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > node.text.length || start >= end) {
    return refuse('badRange', `The part [${start}, ${end}) is not inside the text of ${label(node)} (${node.text.length} characters); select some of its text again.`);
  }
  const text = node.text.slice(start, end);
  if (!text.trim()) return refuse('badRange', 'The selected part holds only spaces; select some words of the comment.');
  const id = claimId(node.id, range);
  if (graph.index.has(id)) return refuse('duplicateClaim', 'This part of the comment is already a claim; select a different part.');

  const claim: ThreadNode = {
    id,
    parent: node.id,
    kind: 'claim',
    author: node.author,
    createdAt: node.createdAt,
    text,
    url: node.url,
    status: 'ok',
    range: [start, end],
  };
  // The new node goes at the end; claims come first among the comment's replies, by range.
  const position = graph.nodes.length;
  const later = (kid: number) => {
    const other = graph.nodes[kid]!;
    if (other.kind !== 'claim' || !other.range) return true;
    return other.range[0] > start || (other.range[0] === start && other.range[1] > end);
  };
  const withClaim: MapGraph = { ...graph, nodes: [...graph.nodes, claim], children: [...graph.children, []] };
  const children = new Map([[at, insertBefore(graph.children[at]!, position, later)]]);
  return ok({ ...parts, nodes: emitPreorder(withClaim, { children }) });
}

function sameLink(a: Link, b: { from: string; to: string; kind: LinkKind }): boolean {
  return a.from === b.from && a.to === b.to && a.kind === b.kind;
}

function editLinks(parts: MapParts, change: Extract<StructureChange, { type: 'link' | 'unlink' }>): EditResult {
  const { from, to, kind } = change;
  if (change.type === 'unlink') {
    const links = parts.links.filter((link) => !sameLink(link, change));
    if (links.length === parts.links.length) return refuse('unknownLink', `There is no ${kind} link from "${from}" to "${to}" to remove.`);
    return ok({ ...parts, links });
  }
  const byId = new Map(parts.nodes.map((node) => [node.id, node]));
  const missing = [from, to].find((id) => !byId.has(id));
  if (missing !== undefined) return refuse('unknownNode', `There is no card with the id "${missing}" in this map.`);
  const fixed = [byId.get(from)!, byId.get(to)!].find((node) => !isTaggable(node));
  if (fixed) {
    return refuse('notQuotable', fixed.kind === 'more' ? 'A "more replies" stub is not a comment: it cannot quote or be quoted.' : 'The opening post replies to nothing: mark quotes between the comments.');
  }
  if (from === to) return refuse('selfLink', 'A card cannot quote itself; choose another card.');
  if (parts.links.some((link) => sameLink(link, change))) return refuse('duplicateLink', 'This card is already marked as quoting that card.');
  return ok({ ...parts, links: [...parts.links, { from, to, kind }] });
}
