import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { ARGDOWN_MAX_NESTING, argdownTitles, exportArgdown } from './argdown';
import { escapeArgdownText } from './argdown-escape';
import { FIXTURE_FILES, fixtureDocument, sampleDocument } from './interop-test-documents';
import { displayText, joinLines, tagOf } from './interop-text';

interface Statement {
  members: { text?: string }[];
  tags?: string[];
  data?: Record<string, unknown>;
}
interface Parsed {
  lexerErrors: unknown[];
  parserErrors: unknown[];
  exceptions?: unknown[];
  statements: Record<string, Statement>;
  relations: { relationType: string; from: { title: string }; to: { title: string } }[];
}

const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), 'parse-input');
app.addPlugin(new DataPlugin(), 'build-model');
app.addPlugin(new ModelPlugin(), 'build-model');

function parseArgdown(input: string): Parsed {
  return app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'error' }) as unknown as Parsed;
}

function expectClean(parsed: Parsed): void {
  expect(parsed.lexerErrors).toEqual([]);
  expect(parsed.parserErrors).toEqual([]);
  expect(parsed.exceptions ?? []).toEqual([]);
}

/** The statement text Argdown reads back: the node's text on one line, then the tags we add. */
function expectedText(doc: ThreadmapDocument, node: ThreadNode): string {
  const words = [joinLines(displayText(node)) || '[no text]'];
  if (tagOf(doc, node.id) === 'question') words.push('#question');
  if (node.status !== 'ok') words.push(`#${node.status}`);
  return words.join(' ');
}

/** Parses the export and checks statements, texts, relations and replyTo data against the document. */
function checkAgainstDocument(doc: ThreadmapDocument): Parsed {
  const parsed = parseArgdown(exportArgdown(doc));
  expectClean(parsed);
  const { graph } = buildMap(doc.nodes);
  const statements = Object.entries(parsed.statements);
  expect(statements).toHaveLength(doc.nodes.length);
  const titles = argdownTitles(doc, graph.preorder);
  const titleOf = new Map<number, string>();
  for (const position of graph.preorder) {
    titleOf.set(position, titles[position]!);
    expect(parsed.statements[titles[position]!]!.members[0]!.text!.trim()).toBe(expectedText(doc, graph.nodes[position]!));
  }

  const replies = [...graph.preorder].filter((position) => graph.parent[position]! >= 0);
  const tagged = replies.filter((position) => ['pro', 'con'].includes(tagOf(doc, graph.nodes[position]!.id) ?? ''));
  expect(parsed.relations).toHaveLength(tagged.length);
  const relations = new Set(parsed.relations.map((relation) => `${relation.relationType}|${relation.from.title}|${relation.to.title}`));
  for (const position of tagged) {
    const type = tagOf(doc, graph.nodes[position]!.id) === 'pro' ? 'support' : 'attack';
    expect(relations.has(`${type}|${titleOf.get(position)}|${titleOf.get(graph.parent[position]!)}`)).toBe(true);
  }
  for (const position of replies) {
    if (tagged.includes(position)) continue;
    expect(parsed.statements[titleOf.get(position)!]!.data?.replyTo).toBe(titleOf.get(graph.parent[position]!));
  }
  // Every statement keeps its comment's permalink, deleted ones included.
  for (const position of graph.preorder) {
    const { url } = graph.nodes[position]!;
    expect(parsed.statements[titleOf.get(position)!]!.data?.url).toBe(url ?? undefined);
  }
  const questions = replies.filter((position) => tagOf(doc, graph.nodes[position]!.id) === 'question');
  expect(statements.filter(([, statement]) => statement.tags?.includes('question'))).toHaveLength(questions.length);
  return parsed;
}

describe('exportArgdown', () => {
  it('nests pro as support and con as attack under the root, and parses without errors', () => {
    const parsed = checkAgainstDocument(sampleDocument());
    const relations = parsed.relations.map((relation) => `${relation.from.title} ${relation.relationType} ${relation.to.title}`);
    expect(relations.sort()).toEqual([
      'user_101 101 support Is (this) a <good> idea? #1',
      'user_102 102 attack user_101 101',
      'user_106 106 support unknown 105',
      'رامي 104 attack Is (this) a <good> idea? #1',
    ]);
  });

  it('writes the root as the main statement and questions as #question statements with their reply target', () => {
    const text = exportArgdown(sampleDocument());
    expect(text).toContain('\n[Is (this) a <good> idea? #1]: Is \\[this\\] a \\<good> idea? \\#1 {url: "https://news.ycombinator.com/item?id=100"}\n');
    expect(text).toContain('\n  + [user_101 101]: First paragraph, with "quotes" and a comma. Second paragraph with a line break. {url: "https://news.ycombinator.com/item?id=101"} // Strong point; second line, with "quotes".\n');
    expect(text).toMatch(/\n\[user_108 108\]: .* #question \{replyTo: "Is \(this\) a <good> idea\? #1", url: "https:\/\/news\.ycombinator\.com\/item\?id=108"\}\n/);
    expect(text).toContain('[unknown 105]: \\[deleted\\] #deleted {replyTo: "رامي 104"} // Deleted but its reply matters.');
  });

  it('escapes markup so Argdown reads back the exact text, for any mix of special characters', () => {
    const unit = fc.constantFrom(...'ab .:/\\[]<>#*_{}=-+@()!,;\'"`~|\t\n'.split(''), 'é', '😀', 'ש', ':lol:', '.A.', '//', '<!--', '===', '[x](y)', '@[t]', '#(t t)');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = joinLines(units.join(''));
        const parsed = parseArgdown(`[t]: ${escapeArgdownText(text || 'x')}\n`);
        expectClean(parsed);
        expect(Object.keys(parsed.statements)).toEqual(['t']);
        expect(parsed.statements.t!.members[0]!.text!.trim()).toBe(text || 'x');
      }),
      { numRuns: 300 },
    );
  });

  it('continues a chain of 300 pro replies in blocks of at most 50 levels that Argdown still parses', () => {
    const nodes: ThreadNode[] = Array.from({ length: 300 }, (_, i) => ({
      id: String(i),
      parent: i === 0 ? null : String(i - 1),
      kind: i === 0 ? 'post' : 'comment',
      author: 'a',
      createdAt: null,
      text: `claim ${i}`,
      url: null,
      status: 'ok',
    }));
    const annotations = Object.fromEntries(nodes.slice(1).map((node) => [node.id, { tag: 'pro' as const, updatedAt: '2026-11-26T14:00:00.000Z' }]));
    const doc = createDocument({ source: { kind: 'text', url: null, title: null, retrievedAt: null }, nodes, links: [] }, { annotations, now: '2026-11-26T14:00:00.000Z' });
    expect(checkAgainstDocument(doc).relations).toHaveLength(299);
    const text = exportArgdown(doc);
    expect(text).toContain(`\n\n[a 50]\n  + [a 51]: claim 51\n`);
    expect(Math.max(...text.split('\n').map((line) => /^ */.exec(line)![0].length))).toBe(2 * ARGDOWN_MAX_NESTING);
  });

  it.each(FIXTURE_FILES)('gives Argdown the statements, texts and relations of the real thread %s', (name) => {
    checkAgainstDocument(fixtureDocument(name));
  });
});
