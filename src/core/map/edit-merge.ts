import { annotationOf, copyAnnotations, type Annotation, type Annotations } from '../annotations/types';
import { ok } from '../result';
import { refuse, type EditResult, type MapParts } from './edit-types';
import { emitPreorder, preorderRanks } from './edit-tree';
import type { MapGraph } from './graph';
import type { Link, ThreadNode } from './types';

const PARAGRAPH = '\n\n';

/** Position of the node a merge of `at` goes into: the nearest earlier non-claim in thread order; -1 if none. */
export function mergeTargetOf(graph: MapGraph, at: number): number {
  const rank = preorderRanks(graph);
  for (let r = rank[at]! - 1; r >= 0; r--) {
    const candidate = graph.preorder[r]!;
    if (graph.nodes[candidate]!.kind !== 'claim') return candidate;
  }
  return -1;
}

/** Two authors differ only when both are known and not the same name. */
function differentAuthors(a: ThreadNode, b: ThreadNode): boolean {
  return a.author !== null && b.author !== null && a.author !== b.author;
}

/**
 * What a person must confirm before the node at `at` is merged into the one before it, or null
 * when merging needs no question: a block of guessed plain-text structure by the same author (or
 * an unknown one). Joining two authors' words, or blocks the source itself separated, is never
 * done on one key press.
 */
export function mergeQuestion(graph: MapGraph, at: number, structureGuessed: boolean): string | null {
  const node = graph.nodes[at];
  const into = mergeTargetOf(graph, at);
  if (!node || into < 0) return null;
  const target = graph.nodes[into]!;
  if (differentAuthors(node, target)) {
    return `This joins ${node.author}'s words to ${target.author}'s ${target.kind}: the merged card will name ${target.author} as the author of both.`;
  }
  if (!structureGuessed) return `The source gave these as separate ${node.kind === 'post' ? 'items' : 'comments'}; merging joins them into one card.`;
  return null;
}

/**
 * Merges the node at `at` into the nearest node before it in thread order that is not a claim:
 * its text becomes a new paragraph there, its replies (and claims, with their ranges moved) hang
 * there, its note is appended, and links to or from it are kept on the merged node.
 */
export function mergeIntoPrevious(parts: MapParts, graph: MapGraph, at: number, time?: string, confirmed = false): EditResult {
  const node = graph.nodes[at]!;
  if (node.kind === 'claim' || node.kind === 'more') {
    return refuse('notMergeable', node.kind === 'claim' ? 'A claim cannot be merged; merge the comment it was split from.' : 'A "more replies" stub has no text to merge.');
  }
  const into = mergeTargetOf(graph, at);
  if (into < 0) return refuse('noPrevious', 'This is the first card of the thread: there is no card before it to merge into.');
  const target = graph.nodes[into]!;
  if (target.kind === 'more') return refuse('notMergeable', 'The card before it is a "more replies" stub, which has no text to merge into.');
  if (!confirmed && differentAuthors(node, target)) {
    return refuse('mergeNeedsConfirmation', `${node.author}'s ${node.kind} and ${target.author}'s ${target.kind} are by different authors; confirm the merge to join them.`);
  }

  const offset = target.text && node.text ? target.text.length + PARAGRAPH.length : target.text.length;
  const text = target.text && node.text ? target.text + PARAGRAPH + node.text : target.text || node.text;
  // The plain text is the record: two sources' markup cannot be joined safely without parsing it.
  const { html: _html, ...rest } = target;
  const merged: ThreadNode = target.html === undefined && node.html === undefined ? { ...target, text } : { ...rest, text };

  const replaced = new Map<number, ThreadNode>([[into, merged]]);
  const kids = graph.children[at]!;
  for (const kid of kids) {
    const reply = graph.nodes[kid]!;
    const range = reply.kind === 'claim' && reply.range ? { range: [reply.range[0] + offset, reply.range[1] + offset] as [number, number] } : {};
    replaced.set(kid, { ...reply, parent: target.id, ...range });
  }
  const children = new Map<number, readonly number[]>();
  const from = graph.parent[at]!;
  if (from === into) {
    // The usual case: the block answers the one before it, so its replies take its place.
    children.set(into, graph.children[into]!.flatMap((kid) => (kid === at ? kids : [kid])));
  } else {
    children.set(into, [...graph.children[into]!, ...kids]);
    if (from >= 0) children.set(from, graph.children[from]!.filter((kid) => kid !== at));
  }
  const roots = from >= 0 ? {} : { roots: graph.roots.filter((root) => root !== at) };
  const nodes = emitPreorder(graph, { nodes: replaced, children, ...roots });

  return ok({
    nodes,
    links: relinkMerged(parts.links, node.id, target.id),
    annotations: mergeAnnotations(parts.annotations, node.id, target.id, time),
  });
}

function mergeAnnotations(annotations: Annotations, id: string, intoId: string, time?: string): Annotations {
  const moved = annotationOf(annotations, id);
  if (!moved) return annotations;
  const kept = annotationOf(annotations, intoId);
  const next = copyAnnotations(annotations);
  delete next[id];
  const updatedAt = time ?? (kept && kept.updatedAt > moved.updatedAt ? kept.updatedAt : moved.updatedAt);
  const merged: Annotation = { updatedAt };
  const tag = kept?.tag ?? moved.tag;
  if (tag) merged.tag = tag;
  const note = [kept?.note, moved.note].filter((part): part is string => Boolean(part)).join(PARAGRAPH);
  if (note) merged.note = note;
  next[intoId] = merged;
  return next;
}

function relinkMerged(links: Link[], id: string, intoId: string): Link[] {
  if (!links.some((link) => link.from === id || link.to === id)) return links;
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const link of links) {
    const moved = link.from === id || link.to === id ? { ...link, from: link.from === id ? intoId : link.from, to: link.to === id ? intoId : link.to } : link;
    // A quote between the two merged blocks now points from the block to itself: drop it.
    if (moved.from === moved.to) continue;
    const key = JSON.stringify([moved.from, moved.to, moved.kind]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(moved);
  }
  return out;
}
