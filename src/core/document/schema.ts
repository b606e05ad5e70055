import { z } from '../zod-without-eval';
import { FORMAT_NAME } from './types';

/*
 * Zod schemas of the `threadmap` format, version 3 (public/schema/threadmap-v3.schema.json is the
 * published form, generated from them). The wrapper is strict; everything inside is loose: unknown fields pass through,
 * missing optional fields get their defaults. Repairs that need the whole document (dropped
 * entries, broken references) live in validate-document.ts and references.ts.
 */

export const NODE_KINDS = ['post', 'comment', 'claim', 'more'] as const;
export const NODE_STATUSES = ['ok', 'deleted', 'dead', 'removed'] as const;

/*
 * The descriptions (`.meta`) are what the published JSON Schema says about each field: it is
 * generated from these schemas (json-schema.ts), so the two cannot drift apart.
 */

const nullableString = (description: string) => z.string().nullable().default(null).meta({ description });

const rangeSchema = z
  .tuple([
    z.number().int().nonnegative().meta({ description: "Start: index of the claim's first character in the parent's text." }),
    z.number().int().nonnegative().meta({ description: "End: index just after the claim's last character in the parent's text." }),
  ])
  .refine(([start, end]) => start <= end, { message: 'must be [start, end) with start ≤ end' })
  .meta({ description: 'For kind "claim": the [start, end) character range (UTF-16 code units) of the claim in its parent\'s text.' });

/** One entry of `nodes`, after its id has been checked and made a string. */
export const nodeSchema = z
  .looseObject({
    id: z.string().min(1).meta({ description: 'The source\'s own id as a string: HN item id, Reddit fullname ("t1_fokx3jz", "t3_g7vyxy"), Lobsters short_id, …; plain text gets stable positional ids. Unique within the file.' }),
    parent: nullableString('Id of the node this one replies to; null for the root.'),
    kind: z.enum(NODE_KINDS).default('comment').meta({ description: 'post: the thread\'s opening item; comment: a reply; claim: a part of a comment, split out by the user; more: a stub for replies that were not loaded. Default when missing: "comment".' }),
    author: nullableString('User name of the author, or null when unknown or deleted. Default when missing: null.'),
    createdAt: nullableString('When the item was posted (ISO 8601 UTC), or null when unknown. Default when missing: null.'),
    text: z.string().default('').meta({ description: 'Plain text of the item: entities decoded, tags removed, paragraphs separated by a blank line. From HTML sources (Hacker News, …), runs of spaces and single line breaks outside <pre> become one space, as the site displays them; html keeps the original. Empty for deleted items.' }),
    url: nullableString('Permalink of the item, or null. Default when missing: null.'),
    status: z.enum(NODE_STATUSES).default('ok').meta({ description: 'ok: a normal item; deleted: gone, with no author or text left: deleted by its author where the source says so, but from the Hacker News Algolia API, which writes deleted and dead items alike as an id and replies only, deleted or dead (the cause unknown); dead: killed by the site (flagged); removed: removed by moderators. Default when missing: "ok".' }),
    title: z.string().optional().meta({ description: 'Title of a post (the root of most threads). Absent for comments.' }),
    html: z.string().optional().meta({ description: 'The source\'s own HTML markup of the text, kept for rich display. Readers must treat it as untrusted and never insert it as HTML.' }),
    moreCount: z.number().int().nonnegative().optional().meta({ description: 'For kind "more": how many replies this stub stands for.' }),
    range: rangeSchema.optional(),
    moved: z.boolean().optional().meta({ description: 'Version 2: true when a person moved the node to another parent in Threadmap. Absent: the parent is the one the source gave.' }),
    originalParent: z.string().nullable().optional().meta({ description: 'Version 2, with moved: the id of the parent the source gave the node, before any move. Moving it back removes moved and originalParent.' }),
  })
  .meta({ description: 'One item of the thread: the post, a comment, a claim (a part of a comment), or a stub for replies that were not loaded.' });

export const sourceSchema = z
  .looseObject({
    kind: z.string().min(1).default('unknown').meta({ description: 'The kind of source: hn, reddit, lobsters, discourse, mastodon, text, aif, or another source\'s name.' }),
    url: nullableString('URL of the thread, or null when unknown (e.g. pasted text).'),
    title: nullableString('Title of the thread, or null when it has none.'),
    retrievedAt: nullableString('When the thread was fetched or read (ISO 8601 UTC), or null when unknown.'),
    structureGuessed: z.boolean().optional().meta({ description: 'True when the reply structure was guessed (plain text) rather than read from the source. Absent means false.' }),
  })
  .meta({ description: 'Where the thread came from: exact provenance for research use.' });

/** One entry of `links`; a bad entry is dropped with a warning rather than failing the file. */
export const linkSchema = z
  .looseObject({
    from: z.string().min(1).meta({ description: 'Id of the node the link starts at (e.g. the node that quotes).' }),
    to: z.string().min(1).meta({ description: 'Id of the node the link points to (e.g. the node that is quoted).' }),
    kind: z.string().min(1).default('quote').meta({ description: 'What the relation is: "quote" when the from node quotes the to node; other kinds may be added. Default when missing: "quote".' }),
  })
  .meta({ description: 'A relation from one node to another beyond the reply tree.' });

