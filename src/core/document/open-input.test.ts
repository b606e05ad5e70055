import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/json';
import type { ThreadmapDocument } from './types';
import { looksBinary, utf8Length } from './input-checks';
import { openInput, type OpenInputContext } from './open-input';

const NOW = '2026-11-26T14:00:00.000Z';
const context: OpenInputContext = { retrievedAt: NOW, now: NOW };

function fixture(name: string): string {
  return readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
}

function openOk(text: string, ctx: OpenInputContext = context): { doc: ThreadmapDocument; warnings: string[] } {
  const result = openInput(text, ctx);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return { doc: result.value, warnings: result.warnings };
}

function openError(text: string, ctx: OpenInputContext = context) {
  const result = openInput(text, ctx);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.error;
}

describe('openInput refuses unusable input with a named error', () => {
  it('calls an empty file empty', () => {
    expect(openError('', { ...context, fileName: 'thread.txt' })).toEqual({ kind: 'empty', message: 'The file is empty.' });
  });

  it('names what was empty, broken or binary as the user gave it: pasted text, a fetched page, standard input', () => {
    expect(openError('  ', { ...context, pasted: true }).message).toBe('The pasted text is empty.');
    expect(openError('{"by": ', { ...context, pasted: true }).message).toMatch(/^The pasted text starts like JSON but is not valid JSON/);
    expect(openError('\uFFFD\uFFFD\u0001\u0002 header \u0003\u0004\uFFFD', { ...context, sourceUrl: 'https://example.org/t/1' }).message).toMatch(/^The page is not text/);
    expect(openError('').message).toBe('The input is empty.');
  });

  it('calls a file of only whitespace (and a byte order mark) empty', () => {
    expect(openError(' \n\t\r\n  ').kind).toBe('empty');
    expect(openError('\uFEFF\n').kind).toBe('empty');
  });

  it('refuses input over the size limit and states the limit', () => {
    const error = openError(fixture('lobsters_s-tdfoqh_compose-lobsters.json'), { ...context, fileName: 'lobsters.json', maxBytes: 10 * 1024 });
    expect(error.kind).toBe('tooLarge');
    expect(error.message).toMatch(/^The file is \d+(\.\d)? KB, larger than the 10 KB Threadmap opens\./);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    expect(utf8Length('añ€😀')).toBe(1 + 2 + 3 + 4);
    expect(openError('€'.repeat(400), { ...context, maxBytes: 1000 }).kind).toBe('tooLarge');
  });

  it('refuses binary data: NUL bytes, or a first kilobyte full of replacement characters', () => {
    expect(openError('{"format": "threadmap"\u0000}').kind).toBe('binary');
    // The start of a PNG file read as UTF-8.
    const png = '\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\uFFFD\uFFFD\uFFFD\u0006';
    expect(openError(png).kind).toBe('binary');
    expect(openError('\uFFFD\uFFFD\u0001\u0002 binary-ish header \u0003\u0004\uFFFD').message).toContain('not text');
  });

  it('does not mistake text with a few badly decoded letters for binary', () => {
    const latin1 = `${fixture('hn-text_eggos-unikernel-thread.txt').slice(0, 900)} caf\uFFFD na\uFFFDve`;
    expect(looksBinary(latin1)).toBe(false);
  });

  it('reports truncated JSON as notJson with the parser\'s reason', () => {
    const whole = fixture('hn-algolia-derived_14952787_first-3-top-level.json');
    const error = openError(whole.slice(0, Math.floor(whole.length / 2)), { ...context, fileName: 'thread.json' });
    expect(error.kind).toBe('notJson');
    expect(error.message).toMatch(/^The file starts like JSON but is not valid JSON \(.*JSON.*\)\. It may be cut off/);
  });

  it('calls a lone opening bracket broken JSON', () => {
    expect(openError('[').kind).toBe('notJson');
    expect(openError('{ ').kind).toBe('notJson');
  });

  it('reads a file named .json as JSON even when it does not start like JSON', () => {
    expect(openError('not json at all', { ...context, fileName: 'thread.json' }).message).toContain('named .json but is not valid JSON');
  });

  it('names the supported formats when JSON is of another kind, such as a package.json', () => {
    const packageJson = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
    const error = openError(packageJson);
    expect(error.kind).toBe('unknownFormat');
    expect(error.message).toContain('Hacker News');
    expect(error.message).toContain('Reddit');
    expect(error.message).toContain('Lobsters');
  });

  it('refuses a threadmap file of format version 4 as versionTooNew', () => {
    const error = openError(JSON.stringify({ format: 'threadmap', version: 4, source: {}, nodes: [] }));
    expect(error.kind).toBe('versionTooNew');
    expect(error.message).toContain('file format version 4');
  });

  it('does not throw on JSON nested 200,000 levels deep', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(openInput(deep, context)).toMatchObject({ ok: false, error: { kind: 'unknownFormat' } });
    const inMap = `{"format":"threadmap","version":1,"source":{},"nodes":[{"id":"a","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    expect(openInput(inMap, context)).toMatchObject({ ok: false, error: { kind: 'invalidDocument' } });
  });
});

describe('openInput turns every supported thread file into a document', () => {
  it('parses the HN Algolia thread: the story, 578 comments, deleted ones kept, saying they may be dead', () => {
    const { doc, warnings } = openOk(fixture('hn-algolia-derived_14952787_first-3-top-level.json'));
    expect(warnings).toEqual([expect.stringContaining('33 comments come as an id and replies only')]);
    expect(doc.source).toMatchObject({ kind: 'hn', retrievedAt: NOW });
    expect(doc.nodes).toHaveLength(579);
    expect(doc.nodes[0]).toMatchObject({ id: '14952787', parent: null, kind: 'post' });
    expect(doc.nodes.some((node) => node.status === 'deleted')).toBe(true);
    expect(doc).toMatchObject({ format: 'threadmap', version: 3, coder: null, generator: 'threadmap 0.1.0', exportedAt: NOW, annotations: {} });
  });

  it('parses the 2,565 HN Firebase items of the same story', () => {
    const { doc } = openOk(fixture('hn-firebase_14952787_flat-items_forum-explorer.json'));
    expect(doc.nodes).toHaveLength(2565);
    expect(doc.nodes.filter((node) => node.parent === '14952787')).toHaveLength(230);
  });

  it('parses the Reddit thread with its post, comments and more stubs', () => {
    const { doc } = openOk(fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json'));
    expect(doc.nodes).toHaveLength(73);
    expect(doc.nodes[0]!.id).toBe('t3_2ujhkr');
    expect(doc.nodes.filter((node) => node.kind === 'more')).toHaveLength(21);
  });

  it('parses the Lobsters story and keeps the source URL it was fetched from', () => {
    const { doc } = openOk(fixture('lobsters_s-tdfoqh_compose-lobsters.json'), { ...context, sourceUrl: 'https://lobste.rs/s/tdfoqh.json' });
    expect(doc.source.kind).toBe('lobsters');
    expect(doc.nodes.length).toBeGreaterThan(1);
  });

  it('parses the Discourse page with its quote links and passes on the parser\'s warning', () => {
    const { doc, warnings } = openOk(fixture('discourse_t-2108_posts_criticalfallibilism.json'));
    expect(doc.source.kind).toBe('discourse');
    expect(doc.nodes).toHaveLength(20);
    expect(doc.links).toHaveLength(5);
    expect(doc.links.every((link) => link.kind === 'quote')).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('446');
  });

  it('parses the Mastodon context and passes on the stand-in warning for the missing root status', () => {
    const { doc, warnings } = openOk(fixture('mastodon_context_109294719267373593_rtoot.json'));
    expect(doc.source.kind).toBe('mastodon');
    expect(doc.nodes).toHaveLength(60);
    expect(doc.nodes[0]).toMatchObject({ id: '109294719267373593', parent: null });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('109294719267373593');
  });

  it('sends the pasted HN text thread to the text importer, which says the structure was guessed', () => {
    const { doc } = openOk(fixture('hn-text_eggos-unikernel-thread.txt'), { ...context, fileName: 'thread.txt' });
    expect(doc.source).toMatchObject({ kind: 'text', title: 'A Go unikernel running on x86 bare metal', structureGuessed: true });
    expect(doc.nodes.length).toBeGreaterThan(20);
    expect(doc.nodes[1]!.text.startsWith('Honest question: why use a unikernel on bare metal?')).toBe(true);
  });

  it('reads pasted text that opens with a bracket as text, not broken JSON', () => {
    const { doc } = openOk('[deleted] said the memo was about biology\n\nI disagree with that.');
    expect(doc.source.kind).toBe('text');
    expect(doc.nodes[0]!.text).toBe('[deleted] said the memo was about biology');
  });

  it('strips a byte order mark before parsing JSON', () => {
    const { doc } = openOk(`\uFEFF${fixture('hn-algolia_items-17_2014_node-hacker-news-api.json')}`);
    expect(doc.nodes.map((node) => node.id)).toEqual(['17', '1079', '454426']);
  });

  it('opens a saved map as the same document', () => {
    const { doc } = openOk(fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json'));
    const reopened = openOk(exportJson(doc, { now: NOW }));
    expect(reopened.doc).toEqual(doc);
    expect(reopened.warnings).toEqual([]);
  });
});
