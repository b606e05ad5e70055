import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { FIXTURE_FILES, fixtureDocument, sampleDocument } from './interop-test-documents';
import { escapeInline, escapeLine, exportMarkdown, MARKDOWN_MAX_NESTING } from './markdown';

/** The list item lines of an outline: indentation and the header after the bullet. */
function items(markdown: string): { indent: number; header: string }[] {
  return markdown
    .split('\n')
    .map((line) => /^( *)- (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ indent: match[1]!.length, header: match[2]! }));
}

describe('exportMarkdown', () => {
  it('starts with the title, the source and a legend that names each tag in words', () => {
    const lines = exportMarkdown(sampleDocument()).split('\n');
    expect(lines[0]).toBe('# Is \\[this\\] a \\<good\\> idea? #1');
    expect(lines[2]).toBe('Source: <https://news.ycombinator.com/item?id=100> · Format: hn · retrieved 2026-11-26 14:00:00 UTC · 9 nodes');
    expect(lines[4]).toContain('**[PRO]** supports the comment it replies to');
    expect(lines[4]).toContain('**[CON]** opposes it');
    expect(lines[4]).toContain('**[QUESTION]** asks about or challenges it without taking a side');
  });

  it('lists every node in thread order, nested by reply depth, with badge, author, time and link', () => {
    const list = items(exportMarkdown(sampleDocument()));
    expect(list.map((item) => item.indent)).toEqual([0, 2, 4, 4, 2, 4, 6, 4, 2]);
    expect(list[1]!.header).toBe('**[PRO]** · **user\\_101** · 2017-08-08 01:47:02 UTC · [#101](<https://news.ycombinator.com/item?id=101>)');
    expect(list[2]!.header.startsWith('**[CON]** · ')).toBe(true);
    expect(list[3]!.header.startsWith('**[QUESTION]** · ')).toBe(true);
    expect(list[5]!.header).toBe('*unknown author* · *(deleted)* · #105');
    expect(list[0]!.header.startsWith('**user\\_100**')).toBe(true);
  });

  it('indents paragraphs under their bullet, keeps line breaks, quotes notes and escapes markup', () => {
    const markdown = exportMarkdown(sampleDocument());
    expect(markdown).toContain(
      '  - **[PRO]** · **user\\_101** · 2017-08-08 01:47:02 UTC · [#101](<https://news.ycombinator.com/item?id=101>)\n' +
        '    First paragraph, with "quotes" and a comma.\n\n    Second paragraph\\\n    with a line break.\n\n' +
        '    > **Note:** Strong point;\\\n    > second line, with "quotes".\n',
    );
    expect(markdown).toContain('        @admin +1 this\\\n        is "fine", really\n');
    expect(markdown).toContain('      \\= SUM(A1:A2) and \\[a link\\](http://x.y) and \\<script\\>alert(1)\\</script\\>\n');
    expect(markdown).toContain('    \\> quoted line\\\n    1\\. not a list\\\n    \\# not a heading\\\n    \\---\n');
    expect(markdown).toContain('      \\[deleted\\]\n');
    expect(markdown).toContain('      \\[12 more replies not loaded\\]\n');
    expect(markdown).not.toMatch(/<script>/);
  });

  it('writes a link post title in bold above its text', () => {
    const markdown = exportMarkdown(sampleDocument());
    expect(markdown).toContain('- **user\\_100** · 2017-08-08 01:47:02 UTC · [#100](<https://news.ycombinator.com/item?id=100>)\n  **Is \\[this\\] a \\<good\\> idea? #1**\n');
  });

  it('caps the nesting and states the depth in words beyond it', () => {
    const nodes: ThreadNode[] = Array.from({ length: 20 }, (_, i) => ({
      id: String(i),
      parent: i === 0 ? null : String(i - 1),
      kind: i === 0 ? 'post' : 'comment',
      author: null,
      createdAt: null,
      text: `level ${i}`,
      url: null,
      status: 'ok',
    }));
    const markdown = exportMarkdown(createDocument({ source: { kind: 'text', url: null, title: null, retrievedAt: null }, nodes, links: [] }, { now: '2026-11-26T14:00:00.000Z' }));
    const list = items(markdown);
    expect(list.map((item) => item.indent)).toEqual(nodes.map((_, i) => 2 * Math.min(i, MARKDOWN_MAX_NESTING)));
    expect(list[12]!.header).toBe('*unknown author* · #12');
    expect(list[13]!.header).toBe('*unknown author* · *(depth 13)* · #13');
    expect(markdown).toContain(`${'  '.repeat(MARKDOWN_MAX_NESTING + 1)}level 19\n`);
  });

  it('defuses what would start a Markdown block at the start of a line', () => {
    expect(escapeLine('  # heading')).toBe('\\# heading');
    expect(escapeLine('+ item')).toBe('\\+ item');
    expect(escapeLine('=====')).toBe('\\=====');
    expect(escapeLine('12) item')).toBe('12\\) item');
    expect(escapeLine('a_b *c* `d` ~e~ | & <f>')).toBe('a\\_b \\*c\\* \\`d\\` \\~e\\~ \\| \\& \\<f\\>');
  });

  it('gives every comment of the HN thread its time to the second, as the source has it', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../test/fixtures/hn-firebase_14952787_flat-items_forum-explorer.json', import.meta.url), 'utf8')) as { id: number; time?: number }[];
    const headers = new Map(
      exportMarkdown(fixtureDocument('hn-firebase_14952787_flat-items_forum-explorer.json'))
        .split('\n')
        .flatMap((line) => {
          const id = /\[#(\d+)\]\(<https:\/\/news\.ycombinator\.com\/item\?id=\d+>\)$/.exec(line)?.[1];
          return id && /^ *- /.test(line) ? [[Number(id), line] as const] : [];
        }),
    );
    const timed = raw.filter((item) => item.time !== undefined);
    expect(timed.length).toBeGreaterThan(2000);
    // Most of them fall on a second other than :00, so a time cut to the minute would miss them.
    expect(timed.filter((item) => item.time! % 60 !== 0).length).toBeGreaterThan(2000);
    for (const item of timed) expect(headers.get(item.id), String(item.id)).toContain(` · ${new Date(item.time! * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC · `);
  });

  describe('notes, the user\'s own text', () => {
    const reddit = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const withNotes = (notes: Record<string, string>) => ({
      ...reddit,
      annotations: { ...reddit.annotations, ...Object.fromEntries(Object.entries(notes).map(([id, note]) => [id, { ...reddit.annotations[id], note, updatedAt: '2026-12-03T10:00:00.000Z' }])) },
    });
    /** The lines of a node's note block: from its "**Note:**" line to the next list item or blank line. */
    const noteBlock = (markdown: string, id: string) => {
      const lines = markdown.split('\n');
      const header = lines.findIndex((line) => line.includes(`#${escapeInline(id)}`) && /^ *- /.test(line));
      const first = lines.findIndex((line, i) => i > header && line.includes('> **Note:**'));
      const end = lines.findIndex((line, i) => i > first && (line === '' || /^ *- /.test(line)));
      return lines.slice(first, end < 0 ? undefined : end);
    };
    const replies = reddit.nodes.filter((node) => node.kind === 'comment' && node.status === 'ok').map((node) => node.id);

    it('keep the Markdown the user wrote (emphasis, code, links, lists) and their line breaks, in a quote under the comment', () => {
      const id = replies[3]!;
      const markdown = exportMarkdown(withNotes({ [id]: 'Attacks the **premise**, not the conclusion: see `ad_hominem` and [the FAQ](https://www.reddit.com/wiki/faq).\n- first point\n- second point\n\nA new paragraph,\nwith a line break.' }));
      const depth = buildMap(reddit.nodes).graph.depth[reddit.nodes.findIndex((node) => node.id === id)]!;
      const body = `${'  '.repeat(depth)}  `;
      expect(noteBlock(markdown, id)).toEqual([
        `${body}> **Note:** Attacks the **premise**, not the conclusion: see \`ad_hominem\` and [the FAQ](https://www.reddit.com/wiki/faq).`,
        `${body}> - first point`,
        `${body}> - second point`,
        `${body}>`,
        `${body}> A new paragraph,\\`,
        `${body}> with a line break.`,
      ]);
    });

    it('cannot add a heading, a rule, HTML, a link definition or a link other than http, https, mailto to the document, nor leave the quote', () => {
      const hostile = [
        'Fine so far\n# Not a heading\n---\n</details>\n<!-- swallows the rest\n===\n[x]: https://example.com/a\n- # nested heading\n> ## quoted heading\n* * *\n   ___\n<script>alert(1)</script>',
        '# A note that opens with a heading',
        '---\n\n---',
        'Links: [fine](https://example.com/a_b) [click](javascript:alert(1)) [y](<JavaScript:alert(1)>) ![i](data:image/png;base64,AA) [rel](#top) <mailto:a@b.c>',
      ];
      const notes = Object.fromEntries(hostile.map((note, k) => [replies[k * 5]!, note]));
      const plain = exportMarkdown(reddit);
      const markdown = exportMarkdown(withNotes(notes));
      // The outline is the same list of nodes, and the document's own headings are the only ones.
      expect(items(markdown).map((item) => item.header)).toEqual(items(plain).map((item) => item.header));
      const headings = (text: string) => text.split('\n').filter((line) => /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line));
      expect(headings(markdown)).toEqual(headings(plain));
      for (const [id, note] of Object.entries(notes)) {
        const block = noteBlock(markdown, id);
        // Every line of the note stays in its quote, indented under its comment.
        expect(block.length).toBeGreaterThan(0);
        const indent = /^ */.exec(block[0]!)![0];
        for (const line of block) expect(line.startsWith(`${indent}>`), line).toBe(true);
        // Inside the quote, no line starts a heading, a rule, a setext underline, HTML or a link definition.
        for (const line of block) {
          let content = line.slice(indent.length).replace(/^> ?(\*\*Note:\*\* )?/, '');
          while (/^(?:[ \t]*(?:>|[-*+](?=[ \t])))/.test(content)) content = content.replace(/^[ \t]*(?:>|[-*+])/, '');
          content = content.trimStart();
          expect(content, line).not.toMatch(/^(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|[-=]+[ \t]*$|<[A-Za-z/!?]|\[[^\]]*\]:)/);
          expect(line, line).not.toMatch(/(?:^|[^\\])<(?:\/?details|!--|script)/);
          // Every link left goes to http, https or mailto.
          for (const target of line.matchAll(/(?:^|[^\\])\]\([ \t]*<?([^)>\s]*)/g)) expect(target[1], line).toMatch(/^(?:https?:\/\/|mailto:)/i);
        }
        // The words are all still there.
        expect(block.join('\n').replace(/\\/g, '')).toContain(note.split('\n').filter((line) => line.trim() !== '').at(-1)!.trim().replace(/\\/g, ''));
      }
    });
  });

  it.each(FIXTURE_FILES)('lists every node of the real thread %s once, at its depth', (name) => {
    const doc = fixtureDocument(name);
    const list = items(exportMarkdown(doc));
    const { graph } = buildMap(doc.nodes);
    expect(list).toHaveLength(doc.nodes.length);
    [...graph.preorder].forEach((position, k) => {
      const node = graph.nodes[position]!;
      expect(list[k]!.indent).toBe(2 * Math.min(graph.depth[position]!, MARKDOWN_MAX_NESTING));
      expect(list[k]!.header).toContain(`#${escapeInline(node.id)}`);
      const tag = doc.annotations[node.id]?.tag;
      if (tag !== undefined) expect(list[k]!.header.startsWith(`**[${tag.toUpperCase()}]**`)).toBe(true);
      else expect(list[k]!.header).not.toMatch(/^\*\*\[(PRO|CON|QUESTION)\]\*\*/);
    });
  });
});
