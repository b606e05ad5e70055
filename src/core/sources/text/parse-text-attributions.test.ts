import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../../map/types';
import { parseText } from './parse-text';

const EMAIL = readFileSync(new URL('./testdata/email-thread.txt', import.meta.url), 'utf8');
const context = { retrievedAt: null };

function parse(text: string): Thread {
  const result = parseText(text, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('parseText on a pasted e-mail style thread', () => {
  const thread = parse(EMAIL);

  it('[regression] makes no card of an attribution line: each names the author of what follows', () => {
    expect(thread.nodes.map((n) => [n.id, n.author])).toEqual([
      ['t0', null],
      ['t1', 'Alice Chen'],
      ['t2', 'Bob Okafor'],
      ['t3', 'Carol Diaz'],
      // "On …, Bob Okafor wrote:" and "Quoting Carol Diaz:" above a `>` quote name whom the
      // comment quotes; who wrote the answer the text does not say.
      ['t4', null],
      ['t5', 'Dan Ito'],
      ['t6', null],
    ]);
    for (const node of thread.nodes) {
      expect(node.text.trim(), node.id).not.toBe('');
      expect(node.text, node.id).not.toMatch(/\b(?:wrote|said):|Quoting /);
    }
    expect(thread.nodes[1]!.text).toMatch(/^I'd like to move our wiki pages into the main repository as Markdown files\. Reviews would cover [\s\S]*\n\nAny objections before I start on Monday\?$/);
  });

  it('hangs a reply under the comment it quotes or the person it addresses', () => {
    const parents = Object.fromEntries(thread.nodes.map((n) => [n.id, n.parent]));
    expect(parents).toEqual({ t0: null, t1: 't0', t2: 't1', t3: 't2', t4: 't2', t5: 't2', t6: 't3' });
    expect(thread.nodes[4]!.text).toBe('> so people will stop fixing typos\n\nThey mostly stopped already, because nobody remembers the wiki password. Moving the pages can only make it easier.');
    expect(thread.links).toContainEqual({ from: 't4', to: 't2', kind: 'quote' });
  });
});

describe('parseText on a comment page copied with its header lines', () => {
  const text = [
    'Ask HN: Is a hot dog a sandwich?',
    '',
    'dang 3 hours ago | parent | next [–]',
    'No, a sandwich needs two separate pieces of bread.',
    '',
    'It is a taco, if anything.',
    '',
    'reply',
    '',
    'tptacek 2 hours ago | parent | next [–]',
    'A taco is folded the same way, so the bread argument settles nothing.',
    'reply',
    '',
    'patio11 1 hour ago | prev [–]',
    'Yes, it is bread around a filling and nothing else.',
    'reply',
  ].join('\n');
  const thread = parse(text);

  it('starts a comment at every header line, takes its author from it, and drops the page links', () => {
    expect(thread.nodes.map((n) => [n.author, n.text])).toEqual([
      [null, 'Ask HN: Is a hot dog a sandwich?'],
      ['dang', 'No, a sandwich needs two separate pieces of bread.\n\nIt is a taco, if anything.'],
      ['tptacek', 'A taco is folded the same way, so the bread argument settles nothing.'],
      ['patio11', 'Yes, it is bread around a filling and nothing else.'],
    ]);
    expect(thread.nodes[2]!.parent).toBe('t1');
  });

  it('leaves a lone "X wrote:" inside a long comment text as text', () => {
    const long = ['A title line', '', ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says something about the subject.`), 'Alice wrote:', 'A quoted line.'].join('\n\n');
    const parsed = parse(long);
    expect(parsed.nodes.some((n) => n.text.includes('Alice wrote:'))).toBe(true);
    expect(parsed.nodes.every((n) => n.author === null)).toBe(true);
  });
});

describe('parseText on pathological attributions', () => {
  it('parses 50,000 attributed comments, each addressing the one before, to completion', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `user${i} wrote:\n@user${i - 1} reply number ${i} about ${i % 97}.`).join('\n\n');
    const thread = parse(text);
    expect(thread.nodes).toHaveLength(50_000);
    expect(thread.nodes[49_999]).toMatchObject({ author: 'user49999', parent: 't49998' });
  });
});
