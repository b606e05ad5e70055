import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../export/csv';
import { fixtureDocument } from '../export/interop-test-documents';
import { exportMarkdown } from '../export/markdown';
import { measureThread } from './measure-thread';
import { participantCsv, subDebateCsv } from './tables';

type Row = Record<string, string>;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Row[];

/**
 * The measures' tables and the Markdown summary recounted from the node CSV a researcher gets,
 * with none of the insight code: subtrees walked through the `parent` column, people from `author`
 * and `status`, times from `createdAt`.
 */
describe.each(['reddit_r-redditdev_2ujhkr_comments_reddift.json', 'hn-firebase_14952787_flat-items_forum-explorer.json'])('the measures of %s', (name) => {
  const doc = fixtureDocument(name);
  const measures = measureThread(doc);
  const nodes = rowsOf(exportCsv(doc, { safeForSpreadsheets: false }));
  const byId = new Map(nodes.map((row) => [row.id!, row]));
  const children = new Map<string, string[]>();
  for (const row of nodes) if (row.parent !== '') children.set(row.parent!, [...(children.get(row.parent!) ?? []), row.id!]);
  const subtree = (id: string) => {
    const out: Row[] = [];
    for (const stack = [id]; stack.length > 0; ) {
      const at = stack.pop()!;
      out.push(byId.get(at)!);
      stack.push(...(children.get(at) ?? []));
    }
    return out;
  };
  const speaks = (row: Row) => row.status === 'ok' && row.author !== '' && row.kind !== 'more';
  const span = (rows: Row[]) => {
    const times = rows.map((row) => row.createdAt!).filter((time) => time !== '').sort();
    return [times[0] ?? '', times.at(-1) ?? ''];
  };

  it('agree with the node CSV in the sub-debate table: comments, depth, people, start and end in ISO UTC, tags', () => {
    const table = rowsOf(subDebateCsv(measures));
    expect(table.length).toBeGreaterThan(10);
    for (const debate of table) {
      const rows = subtree(debate.id!);
      const top = Number(byId.get(debate.id!)!.depth);
      const recounted = {
        comments: String(rows.filter((row) => row.kind === 'comment').length),
        depth: String(Math.max(...rows.map((row) => Number(row.depth) - top))),
        participants: String(new Set(rows.filter(speaks).map((row) => row.author)).size),
        start: span(rows)[0],
        end: span(rows)[1],
        pro: String(rows.filter((row) => row.tag === 'pro').length),
        con: String(rows.filter((row) => row.tag === 'con').length),
        question: String(rows.filter((row) => row.tag === 'question').length),
      };
      expect({ comments: debate.comments, depth: debate.depth, participants: debate.participants, start: debate.start, end: debate.end, pro: debate.pro, con: debate.con, question: debate.question }, debate.id).toEqual(recounted);
      expect(debate.start).toMatch(ISO_UTC);
      expect(debate.end).toMatch(ISO_UTC);
    }
  });

  it('agree with the node CSV in the participant table: comments, posts, first and last', () => {
    const table = rowsOf(participantCsv(measures));
    const people = new Set(nodes.filter(speaks).map((row) => row.author));
    expect(table.map((person) => person.author).sort()).toEqual([...people].sort());
    for (const person of table) {
      const theirs = nodes.filter((row) => speaks(row) && row.author === person.author);
      const comments = theirs.filter((row) => row.kind !== 'post');
      expect([person.comments, person.posts, person.first, person.last], person.author).toEqual([String(comments.length), String(theirs.length - comments.length), ...span(theirs)]);
    }
    // The comments column adds up to the comments with an author: the post is not one of them.
    expect(table.reduce((sum, person) => sum + Number(person.comments), 0)).toBe(nodes.filter((row) => speaks(row) && row.kind !== 'post').length);
  });

  it('agree with the node CSV in the Markdown export: node count, comments, people, the five biggest sub-debates', () => {
    const markdown = exportMarkdown(doc);
    expect(markdown).toContain(` · ${nodes.length} nodes\n`);
    const comments = nodes.filter((row) => row.kind === 'comment').length;
    const people = new Set(nodes.filter((row) => speaks(row) && row.kind !== 'post').map((row) => row.author)).size;
    expect(markdown).toContain(`\n${comments.toLocaleString('en-US')} comments by ${people.toLocaleString('en-US')} people over `);
    const listed = [...markdown.matchAll(/^\d\. .*?: ([\d,]+) comments?, (\d+) (?:person|people), (?:(\d+) levels? deep|no replies)/gm)];
    const table = rowsOf(subDebateCsv(measures)).filter((debate) => debate.kind === 'top-level').slice(0, 5);
    expect(table).toHaveLength(5);
    expect(listed.map((match) => [match[1]!.replaceAll(',', ''), match[2], match[3] ?? '0'])).toEqual(table.map((debate) => [debate.comments, debate.participants, debate.depth]));
  });
});
