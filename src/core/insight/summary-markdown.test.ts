import { describe, expect, it } from 'vitest';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { measureThread } from './measure-thread';
import { openRecorded } from '../map/testing/edit-fixtures';
import { summaryMarkdown } from './summary-markdown';
import { participantCsv, subDebateCsv } from './tables';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
function item(id: string, parent: string | null, author: string, hours: number, text = id): ThreadNode {
  return { id, parent, kind: parent === null ? 'post' : 'comment', author, createdAt: new Date(T0 + hours * 3_600_000).toISOString(), text, url: null, status: 'ok' };
}

// Six top-level comments: a holds 4 (ann and bob taking turns), the others one each.
const nodes = [
  item('p', null, 'op', 0),
  item('a', 'p', '=ann', 1, 'Is *this* right?'),
  item('a1', 'a', 'bob', 2),
  item('a2', 'a1', '=ann', 3),
  item('a3', 'a2', 'bob', 4),
  ...['b', 'c', 'd', 'e', 'f'].map((id, k) => item(id, 'p', `u${id}`, 5 + k)),
];
const measures = measureThread({ nodes, annotations: {} });
const { graph } = buildMap(nodes);

describe('the summary as Markdown', () => {
  it('holds the sentence and the five biggest sub-debates with who started them', () => {
    const markdown = summaryMarkdown(measures, (id) => graph.nodes[graph.index.get(id)!]);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## Summary');
    // ann, bob and five others (op wrote the post, no comment); the top five hold 4 + 1 + 1 + 1 + 1 of the 9 nodes under the post.
    expect(lines[2]).toBe('9 comments by 7 people over 9 hours; the five biggest of 6 sub-debates hold 89 %; the longest back-and-forth is 4 comments between =ann and bob.');
    expect(lines[6]).toBe('1. **=ann**: 4 comments, 2 people, 3 levels deep — “Is \\*this\\* right?”');
    expect(lines.filter((line) => /^\d\. /.test(line))).toHaveLength(5);
    expect(lines[7]).toBe('2. **ub**: 1 comment, 1 person, no replies — “b”');
  });
});

describe('the summary of a thread that names nobody (pasted text)', () => {
  it('lists its biggest sub-debates by their words, saying "no named author" as the app does, not "*unknown author*" and "0 people"', () => {
    const doc = openRecorded('hn-text_eggos-unikernel-thread.txt');
    const { graph: pasted } = buildMap(doc.nodes);
    const lines = summaryMarkdown(measureThread({ nodes: doc.nodes, annotations: {} }), (id) => pasted.nodes[pasted.index.get(id)!]).split('\n');
    const debates = lines.filter((line) => /^\d\. /.test(line));
    expect(debates).toHaveLength(5);
    for (const line of debates) {
      expect(line).not.toMatch(/unknown author|\b0 people/);
      expect(line).toContain(', no named author, ');
    }
    expect(debates[0]).toMatch(/^1\. 8 comments, no named author, 7 levels deep — “Honest question: why use a unikernel/);
  });
});

/** Comments (kind "comment") at or below `top`, counted by walking each node's parent ids up: no graph, no measures. */
function commentsUnder(all: readonly ThreadNode[], top: string): number {
  const parentOf = new Map(all.map((node) => [node.id, node.parent]));
  const under = (id: string): boolean => {
    for (let at: string | null | undefined = id; at != null; at = parentOf.get(at)) if (at === top) return true;
    return false;
  };
  return all.filter((node) => node.kind === 'comment' && under(node.id)).length;
}

describe('the summary of the Reddit thread, whose sub-debates hold "more" stubs', () => {
  const doc = openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json');
  const redditMeasures = measureThread({ nodes: doc.nodes, annotations: {} });
  const redditGraph = buildMap(doc.nodes).graph;

  it('says how many comments each sub-debate holds, leaving out the stubs', () => {
    const listed = summaryMarkdown(redditMeasures, (id) => redditGraph.nodes[redditGraph.index.get(id)!]).split('\n').filter((line) => /^\d\. /.test(line));
    expect(listed).toHaveLength(5);
    const biggest = redditMeasures.topLevel.slice(0, 5);
    const counted = biggest.map((debate) => commentsUnder(doc.nodes, debate.id));
    expect(biggest.map((debate) => debate.comments)).toEqual(counted);
    // The stubs are really there: the nodes under these sub-debates outnumber their comments.
    expect(biggest.reduce((sum, debate) => sum + debate.size, 0)).toBeGreaterThan(counted.reduce((a, b) => a + b, 0));
    listed.forEach((line, k) => expect(line).toContain(`: ${counted[k]} ${counted[k] === 1 ? 'comment' : 'comments'}, `));
  });

  it('ranks the sub-debates by their comments, which add up to every comment below the post', () => {
    const counts = redditMeasures.topLevel.map((debate) => debate.comments);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(doc.nodes.filter((node) => node.kind === 'comment').length);
    expect(redditMeasures.comments).toBe(51);
  });
});

describe('the tables as CSV', () => {
  it('write one row per sub-debate and per person, defusing names a spreadsheet would run', () => {
    const debates = subDebateCsv(measures).split('\r\n');
    expect(debates[0]!.startsWith('id,kind,size,comments,depth,participants,start,end')).toBe(true);
    expect(debates[1]).toBe("a,top-level,4,4,3,2,2026-01-01T01:00:00.000Z,2026-01-01T04:00:00.000Z,3,1.333333,4,'=ann bob,0,0,0,,");
    expect(debates).toHaveLength(6 + 2);
    const people = participantCsv(measures).split('\r\n');
    expect(people[0]).toBe('author,comments,posts,first,last,repliesGiven,repliesReceived,pro,con,question');
    expect(people[1]).toBe("'=ann,2,0,2026-01-01T01:00:00.000Z,2026-01-01T03:00:00.000Z,2,2,0,0,0");
    // The post's author is listed as such: a post, no comments, answered by the six top-level comments.
    expect(people.find((row) => row.startsWith('op,'))).toBe('op,0,1,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,0,6,0,0,0');
  });
});

describe('the sub-debate CSV on a recorded thread with stubs', () => {
  it('counts comments apart from size, and the top-level rows add up to every comment below the post', () => {
    const doc = openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const [header, ...rows] = subDebateCsv(measureThread(doc)).trim().split('\r\n').map((line) => line.split(','));
    const size = header!.indexOf('size');
    const comments = header!.indexOf('comments');
    const topLevel = rows.filter((row) => row[1] === 'top-level');
    expect(topLevel.reduce((sum, row) => sum + Number(row[comments]), 0)).toBe(doc.nodes.filter((node) => node.kind === 'comment').length);
    rows.forEach((row) => expect(Number(row[comments])).toBeLessThanOrEqual(Number(row[size])));
    expect(rows.some((row) => Number(row[comments]) < Number(row[size]))).toBe(true);
  });
});
