import type { Thread, ThreadNode } from '../../../map/types';

/**
 * Renders a thread whose structure is known as the text a person gets by copying its page, and
 * records where each comment starts and what it replies to: the ground truth the plain-text
 * importer is measured against.
 *
 * - `reader`: as a reader app shows it (the shipped sample): a comment's first paragraph bare and
 *   its later paragraphs as blocks with margins, so paragraphs are separated by a blank line, a
 *   multi-paragraph comment is followed by a blank line and a one-paragraph comment by a single
 *   line break. No authors, no indentation.
 * - `headers`: as a comment page copies: a header line above each comment
 *   (`user 3 hours ago | parent | next [–]`), its paragraphs, then the page's `reply` link.
 */
export type CopyStyle = 'reader' | 'headers';

/** One comment of the rendered text, as the importer should find it. */
export interface TrueComment {
  /** 0-based line of its first paragraph. */
  line: number;
  /** Index (in the list) of the comment it replies to, -1 for the thread's root, null when unknown. */
  parent: number | null;
  author: string | null;
  /** The first line of its text, to find it again. */
  firstLine: string;
}

export interface CopiedText {
  text: string;
  /** Comments in reading order; the root (title and post) is not among them. */
  comments: TrueComment[];
}

const HOUR = 3_600_000;

function ageOf(createdAt: string | null, now: number): string {
  const hours = createdAt ? Math.max(1, Math.round((now - Date.parse(createdAt)) / HOUR)) : 1;
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  if (days < 60) return `${days} days ago`;
  const months = Math.round(days / 30);
  return months < 24 ? `${months} months ago` : `${Math.round(months / 12)} years ago`;
}

/** Paragraphs of a node's text with the blank lines inside them collapsed away. */
function paragraphsOf(node: ThreadNode): string[] {
  return node.text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Renders `thread` in one copy style; comments without text (deleted, stubs) are left out. */
export function renderCopiedText(thread: Thread, style: CopyStyle): CopiedText {
  const [root, ...rest] = thread.nodes;
  if (!root) return { text: '', comments: [] };
  const now = Math.max(0, ...thread.nodes.map((n) => (n.createdAt ? Date.parse(n.createdAt) : 0))) + HOUR;
  const lines: string[] = [];
  const title = root.title ?? thread.source.title;
  if (title) lines.push(title, '');
  // A link post's text is its URL, which a page shows as the title's link, not as text.
  const rootParagraphs = paragraphsOf(root);
  const linkOnly = rootParagraphs.length === 1 && /^https?:\/\/\S+$/.test(rootParagraphs[0]!);
  if (!linkOnly) for (const paragraph of rootParagraphs) lines.push(...paragraph.split('\n'), '');

  // The nearest rendered ancestor of each node: a reply to a left-out comment answers its parent.
  const indexOf = new Map<string, number>([[root.id, -1]]);
  const parentOf = new Map(thread.nodes.map((n) => [n.id, n.parent]));
  const renderedAncestor = (id: string | null): number => {
    let current = id;
    while (current !== null) {
      const found = indexOf.get(current);
      if (found !== undefined) return found;
      current = parentOf.get(current) ?? null;
    }
    return -1;
  };

  const comments: TrueComment[] = [];
  for (const node of rest) {
    const paragraphs = paragraphsOf(node);
    if (node.kind === 'more' || paragraphs.length === 0) continue;
    if (style === 'headers') lines.push(`${node.author ?? 'anonymous'} ${ageOf(node.createdAt, now)} | parent | next [–]`);
    const first = paragraphs[0]!.split('\n')[0]!;
    comments.push({ line: lines.length, parent: renderedAncestor(node.parent), author: style === 'headers' ? (node.author ?? 'anonymous') : null, firstLine: first });
    indexOf.set(node.id, comments.length - 1);
    paragraphs.forEach((paragraph, i) => {
      if (i > 0) lines.push('');
      lines.push(...paragraph.split('\n'));
    });
    if (style === 'headers') lines.push('reply', '');
    else if (paragraphs.length > 1) lines.push('');
  }
  return { text: lines.join('\n'), comments };
}
