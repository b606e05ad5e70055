import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCliInMemory } from './testing/run-cli-in-memory';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const ALGOLIA = fixture('hn-algolia-derived_14952787_first-3-top-level.json');

const run = runCliInMemory;

interface AlgoliaItem { id: number; author?: string | null; created_at?: string | null; children: AlgoliaItem[] }
const raw = JSON.parse(await readFile(ALGOLIA, 'utf8')) as AlgoliaItem;
const all = (item: AlgoliaItem): AlgoliaItem[] => [item, ...item.children.flatMap(all)];
const height = (item: AlgoliaItem): number => Math.max(0, ...item.children.map((kid) => 1 + height(kid)));

describe('threadmap stats', () => {
  it('prints JSON with the thread counts and every top-level sub-debate, largest first, as the raw JSON has them', async () => {
    const { code, stdout, stderr } = await run(['stats', ALGOLIA]);
    expect(stderr).toContain('warning: ');
    expect(stderr).toContain('some may be dead');
    expect(code).toBe(0);
    const stats = JSON.parse(stdout);
    expect(stats.nodes).toBe(all(raw).length);
    // People beside "comments" are the commenters: the story's author wrote none of them.
    const commenters = new Set(all(raw).flatMap((item) => (item.author && item !== raw ? [item.author] : [])));
    expect(commenters.size).toBe(236);
    expect(stats.participants).toBe(commenters.size);
    expect(stats.summary).toContain(`by ${commenters.size} people`);
    expect(stats.maxDepth).toBe(height(raw));
    const expected = raw.children
      .map((child) => {
        const times = all(child).flatMap((item) => (item.created_at ? [Date.parse(item.created_at)] : []));
        return {
          id: String(child.id),
          size: all(child).length,
          depth: height(child),
          participants: new Set(all(child).flatMap((item) => (item.author ? [item.author] : []))).size,
          start: new Date(Math.min(...times)).toISOString(),
          end: new Date(Math.max(...times)).toISOString(),
        };
      })
      .sort((a, b) => b.size - a.size);
    expect(stats.topLevel).toEqual(expected.map((debate) => expect.objectContaining(debate)));
    expect(stats.longestBackAndForth).toEqual(expect.objectContaining({ length: expect.any(Number), authors: expect.any(Array), ids: expect.any(Array) }));
    expect(stats.longestBackAndForth.ids).toHaveLength(stats.longestBackAndForth.length);
    expect(stats.timeSeries.counts.reduce((a: number, b: number) => a + b, 0)).toBe(all(raw).filter((item) => item.created_at && item !== raw).length);
    expect(stats.unansweredQuestions).toBeNull();
  });

  it('reports unanswered questions from the tags of a threadmap file', async () => {
    const map = JSON.parse((await run(['convert', ALGOLIA])).stdout);
    const leaves = all(raw).filter((item) => item.children.length === 0 && item.author).slice(0, 3).map((item) => String(item.id));
    const answered = String(raw.children[0]!.id);
    for (const id of [...leaves, answered]) map.annotations[id] = { tag: 'question', updatedAt: '2026-11-26T14:00:00.000Z' };
    const { code, stdout } = await run(['stats', 'map.json'], { 'map.json': JSON.stringify(map) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).unansweredQuestions).toEqual({ count: 3, ids: expect.arrayContaining(leaves) });
  });

  it('prints the sub-debate and participant tables as CSV, separated by a blank line, or one of them', async () => {
    const json = JSON.parse((await run(['stats', ALGOLIA])).stdout);
    const { code, stdout } = await run(['stats', '--format', 'csv', ALGOLIA]);
    expect(code).toBe(0);
    const [subDebates, participants] = stdout.split('\r\n\r\n');
    const debateRows = parse(subDebates!, { columns: true }) as Record<string, string>[];
    expect(debateRows).toHaveLength(json.topLevel.length + json.branches.length);
    expect(debateRows[0]).toEqual(expect.objectContaining({ id: json.topLevel[0].id, kind: 'top-level', size: String(json.topLevel[0].size), depth: String(json.topLevel[0].depth) }));
    const people = parse(participants!, { columns: true }) as Record<string, string>[];
    // Every commenter, plus the story's author as the post's author (posts 1) with the comments
    // they wrote: the comments column adds up to the authored comments of the raw JSON.
    const authored = all(raw).filter((item) => item.author && item !== raw);
    expect(people.filter((row) => Number(row.comments) > 0)).toHaveLength(json.participants);
    expect(people.reduce((sum, row) => sum + Number(row.comments), 0)).toBe(authored.length);
    expect(people.filter((row) => row.posts === '1').map((row) => [row.author, row.comments])).toEqual([[raw.author, String(authored.filter((item) => item.author === raw.author).length)]]);

    const only = await run(['stats', '--format', 'csv', '--table', 'participants', ALGOLIA]);
    expect(parse(only.stdout, { columns: true })).toEqual(people);
  });

  it('keeps an author name that looks like a formula from running in a spreadsheet', async () => {
    const text = JSON.stringify({ author: 'op', children: [{ id: 2, author: '=HYPERLINK("x")', children: [], created_at: '2020-01-01T00:00:00.000Z', text: 'hi', type: 'comment', parent_id: 1 }], created_at: '2020-01-01T00:00:00.000Z', id: 1, parent_id: null, title: 't', type: 'story', text: null, url: null, points: 1, story_id: 1, options: [] });
    const { stdout } = await run(['stats', '--format', 'csv', '--table', 'participants', 'thread.json'], { 'thread.json': text });
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.author)).toContain(`'=HYPERLINK("x")`);
  });

  it('prints the summary and both tables as Markdown', async () => {
    const json = JSON.parse((await run(['stats', ALGOLIA])).stdout);
    const { code, stdout } = await run(['stats', '--format', 'markdown', ALGOLIA]);
    expect(code).toBe(0);
    expect(stdout).toContain(json.summary.replace(/_/g, '\\_'));
    const tableRows = stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| top comment') && !line.startsWith('| author'));
    expect(tableRows).toHaveLength(json.topLevel.length + json.branches.length + json.people.length);
  });

  it('says plainly that plain text has no times', async () => {
    const { stdout } = await run(['stats', fixture('hn-text_eggos-unikernel-thread.txt')]);
    const stats = JSON.parse(stdout);
    expect(stats.timeSeries).toBeNull();
    expect(stats.summary).toContain('Pasted text carries no times');
  });

  it('refuses a wrong format or a table outside CSV with a usage error', async () => {
    expect((await run(['stats', '--format', 'xml', ALGOLIA])).code).toBe(2);
    const table = await run(['stats', '--table', 'participants', ALGOLIA]);
    expect(table.code).toBe(2);
    expect(table.stderr).toContain('--format csv');
  });
});
