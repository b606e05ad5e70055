import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callSafely, expectOpened } from '../../../test/security/fuzz-checks';
import { SEED, applyJsonEdits, applyTextEdits, jsonEdit, nestedJsonText, randomText, replyGraph, smallFixtures, textEdit, threadsOf } from '../../../test/security/fuzz-inputs';
import { exportJson } from '../export/json';
import { openInput, type OpenInputContext } from './open-input';

const NOW = '2026-11-26T14:00:00.000Z';
const FILE_NAMES = [undefined, 'thread.json', 'thread.txt'] as const;

function open(text: string, context: Partial<OpenInputContext> = {}) {
  const result = callSafely(`openInput(${JSON.stringify(text.slice(0, 60))}…)`, () => openInput(text, { retrievedAt: null, now: NOW, ...context }));
  expectOpened(result, text);
  return result;
}

describe('openInput on random input', () => {
  it('returns a document or a named error for random bytes, text and JSON, whatever the file is called', () => {
    fc.assert(
      fc.property(randomText, fc.constantFrom(...FILE_NAMES), (text, fileName) => {
        open(text, fileName === undefined ? {} : { fileName });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('openInput on real fixtures, damaged', () => {
  const fixtures = smallFixtures();

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('opens the %s fixture with spans deleted, repeated, replaced or cut off', (_name, fixture) => {
    expect(open(fixture.text).ok).toBe(true);
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) => {
        open(applyTextEdits(fixture.text, edits), { fileName: fixture.name === 'text' ? 'thread.txt' : 'thread.json' });
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('opens a saved map with fields flipped, removed, repeated and replaced', () => {
    const saved = open(fixtures.find((fixture) => fixture.name === 'reddit')!.text);
    if (!saved.ok) throw new Error(saved.error.message);
    const doc: unknown = JSON.parse(exportJson({ ...saved.value, annotations: { [saved.value.nodes[1]!.id]: { tag: 'pro', note: 'n', updatedAt: NOW } } }));
    fc.assert(
      fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        open(JSON.stringify(applyJsonEdits(doc, edits)));
      }),
      { seed: SEED, numRuns: 80 },
    );
  });
});

describe('openInput on parent cycles, dangling parents and repeated ids', () => {
  it('opens every format as one tree, threadmap files with every node reachable', () => {
    fc.assert(
      fc.property(replyGraph, (graph) => {
        for (const { format, json } of threadsOf(graph)) {
          const result = open(JSON.stringify(json));
          expect(result.ok, format).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('roots an HN Firebase cycle that has no story at its first item and keeps all of it', () => {
    const items = [2, 3, 4].map((id) => ({ id, type: 'comment', time: 1, by: 'a', text: `c${id}`, parent: id === 4 ? 2 : id + 1 }));
    const result = open(JSON.stringify(items));
    expect(result.ok && result.value.nodes.map((node) => [node.id, node.parent])).toEqual([['2', null], ['4', '2'], ['3', '4']]);
  });
});

describe('openInput on deep nesting and huge strings', () => {
  it('refuses or reads 100,000 levels of nesting with a named answer, never a stack overflow', () => {
    const answers = [
      '['.repeat(100_000),
      nestedJsonText(100_000, '[', ']'),
      nestedJsonText(100_000, '{"a":', '}'),
      `{"format":"threadmap","version":1,"source":{"kind":"hn"},"nodes":[{"id":"1","parent":null,"text":"x","deep":${nestedJsonText(100_000, '[', ']')}}]}`,
      `{"ancestors":[],"descendants":[{"id":"1","content":"x","extra":${nestedJsonText(100_000, '{"a":', '}')}}]}`,
    ].map((text) => open(text));
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.kind))).toEqual(['notJson', 'unknownFormat', 'unknownFormat', 'invalidDocument', 'ok']);
  });

  it('opens a thread with a 1 MB comment, and refuses input over the size limit as too large', () => {
    const huge = 'word '.repeat(200_000);
    const result = open(JSON.stringify({ ancestors: [], descendants: [{ id: '1', content: `<p>${huge}</p>` }, { id: '2', in_reply_to_id: '1', content: 'hi' }] }));
    expect(result.ok && result.value.nodes[0]!.text.length).toBe(huge.trim().length);
    const refused = open(huge, { maxBytes: 100_000 });
    expect(!refused.ok && refused.error.kind).toBe('tooLarge');
  });
});
