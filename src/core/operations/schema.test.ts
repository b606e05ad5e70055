import { describe, expect, it } from 'vitest';
import { parseOperation } from './schema';
import { operation } from './testing/operation-fixtures';

describe('operations at the storage and network boundary', () => {
  const tag = operation('tag', { id: 't1_cpzw5b5', tag: 'question' }, 1);

  it('accepts an operation as JSON data gives it and returns the same operation', () => {
    const parsed = parseOperation(JSON.parse(JSON.stringify(tag)));
    expect(parsed.ok && parsed.value).toEqual(tag);
  });

  it.each([
    ['an unknown kind', { ...tag, kind: 'teleport' }, 'kind'],
    ['a time that is not ISO 8601', { ...tag, time: 'yesterday' }, 'time'],
    ['a tag outside pro, con and question', { ...tag, payload: { id: 'x', tag: 'maybe' } }, 'payload.tag'],
    ['an extra field in the payload', { ...tag, payload: { id: 'x', tag: 'pro', colour: 'red' } }, 'payload'],
    ['an empty coder name', { ...tag, coder: '' }, 'coder'],
    ['a viewport with no finite zoom', operation('viewport', { x: 0, y: 0, zoom: 0 }), 'payload.zoom'],
    ['a split range of fractions', operation('split', { id: 'x', range: [0.5, 2] }), 'payload.range[0]'],
  ])('refuses %s, naming where', (_what, input, where) => {
    const parsed = parseOperation(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error.message).toContain(where);
  });
});
