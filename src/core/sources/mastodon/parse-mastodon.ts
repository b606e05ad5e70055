import { z } from '../../zod-without-eval';
import type { Thread, ThreadNode } from '../../map/types';
import { importError, ok, type Result } from '../../result';
import { htmlToText, safeHref } from '../../text';
import type { ParseContext, SourceInput } from '../types';
import { orderAsTree } from '../tree-order';
import { httpOrigin, isoTime } from '../source-values';
import { partialNotice } from '../../document/warnings';

const mastodonStatusSchema = z.looseObject({
  id: z.string(),
  in_reply_to_id: z.string().nullish(),
  created_at: z.string().nullish(),
  content: z.string().nullish(),
  spoiler_text: z.string().nullish(),
  url: z.string().nullish(),
  uri: z.string().nullish(),
  // Malformed extras cost only themselves, never the status.
  account: z.looseObject({ acct: z.string().nullish(), username: z.string().nullish() }).nullish().catch(null),
  media_attachments: z.array(z.looseObject({ type: z.string().nullish(), url: z.string().nullish(), description: z.string().nullish() })).nullish().catch(null),
  poll: z.looseObject({ options: z.array(z.looseObject({ title: z.string() })) }).nullish().catch(null),
});

const mastodonContextSchema = z.looseObject({
  status: z.unknown().optional(),
  ancestors: z.array(z.unknown()),
  descendants: z.array(z.unknown()),
});

type MastodonStatus = z.infer<typeof mastodonStatusSchema>;

/** Logged out, Mastodon's context API returns at most this many descendants. */
const LOGGED_OUT_DESCENDANT_LIMIT = 60;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a Mastodon status context: `ancestors` and `descendants` arrays, maybe a `status`. */
export function looksLikeMastodonContext(json: unknown): boolean {
  return isRecord(json) && Array.isArray(json['ancestors']) && Array.isArray(json['descendants']);
}



/** What a status says: its content warning, text, poll options and attachments, none dropped. */
function textOf(status: MastodonStatus, base: string | null): string {
  const parts: string[] = [];
  if (status.spoiler_text) parts.push(`Content warning: ${status.spoiler_text}`);
  if (status.content) parts.push(htmlToText(status.content, base));
  const options = status.poll?.options ?? [];
  if (options.length) parts.push(`Poll: ${options.map((option) => option.title).join(' / ')}`);
  for (const media of status.media_attachments ?? []) {
    const label = [media.type ?? 'attachment', media.description].filter(Boolean).join(': ');
    parts.push(`[${label}]${media.url ? ` ${media.url}` : ''}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

function statusNode(status: MastodonStatus): ThreadNode {
  // Permalinks become links in the app and in exports: only http(s) ones are kept.
  const url = safeHref(status.url ?? status.uri);
  const node: ThreadNode = {
    id: status.id,
    parent: status.in_reply_to_id ?? null,
    kind: 'comment',
    author: status.account?.acct ?? status.account?.username ?? null,
    createdAt: isoTime(status.created_at),
    text: textOf(status, httpOrigin(url)),
    url,
    status: 'ok',
  };
  if (status.content) node.html = status.content;
  return node;
}

function standIn(id: string, parent: string | null): ThreadNode {
  return { id, parent, kind: 'comment', author: null, createdAt: null, text: '', url: null, status: 'ok' };
}

/**
 * Parses a Mastodon `/api/v1/statuses/:id/context` body, or `{status, ancestors, descendants}`,
 * into a Thread rooted at the first ancestor (or the status itself).
 */
export function parseMastodon(input: SourceInput, context: ParseContext): Result<Thread> {
  const parsed = mastodonContextSchema.safeParse(input.json);
  if (!parsed.success) return importError('invalidThread', 'This Mastodon file has no ancestors and descendants lists; save the body of /api/v1/statuses/ID/context and open that file.');
  const warnings: string[] = [];
  const raw = parsed.data;
  const seen = new Set<string>();
  const read = (items: unknown[]): MastodonStatus[] => {
    const out: MastodonStatus[] = [];
    for (const item of items) {
      const status = mastodonStatusSchema.safeParse(item);
      if (!status.success) {
        warnings.push('A status without an id was left out.');
      } else if (!seen.has(status.data.id)) {
        seen.add(status.data.id);
        out.push(status.data);
      }
    }
    return out;
  };
  const ancestors = read(raw.ancestors);
  const focus = raw.status === undefined || raw.status === null ? [] : read([raw.status]);
  const descendants = read(raw.descendants);
  const nodes = [...ancestors, ...focus, ...descendants].map(statusNode);
  if (!nodes.length) return importError('invalidThread', 'This Mastodon context has no statuses at all, so there is no thread to show.');

  const placeholders: ThreadNode[] = [];
  // The context's own status is absent from a bare context body; its first reply names it.
  const contextId = focus[0]?.id ?? descendants[0]?.in_reply_to_id ?? null;
  if (contextId && !seen.has(contextId)) {
    placeholders.push(standIn(contextId, ancestors[ancestors.length - 1]?.id ?? null));
    seen.add(contextId);
    warnings.push(partialNotice(`The status ${contextId} that these replies answer is not in the file; an empty node stands for it.`));
  }
  for (const node of nodes) {
    if (node.parent === null || seen.has(node.parent)) continue;
    seen.add(node.parent);
    placeholders.push(standIn(node.parent, null));
    warnings.push(partialNotice(`Status ${node.parent}, which ${node.id} replies to, is not in the file (deleted, private or not loaded); an empty node stands for it.`));
  }

  const all = [...placeholders, ...nodes];
  const root = nodes.find((node) => node.parent === null) ?? placeholders.find((node) => node.parent === null) ?? all[0]!;
  root.parent = null;
  root.kind = 'post';
  for (const node of all) if (node !== root && node.parent === null) node.parent = root.id;

  if (descendants.length >= LOGGED_OUT_DESCENDANT_LIMIT) {
    warnings.push(partialNotice(`Mastodon returns at most ${LOGGED_OUT_DESCENDANT_LIMIT} replies to visitors who are not logged in; this thread may have more.`));
  }
  const tree = orderAsTree(all);
  warnings.push(...tree.warnings);
  return ok(
    {
      source: { kind: 'mastodon', url: context.sourceUrl ?? root.url, title: null, retrievedAt: context.retrievedAt },
      nodes: tree.nodes,
      links: [],
    },
    warnings,
  );
}
