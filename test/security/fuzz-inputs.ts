/**
 * Inputs for the fuzz and property tests of the importers: random bytes, mutated real fixtures,
 * threads whose parent references form cycles or repeat ids, deep nesting and huge strings.
 * Everything is generated from a seed; nothing here is committed as a data file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/** Seed of every property run, so that a failure can be replayed. */
export const SEED = 20261126;

const fixturePath = (name: string) => path.resolve(process.cwd(), 'test/fixtures', name);
const readJson = (name: string): unknown => JSON.parse(readFileSync(fixturePath(name), 'utf8'));
type Json = Record<string, unknown>;

/**
 * Each recorded thread, cut to a few dozen items so that a run of many mutations stays fast;
 * the cut keeps the real shape and text of every item it keeps.
 */
export function smallFixtures(): { name: string; text: string }[] {
  const firebase = (readJson('hn-firebase_14952787_flat-items_forum-explorer.json') as unknown[]).slice(0, 60);
  const algolia = readJson('hn-algolia-derived_14952787_first-3-top-level.json') as Json;
  const firstThread = (algolia.children as Json[])[0]!;
  const prune = (item: Json, depth: number): Json => ({ ...item, children: depth > 3 ? [] : (item.children as Json[]).slice(0, 3).map((child) => prune(child, depth + 1)) });
  const mastodon = readJson('mastodon_context_109294719267373593_rtoot.json') as Json;
  const discourse = readJson('discourse_t-2108_posts_criticalfallibilism.json') as { post_stream: Json };
  return [
    { name: 'hn-firebase', text: JSON.stringify(firebase) },
    { name: 'hn-algolia', text: JSON.stringify(prune({ ...algolia, children: [firstThread] }, 0)) },
    { name: 'hn-algolia-2014', text: readFileSync(fixturePath('hn-algolia_items-17_2014_node-hacker-news-api.json'), 'utf8') },
    { name: 'reddit', text: readFileSync(fixturePath('reddit_r-redditdev_2ujhkr_comments_reddift.json'), 'utf8') },
    { name: 'lobsters', text: readFileSync(fixturePath('lobsters_s-tdfoqh_compose-lobsters.json'), 'utf8') },
    { name: 'mastodon', text: JSON.stringify({ ...mastodon, descendants: (mastodon.descendants as unknown[]).slice(0, 15) }) },
    { name: 'discourse', text: JSON.stringify({ ...discourse, post_stream: { ...discourse.post_stream, posts: (discourse.post_stream.posts as unknown[]).slice(0, 8) } }) },
    { name: 'aif', text: readFileSync(path.resolve(process.cwd(), 'src/core/sources/aif/testdata/aifdb-nodeset-6064.json'), 'utf8') },
    { name: 'text', text: readFileSync(fixturePath('hn-text_eggos-unikernel-thread.txt'), 'utf8') },
  ];
}

/** Random bytes read as Latin-1 (every byte a character) or decoded as UTF-8 (U+FFFD for junk). */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.uint8Array({ maxLength: 3000 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.json({ maxDepth: 6 }),
);

export type TextEdit = { op: 'delete' | 'duplicate' | 'replace' | 'truncate' | 'insert'; at: number; length: number; with: string };

/** One edit of a span of text, at positions given as fractions so they fit any length. */
export const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'replace', 'truncate', 'insert'),
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  with: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', 'null', '\\u0000', '<p>', '\n\n', '>')),
});

/** Applies text edits in order. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    const end = Math.min(out.length, at + edit.length);
    if (edit.op === 'delete') out = out.slice(0, at) + out.slice(end);
    else if (edit.op === 'duplicate') out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
    else if (edit.op === 'replace') out = out.slice(0, at) + edit.with + out.slice(end);
    else if (edit.op === 'truncate') out = out.slice(0, at);
    else out = out.slice(0, at) + edit.with + out.slice(at);
  }
  return out;
}

export type JsonEdit = { op: 'flip' | 'replace' | 'remove' | 'duplicate' | 'nullify'; target: number; value: unknown };

/** One edit of a JSON value: a field or element changed to another type, removed or repeated. */
export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.record({
  op: fc.constantFrom('flip', 'replace', 'remove', 'duplicate', 'nullify'),
  target: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
});

/** The same value as another JSON type: strings become numbers, objects arrays, and so on. */
function flipType(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 'false';
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, i) => [String(i), item]));
  return Object.values(value as Json);
}

