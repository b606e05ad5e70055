import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

export interface QuotedPost {
  postNumber: number;
  /** null when the quote does not name a topic, which means this topic. */
  topicId: number | null;
}

/**
 * The posts a Discourse post quotes: Discourse renders `[quote="user, post:N, topic:T"]` as
 * `<aside class="quote" data-post="N" data-topic="T">`.
 */
export function findQuotedPosts(cooked: string): QuotedPost[] {
  // Cheap guard: most posts quote nothing, and parsing them twice would double the import time.
  if (!cooked.includes('data-post')) return [];
  const found: QuotedPost[] = [];
  const stack: ChildNode[] = [...parseDocument(cooked).children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const classes = (node.attribs['class'] ?? '').split(/\s+/);
    const post = Number(node.attribs['data-post']);
    if (node.name === 'aside' && classes.includes('quote') && Number.isInteger(post) && post > 0) {
      const topic = Number(node.attribs['data-topic']);
      found.push({ postNumber: post, topicId: Number.isInteger(topic) && topic > 0 ? topic : null });
    }
    // A loop, not push(...): an element can hold more children than a call takes arguments.
    for (const child of node.children) stack.push(child);
  }
  return found;
}
