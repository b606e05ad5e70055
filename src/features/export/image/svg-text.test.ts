import { describe, expect, it } from 'vitest';
import { escapeXml, estimateWidth, fitToWidth, wrapToLines } from './svg-text';

describe('escapeXml', () => {
  it('escapes markup and quotes so text can go into elements and attributes', () => {
    expect(escapeXml(`<script>alert("1")</script> & 'x'`)).toBe('&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;');
  });

  it('drops characters XML forbids and lone surrogates, and keeps emoji and right-to-left text', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXml('x\uD83Dy\uDE00z')).toBe('xyz');
    expect(escapeXml('👍🏽 مرحبا שלום\ttab\nline')).toBe('👍🏽 مرحبا שלום\ttab\nline');
  });
});

describe('fitting text to a card', () => {
  it('leaves text that fits alone and cuts longer text with an ellipsis', () => {
    expect(fitToWidth('short', 200, 12)).toBe('short');
    const cut = fitToWidth('a'.repeat(100), 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateWidth(cut, 12)).toBeLessThanOrEqual(100);
  });

  it('never cuts an emoji in half', () => {
    const cut = fitToWidth('😀'.repeat(20), 60, 12);
    expect(cut).toBe(`${'😀'.repeat(4)}…`);
  });

  it('wraps words into lines that fit, ending the last with an ellipsis when text is left', () => {
    const text = 'People can\'t seem to summarize his argument without getting much of it grossly wrong, because his manifesto was a haphazard collection';
    const lines = wrapToLines(text, 150, 12, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(estimateWidth(line, 12)).toBeLessThanOrEqual(150);
    expect(lines[0]).toBe("People can't seem to");
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapToLines('two words', 150, 12, 3)).toEqual(['two words']);
  });

  it('breaks a word longer than a line, such as a URL', () => {
    const lines = wrapToLines(`see https://example.com/${'x'.repeat(80)} now`, 120, 12, 4);
    expect(lines[0]).toBe('see');
    expect(lines[1]!.startsWith('https://')).toBe(true);
    expect(lines.every((line) => estimateWidth(line, 12) <= 120)).toBe(true);
  });
});
