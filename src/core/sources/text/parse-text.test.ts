import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Thread, ThreadNode } from '../../map/types';
import { ONE_BLOCK_WARNING, parseText } from './parse-text';
import { textParser } from './index';

const SAMPLE = readFileSync(new URL('../../../../test/fixtures/hn-text_eggos-unikernel-thread.txt', import.meta.url), 'utf8');
const context = { retrievedAt: '2026-11-26T13:59:58.000Z' };

function parse(text: string): Thread {
  const result = parseText(text, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The node whose text starts with `prefix` (exactly one must). */
function nodeStarting(thread: Thread, prefix: string): ThreadNode {
  const found = thread.nodes.filter((n) => n.text.startsWith(prefix));
  expect(found, prefix).toHaveLength(1);
  return found[0]!;
}

describe('parseText on the shipped Hacker News sample', () => {
  const thread = parse(SAMPLE);
  const parentOf = (prefix: string): string | null => {
    const parent = nodeStarting(thread, prefix).parent;
    return parent === null ? null : thread.nodes.find((n) => n.id === parent)!.text;
  };

  it('makes the header a titled root post and 31 comment blocks under it', () => {
    expect(thread.nodes).toHaveLength(32);
    expect(thread.nodes[0]).toMatchObject({
      id: 't0',
      parent: null,
      kind: 'post',
      title: 'A Go unikernel running on x86 bare metal',
      text: '177 github.com\n\nA Go unikernel running on x86 bare metal',
    });
    expect(thread.nodes.map((n) => n.id)).toEqual(Array.from({ length: 32 }, (_, i) => `t${i}`));
    expect(thread.nodes.every((n) => n.text !== 'Refreshing Comments...')).toBe(true);
    expect(thread.nodes.slice(1).every((n) => n.kind === 'comment' && n.author === null && n.createdAt === null && n.url === null && n.status === 'ok')).toBe(true);
  });

  it('keeps a multi-paragraph comment as one node', () => {
    expect(nodeStarting(thread, 'Honest question')).toMatchObject({ id: 't1', parent: 't0' });
    expect(nodeStarting(thread, 'Honest question').text.split('\n\n')).toEqual([
      'Honest question: why use a unikernel on bare metal?',
      expect.stringMatching(/^I can see the lure on top of an hypervisor\./),
      expect.stringMatching(/^On bare metal however, .* Is there more \?$/),
    ]);
    expect(nodeStarting(thread, "I haven't done it").text.split('\n\n')).toHaveLength(3);
    expect(nodeStarting(thread, 'Well, the usual definition').text).toContain('Though the distinction between "process" and "thread"');
  });

  it('[regression] ends a multi-paragraph comment where a run of blank-separated paragraphs turns to another subject', () => {
    // A one-paragraph comment ends with a single break, so every comment inside such a run has
    // two paragraphs or more: "Also, …" still belongs to the comment before, "One reason …" not.
    expect(nodeStarting(thread, 'Why pay the performance price').text.split('\n\n')).toHaveLength(3);
    expect(nodeStarting(thread, 'One reason to avoid bare metal is drivers').text.split('\n\n')).toHaveLength(2);
    // After "Can you elaborate more?" the long answer is another comment, however many words it shares.
    expect(nodeStarting(thread, 'Very curious. Can you elaborate more?').text).toMatch(/finance\.$/);
    expect(nodeStarting(thread, 'I am building an new way').text).toMatch(/It is what you cannot see that matters most\.$/);
  });

  it('makes a comment that nearly quotes an earlier sentence a reply to it, with a quote link', () => {
    const quoting = nodeStarting(thread, 'Why pay the performance price of a full kernel in your machine');
    expect(quoting.parent).toBe('t1');
    expect(thread.links).toContainEqual({ from: quoting.id, to: 't1', kind: 'quote' });
  });

  it('nests the reply chains the sample shows', () => {
    expect(parentOf("Let's say I grabbed the e1000 driver")).toMatch(/^Of course you'll need to write a OS specific driver/);
    expect(parentOf("I haven't done it")).toMatch(/^Let's say I grabbed/);
    expect(parentOf('The e1000 came to mind')).toMatch(/^I haven't done it/);
    expect(parentOf('e1000 is pretty common in servers')).toMatch(/^The e1000 came to mind/);
    expect(parentOf('Hard to say')).toMatch(/^How much benefit would it be/);
    expect(parentOf('Hi Asim')).toMatch(/^This is fascinating to me/);
    expect(parentOf('Not at this time')).toMatch(/^Hi Asim/);
    expect(parentOf('Not yet but planning')).toMatch(/^Anyone's using this in production\?/);
    expect(parentOf('FreeRTOS is a unikernel')).toMatch(/^At least one or two order of magnitude/);
    expect(parentOf('By that definition, older unixes')).toMatch(/^FreeRTOS is a unikernel/);
    expect(parentOf('Well, the usual definition')).toMatch(/^By that definition/);
    expect(parentOf('I work a little on nanos')).toMatch(/^u\/eyberg's/);
  });

  it('starts new threads under the root where a comment picks up nothing of the one before', () => {
    for (const prefix of ['How much benefit', 'What are the differences', 'This is fascinating', 'The README is concise', "Anyone's using", 'At least one or two', "u/eyberg's"]) {
      expect(nodeStarting(thread, prefix).parent, prefix).toBe('t0');
    }
  });

  it('says where the text came from and that its structure was guessed', () => {
    expect(thread.source).toEqual({
      kind: 'text',
      url: null,
      title: 'A Go unikernel running on x86 bare metal',
      retrievedAt: '2026-11-26T13:59:58.000Z',
      structureGuessed: true,
    });
  });

  it('gives the same ids and parents on every run', () => {
    expect(parse(SAMPLE)).toEqual(thread);
    expect(parse(SAMPLE.replace(/\n/g, '\r\n'))).toEqual(thread);
  });

  it('lists every parent before its replies', () => {
    const seen = new Set<string>();
    for (const node of thread.nodes) {
      if (node.parent !== null) expect(seen.has(node.parent)).toBe(true);
      seen.add(node.id);
    }
  });
});

describe('parseText on small made-up threads', () => {
  it('makes a root post of the first block when there is no header', () => {
    const thread = parse('Is a hot dog a sandwich?\n\nNo, a sandwich needs two separate pieces of bread.\nYes, it is bread around a filling and nothing else.');
    expect(thread.nodes.map((n) => [n.id, n.parent, n.kind])).toEqual([
      ['t0', null, 'post'],
      ['t1', 't0', 'comment'],
      ['t2', 't1', 'comment'],
    ]);
    expect(thread.nodes[0]!.title).toBe('Is a hot dog a sandwich?');
    expect(thread.source.title).toBe('Is a hot dog a sandwich?');
  });

  it('answers a `>` quote to the block it quotes, keeping the answer with the quote', () => {
    const thread = parse(
      [
        'Is Rust worth learning this year?',
        '',
        'The borrow checker takes a few weeks to get used to, but after that it mostly helps you.',
        'Compile times are still a pain on large projects, even with incremental builds turned on.',
        '',
        '> The borrow checker takes a few weeks to get used to',
        '',
        'For me it took months, and I still fight it with async code.',
        '',
        '> Compile times are still a pain on large projects',
        '',
        'Splitting the crate into smaller ones helps a lot there.',
      ].join('\n'),
    );
    expect(thread.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['t0', null],
      ['t1', 't0'],
      ['t2', 't0'],
      ['t3', 't1'],
      ['t4', 't2'],
    ]);
    expect(thread.nodes[3]!.text).toBe('> The borrow checker takes a few weeks to get used to\n\nFor me it took months, and I still fight it with async code.');
    expect(thread.links).toEqual([
      { from: 't3', to: 't1', kind: 'quote' },
      { from: 't4', to: 't2', kind: 'quote' },
    ]);
  });

  it('hangs a `>` quote of unknown origin under the block before it', () => {
    const thread = parse('Root post about editors.\n\nVim is fine for me.\n> a line quoted from somewhere else\nI reply to that line.');
    expect(thread.nodes.map((n) => [n.id, n.parent, n.text])).toEqual([
      ['t0', null, 'Root post about editors.'],
      ['t1', 't0', 'Vim is fine for me.'],
      ['t2', 't1', '> a line quoted from somewhere else\n\nI reply to that line.'],
    ]);
    expect(thread.links).toEqual([]);
  });

  it('reads depth from indentation when replies are indented', () => {
    const thread = parse(
      [
        'Show HN: A tiny map tool',
        '',
        'First top-level comment.',
        '  A reply to the first comment.',
        '    A reply to the reply.',
        '',
        '    It has a second paragraph.',
        '  A second reply to the first comment.',
        'Second top-level comment.',
        '\tA reply to the second one.',
      ].join('\n'),
    );
    expect(thread.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['t0', null],
      ['t1', 't0'],
      ['t2', 't1'],
      ['t3', 't2'],
      ['t4', 't1'],
      ['t5', 't0'],
      ['t6', 't5'],
    ]);
    expect(thread.nodes[3]!.text).toBe('A reply to the reply.\n\nIt has a second paragraph.');
  });

  it('joins hard-wrapped lines back into one paragraph', () => {
    const thread = parse(
      [
        'Why do some people still wrap their lines by hand?',
        '',
        'This comment was written in an editor that wraps lines at a fixed width',
        'so every sentence runs over several lines, and none of those line',
        'breaks is a reply.',
        'Thanks, that explains why the editor does this to wrapped lines.',
      ].join('\n'),
    );
    expect(thread.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['t0', null],
      ['t1', 't0'],
      ['t2', 't1'],
    ]);
    expect(thread.nodes[1]!.text).toBe(
      'This comment was written in an editor that wraps lines at a fixed width so every sentence runs over several lines, and none of those line breaks is a reply.',
    );
  });

  it('makes each blank-line-separated paragraph a comment when no single break separates any', () => {
    const thread = parse(
      [
        'Should the city build the new tram line?',
        'Yes, the buses on that route are full every morning and the tram would carry twice as many people.',
        'Also, trams are quieter than buses.',
        'The construction would close the main street for two years, which would ruin the shops along it.',
        'Shops survived the last road works; the closure was shorter than planned and the shops came back.',
      ].join('\n\n'),
    );
    expect(thread.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['t0', null],
      ['t1', 't0'],
      ['t2', 't0'],
      ['t3', 't2'],
    ]);
    expect(thread.nodes[1]!.text).toMatch(/twice as many people\.\n\nAlso, trams are quieter than buses\.$/);
  });

  it('splits comments on two blank lines when the text uses them and no single break', () => {
    const thread = parse(
      [
        'Tabs or spaces?',
        '',
        '',
        'Tabs, because every reader can choose how wide an indentation level looks on screen.',
        '',
        'Editors have handled them well for decades.',
        '',
        '',
        'Spaces, because tabs look different in every viewer and break alignment of wrapped arguments.',
      ].join('\n'),
    );
    expect(thread.nodes.map((n) => n.text.split('\n\n').length)).toEqual([1, 2, 1]);
    // The last comment picks up "tabs" from the one before, so it is read as its answer.
    expect(thread.nodes.map((n) => n.parent)).toEqual([null, 't0', 't1']);
  });

  it('refuses empty or blank text with an "empty" error', () => {
    for (const text of ['', '   \n\n\t  \n']) {
      const result = parseText(text, context);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('empty');
    }
  });

  it('claims only input that is not JSON', () => {
    expect(textParser.sniff({ text: SAMPLE, json: undefined })).toBe(true);
    expect(textParser.sniff({ text: '{}', json: {} })).toBe(false);
  });
});

// No wall-clock budgets: the test timeout is the hang guard, and a quadratic scan over 100,000
// lines would run for minutes, far past it.
describe('parseText on pathological input', () => {
  it('parses 100,000 lines to completion', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `Reply ${i} says a thing about ${i % 97}.`).join('\n');
    const thread = parse(text);
    expect(thread.nodes).toHaveLength(100_000);
    expect(thread.nodes[99_999]!.parent).not.toBeNull();
  });

  it('parses 100,000 identical lines to completion', () => {
    const text = Array(100_000).fill('The very same sentence is repeated on every line of it.').join('\n');
    const thread = parse(text);
    expect(thread.nodes).toHaveLength(100_000);
  });

  it('parses a 1 MB single line as one root node', () => {
    const text = Array.from({ length: 125_000 }, (_, i) => `w${i % 5000}`).join(' ').slice(0, 1_000_000);
    const thread = parse(text);
    expect(thread.nodes).toHaveLength(1);
    expect(thread.nodes[0]!.text).toHaveLength(text.trim().length);
    expect(thread.nodes[0]!.title!.length).toBeLessThanOrEqual(121);
  });
});

describe('parseText on text that holds one block', () => {
  it('opens it as one card and says why there are no replies, which a whole thread never hears', () => {
    const one = parseText('https://example.org/a-link-copied-instead-of-the-thread', context);
    expect(one.ok && one.value.nodes).toHaveLength(1);
    expect(one.ok && one.warnings).toEqual([ONE_BLOCK_WARNING]);
    const whole = parseText(SAMPLE, context);
    expect(whole.ok && whole.warnings).toEqual([]);
  });
});
