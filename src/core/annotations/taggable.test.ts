import { describe, expect, it } from 'vitest';
import { openRecorded } from '../map/testing/edit-fixtures';
import { applyAnnotationChanges, countTags } from './apply';
import { argumentAnnotations, isTaggable, misplacedAnnotationIds, untaggableReason } from './taggable';

const at = '2026-11-26T14:00:00.000Z';
const reddit = () => openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json');

describe('which cards can carry a tag', () => {
  it('on the Reddit thread: the 51 comments, not the post nor the 21 "more" stubs', () => {
    const doc = reddit();
    expect(doc.nodes).toHaveLength(73);
    const taggable = doc.nodes.filter(isTaggable);
    expect(taggable).toHaveLength(51);
    expect(taggable.every((node) => node.kind === 'comment')).toBe(true);
    expect(untaggableReason(doc.nodes[0]!)).toContain('replies to nothing');
    expect(untaggableReason(doc.nodes.find((node) => node.kind === 'more')!)).toContain('not loaded');
  });

  it('counts tags over the comments only, so the root and stubs neither add to nor dilute "Tagged N of M"', () => {
    const doc = reddit();
    const stub = doc.nodes.find((node) => node.kind === 'more')!;
    const annotations = applyAnnotationChanges({}, [
      { type: 'tag', id: doc.nodes[0]!.id, tag: 'pro', at },
      { type: 'tag', id: stub.id, tag: 'con', at },
      { type: 'tag', id: 't1_cq21eh6', tag: 'question', at },
      { type: 'tag', id: 't1_cpzw5b5', tag: 'con', at },
    ]);
    expect(countTags(annotations, doc.nodes)).toEqual({ pro: 0, con: 1, question: 1, tagged: 2 });
    expect(misplacedAnnotationIds(doc.nodes, annotations)).toEqual([doc.nodes[0]!.id, stub.id]);
    expect(Object.keys(argumentAnnotations(doc.nodes, annotations)).sort()).toEqual(['t1_cpzw5b5', 't1_cq21eh6']);
  });

  it('returns the same annotations object when nothing is misplaced', () => {
    const doc = reddit();
    const annotations = applyAnnotationChanges({}, [{ type: 'tag', id: 't1_cq21eh6', tag: 'pro', at }]);
    expect(argumentAnnotations(doc.nodes, annotations)).toBe(annotations);
  });
});

describe('who made an annotation, and tags to re-check', () => {
  it('records the coder of the last change, null when none is given', () => {
    const after = applyAnnotationChanges({}, [
      { type: 'tag', id: 'a', tag: 'pro', at, coder: 'Ana' },
      { type: 'note', id: 'b', note: 'why', at },
    ]);
    expect(after).toEqual({ a: { tag: 'pro', updatedAt: at, coder: 'Ana' }, b: { note: 'why', updatedAt: at, coder: null } });
  });

  it('clears a re-check mark when the tag is set again or confirmed, but not when only the note changes', () => {
    const marked = { a: { tag: 'con' as const, updatedAt: at, coder: 'Ana', recheck: true } };
    expect(applyAnnotationChanges(marked, [{ type: 'note', id: 'a', note: 'n', at, coder: 'Ben' }]).a?.recheck).toBe(true);
    expect(applyAnnotationChanges(marked, [{ type: 'tag', id: 'a', tag: 'pro', at, coder: 'Ben' }]).a).toEqual({ tag: 'pro', updatedAt: at, coder: 'Ben' });
    expect(applyAnnotationChanges(marked, [{ type: 'confirm', id: 'a', at, coder: 'Ben' }]).a).toEqual({ tag: 'con', updatedAt: at, coder: 'Ben' });
  });

  it('ignores a confirmation of a tag that is not marked', () => {
    const plain = { a: { tag: 'con' as const, updatedAt: at, coder: 'Ana' } };
    const after = applyAnnotationChanges(plain, [{ type: 'confirm', id: 'a', at: '2030-01-01T00:00:00.000Z', coder: 'Ben' }]);
    expect(after.a).toBe(plain.a);
  });
});
