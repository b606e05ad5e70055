import { describe, expect, it } from 'vitest';
import { htmlToText } from './index';
import { withSourceTargets } from './source-targets';

const BASE = 'https://news.ycombinator.com/';
const plain = (html: string) => withSourceTargets(htmlToText(html, BASE), html, BASE);

describe('withSourceTargets', () => {
  it('writes a truncated label\'s target with the quote its href holds, while the link itself keeps the safe form', () => {
    const html = 'see <a href="https:&#x2F;&#x2F;x.invalid&#x2F;a-long-path&quot;" rel="nofollow">https:&#x2F;&#x2F;x.invalid&#x2F;a-lo...</a> there';
    expect(htmlToText(html, BASE)).toBe('see https://x.invalid/a-long-path%22 there');
    expect(plain(html)).toBe('see https://x.invalid/a-long-path" there');
  });

  it('leaves a target the source itself percent-encoded as it is', () => {
    const html = '<a href="https://x.invalid/search?q=%22a%22&amp;page=2">https://x.invalid/search?q=%22a...</a>';
    expect(plain(html)).toBe('https://x.invalid/search?q=%22a%22&page=2');
  });

  it('keeps the parsed form for a target with spaces, and for a relative one', () => {
    expect(plain('<a href="https://x.invalid/a b">https://x.invalid/a...</a>')).toBe('https://x.invalid/a%20b');
    expect(plain('<a href="item?id=2">more...</a>')).toBe('more... (https://news.ycombinator.com/item?id=2)');
  });
});
