import { z } from '../../zod-without-eval';
import type { Link, NodeStatus, Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import { htmlToText, safeHref } from '../../text';
import type { ParseContext, SourceInput } from '../types';
import { orderAsTree } from '../tree-order';
import { findQuotedPosts } from './quotes';
import { httpOrigin, isoTime } from '../source-values';
import { partialNotice } from '../../document/warnings';

const discoursePostSchema = z.looseObject({
  id: z.number(),
  post_number: z.number(),
  reply_to_post_number: z.number().nullish(),
  cooked: z.string().nullish(),
  username: z.string().nullish(),
  created_at: z.string().nullish(),
  deleted_at: z.string().nullish(),
  user_deleted: z.boolean().nullish(),
  hidden: z.boolean().nullish(),
  topic_id: z.number().nullish(),
  topic_slug: z.string().nullish(),
  post_url: z.string().nullish(),
  posts_count: z.number().nullish(),
  action_code: z.string().nullish(),
  // Only used to find the forum's origin: a malformed list must not cost the post.
  link_counts: z.array(z.looseObject({ url: z.string().nullish(), internal: z.boolean().nullish() })).nullish().catch(null),
});

const discourseTopicSchema = z.looseObject({
  id: z.number().nullish(),
  title: z.string().nullish(),
  slug: z.string().nullish(),
  posts_count: z.number().nullish(),
  post_stream: z.looseObject({
    posts: z.array(z.unknown()),
    stream: z.array(z.number()).nullish(),
  }),
});

type DiscoursePost = z.infer<typeof discoursePostSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a Discourse topic or posts page: `post_stream.posts` whose entries have a post_number. */
export function looksLikeDiscourseTopic(json: unknown): boolean {
  if (!isRecord(json) || !isRecord(json['post_stream'])) return false;
  const posts = json['post_stream']['posts'];
  if (!Array.isArray(posts)) return false;
  const first: unknown = posts[0];
  return first === undefined || (isRecord(first) && typeof first['post_number'] === 'number');
}



/**
 * The forum's origin: from where the file was fetched, else from a link Discourse marks as
 * internal (a posts page carries no absolute URL of its own).
 */
function forumOrigin(posts: DiscoursePost[], sourceUrl: string | null | undefined): string | null {
  const fromSource = httpOrigin(sourceUrl);
  if (fromSource) return fromSource;
  for (const post of posts) {
    for (const link of post.link_counts ?? []) {
      const origin = link.internal ? httpOrigin(link.url) : null;
      if (origin) return origin;
    }
  }
  return null;
}

function statusOf(post: DiscoursePost): NodeStatus {
  if (post.deleted_at || post.user_deleted) return 'deleted';
  if (post.hidden) return 'removed';
  return 'ok';
}

function postNode(post: DiscoursePost, parent: string | null, origin: string | null): ThreadNode {
  const cooked = post.cooked ?? '';
  // Small-action posts (topic closed, pinned, …) have no text of their own, only an action code.
  const text = cooked ? htmlToText(cooked, origin) : post.action_code ? `(topic event: ${post.action_code})` : '';
  const path = post.post_url ?? (post.topic_id ? `/t/${post.topic_slug ?? '-'}/${post.topic_id}/${post.post_number}` : null);
  const node: ThreadNode = {
    id: String(post.id),
    parent,
    kind: parent === null ? 'post' : 'comment',
    author: post.username ?? null,
    createdAt: isoTime(post.created_at),
    text,
    // post_url is meant to be a path; an absolute javascript: or data: URL would replace the origin.
    url: origin && path ? safeHref(path, origin) : null,
    status: statusOf(post),
  };
  if (cooked) node.html = cooked;
  return node;
}

/** Parses a Discourse `/t/ID.json` or `/t/ID/posts.json` page into a Thread. */
export function parseDiscourse(input: SourceInput, context: ParseContext): Result<Thread> {
  const topic = discourseTopicSchema.safeParse(input.json);
  if (!topic.success) return importError('invalidThread', 'This Discourse file has no post_stream.posts list; save the topic page with ".json" at the end of its URL and open that file.');
  const warnings: string[] = [];
  const posts: DiscoursePost[] = [];
  let invalid = 0;
  for (const raw of topic.data.post_stream.posts) {
    const parsed = discoursePostSchema.safeParse(raw);
    if (parsed.success) posts.push(parsed.data);
    else invalid++;
  }
  if (invalid) warnings.push(`${invalid} post(s) had no id or post number and could not be shown.`);
  posts.sort((a, b) => a.post_number - b.post_number);

  const topicId = topic.data.id ?? posts[0]?.topic_id ?? null;
  if (topicId === null) return importError('invalidThread', 'This Discourse file has no posts and no topic id, so there is no thread to show.');
  const origin = forumOrigin(posts, context.sourceUrl);
  const title = topic.data.title ?? null;

  const firstPost = posts[0]?.post_number === 1 ? posts[0] : undefined;
  const root: ThreadNode = firstPost
    ? postNode(firstPost, null, origin)
    : { id: `topic-${topicId}`, parent: null, kind: 'post', author: null, createdAt: null, text: '', url: origin ? `${origin}/t/${topicId}` : null, status: 'ok' };
  if (!firstPost) warnings.push(partialNotice(`The topic's first post is not on this page; an empty node stands for it.`));
  if (title) root.title = title;

  const idByNumber = new Map(posts.map((post) => [post.post_number, String(post.id)]));
  const missingTargets = new Set<number>();
  const nodes: ThreadNode[] = [root];
  const links: Link[] = [];
  for (const post of posts) {
    if (post === firstPost) continue;
    const target = post.reply_to_post_number;
    let parent = root.id;
    if (target && target !== post.post_number) {
      const found = idByNumber.get(target);
      if (found) parent = found;
      else if (target !== 1) missingTargets.add(target);
    }
    const node = postNode(post, parent, origin);
    nodes.push(node);
    for (const quote of findQuotedPosts(post.cooked ?? '')) {
      const quoted = quote.topicId === null || quote.topicId === topicId ? idByNumber.get(quote.postNumber) : undefined;
      if (quoted && quoted !== node.id && quoted !== parent && !links.some((l) => l.from === node.id && l.to === quoted)) {
        links.push({ from: node.id, to: quoted, kind: 'quote' });
      }
    }
  }
  if (missingTargets.size) {
    const numbers = [...missingTargets].sort((a, b) => a - b).map((n) => `#${n}`);
    warnings.push(partialNotice(`Some posts reply to posts that are not on this page (${numbers.slice(0, 5).join(', ')}${numbers.length > 5 ? ', …' : ''}); they are shown under the topic.`));
  }
  const total = Math.max(topic.data.posts_count ?? 0, topic.data.post_stream.stream?.length ?? 0, posts[0]?.posts_count ?? 0);
  if (total > posts.length) warnings.push(partialNotice(`This page holds ${posts.length} of the topic's ${total} posts; the others are not in the map.`));

  const slug = topic.data.slug ?? posts[0]?.topic_slug ?? '-';
  const topicUrl = origin ? `${origin}/t/${slug}/${topicId}` : null;
  const tree = orderAsTree(nodes);
  warnings.push(...tree.warnings);
  return ok(
    {
      source: { kind: 'discourse', url: context.sourceUrl ?? topicUrl, title, retrievedAt: context.retrievedAt },
      nodes: tree.nodes,
      links,
    },
    warnings,
  );
}
