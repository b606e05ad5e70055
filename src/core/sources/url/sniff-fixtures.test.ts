import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonParsers } from '../detect';
import type { SourceInput } from '../types';

/**
 * Whatever the fetch path or a saved file hands over must be recognised by exactly one parser:
 * every sniff runs over every real fixture, and only the right one may say yes.
 */
const DIR = new URL('../../../../test/fixtures/', import.meta.url);

const EXPECTED: [prefix: string, format: string | null][] = [
  ['hn-algolia', 'hn-algolia'],
  ['hn-firebase', 'hn-firebase'],
  ['hn-text', null],
  ['reddit_', 'reddit'],
  ['lobsters_', 'lobsters'],
  ['discourse_', 'discourse'],
  ['mastodon_', 'mastodon'],
  // Threadmap's own files are opened as documents, never sniffed as a source.
  ['threadmap-', null],
];

function inputOf(text: string): SourceInput {
  try {
    return { text, json: JSON.parse(text) as unknown };
  } catch {
    return { text, json: undefined };
  }
}

function sayingYes(input: SourceInput): string[] {
  return jsonParsers.filter((parser) => parser.sniff(input)).map((parser) => parser.format);
}

const files = readdirSync(DIR).filter((name) => /\.(json|txt)$/.test(name));

describe('every parser sniff over every fixture', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    it(`only the right parser recognises ${file}`, () => {
      const expected = EXPECTED.find(([prefix]) => file.startsWith(prefix));
      expect(expected, `no expected format listed for ${file}`).toBeDefined();
      const format = expected![1];
      expect(sayingYes(inputOf(readFileSync(new URL(file, DIR), 'utf8')))).toEqual(format ? [format] : []);
    });
  }
});

describe('sniff on the other shapes the importers accept', () => {
  const read = <T>(file: string) => JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as T;

  it('recognises a Reddit comments listing or post listing saved alone as Reddit only', () => {
    const reddit = read<unknown[]>('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    expect(sayingYes({ text: '', json: reddit[1] })).toEqual(['reddit']);
    expect(sayingYes({ text: '', json: [reddit[0]] })).toEqual(['reddit']);
  });

  it('recognises the {status, ancestors, descendants} body of the fetch path as Mastodon only', () => {
    const mastodon = read<{ ancestors: unknown[]; descendants: unknown[] }>('mastodon_context_109294719267373593_rtoot.json');
    expect(sayingYes({ text: '', json: { status: mastodon.descendants[0], ...mastodon } })).toEqual(['mastodon']);
  });

  it('recognises a Discourse /t/ID.json topic and an older Lobsters story as their own formats only', () => {
    const discourse = read<object>('discourse_t-2108_posts_criticalfallibilism.json');
    expect(sayingYes({ text: '', json: { ...discourse, title: 'A topic', slug: 'a-topic', posts_count: 446 } })).toEqual(['discourse']);
    const lobsters = read<object>('lobsters_s-tdfoqh_compose-lobsters.json');
    expect(sayingYes({ text: '', json: { ...lobsters, submitter_user: { username: 'gioele' } } })).toEqual(['lobsters']);
  });
});
