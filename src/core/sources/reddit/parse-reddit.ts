import { decodeHTML } from 'entities';
import type { NodeStatus, Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import { htmlToText, safeHref } from '../../text';
import type { ParseContext, SourceInput } from '../types';
import {
  listingChildren,
  redditCommentSchema,
  redditMoreSchema,
  redditPostSchema,
  type RedditComment,
  type RedditMore,
  type RedditPost,
  type RedditThing,
} from './reddit-schema';
import { orderAsTree } from '../tree-order';
import { partialNotice } from '../../document/warnings';

export const REDDIT_ORIGIN = 'https://www.reddit.com';

function isoFromSeconds(seconds: number | null | undefined): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Reddit escapes the markup of `body_html` once more unless the request asked for raw_json=1;
 * an escaped body starts with `&lt;`, real markup with `<`.
 */
export function unescapeRedditHtml(html: string): string {
  return html.trimStart().startsWith('&lt;') ? decodeHTML(html) : html;
}

/**
 * Reddit's JSON entity-escapes `&`, `<` and `>` in its plain-text fields (`title`, `selftext`,
 * `body`, flair) unless the request asked for raw_json=1. Decoded here, once: a title that says
 * "&amp;amp;" was written as "&amp;" by its author.
 */
export function decodeRedditText(text: string): string;
export function decodeRedditText(text: string | null | undefined): string | null | undefined;
export function decodeRedditText(text: string | null | undefined): string | null | undefined {
  return text && text.includes('&') ? decodeHTML(text) : text;
}

// `[](/SF)` and `[](/SF "hover")`: flair and emote markup in Reddit markdown, drawn by the
// subreddit's stylesheet; not a link and not words. The parts are bounded, so a body full of
// unclosed `[](/x "` costs a bounded look at each, not a scan to the end.
const FLAIR_MARKDOWN = /\[\]\(\/[^)\s"]{0,100}(?:\s{1,10}"[^"\n]{0,200}")?\)/g;

function authorOf(author: string | null | undefined): string | null {
  return author && author !== '[deleted]' ? author : null;
}

function statusOfBody(body: string | null | undefined): NodeStatus {
  if (body === '[deleted]') return 'deleted';
  if (body === '[removed]') return 'removed';
  return 'ok';
}

function textAndHtml(html: string | null | undefined, plain: string | null | undefined): { text: string; html?: string } {
  if (html) {
    const markup = unescapeRedditHtml(html);
    return { text: htmlToText(markup, REDDIT_ORIGIN), html: markup };
  }
  return { text: decodeRedditText(plain ?? '').replace(FLAIR_MARKDOWN, '').trim() };
}

function postNode(post: RedditPost): ThreadNode {
  const body = textAndHtml(post.selftext_html, post.selftext);
  // A link post's target is part of what was said: keep it in the text.
  const link = post.is_self === false && post.url ? post.url : '';
  let status = statusOfBody(post.selftext);
  if (post.removed_by_category) status = post.removed_by_category === 'deleted' ? 'deleted' : 'removed';
  const node: ThreadNode = {
    id: post.name ?? `t3_${post.id}`,
    parent: null,
    kind: 'post',
    author: authorOf(post.author),
    createdAt: isoFromSeconds(post.created_utc),
    text: [body.text, link].filter(Boolean).join('\n\n'),
    url: post.permalink ? safeHref(REDDIT_ORIGIN + post.permalink) : null,
    status,
  };
  if (post.title) node.title = decodeRedditText(post.title);
  if (body.html) node.html = body.html;
  return node;
}

function commentNode(comment: RedditComment, structuralParent: string, postPermalink: string | null): ThreadNode {
  const body = textAndHtml(comment.body_html, comment.body);
  let url: string | null = null;
  // The permalink is a path: glued to the origin, a hostile one cannot change the scheme, and
  // safeHref drops what does not parse as a URL.
  if (comment.permalink) url = safeHref(REDDIT_ORIGIN + comment.permalink);
  else if (postPermalink) url = safeHref(`${REDDIT_ORIGIN}${postPermalink.replace(/\/?$/, '/')}${comment.id}/`);
  const node: ThreadNode = {
    id: comment.name ?? `t1_${comment.id}`,
    parent: comment.parent_id ?? structuralParent,
    kind: 'comment',
    author: authorOf(comment.author),
    createdAt: isoFromSeconds(comment.created_utc),
    text: body.text,
    url,
    status: statusOfBody(comment.body),
  };
  if (body.html) node.html = body.html;
  return node;
}

function moreNode(more: RedditMore, structuralParent: string): ThreadNode {
  const parent = more.parent_id ?? structuralParent;
  const children = more.children ?? [];
  // "Continue this thread" stubs have no id of their own ("_"), and several can share a thread.
  const continued = more.id === '_' || (more.count === 0 && children.length === 0);
  const count = more.count && more.count > 0 ? more.count : children.length;
  const node: ThreadNode = {
    id: continued ? `more-${parent}` : (more.name ?? `t1_${more.id}`),
    parent,
    kind: 'more',
    author: null,
    createdAt: null,
    text: continued
      ? 'More replies continue in a deeper thread (not loaded).'
      : `${count} more ${count === 1 ? 'reply' : 'replies'} not loaded.`,
    url: null,
    status: 'ok',
    moreCount: count,
  };
  return node;
}

interface Pending {
  thing: RedditThing;
  parent: string;
}

/** Walks the nested comment listings iteratively, emitting nodes in depth-first pre-order. */
function walkComments(top: RedditThing[], rootId: string, postPermalink: string | null, warnings: string[]): ThreadNode[] {
  const nodes: ThreadNode[] = [];
  const stack: Pending[] = top.map((thing) => ({ thing, parent: rootId })).reverse();
  let invalid = 0;
  const otherKinds = new Set<string>();
  while (stack.length) {
    const { thing, parent } = stack.pop()!;
    if (thing.kind === 't1') {
      const parsed = redditCommentSchema.safeParse(thing.data);
      if (!parsed.success) {
        invalid++;
        continue;
      }
      const node = commentNode(parsed.data, parent, postPermalink);
      nodes.push(node);
      const replies = listingChildren(parsed.data.replies) ?? [];
      for (let i = replies.length - 1; i >= 0; i--) stack.push({ thing: replies[i]!, parent: node.id });
    } else if (thing.kind === 'more') {
      const parsed = redditMoreSchema.safeParse(thing.data);
      if (parsed.success) nodes.push(moreNode(parsed.data, parent));
      else invalid++;
    } else {
      otherKinds.add(thing.kind);
    }
  }
  if (invalid) warnings.push(`${invalid} comment entr${invalid === 1 ? 'y was' : 'ies were'} malformed (no id) and could not be shown.`);
  if (otherKinds.size) warnings.push(`Entries of kind ${[...otherKinds].join(', ')} among the comments are not comments and were left out.`);
  return nodes;
}

/** Gives every node a unique id: Reddit ids are unique, but merged or hand-edited files may not be. */
function dedupeIds(nodes: ThreadNode[], warnings: string[]): void {
  const seen = new Map<string, number>();
  let renamed = 0;
  for (const node of nodes) {
    const times = seen.get(node.id) ?? 0;
    seen.set(node.id, times + 1);
    if (times > 0) {
      node.id = `${node.id}~${times + 1}`;
      renamed++;
    }
  }
  if (renamed) warnings.push(`${renamed} item(s) repeated an id already used; they were kept with a "~N" suffix.`);
}

/** Adds an empty stand-in for every parent the file refers to but does not contain. */
function addMissingParents(nodes: ThreadNode[], rootId: string, warnings: string[]): ThreadNode[] {
  const ids = new Set(nodes.map((node) => node.id));
  const standIns: ThreadNode[] = [];
  for (const node of nodes) {
    if (node.parent === null || ids.has(node.parent)) continue;
    ids.add(node.parent);
    standIns.push({ id: node.parent, parent: rootId, kind: 'comment', author: null, createdAt: null, text: '', url: null, status: 'ok' });
  }
  if (standIns.length) {
    warnings.push(partialNotice(`${standIns.length} comment(s) that others reply to are not in this file (${standIns.map((n) => n.id).slice(0, 5).join(', ')}${standIns.length > 5 ? ', …' : ''}); empty nodes stand for them under the post.`));
  }
  return [nodes[0]!, ...standIns, ...nodes.slice(1)];
}

/** Parses a Reddit `/comments/ID.json` response (or a lone post or comment listing) into a Thread. */
export function parseReddit(input: SourceInput, context: ParseContext): Result<Thread> {
  const parts = Array.isArray(input.json) ? input.json : [input.json];
  const posts: RedditThing[] = [];
  const comments: RedditThing[] = [];
  for (const part of parts) {
    const children = listingChildren(part);
    if (!children) return importError('invalidThread', 'This Reddit file has a part that is not a listing; save the thread page with ".json" at the end of its URL and open that file.');
    for (const child of children) (child.kind === 't3' ? posts : comments).push(child);
  }
  if (posts.length > 1) {
    return importError('invalidThread', `This Reddit file lists ${posts.length} posts (a subreddit page), not one thread; open one post's comments page with ".json" at the end of its URL.`);
  }

  const warnings: string[] = [];
  let root: ThreadNode;
  let permalink: string | null = null;
  if (posts[0]) {
    const parsed = redditPostSchema.safeParse(posts[0].data);
    if (!parsed.success) return importError('invalidThread', 'The Reddit post in this file has no id, so the thread cannot be rebuilt.');
    root = postNode(parsed.data);
    permalink = parsed.data.permalink ?? null;
  } else {
    const first = comments.find((thing) => thing.kind === 't1' || thing.kind === 'more');
    const linkId = redditCommentSchema.safeParse(first?.data).data?.link_id;
    root = { id: linkId ?? 't3_unknown', parent: null, kind: 'post', author: null, createdAt: null, text: '', url: null, status: 'ok' };
    warnings.push(partialNotice('The post itself is not in this file, only comments; an empty node stands for it.'));
  }

  const commentNodes = walkComments(comments, root.id, permalink, warnings);
  let nodes = [root, ...commentNodes];
  dedupeIds(nodes, warnings);
  nodes = addMissingParents(nodes, root.id, warnings);
  const tree = orderAsTree(nodes);
  warnings.push(...tree.warnings);

  return ok(
    {
      source: {
        kind: 'reddit',
        url: context.sourceUrl ?? root.url,
        title: root.title ?? null,
        retrievedAt: context.retrievedAt,
      },
      nodes: tree.nodes,
      links: [],
    },
    warnings,
  );
}
