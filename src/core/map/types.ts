/**
 * The normalized thread model every source is parsed into and every export is made from.
 * Field names and meanings follow the `threadmap` file format (see README and
 * public/schema/threadmap-v3.schema.json): a ThreadNode is exactly one entry of `nodes`.
 */

export type NodeKind = 'post' | 'comment' | 'claim' | 'more';
export type NodeStatus = 'ok' | 'deleted' | 'dead' | 'removed';
export type Tag = 'pro' | 'con' | 'question';
export const TAGS: readonly Tag[] = ['pro', 'con', 'question'];
/** Each tag's word and symbol: a tag is always shown by one of them as well as by its colour. */
export const TAG_LABEL: Record<Tag, string> = { pro: 'Pro', con: 'Con', question: 'Question' };
export const TAG_SYMBOL: Record<Tag, string> = { pro: '+', con: '−', question: '?' };

export interface ThreadNode {
  /** The source's own id as a string (HN item id, Reddit fullname, Lobsters short_id, …). */
  id: string;
  /** Id of the node this one replies to; null for the root. */
  parent: string | null;
  kind: NodeKind;
  author: string | null;
  /** ISO 8601 UTC, or null when the source has no time. */
  createdAt: string | null;
  /** Plain text: entities decoded, tags removed, paragraphs separated by a blank line. */
  text: string;
  /** Permalink, or null. */
  url: string | null;
  status: NodeStatus;
  /** Title of a post (the root of most threads). */
  title?: string;
  /** The source's own HTML markup of the text, kept for rich display; never injected as HTML. */
  html?: string;
  /** For kind "more": how many replies this stub stands for. */
  moreCount?: number;
  /** For kind "claim": the [start, end) character range of the claim in its parent's text. */
  range?: [number, number];
  /** True when a person moved this node to another parent; the source's parent is originalParent. */
  moved?: boolean;
  /** With `moved`: the parent the source gave this node, before any move. */
  originalParent?: string | null;
}

export interface SourceInfo {
  /** hn | reddit | lobsters | discourse | mastodon | text | aif | … */
  kind: string;
  url: string | null;
  title: string | null;
  retrievedAt: string | null;
  /** True when the reply structure was guessed (plain text) rather than read from the source. */
  structureGuessed?: boolean;
}

export type LinkKind = 'quote' | (string & {});

export interface Link {
  from: string;
  to: string;
  kind: LinkKind;
}

/** What a source parser produces: the thread as the source has it, before any annotation. */
export interface Thread {
  source: SourceInfo;
  nodes: ThreadNode[];
  links: Link[];
}
