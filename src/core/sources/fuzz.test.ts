import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callSafely, expectParsed } from '../../../test/security/fuzz-checks';
import { SEED, applyJsonEdits, jsonEdit, nestedJsonText, randomText, replyGraph, smallFixtures, threadsOf } from '../../../test/security/fuzz-inputs';
import { jsonParsers, textParser } from './detect';
import type { SourceInput, SourceParser } from './types';

const PARSERS: readonly SourceParser[] = [...jsonParsers, textParser];
const CONTEXT = { retrievedAt: null, sourceUrl: null };

function inputOf(text: string): SourceInput {
  try {
    return { text, json: JSON.parse(text) as unknown };
  } catch {
    return { text, json: undefined };
  }
}

/** Every parser, whether or not it would claim the input: none may throw on anything. */
function parseWithEvery(input: SourceInput): void {
  for (const parser of PARSERS) {
    expectParsed(callSafely(parser.format, () => parser.parse(input, CONTEXT)));
    expect(typeof callSafely(`${parser.format} sniff`, () => ({ ok: true, value: parser.sniff(input), warnings: [] })).ok).toBe('boolean');
  }
}

const byFormat = (format: string): SourceParser => PARSERS.find((parser) => parser.format === format || parser.format.startsWith(format))!;

describe('every parser on random input', () => {
  it('returns a thread or a named error for random bytes, text and JSON', () => {
    fc.assert(fc.property(randomText, (text) => parseWithEvery(inputOf(text))), { seed: SEED, numRuns: 120 });
  });

  it('returns a thread or a named error for random JSON values of any shape', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (json) => parseWithEvery({ text: '', json })), { seed: SEED, numRuns: 150 });
  });
});

describe('each parser on its own real fixture, mutated', () => {
  const fixtures = smallFixtures().filter((fixture) => fixture.name !== 'text');
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('reads the %s fixture with fields flipped, removed, repeated and replaced', (name, fixture) => {
    const original: unknown = JSON.parse(fixture.text);
    const parser = byFormat(name.replace(/-2014$/, ''));
    expectParsed(parser.parse({ text: fixture.text, json: original }, CONTEXT));
    fc.assert(
      fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        const json = applyJsonEdits(original, edits);
        expectParsed(callSafely(name, () => parser.parse({ text: '', json }, CONTEXT)));
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe('parent references that form cycles, dangle or repeat ids', () => {
  it('always give a whole tree, in every format that names parents', () => {
    fc.assert(
      fc.property(replyGraph, (graph) => {
        for (const { format, json } of threadsOf(graph)) {
          if (format === 'threadmap') continue;
          expectParsed(callSafely(format, () => byFormat(format).parse({ text: '', json }, CONTEXT)));
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it.each([
    ['a two-item cycle', { ids: [1, 2, 3], parents: [null, 2, 1] }],
    ['a self-reply', { ids: [1, 2], parents: [null, 1] }],
    ['a cycle without any root', { ids: [1, 2, 3], parents: [1, 2, 0] }],
    ['repeated ids', { ids: [1, 2, 2, 3], parents: [null, 0, 0, 2] }],
  ] as const)('cut %s so that every parent exists and nothing is lost', (_what, graph) => {
    for (const { format, json } of threadsOf({ ids: [...graph.ids], parents: [...graph.parents] })) {
      if (format === 'threadmap') continue;
      const result = byFormat(format).parse({ text: '', json }, CONTEXT);
      expectParsed(result);
      expect(result.ok, format).toBe(true);
      if (result.ok) expect(result.value.nodes.length, format).toBeGreaterThanOrEqual(new Set(graph.ids).size);
    }
  });
});

describe('deep nesting and huge strings', () => {
  it('answers 100,000 levels of nested arrays and objects without running out of stack', () => {
    for (const text of [nestedJsonText(100_000, '[', ']'), nestedJsonText(100_000, '{"a":', '}'), nestedJsonText(100_000, '{"id":1,"children":[', ']}', '{"id":2,"children":[]}')]) {
      parseWithEvery(inputOf(text));
    }
    parseWithEvery({ text: '['.repeat(100_000), json: undefined });
  });

  it('reads an Algolia reply chain 100,000 deep as 100,001 nodes', () => {
    let counter = 0;
    const text = nestedJsonText(100_000, '{"id":1,"author":"a","created_at_i":1,"children":[', ']}', '{"id":0,"children":[]}').replace(/"id":1,/g, () => `"id":${(counter += 1)},`);
    const result = byFormat('hn-algolia').parse(inputOf(text), CONTEXT);
    expectParsed(result);
    expect(result.ok && result.value.nodes.length).toBe(100_001);
  });

  it('reads comments of 1 MB, plain and deeply nested markup, in every HTML format', () => {
    const bodies = ['word '.repeat(200_000), '<b>'.repeat(100_000), '<p><blockquote>'.repeat(50_000), '<ul><li>'.repeat(50_000), '&amp;'.repeat(200_000), `<a href="https://x.invalid/${'a'.repeat(1_000_000)}">x</a>`];
    for (const body of bodies) {
      const threads = [
        ['hn-algolia', { id: 1, created_at_i: 1, author: 'a', children: [{ id: 2, created_at_i: 1, author: 'b', text: body, children: [] }] }],
        ['reddit', [{ kind: 'Listing', data: { children: [{ kind: 't3', data: { id: 'p', title: 'T', selftext_html: body } }] } }]],
        ['lobsters', { short_id: 's', title: 'T', comments: [{ short_id: 'c', comment: body }] }],
        ['discourse', { id: 1, post_stream: { posts: [{ id: 1, post_number: 1, cooked: body }] } }],
        ['mastodon', { ancestors: [], descendants: [{ id: '1', content: body }] }],
      ] as const;
      for (const [format, json] of threads) {
        const result = callSafely(format, () => byFormat(format).parse({ text: '', json }, CONTEXT));
        expectParsed(result);
        expect(result.ok, `${format} with ${body.slice(0, 20)}`).toBe(true);
      }
    }
    const text = callSafely('text', () => textParser.parse({ text: '>'.repeat(1_000_000), json: undefined }, CONTEXT));
    expectParsed(text);
  });
});
