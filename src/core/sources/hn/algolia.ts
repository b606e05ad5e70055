import { z } from '../../zod-without-eval';
import type { Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import type { ParseContext, SourceInput, SourceParser } from '../types';
import { dataNotice } from '../../document/warnings';
import { hnIdSchema, hnItemUrl, looseNumber, looseString, toHnNode, type HnItem } from './item';
import { isoTime } from '../source-values';

// Children are checked one item at a time while walking, so the schema is not recursive.
const algoliaItemSchema = z.object({
  id: hnIdSchema,
  type: looseString,
  author: looseString,
  created_at: looseString,
  created_at_i: looseNumber,
  text: looseString,
  title: looseString,
  url: looseString,
  children: z.array(z.unknown()).nullish().catch(null),
});

type AlgoliaItem = z.infer<typeof algoliaItemSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a nested `hn.algolia.com/api/v1/items/:id` response, old or current shape. */
export function sniffHnAlgolia(input: SourceInput): boolean {
  const json = input.json;
  if (!isRecord(json) || !('id' in json) || !Array.isArray(json['children'])) return false;
  if ('created_at_i' in json || 'created_at' in json || 'story_id' in json || 'parent_id' in json) return true;
  // Algolia serializes a deleted or dead item as its id and children only.
  return Object.keys(json).length === 2;
}

function toItem(raw: AlgoliaItem): HnItem {
  // Only deleted and dead items lose their author, time and type; the two look alike there.
  const tombstone = raw.type == null && raw.author == null && raw.created_at == null && raw.created_at_i == null;
  return {
    id: raw.id,
    type: raw.type ?? null,
    author: raw.author ?? null,
    createdAt: isoTime(raw.created_at, raw.created_at_i),
    html: raw.text ?? null,
    title: raw.title ?? null,
    link: raw.url ?? null,
    deleted: tombstone,
    dead: false,
  };
}

/**
 * Parses an Algolia items response into a thread, keeping Algolia's order of children.
 * Deleted and dead items come as `{id, children}` only and cannot be told apart, so both get
 * status "deleted" (the format has no "gone, cause unknown"), with a warning saying some may be
 * dead; their replies stay under them.
 */
export function parseHnAlgolia(json: unknown, context: ParseContext): Result<Thread> {
  const root = algoliaItemSchema.safeParse(json);
  if (!root.success) {
    return importError('invalidThread', 'This does not look like a Hacker News item from hn.algolia.com: it has no numeric "id". Load the response of https://hn.algolia.com/api/v1/items/<id> as it is.');
  }
  const nodes: ThreadNode[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let repeated = 0;
  let tombstones = 0;
  // Depth-first pre-order with an explicit stack: replies nest hundreds deep.
  const stack: { raw: unknown; parent: string | null }[] = [{ raw: json, parent: null }];
  while (stack.length > 0) {
    const { raw, parent } = stack.pop()!;
    const parsed = algoliaItemSchema.safeParse(raw);
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const item = parsed.data;
    if (seen.has(item.id)) {
      repeated++;
      continue;
    }
    seen.add(item.id);
    const hnItem = toItem(item);
    if (hnItem.deleted) tombstones++;
    nodes.push(toHnNode(hnItem, parent));
    const children = item.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ raw: children[i], parent: item.id });
  }

  const warnings: string[] = [];
  if (skipped > 0) warnings.push(`${skipped} item(s) without a numeric id were left out, with their replies.`);
  if (repeated > 0) warnings.push(`${repeated} item(s) appeared more than once; only the first was kept.`);
  // On the recorded 14952787 thread the Firebase API calls 14 of these 33 deleted and 19 dead.
  if (tombstones > 0) {
    warnings.push(
      dataNotice(`${tombstones.toLocaleString('en-US')} ${tombstones === 1 ? 'comment comes' : 'comments come'} as an id and replies only, which is how Algolia writes both deleted and dead (flagged) comments: ${tombstones === 1 ? 'it is' : 'they are'} marked "deleted", but the cause is unknown and some may be dead. The Firebase API (hacker-news.firebaseio.com) tells the two apart.`),
    );
  }
  const first = nodes[0]!;
  return ok(
    {
      source: { kind: 'hn', url: hnItemUrl(first.id), title: root.data.title ?? null, retrievedAt: context.retrievedAt },
      nodes,
      links: [],
    },
    warnings,
  );
}

export const hnAlgoliaParser: SourceParser = {
  format: 'hn-algolia',
  label: 'Hacker News (Algolia items API)',
  sniff: sniffHnAlgolia,
  parse: (input, context) => parseHnAlgolia(input.json, context),
};
