import { describe, expect, it } from 'vitest';
import type { Thread, ThreadNode } from '../../../map/types';
import { renderCopiedText } from './render-copied-text';
import { scoreTextImport } from './score-text-import';

const node = (id: string, parent: string | null, text: string, author: string | null = null): ThreadNode => ({
  id, parent, kind: parent === null ? 'post' : 'comment', author, createdAt: null, text, url: null, status: 'ok',
});
const thread = (nodes: ThreadNode[]): Thread => ({ source: { kind: 'text', url: null, title: null, retrievedAt: null }, nodes, links: [] });

describe('scoreTextImport', () => {
  it('counts boundaries and parents as worked out by hand', () => {
    // Truth: comments start on lines 2, 4 and 7; the second replies to the first, the others to the root.
    const truth = [
      { line: 2, parent: -1, author: 'ann', firstLine: 'a' },
      { line: 4, parent: 0, author: 'bob', firstLine: 'b' },
      { line: 7, parent: -1, author: 'cy', firstLine: 'c' },
    ];
    // Found: nodes on lines 2, 5 and 7; 5 under 2, and 7 under 2 as well.
    const parsed = thread([node('r', null, 'root'), node('x', 'r', 'a', 'ann'), node('y', 'x', 'b'), node('z', 'x', 'c', 'cy')]);
    const score = scoreTextImport(truth, parsed, [2, 5, 7]);
    // Lines 2 and 7 match: 2 of 3 found, 2 of 3 true. Line 2's parent (root) is right, line 7's
    // (line 2 instead of the root) wrong: 1 of 2. Both matched comments have the right author.
    expect(score).toEqual({ trueComments: 3, foundComments: 3, matched: 2, precision: 2 / 3, recall: 2 / 3, parentAccuracy: 1 / 2, authorAccuracy: 1 });
  });
});

describe('renderCopiedText', () => {
  const source = thread([
    { ...node('p', null, 'https://example.org/story'), title: 'A story' },
    node('a', 'p', 'First paragraph.\n\nSecond paragraph.', 'ann'),
    node('b', 'a', 'A one-line reply.', 'bob'),
    node('gone', 'a', ''),
    node('c', 'gone', 'Reply to a deleted comment.', 'cy'),
  ]);

  it('ends a multi-paragraph comment with a blank line and a one-paragraph comment with a line break', () => {
    const copied = renderCopiedText(source, 'reader');
    expect(copied.text).toBe('A story\n\nFirst paragraph.\n\nSecond paragraph.\n\nA one-line reply.\nReply to a deleted comment.');
    // The reply to the left-out comment answers that comment's parent.
    expect(copied.comments.map((c) => [c.line, c.parent])).toEqual([[2, -1], [6, 0], [7, 0]]);
  });

  it('puts a header line above each comment and the page link word after it', () => {
    const copied = renderCopiedText(source, 'headers');
    expect(copied.text.split('\n').slice(2, 8)).toEqual(['ann 1 hour ago | parent | next [–]', 'First paragraph.', '', 'Second paragraph.', 'reply', '']);
    expect(copied.comments.map((c) => c.author)).toEqual(['ann', 'bob', 'cy']);
  });
});
