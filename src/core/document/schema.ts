import { z } from 'zod';
import { FORMAT_NAME } from './types';

/*
 * Zod schemas of the `threadmap` format, version 1 (public/schema/threadmap-v1.schema.json is the
 * published form). The wrapper is strict; everything inside is loose: unknown fields pass through,
 * missing optional fields get their defaults. Repairs that need the whole document (dropped
 * entries, broken references) live in validate-document.ts and references.ts.
 */

export const NODE_KINDS = ['post', 'comment', 'claim', 'more'] as const;
export const NODE_STATUSES = ['ok', 'deleted', 'dead', 'removed'] as const;

const nullableString = z.string().nullable().default(null);

const rangeSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, { message: 'must be [start, end) with start ≤ end' });

/** One entry of `nodes`, after its id has been checked and made a string. */
export const nodeSchema = z.looseObject({
  id: z.string().min(1),
  parent: nullableString,
  kind: z.enum(NODE_KINDS).default('comment'),
  author: nullableString,
  createdAt: nullableString,
  text: z.string().default(''),
  url: nullableString,
  status: z.enum(NODE_STATUSES).default('ok'),
  title: z.string().optional(),
  html: z.string().optional(),
  moreCount: z.number().int().nonnegative().optional(),
  range: rangeSchema.optional(),
});

export const sourceSchema = z.looseObject({
  kind: z.string().min(1).default('unknown'),
  url: nullableString,
  title: nullableString,
  retrievedAt: nullableString,
  structureGuessed: z.boolean().optional(),
});

/** One entry of `links`; a bad entry is dropped with a warning rather than failing the file. */
export const linkSchema = z.looseObject({
  from: z.string().min(1),
  to: z.string().min(1),
  kind: z.string().min(1).default('quote'),
});

export const tagSchema = z.enum(['pro', 'con', 'question']);

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
