import { describe, expect, it } from 'vitest';
import { openRecorded } from '../map/testing/edit-fixtures';
import { applyAnnotationChanges, countTags } from './apply';
import { countCategories } from '../document/codebook';
import { exportJson } from '../export/json';
import { argumentAnnotations, countJudgeable, isGoneWithoutText, isJudgeable, isTaggable, judgedAnnotations, misplacedAnnotationIds, unjudgeableReason, untaggableReason } from './taggable';

const at = '2026-11-26T14:00:00.000Z';
const reddit = () => openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const hn = () => openRecorded('hn-firebase_14952787_flat-items_forum-explorer.json');

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

describe('which cards a coder can judge', () => {
  it('on the 2,565-item HN thread: the 2,452 replies with text, not the post nor the 112 deleted items with no text; dead items with text stay', () => {
    const doc = hn();
    // Counted straight from the parsed items, not through the rule under test.
    const replies = doc.nodes.filter((node) => node.parent !== null);
    const emptyDeleted = replies.filter((node) => node.status === 'deleted' && node.text === '');
    const deadWithText = replies.filter((node) => node.status === 'dead' && node.text !== '');
    expect(replies).toHaveLength(2564);
    expect(emptyDeleted).toHaveLength(112);
    expect(deadWithText.length).toBeGreaterThan(0);
    expect(countJudgeable(doc.nodes)).toEqual({ judgeable: 2564 - 112, goneWithoutText: 112 });
    expect(doc.nodes.filter(isJudgeable)).toHaveLength(2452);
    expect(emptyDeleted.every((node) => !isJudgeable(node) && isTaggable(node))).toBe(true);
    expect(deadWithText.every(isJudgeable)).toBe(true);
    expect(unjudgeableReason(emptyDeleted[0]!)).toContain('deleted and no text is left');
    expect(unjudgeableReason(doc.nodes[0]!)).toContain('replies to nothing');
  });

  it('on the Reddit thread: the two "[deleted]" comments are left out, the 49 others are not', () => {
    const doc = reddit();
    const placeholders = doc.nodes.filter((node) => node.kind === 'comment' && node.text === '[deleted]');
    expect(placeholders.map((node) => node.status)).toEqual(['deleted', 'deleted']);
    expect(countJudgeable(doc.nodes)).toEqual({ judgeable: 49, goneWithoutText: 2 });
    expect(placeholders.some(isJudgeable)).toBe(false);
  });

  it('keeps a deleted, removed or dead comment judgeable while its text is there, and an "ok" one with no text', () => {
    const base = { parent: 'p', kind: 'comment' as const };
    expect(isJudgeable({ ...base, status: 'dead', text: 'Flagged, but readable.' })).toBe(true);
    expect(isJudgeable({ ...base, status: 'removed', text: 'Still here.' })).toBe(true);
    expect(isJudgeable({ ...base, status: 'ok', text: '' })).toBe(true);
    expect(isGoneWithoutText({ status: 'removed', text: ' [removed] ' })).toBe(true);
    expect(unjudgeableReason({ ...base, status: 'dead', text: '' })).toContain('killed');
  });

  it('leaves a tag an older file holds on a deleted comment out of the counts, but in the file and the argument exports', () => {
    const doc = hn();
    const gone = doc.nodes.find((node) => node.status === 'deleted' && node.text === '')!;
    const annotations = applyAnnotationChanges({}, [
      { type: 'tag', id: gone.id, tag: 'con', at },
      { type: 'tag', id: '14953048', tag: 'pro', at },
    ]);
    expect(countTags(annotations, doc.nodes)).toEqual({ pro: 1, con: 0, question: 0, tagged: 1 });
    expect([...countCategories(annotations, doc.nodes)]).toEqual([['pro', 1]]);
    expect(Object.keys(judgedAnnotations(doc.nodes, annotations))).toEqual(['14953048']);
    expect(argumentAnnotations(doc.nodes, annotations)).toBe(annotations);
    expect(JSON.parse(exportJson({ ...doc, annotations }, { now: at })).annotations[gone.id]).toMatchObject({ tag: 'con' });
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
