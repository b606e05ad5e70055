import { z } from '../../zod-without-eval';
import type { Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import type { ParseContext, SourceInput, SourceParser } from '../types';
import { hnIdSchema, hnItemUrl, looseBoolean, looseNumber, looseString, toHnNode, toMoreNode, type HnItem } from './item';
import { isoTime } from '../source-values';
import { partialNotice } from '../../document/warnings';

const firebaseItemSchema = z.object({
  id: hnIdSchema,
  type: looseString,
  by: looseString,
  time: looseNumber,
  text: looseString,
  title: looseString,
  url: looseString,
  parent: hnIdSchema.nullish().catch(null),
  kids: z.array(hnIdSchema).nullish().catch(null),
  descendants: looseNumber,
  deleted: looseBoolean,
  dead: looseBoolean,
});

type FirebaseItem = z.infer<typeof firebaseItemSchema>;

const HN_TYPES = new Set(['story', 'comment', 'job', 'poll', 'pollopt']);
const POST_TYPES = new Set(['story', 'job', 'poll']);

function looksLikeFirebaseItem(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const item = value as Record<string, unknown>;
  return typeof item['id'] === 'number' && typeof item['type'] === 'string' && HN_TYPES.has(item['type']) && typeof item['time'] === 'number';
}

/** True for Firebase `item/ID.json` objects: one item, or a flat array of them. */
export function sniffHnFirebase(input: SourceInput): boolean {
  const json = input.json;
  if (Array.isArray(json)) return json.length > 0 && looksLikeFirebaseItem(json[0]);
  return looksLikeFirebaseItem(json);
}

function toItem(raw: FirebaseItem): HnItem {
  return {
    id: raw.id,
    type: raw.type ?? null,
    author: raw.by ?? null,
    createdAt: isoTime(null, raw.time),
    html: raw.text ?? null,
    title: raw.title ?? null,
    link: raw.url ?? null,
    deleted: raw.deleted === true,
    dead: raw.dead === true,
  };
}

function pickRoot(items: readonly FirebaseItem[], byId: ReadonlyMap<string, FirebaseItem>): FirebaseItem {
  const unparented = items.filter((item) => item.parent == null || !byId.has(item.parent));
  return unparented.find((item) => item.type != null && POST_TYPES.has(item.type)) ?? unparented[0] ?? items[0]!;
}

/**
 * Orders each item's replies as HN ranks them (the parent's `kids`), then replies the parent
 * does not list, in file order.
 */
function childrenByParent(items: readonly FirebaseItem[], byId: ReadonlyMap<string, FirebaseItem>, rootId: string): Map<string, FirebaseItem[]> {
  const children = new Map<string, FirebaseItem[]>();
  for (const item of items) {
    if (item.id === rootId) continue;
    const parent = item.parent != null && byId.has(item.parent) ? item.parent : rootId;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(item);
  }
  for (const [parentId, list] of children) {
    const kids = byId.get(parentId)?.kids ?? [];
    const rank = new Map(kids.map((kid, i) => [kid, i] as const));
    const fileOrder = new Map(list.map((item, i) => [item, i] as const));
    list.sort((a, b) => (rank.get(a.id) ?? kids.length + fileOrder.get(a)!) - (rank.get(b.id) ?? kids.length + fileOrder.get(b)!));
  }
  return children;
}

/**
 * Parses Firebase API items (a flat array, or one item) into a thread in HN's ranked order.
 * Replies the input does not hold become one "more" node under the item that lists them.
 */
export function parseHnFirebase(json: unknown, context: ParseContext): Result<Thread> {
  const rawItems = Array.isArray(json) ? json : [json];
  const items: FirebaseItem[] = [];
  const byId = new Map<string, FirebaseItem>();
  let skipped = 0;
  let repeated = 0;
  for (const raw of rawItems) {
    const parsed = firebaseItemSchema.safeParse(raw);
    if (!parsed.success) skipped++;
    else if (byId.has(parsed.data.id)) repeated++;
    else {
      items.push(parsed.data);
      byId.set(parsed.data.id, parsed.data);
    }
  }
  if (items.length === 0) {
    return importError('invalidThread', 'No Hacker News item with a numeric "id" was found. Load the JSON of https://hacker-news.firebaseio.com/v0/item/<id>.json, or an array of such items.');
  }

  const root = pickRoot(items, byId);
  const children = childrenByParent(items, byId, root.id);
  const nodes: ThreadNode[] = [];
  const reached = new Set<string>();
  let missingKids = 0;
  const oneItem = rawItems.length === 1;
  // Depth-first pre-order with an explicit stack: replies nest hundreds deep.
  const walkFrom = (start: FirebaseItem, startParent: string | null): void => {
    const stack: { item: FirebaseItem; parent: string | null }[] = [{ item: start, parent: startParent }];
    while (stack.length > 0) {
      const { item, parent } = stack.pop()!;
      if (reached.has(item.id)) continue;
      reached.add(item.id);
      nodes.push(toHnNode(toItem(item), parent));
      const present = children.get(item.id) ?? [];
      const kids = item.kids ?? [];
      const absent = kids.filter((kid) => !byId.has(kid)).length;
      if (absent > 0) {
        missingKids += absent;
        // A lone story's descendants counts its whole thread, which is what is missing then.
        const count = present.length === 0 && absent === kids.length && item.descendants ? item.descendants : absent;
        nodes.push(toMoreNode(item.id, count, oneItem ? 'this file holds only this item.' : 'the file does not hold them.'));
      }
      for (let i = present.length - 1; i >= 0; i--) stack.push({ item: present[i]!, parent: item.id });
    }
  };
  walkFrom(root, null);
  // Items on a parent cycle are never reached from the root: cut each cycle under the root.
  let cycles = 0;
  for (const item of items) {
    if (reached.has(item.id)) continue;
    cycles++;
    walkFrom(item, root.id);
  }

  const warnings: string[] = [];
  const orphans = items.filter((item) => item.id !== root.id && (item.parent == null || !byId.has(item.parent))).length;
  if (orphans > 0) warnings.push(partialNotice(`${orphans} item(s) reply to items that are not in the file; they are shown under the root.`));
  if (cycles > 0) warnings.push(`${cycles} reply cycle(s) were cut; the item where each was cut is shown under the root.`);
  if (missingKids > 0) warnings.push(partialNotice(`${missingKids} repl(ies) listed in "kids" are not in the file; "more" nodes stand for them.`));
  if (skipped > 0) warnings.push(`${skipped} entr(ies) without a numeric id were left out.`);
  if (repeated > 0) warnings.push(`${repeated} item(s) appeared more than once; only the first was kept.`);

  return ok(
    {
      source: { kind: 'hn', url: hnItemUrl(root.id), title: root.title ?? null, retrievedAt: context.retrievedAt },
      nodes,
      links: [],
    },
    warnings,
  );
}

export const hnFirebaseParser: SourceParser = {
  format: 'hn-firebase',
  label: 'Hacker News (Firebase item API)',
  sniff: sniffHnFirebase,
  parse: (input, context) => parseHnFirebase(input.json, context),
};
