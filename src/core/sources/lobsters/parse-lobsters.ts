import { z } from '../../zod-without-eval';
import type { NodeStatus, Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import { htmlToText, safeHref } from '../../text';
import type { ParseContext, SourceInput } from '../types';
import { orderAsTree } from '../tree-order';
import { httpOrigin, isoTime } from '../source-values';
import { partialNotice } from '../../document/warnings';

// Newer Lobsters sends user names as strings, older versions as user objects.
const user = z.union([z.string(), z.looseObject({ username: z.string() })]).nullish();
const flag = z.boolean().nullish();

const lobstersCommentSchema = z.looseObject({
  short_id: z.string(),
  comment: z.string().nullish(),
  comment_plain: z.string().nullish(),
  created_at: z.string().nullish(),
  url: z.string().nullish(),
  short_id_url: z.string().nullish(),
  is_deleted: flag,
  is_moderated: flag,
  parent_comment: z.string().nullish(),
  depth: z.number().nullish(),
  indent_level: z.number().nullish(),
  commenting_user: user,
});

const lobstersStorySchema = z.looseObject({
  short_id: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  description: z.string().nullish(),
  description_plain: z.string().nullish(),
  created_at: z.string().nullish(),
  comments_url: z.string().nullish(),
  short_id_url: z.string().nullish(),
  submitter_user: user,
  is_deleted: flag,
  is_moderated: flag,
  comments: z.array(z.unknown()),
});

type LobstersComment = z.infer<typeof lobstersCommentSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a Lobsters story with its comments: a `short_id` and a `comments` array. */
export function looksLikeLobstersStory(json: unknown): boolean {
  return isRecord(json) && typeof json['short_id'] === 'string' && Array.isArray(json['comments']) && 'title' in json;
}

function usernameOf(value: z.infer<typeof user>): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.username;
}


/** The site's origin, from the first of these URLs that is a real http(s) URL. */
function originOf(...urls: (string | null | undefined)[]): string {
  for (const url of urls) {
    const origin = httpOrigin(url);
    if (origin) return origin;
  }
  return 'https://lobste.rs';
}

function statusOf(item: { is_deleted?: boolean | null; is_moderated?: boolean | null }): NodeStatus {
  if (item.is_moderated) return 'removed';
  if (item.is_deleted) return 'deleted';
  return 'ok';
}

/**
 * Parents from the comment order: the older API gives only an indent level per comment, and a
 * comment replies to the nearest earlier comment one level up.
 */
function parentsFromLevels(comments: LobstersComment[], rootId: string): string[] {
  const stack: { level: number; id: string }[] = [];
  return comments.map((comment) => {
    const level = comment.indent_level ?? comment.depth ?? 0;
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]?.id ?? rootId;
    stack.push({ level, id: comment.short_id });
    return parent;
  });
}

/** Parses a Lobsters `/s/ID.json` story with its comments into a Thread. */
export function parseLobsters(input: SourceInput, context: ParseContext): Result<Thread> {
  const story = lobstersStorySchema.safeParse(input.json);
  if (!story.success) return importError('invalidThread', 'This Lobsters file has no story id or no comments list; save the story page with ".json" at the end of its URL and open that file.');
  const s = story.data;
  const warnings: string[] = [];
  const base = originOf(s.comments_url, s.short_id_url, context.sourceUrl);

  const comments: LobstersComment[] = [];
  let invalid = 0;
  let hasParentField = false;
  for (const raw of s.comments) {
    const parsed = lobstersCommentSchema.safeParse(raw);
    if (!parsed.success) {
      invalid++;
      continue;
    }
    if (isRecord(raw) && 'parent_comment' in raw) hasParentField = true;
    comments.push(parsed.data);
  }
  if (invalid) warnings.push(`${invalid} comment(s) had no short_id and could not be shown.`);

  const description = s.description ? htmlToText(s.description, base) : (s.description_plain ?? '');
  const root: ThreadNode = {
    id: s.short_id,
    parent: null,
    kind: 'post',
    author: usernameOf(s.submitter_user),
    createdAt: isoTime(s.created_at),
    // A link story's target is part of what was said: keep it in the text.
    text: [description, s.url ?? ''].filter(Boolean).join('\n\n'),
    // Permalinks become links in the app and in exports: only http(s) ones are kept.
    url: safeHref(s.comments_url ?? s.short_id_url),
    status: statusOf(s),
  };
  if (s.title) root.title = s.title;
  if (s.description) root.html = s.description;

  const parents = hasParentField
    ? comments.map((comment) => comment.parent_comment ?? root.id)
    : parentsFromLevels(comments, root.id);
  const known = new Set([root.id, ...comments.map((comment) => comment.short_id)]);
  const orphans: string[] = [];
  const nodes: ThreadNode[] = [root];
  comments.forEach((comment, i) => {
    let parent = parents[i]!;
    if (!known.has(parent)) {
      orphans.push(comment.short_id);
      parent = root.id;
    }
    const node: ThreadNode = {
      id: comment.short_id,
      parent,
      kind: 'comment',
      author: usernameOf(comment.commenting_user),
      createdAt: isoTime(comment.created_at),
      text: comment.comment ? htmlToText(comment.comment, base) : (comment.comment_plain ?? ''),
      url: safeHref(comment.url ?? comment.short_id_url),
      status: statusOf(comment),
    };
    if (comment.comment) node.html = comment.comment;
    nodes.push(node);
  });
  if (orphans.length) warnings.push(partialNotice(`${orphans.length} comment(s) reply to a comment that is not in the file (${orphans.slice(0, 5).join(', ')}); they are shown under the story.`));

  // Lobsters already sends thread order; rebuilding it keeps edited or merged files in order too.
  const tree = orderAsTree(nodes);
  warnings.push(...tree.warnings);
  return ok(
    {
      source: { kind: 'lobsters', url: context.sourceUrl ?? root.url, title: s.title ?? null, retrievedAt: context.retrievedAt },
      nodes: tree.nodes,
      links: [],
    },
    warnings,
  );
}
