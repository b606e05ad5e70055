import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../../test/security/fuzz-inputs';
import { XSS_PAYLOADS } from '../../../test/support/hostile-corpus';
import { blocksToPlain, htmlToBlocks, htmlToText, linkify, plainToBlocks, safeHref, type Block } from './index';

const SAFE = new Set(['http:', 'https:', 'mailto:']);

function linksOf(blocks: Block[]): (string | null)[] {
  return JSON.stringify(blocks)
    .split('"type":"link","href":')
    .slice(1)
    .map((rest) => JSON.parse(rest.slice(0, rest.indexOf(',"children"'))) as string | null);
}

/** Markup made of the pieces comments are made of, in any order and any nesting. */
const markup = fc
  .array(fc.oneof(fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<i>', '<a href="javascript:alert(1)">', '<a href="https://ok.invalid/">', '</a>', '<blockquote>', '</blockquote>', '<ul><li>', '</li></ul>', '<pre><code>', '</code></pre>', '<br>', '<script>', '</script>', '&amp;', '&#x27;', '&#106;'), fc.string({ maxLength: 8 }), fc.constantFrom(...XSS_PAYLOADS)), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('the text functions on random input', () => {
  it('turn any markup into blocks whose links are http, https or mailto', () => {
    fc.assert(
      fc.property(markup, fc.constantFrom(null, 'https://news.ycombinator.com/', 'javascript:alert(1)'), (html, base) => {
        const blocks = htmlToBlocks(html, base);
        for (const href of linksOf(blocks)) if (href !== null) expect(SAFE.has(new URL(href).protocol)).toBe(true);
        expect(typeof blocksToPlain(blocks)).toBe('string');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throw on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        htmlToText(text);
        plainToBlocks(text);
        linkify(text);
        const href = safeHref(text, 'https://news.ycombinator.com/');
        if (href !== null) expect(SAFE.has(new URL(href).protocol)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('deeply nested and huge markup', () => {
  it('keeps every word of 100,000 nested elements, with no stack overflow', () => {
    expect(htmlToText(`${'<b>'.repeat(100_000)}end`)).toBe('end');
    expect(htmlToText('<i>x'.repeat(100_000)).replace(/\s/g, '')).toBe('x'.repeat(100_000));
    expect(htmlToText(`${'<blockquote><p>'.repeat(50_000)}deep`)).toContain('deep');
    expect(htmlToText('<ul><li>'.repeat(50_000) + 'item')).toContain('item');
  });

  it('still leaves out scripts and styles when markup is too deep for a tree', () => {
    const html = `${'<div>'.repeat(1000)}<script>alert(1)</script><style>x{}</style><svg><text>svg</text></svg>visible &amp; kept<br><input>after`;
    const text = htmlToText(html);
    expect(text).toBe('visible & kept after');
    expect(linksOf(htmlToBlocks(`${'<b>'.repeat(1000)}<a href="javascript:alert(1)">label</a>`))).toEqual([]);
  });

  it('keeps links and structure in markup nested as deep as real comments go', () => {
    const html = `${'<blockquote>'.repeat(20)}<p>deep <a href="https://ok.invalid/">link</a></p>`;
    expect(linksOf(htmlToBlocks(html))).toEqual(['https://ok.invalid/']);
    expect(htmlToText(html)).toBe(`${'> '.repeat(20)}deep link (https://ok.invalid/)`);
  });

  // 200,000 inlines: more than push(...items) takes as arguments in V8.
  it('reads an element holding 200,000 pieces, and a 100,000-deep plain-text quote', () => {
    expect(htmlToText(`<i>${'a<br>'.repeat(100_000)}</i>`).split('\n')).toHaveLength(100_000);
    const quote = plainToBlocks(`${'>'.repeat(100_000)} hi`);
    expect(blocksToPlain(quote)).toContain('hi');
    expect(plainToBlocks(Array.from({ length: 100_000 }, (_, i) => `https://x.invalid/${i}`).join(' '))).toHaveLength(1);
  });
});
