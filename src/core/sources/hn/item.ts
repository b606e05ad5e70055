import { z } from '../../zod-without-eval';
import type { NodeKind, NodeStatus, ThreadNode } from '../../map/types';
import { htmlToText, withSourceTargets } from '../../text';

export const HN_BASE = 'https://news.ycombinator.com/';

/** The permalink of a Hacker News item. */
export function hnItemUrl(id: string): string {
  return `${HN_BASE}item?id=${id}`;
}

// HN ids are numbers, but some tools write them as strings; either becomes the string id.
export const hnIdSchema = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)])
  .transform((id) => String(id));

// Fields are read leniently: a field of the wrong type is treated as absent, never fatal,
// because the APIs' shapes drifted over the years (and recorders add their own fields).
export const looseString = z.string().nullish().catch(null);
export const looseNumber = z.number().nullish().catch(null);
export const looseBoolean = z.boolean().nullish().catch(null);

/** One HN item with the fields both APIs share, in API-neutral form. */
export interface HnItem {
  id: string;
  type: string | null;
  author: string | null;
  createdAt: string | null;
  html: string | null;
  title: string | null;
  /** The link a story points to (not the permalink). */
  link: string | null;
  deleted: boolean;
  dead: boolean;
}

const POST_TYPES = new Set(['story', 'job', 'poll', 'ask']);

function statusOf(item: HnItem): NodeStatus {
  // A deleted item that was also dead has no text left to judge: "deleted" says more.
  if (item.deleted) return 'deleted';
  if (item.dead) return 'dead';
  return 'ok';
}

/** Maps one HN item to a thread node replying to `parent`. */
export function toHnNode(item: HnItem, parent: string | null): ThreadNode {
  const kind: NodeKind = item.type !== null && POST_TYPES.has(item.type) ? 'post' : item.type === null && item.title ? 'post' : 'comment';
  const html = item.html ?? '';
  // A target written in for a cut-short label reads as HN's href has it (a quote, not %22).
  const body = html ? withSourceTargets(htmlToText(html, HN_BASE), html, HN_BASE) : '';
  // A link post has no text of its own; its link is what it says, so the card shows it.
  const text = kind === 'post' && item.link ? [body, item.link].filter(Boolean).join('\n\n') : body;
  const node: ThreadNode = {
    id: item.id,
    parent,
    kind,
    author: item.author,
    createdAt: item.createdAt,
    text,
    url: hnItemUrl(item.id),
    status: statusOf(item),
  };
  if (kind === 'post' && item.title) node.title = item.title;
  if (html.trim()) node.html = html;
  return node;
}

/** A "more" node standing for replies that the input does not hold. */
export function toMoreNode(parent: string, count: number, what: string): ThreadNode {
  return {
    id: `${parent}-more`,
    parent,
    kind: 'more',
    author: null,
    createdAt: null,
    text: `${count.toLocaleString('en-US')} ${count === 1 ? 'reply' : 'replies'} not loaded: ${what}`,
    url: hnItemUrl(parent),
    status: 'ok',
    moreCount: count,
  };
}
