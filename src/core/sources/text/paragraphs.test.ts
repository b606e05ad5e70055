import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHeader, splitParagraphs } from './paragraphs';

const SAMPLE = readFileSync(new URL('../../../../test/fixtures/hn-text_eggos-unikernel-thread.txt', import.meta.url), 'utf8');

describe('splitParagraphs', () => {
  const paragraphs = splitParagraphs(SAMPLE);
  const starting = (prefix: string) => paragraphs.find((p) => p.text.startsWith(prefix))!;

  it('makes each non-empty line of the sample a paragraph, since none is hard-wrapped', () => {
    expect(paragraphs).toHaveLength(53);
    expect(paragraphs[0]).toMatchObject({ text: '177   github.com', gap: 'start', line: 0 });
  });

  it('records whether a blank line or a single break came before each paragraph', () => {
    expect(starting("Let's say I grabbed").gap).toBe('line');
    expect(starting('Why pay the performance price').gap).toBe('blank');
    // Two blank lines in a row are still just a blank gap.
    expect(starting("I wonder how long it'll take").gap).toBe('blank');
  });

  it('joins hard-wrapped lines, keeps `>` lines together and a list with the line announcing it', () => {
    const text = [
      'First line of a paragraph that an editor wrapped',
      'at a fixed width.',
      '> quoted line one',
      '> quoted line two',
      'Three things:',
      '- one',
      '- two',
      'A line on its own.',
    ].join('\r\n');
    expect(splitParagraphs(text).map((p) => [p.text, p.gap, p.quote])).toEqual([
      ['First line of a paragraph that an editor wrapped at a fixed width.', 'start', false],
      ['> quoted line one\n> quoted line two', 'line', true],
      ['Three things:\n- one\n- two', 'line', false],
      ['A line on its own.', 'line', false],
    ]);
    expect(splitParagraphs('> a quote\n>> nested')[0]!.body).toBe('a quote nested');
  });

  it('measures indentation from the least indented line, a tab counting four columns', () => {
    expect(splitParagraphs('  a.\n    b.\n\tc.').map((p) => p.indent)).toEqual([0, 2, 2]);
  });
});

describe('findHeader', () => {
  it("recognises a reader app's points, domain, title and status lines", () => {
    expect(findHeader(splitParagraphs(SAMPLE))).toEqual({
      title: 'A Go unikernel running on x86 bare metal',
      other: ['177 github.com'],
      size: 3,
    });
  });

  it('recognises a title followed by a status line alone, and nothing in ordinary text', () => {
    expect(findHeader(splitParagraphs('My title\n\nLoading comments...\n\nA comment.'))).toEqual({ title: 'My title', other: [], size: 2 });
    expect(findHeader(splitParagraphs('42 is the answer.\n\nTo what?'))).toBeNull();
    expect(findHeader(splitParagraphs('Just one line.'))).toBeNull();
  });
});
