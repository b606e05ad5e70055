import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode-input';
import { openInput } from './open-input';

const sample = readFileSync('test/fixtures/hn-text_eggos-unikernel-thread.txt', 'utf8');
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);

describe('decodeInput', () => {
  it('[regression] reads UTF-16 with a byte order mark, either byte order, to the same text as UTF-8', () => {
    const text = `${sample}\nnon-ASCII: café, رامي, 😀 𝄞`;
    expect(decodeInput(utf16le(text))).toEqual({ text, encoding: 'utf-16le', warnings: [] });
    expect(decodeInput(utf16be(text))).toEqual({ text, encoding: 'utf-16be', warnings: [] });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });

  it('opens a UTF-16 thread as the same map as its UTF-8 original, not as binary', () => {
    const context = { retrievedAt: null, now: '2026-11-26T14:00:00.000Z' };
    const fromUtf8 = openInput(sample, context);
    const decoded = decodeInput(utf16le(sample));
    const fromUtf16 = openInput(decoded.text, { ...context, decodingWarnings: decoded.warnings });
    expect(fromUtf16.ok && fromUtf16.value.nodes).toEqual(fromUtf8.ok && fromUtf8.value.nodes);
    expect(fromUtf16.ok && fromUtf16.value.nodes.length).toBeGreaterThan(20);
  });

  it('[regression] replaces invalid UTF-8 and says so, and the warning reaches the opened map', () => {
    const bytes = new Uint8Array([...Buffer.from(sample.slice(0, 2000)), 0xe9, 0x20, 0xff, ...Buffer.from(sample.slice(2000))]);
    const decoded = decodeInput(bytes);
    expect(decoded.text).toBe(`${sample.slice(0, 2000)}\uFFFD \uFFFD${sample.slice(2000)}`);
    expect(decoded.warnings).toEqual([expect.stringContaining('Some bytes of the file are not valid UTF-8 and were replaced')]);
    const opened = openInput(decoded.text, { retrievedAt: null, decodingWarnings: decoded.warnings });
    expect(opened.ok && opened.warnings[0]).toBe(decoded.warnings[0]);
  });

  it('says so for a UTF-16 file with an unpaired surrogate too', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(decodeInput(bytes).text).toBe('A\uFFFDB');
    expect(decodeInput(bytes).warnings[0]).toContain('not valid UTF-16LE');
  });

  it('leaves valid UTF-8 without a mark as it is, with no warning', () => {
    expect(decodeInput(new TextEncoder().encode('{"a":"ü"}'))).toEqual({ text: '{"a":"ü"}', encoding: 'utf-8', warnings: [] });
  });
});