/** Every container and key in a JSON value, found iteratively. */
function slotsOf(root: unknown): { holder: Json | unknown[]; key: string | number }[] {
  const slots: { holder: Json | unknown[]; key: string | number }[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        slots.push({ holder: value, key: i });
        stack.push(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        slots.push({ holder: value as Json, key });
        stack.push((value as Json)[key]);
      }
    }
  }
  return slots;
}

/** Applies JSON edits to a copy of the value. */
export function applyJsonEdits(value: unknown, edits: readonly JsonEdit[]): unknown {
  const root = structuredClone(value);
  for (const edit of edits) {
    const slots = slotsOf(root);
    if (slots.length === 0) break;
    const { holder, key } = slots[edit.target % slots.length]!;
    const current = (holder as Json)[key as string];
    if (edit.op === 'flip') (holder as Json)[key as string] = flipType(current);
    else if (edit.op === 'replace') (holder as Json)[key as string] = edit.value;
    else if (edit.op === 'nullify') (holder as Json)[key as string] = null;
    else if (edit.op === 'remove') {
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
    } else if (Array.isArray(holder)) holder.splice(key as number, 0, structuredClone(current));
    else holder[`${key}`] = structuredClone(current);
  }
  return root;
}

/** A reply graph with any shape: parents may be missing, point to themselves or form cycles. */
export interface ReplyGraph {
  ids: number[];
  /** Index into ids of each item's parent, or null. */
  parents: (number | null)[];
}

export const replyGraph: fc.Arbitrary<ReplyGraph> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.option(fc.nat({ max: 45 }), { freq: 4 })), { minLength: 1, maxLength: 30 })
  .map((items) => ({ ids: items.map(([id]) => id), parents: items.map(([, parent]) => parent) }));

const parentId = (graph: ReplyGraph, i: number): number | null => {
  const p = graph.parents[i];
  // An index past the end names an id that is not in the input at all.
  return p === null || p === undefined ? null : (graph.ids[p] ?? 1000 + p);
};

/** The reply graph written in each format that names parents, ids repeated and cycles kept. */
export function threadsOf(graph: ReplyGraph): { format: string; json: unknown }[] {
  const at = (i: number) => ({ time: 1_600_000_000 + i, text: `<p>comment ${i}</p>` });
  const n = graph.ids.length;
  const each = <T>(f: (id: number, parent: number | null, i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(graph.ids[i]!, parentId(graph, i), i));
  return [
    { format: 'hn-firebase', json: each((id, parent, i) => ({ id, type: i === 0 ? 'story' : 'comment', by: 'a', ...at(i), ...(parent === null ? {} : { parent }) })) },
    {
      format: 'reddit',
      json: [
        { kind: 'Listing', data: { children: [{ kind: 't3', data: { id: 'p', name: 't3_p', title: 'T' } }] } },
        { kind: 'Listing', data: { children: each((id, parent) => ({ kind: 't1', data: { id: `c${id}`, name: `t1_c${id}`, parent_id: parent === null ? 't3_p' : `t1_c${parent}`, body: 'x', replies: '' } })) } },
      ],
    },
    { format: 'lobsters', json: { short_id: 's', title: 'T', comments: each((id, parent) => ({ short_id: `c${id}`, comment: '<p>x</p>', parent_comment: parent === null ? null : `c${parent}` })) } },
    { format: 'discourse', json: { id: 9, title: 'T', post_stream: { posts: each((id, parent) => ({ id: 100 + id, post_number: id, reply_to_post_number: parent, cooked: '<p>x</p>', username: 'u' })) } } },
    { format: 'mastodon', json: { ancestors: [], descendants: each((id, parent) => ({ id: String(id), in_reply_to_id: parent === null ? null : String(parent), content: '<p>x</p>' })) } },
    {
      format: 'threadmap',
      json: {
        format: 'threadmap',
        version: 1,
        generator: 'fuzz',
        exportedAt: '2026-11-26T14:00:00.000Z',
        source: { kind: 'hn', url: null, title: null, retrievedAt: null },
        nodes: each((id, parent) => ({ id: String(id), parent: parent === null ? null : String(parent), kind: 'comment', author: null, createdAt: null, text: 'x', url: null, status: 'ok' })),
        links: [],
        annotations: {},
      },
    },
  ];
}

/** JSON text nested `depth` levels, built as text because JSON.stringify itself would overflow. */
export function nestedJsonText(depth: number, open: string, close: string, leaf = '1'): string {
  return open.repeat(depth) + leaf + close.repeat(depth);
}