export const tagSchema = z.enum(['pro', 'con', 'question']);

/** A coder's name as the file records it: a non-empty name, or null when unknown. */
export const coderSchema = z.string().min(1).nullable();

const TAG_DESCRIPTION = 'The map tag this category counts as in the main annotations and the argument exports (AIF, Argdown): pro, con or question. Absent: it counts as none.';

/** One codebook category (version 3). */
export const categorySchema = z
  .looseObject({
    id: z.string().min(1).meta({ description: 'Stable id of the category, what annotations record in tag or category (e.g. "pro", "support", "none").' }),
    label: z.string().meta({ description: 'The name shown to coders.' }),
    definition: z.string().default('').meta({ description: 'A short definition, relative to the comment the coded comment replies to.' }),
    example: z.string().default('').meta({ description: 'An example comment of this category.' }),
    key: z.string().default('').meta({ description: 'The key that chooses the category while coding.' }),
    tag: tagSchema.optional().meta({ description: TAG_DESCRIPTION }),
    none: z.boolean().optional().meta({ description: 'True for the explicit "none of these" category. Without one, an untagged comment is missing data for that coder.' }),
  })
  .meta({ description: 'One category of the codebook.' });

/** The codebook (version 3). */
export const codebookSchema = z
  .looseObject({
    scheme: z.string().min(1).default('custom').meta({ description: 'Which scheme: stance (pro/con/question, the default), rumoureval (support/deny/query/comment), agreement (agree/disagree/neutral) or custom.' }),
    categories: z
      .array(categorySchema)
      .min(1)
      .refine((list) => new Set(list.map((category) => category.id)).size === list.length, { message: 'must have distinct ids' })
      .meta({ description: 'The categories, in the order coders see them; agreement is computed over them.' }),
  })
  .meta({ description: 'Version 3: the categories the map is coded with. Absent: the default pro/con/question codebook.' });

/** One adjudicated answer (version 3). */
export const goldEntrySchema = z
  .looseObject({
    category: z.string().min(1).nullable().meta({ description: 'The decided codebook category; null when the adjudicator typed an answer instead (text).' }),
    text: z.string().optional().meta({ description: 'An answer typed by the adjudicator when no category fits.' }),
    note: z.string().optional().meta({ description: 'The adjudicator\'s note on the decision.' }),
    decidedBy: coderSchema.meta({ description: 'Who decided; null when unknown.' }),
    decidedAt: z.string().meta({ format: 'date-time', description: 'When the decision was made (ISO 8601 UTC).' }),
    coderTags: z.record(z.string(), z.string().nullable()).meta({ description: 'Each coder\'s category at the moment of the decision, by coder name; null when that coder had left the comment untagged.' }),
  })
  .meta({ description: 'The adjudicated (gold) answer for one comment.' });

/**
 * The wrapper: what makes a file a threadmap document at all. Node, link and annotation entries
 * are checked one by one afterwards so that one bad entry can be repaired or dropped alone.
 */
export const wrapperSchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  version: z.number().int().positive(),
  generator: z.string().default('unknown'),
  exportedAt: z.string().default(''),
  source: z.record(z.string(), z.unknown()),
  nodes: z.array(z.unknown()),
  links: z.array(z.unknown()).optional(),
  // Checked, not parsed: zod builds records as plain objects and leaves out a "__proto__" key,
  // but a node may have that id, and its annotation must not be lost.
  annotations: z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), { error: 'must be an object' }).optional(),
  view: z.unknown().optional(),
});

/** `nodes[3].range[1]` from ['nodes', 3, 'range', 1]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'the document';
}

/** A short, readable name of a JSON value's type, for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  tuple: 'an array',
};

/**
 * One sentence for the first zod issue, naming its path: "nodes[3].kind must be one of …".
 * `input` is the value that was parsed; `prefix` is the path of that value in the document.
 */
export function describeIssue(error: z.ZodError, input: unknown, prefix: readonly PropertyKey[] = []): string {
  const issue = error.issues[0];
  if (!issue) return `${formatPath(prefix)} is not valid.`;
  const path = [...prefix, ...issue.path];
  const where = formatPath(path);
  const value = valueAt(input, issue.path);
  const found = ` (found ${describeValue(value)})`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${where} is missing.`;
      return `${where} must be ${typeNames[issue.expected] ?? issue.expected}${value === null ? ', not null' : found}.`;
    case 'invalid_value':
      return `${where} must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}${found}.`;
    case 'too_small':
      if (issue.origin === 'string') return `${where} must not be empty.`;
      if (issue.origin === 'array') return `${where} has too few entries.`;
      return `${where} must be at least ${String(issue.minimum)}${found}.`;
    case 'too_big':
      return `${where} has too many entries.`;
    default:
      return `${where} ${issue.message}${found}.`;
  }
}
