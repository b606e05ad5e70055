import { z } from '../../zod-without-eval';

/**
 * The parts of Reddit's listing JSON the importer reads. Objects are loose: Reddit adds and
 * drops fields over the years, and only these are needed to rebuild the thread.
 */

const nullableString = z.string().nullish();
const timestamp = z.number().nullish();

export const redditPostSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  title: nullableString,
  author: nullableString,
  created_utc: timestamp,
  selftext: nullableString,
  selftext_html: nullableString,
  is_self: z.boolean().nullish(),
  url: nullableString,
  permalink: nullableString,
  removed_by_category: nullableString,
});

export const redditCommentSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  parent_id: nullableString,
  link_id: nullableString,
  author: nullableString,
  created_utc: timestamp,
  body: nullableString,
  body_html: nullableString,
  permalink: nullableString,
  replies: z.unknown(),
});

export const redditMoreSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  parent_id: nullableString,
  count: z.number().nullish(),
  children: z.array(z.string()).nullish(),
});

export type RedditPost = z.infer<typeof redditPostSchema>;
export type RedditComment = z.infer<typeof redditCommentSchema>;
export type RedditMore = z.infer<typeof redditMoreSchema>;

/** One `{kind, data}` entry of a listing, before its data is validated. */
export interface RedditThing {
  kind: string;
  data: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The children of a `{kind: "Listing", data: {children}}` value, or null when it is not one. */
export function listingChildren(value: unknown): RedditThing[] | null {
  if (!isRecord(value) || value['kind'] !== 'Listing' || !isRecord(value['data'])) return null;
  const children = value['data']['children'];
  if (!Array.isArray(children)) return null;
  return children.filter((child): child is RedditThing => isRecord(child) && typeof child['kind'] === 'string');
}

const THREAD_KINDS = new Set(['t1', 't3', 'more']);

/** True when the value is a Reddit listing whose first child is a post, comment or more stub. */
export function looksLikeThreadListing(value: unknown): boolean {
  if (!isRecord(value) || value['kind'] !== 'Listing' || !isRecord(value['data'])) return false;
  const children = value['data']['children'];
  if (!Array.isArray(children)) return false;
  const first: unknown = children[0];
  // An empty comments listing is still a thread listing (a post nobody answered).
  return first === undefined || (isRecord(first) && THREAD_KINDS.has(String(first['kind'])));
}
