import { describe, expect, it } from 'vitest';
import { applyAnnotationChanges, countTags } from './apply';
import type { Annotations } from './types';

const at = '2026-11-26T14:00:00.000Z';

describe('applyAnnotationChanges', () => {
  it('tags an untagged node and leaves other entries untouched by identity', () => {
    const before: Annotations = { a: { tag: 'pro', updatedAt: at } };
    const after = applyAnnotationChanges(before, [{ type: 'tag', id: 'b', tag: 'con', at }]);
    expect(after.b).toEqual({ tag: 'con', updatedAt: at, coder: null });
    expect(after.a).toBe(before.a);
    expect(before.b).toBeUndefined();
  });

  it('removes the entry when the tag is cleared and there is no note', () => {
    const after = applyAnnotationChanges({ a: { tag: 'pro', updatedAt: at } }, [{ type: 'tag', id: 'a', tag: null, at }]);
    expect(after).toEqual({});
  });

  it('keeps the note when the tag is cleared', () => {
    const after = applyAnnotationChanges({ a: { tag: 'pro', note: 'why', updatedAt: at } }, [{ type: 'tag', id: 'a', tag: null, at }]);
    expect(after).toEqual({ a: { note: 'why', updatedAt: at, coder: null } });
  });

  it('treats a whitespace-only note as no note', () => {
    const after = applyAnnotationChanges({ a: { note: 'x', updatedAt: at } }, [{ type: 'note', id: 'a', note: '  \n', at }]);
    expect(after.a).toBeUndefined();
  });

  it('returns the same object when there is nothing to apply', () => {
    const before: Annotations = {};
    expect(applyAnnotationChanges(before, [])).toBe(before);
  });
});

describe('countTags', () => {
  it('counts each tag and the total, ignoring note-only entries', () => {
    const counts = countTags({
      a: { tag: 'pro', updatedAt: at },
      b: { tag: 'con', updatedAt: at },
      c: { tag: 'con', updatedAt: at },
      d: { note: 'n', updatedAt: at },
      e: { tag: 'question', updatedAt: at },
    });
    expect(counts).toEqual({ pro: 1, con: 2, question: 1, tagged: 4 });
  });
});
