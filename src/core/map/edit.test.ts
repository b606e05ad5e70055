import { describe, expect, it } from 'vitest';
import { applyStructureChanges, claimId, mergeQuestion, type MapParts, type StructureChange } from './edit';
import { buildMap } from './graph';
import { idsOf, isInThreadOrder, nodeOf, openRecorded, partsOf, reopened, saved, withParts } from './testing/edit-fixtures';

const TEXT = 'hn-text_eggos-unikernel-thread.txt';
const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';
const DISCOURSE = 'discourse_t-2108_posts_criticalfallibilism.json';
const AT = '2026-11-27T09:30:00.000Z';

function applied(parts: MapParts, ...changes: StructureChange[]): MapParts {
  const result = applyStructureChanges(parts, changes);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

function refusal(parts: MapParts, ...changes: StructureChange[]): string {
  const result = applyStructureChanges(parts, changes);
  if (result.ok) throw new Error('the edit was applied');
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error.kind;
}

const textIds = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `t${from + i}`);

describe('re-parenting', () => {
  const doc = openRecorded(TEXT);
  const before = partsOf(doc);

  it('hangs a card and all its replies under another card and changes nothing else', () => {
    const after = applied(before, { type: 'reparent', id: 't9', parent: 't8' });
    expect(nodeOf(after, 't9').parent).toBe('t8');
    const { graph } = buildMap(after.nodes);
    expect(graph.depth[graph.index.get('t12')!]).toBe(12);
    expect(idsOf(after)).toEqual(idsOf(before));
    after.nodes.forEach((node, i) => {
      if (node.id !== 't9') expect(node).toBe(before.nodes[i]);
    });
    expect(after.links).toBe(before.links);
    expect(after.annotations).toBe(before.annotations);
  });

  it('moves the subtree to its place among the new siblings so the list stays in thread order', () => {
    const after = applied(before, { type: 'reparent', id: 't1', parent: 't29' });
    expect(idsOf(after)).toEqual(['t0', ...textIds(9, 29), ...textIds(1, 8), 't30', 't31']);
    expect(isInThreadOrder(after)).toBe(true);
    expect(nodeOf(after, 't2').parent).toBe('t1');
  });

  it('refuses to make a card its own descendant, with a named error', () => {
    expect(refusal(before, { type: 'reparent', id: 't1', parent: 't5' })).toBe('cycle');
    expect(refusal(before, { type: 'reparent', id: 't4', parent: 't4' })).toBe('cycle');
    expect(refusal(before, { type: 'reparent', id: 't0', parent: 't12' })).toBe('cycle');
  });

  it('refuses unknown cards and moving a claim away from its comment', () => {
    expect(refusal(before, { type: 'reparent', id: 't99', parent: 't1' })).toBe('unknownNode');
    expect(refusal(before, { type: 'reparent', id: 't3', parent: 'nope' })).toBe('unknownNode');
    const split = applied(before, { type: 'split', id: 't1', range: [0, 51] });
    expect(refusal(split, { type: 'reparent', id: 't1#c0-51', parent: 't12' })).toBe('claimFixed');
  });

  it('re-parents a reply of the real HN thread under another top-level comment', () => {
    const hn = partsOf(openRecorded(ALGOLIA));
    const after = applied(hn, { type: 'reparent', id: '14956119', parent: '14953048' });
    const { graph } = buildMap(after.nodes);
    const moved = graph.index.get('14956119')!;
    expect(graph.nodes[graph.parent[moved]!]!.id).toBe('14953048');
    expect(graph.depth[moved]).toBe(2);
    expect(isInThreadOrder(after)).toBe(true);
    expect(after.nodes).toHaveLength(hn.nodes.length);
  });
});

describe('the provenance of a move', () => {
  const reddit = partsOf(openRecorded(REDDIT));
  const tagged: MapParts = { ...reddit, annotations: { t1_cq05z2f: { tag: 'pro', updatedAt: AT, coder: 'Ana' } } };

  it('records the parent the source gave and that the card was moved, and marks its tag for re-check', () => {
    const after = applied(tagged, { type: 'reparent', id: 't1_cq05z2f', parent: 't1_cq21eh6' });
    expect(nodeOf(after, 't1_cq05z2f')).toMatchObject({ parent: 't1_cq21eh6', moved: true, originalParent: 't1_cpzw5b5' });
    expect(after.annotations.t1_cq05z2f).toEqual({ tag: 'pro', updatedAt: AT, coder: 'Ana', recheck: true });
    // Its replies still answer it, so their tags keep their meaning.
    expect(after.nodes.filter((node) => node.moved)).toHaveLength(1);
  });

  it('keeps the source\'s parent through a second move and forgets the move when the card goes back', () => {
    const twice = applied(tagged, { type: 'reparent', id: 't1_cq05z2f', parent: 't1_cq21eh6' }, { type: 'reparent', id: 't1_cq05z2f', parent: 't3_2ujhkr' });
    expect(nodeOf(twice, 't1_cq05z2f')).toMatchObject({ parent: 't3_2ujhkr', moved: true, originalParent: 't1_cpzw5b5' });
    const back = applied(twice, { type: 'reparent', id: 't1_cq05z2f', parent: 't1_cpzw5b5' });
    const node = nodeOf(back, 't1_cq05z2f');
    expect(node.moved).toBeUndefined();
    expect(node.originalParent).toBeUndefined();
    expect(node).toEqual(nodeOf(reddit, 't1_cq05z2f'));
    // The tag was looked at against other parents in between: it still asks for a second look.
    expect(back.annotations.t1_cq05z2f?.recheck).toBe(true);
  });

  it('leaves an untagged card\'s annotations alone, and the move survives a save and reopen', () => {
    const doc = openRecorded(REDDIT);
    const after = applied(partsOf(doc), { type: 'reparent', id: 't1_cq05z2f', parent: 't1_cq21eh6' });
    expect(after.annotations).toBe(doc.annotations);
    const edited = withParts(doc, { ...after, annotations: { t1_cq05z2f: { tag: 'con', updatedAt: AT, coder: 'Ana', recheck: true } } });
    expect(reopened(edited)).toEqual(edited);
  });
});

describe('merging across authors', () => {
  const reddit = partsOf(openRecorded(REDDIT));
  const { graph } = buildMap(reddit.nodes);
  const at = graph.index.get('t1_cpzw5b5')!;

  it('refuses to join two authors\' comments of a Reddit thread until it is confirmed', () => {
    expect(refusal(reddit, { type: 'merge', id: 't1_cpzw5b5' })).toBe('mergeNeedsConfirmation');
    const after = applied(reddit, { type: 'merge', id: 't1_cpzw5b5', confirmed: true });
    expect(idsOf(after)).not.toContain('t1_cpzw5b5');
  });

  it('asks before a merge across authors, or of structure the source gave, but not for guessed text by one author', () => {
    expect(mergeQuestion(graph, at, false)).toBe('This joins Katana__\'s words to joemtz\'s comment: the merged card will name joemtz as the author of both.');
    const text = buildMap(openRecorded(TEXT).nodes).graph;
    expect(mergeQuestion(text, text.index.get('t2')!, true)).toBeNull();
    expect(mergeQuestion(text, text.index.get('t2')!, false)).toContain('separate comments');
  });
});

describe('merging a block into the one before it', () => {
  const doc = openRecorded(TEXT);
  const before = partsOf(doc);

  it('appends its text as a new paragraph and hangs its replies under the previous block', () => {
    const t1 = nodeOf(before, 't1');
    const t2 = nodeOf(before, 't2');
    const after = applied(before, { type: 'merge', id: 't2' });
    expect(after.nodes).toHaveLength(31);
    expect(idsOf(after)).not.toContain('t2');
    expect(nodeOf(after, 't1').text).toBe(`${t1.text}\n\n${t2.text}`);
    expect(nodeOf(after, 't3').parent).toBe('t1');
    expect(isInThreadOrder(after)).toBe(true);
    // The sample's only link (t2 quotes t1) would now point from t1 to itself.
    expect(after.links).toEqual([]);
  });

  it('merges into the card just before it in reading order even when that is a deep reply', () => {
    const after = applied(before, { type: 'merge', id: 't9' });
    expect(nodeOf(after, 't8').text.endsWith(nodeOf(before, 't9').text)).toBe(true);
    expect(nodeOf(after, 't10').parent).toBe('t8');
    expect(idsOf(after)).toEqual(idsOf(before).filter((id) => id !== 't9'));
    expect(isInThreadOrder(after)).toBe(true);
  });

  it('keeps its note by appending, adopts its tag when the previous block has none, and keeps its links', () => {
    const annotated: MapParts = {
      ...before,
      links: [...before.links, { from: 't9', to: 't1', kind: 'quote' }],
      annotations: { t8: { note: 'Asks about stripping Linux.', updatedAt: '2026-11-26T15:00:00.000Z' }, t9: { tag: 'con', note: 'Says it depends.', updatedAt: '2026-11-26T16:00:00.000Z' } },
    };
    const after = applied(annotated, { type: 'merge', id: 't9', at: AT });
    expect(after.annotations).toEqual({ t8: { tag: 'con', note: 'Asks about stripping Linux.\n\nSays it depends.', updatedAt: AT } });
    expect(after.links).toEqual([before.links[0], { from: 't8', to: 't1', kind: 'quote' }]);
    expect(after.links[0]).toBe(before.links[0]);
    expect(nodeOf(after, 't10').parent).toBe('t8');
  });

  it('moves the ranges of its claims so they still point at their words', () => {
    const split = applied(before, { type: 'split', id: 't2', range: [4, 30] });
    const claim = nodeOf(split, claimId('t2', [4, 30]));
    const after = applied(split, { type: 'merge', id: 't2' });
    const moved = nodeOf(after, claim.id);
    expect(moved.parent).toBe('t1');
    const [start, end] = moved.range!;
    expect(nodeOf(after, 't1').text.slice(start, end)).toBe(claim.text);
    expect(isInThreadOrder(after)).toBe(true);
  });

  it('drops the markup of merged HN comments but keeps all their text', () => {
    const hn = partsOf(openRecorded(ALGOLIA));
    const after = applied(hn, { type: 'merge', id: '14956119', confirmed: true });
    const merged = nodeOf(after, '14953024');
    expect(merged.html).toBeUndefined();
    expect(merged.text).toBe(`${nodeOf(hn, '14953024').text}\n\n${nodeOf(hn, '14956119').text}`);
    expect(nodeOf(after, '14957616').parent).toBe('14953024');
  });

  it('refuses the first card, claims and "more" stubs', () => {
    expect(refusal(before, { type: 'merge', id: 't0' })).toBe('noPrevious');
    const split = applied(before, { type: 'split', id: 't1', range: [0, 51] });
    expect(refusal(split, { type: 'merge', id: 't1#c0-51' })).toBe('notMergeable');
    const reddit = partsOf(openRecorded(REDDIT));
    const stub = reddit.nodes.findIndex((node) => node.kind === 'more');
    expect(refusal(reddit, { type: 'merge', id: reddit.nodes[stub]!.id })).toBe('notMergeable');
    expect(refusal(reddit, { type: 'merge', id: reddit.nodes[stub + 1]!.id })).toBe('notMergeable');
  });

  it('skips a claim before it and merges into the comment the claim belongs to', () => {
    const split = applied(before, { type: 'split', id: 't1', range: [0, 51] });
    const after = applied(split, { type: 'merge', id: 't2' });
    expect(nodeOf(after, 't1').text.endsWith(nodeOf(before, 't2').text)).toBe(true);
    expect(nodeOf(after, 't1#c0-51').range).toEqual([0, 51]);
  });
});

describe('splitting a claim out of a comment', () => {
  const hn = partsOf(openRecorded(ALGOLIA));
  const comment = nodeOf(hn, '14953048');
  const sentence = "We've closed this thread to new accounts because of trolling.";

  it('adds a claim child with its range, the slice as text, and the comment\'s author, time and link', () => {
    const after = applied(hn, { type: 'split', id: '14953048', range: [0, sentence.length] });
    const claim = nodeOf(after, `14953048#c0-${sentence.length}`);
    expect(claim).toEqual({
      id: `14953048#c0-${sentence.length}`,
      parent: '14953048',
      kind: 'claim',
      author: 'sctb',
      createdAt: comment.createdAt,
      text: sentence,
      url: 'https://news.ycombinator.com/item?id=14953048',
      status: 'ok',
      range: [0, sentence.length],
    });
    expect(idsOf(after).indexOf(claim.id)).toBe(idsOf(after).indexOf('14953048') + 1);
    expect(after.nodes).toHaveLength(580);
    const untouched = new Set(hn.nodes);
    expect(after.nodes.filter((node) => !untouched.has(node))).toEqual([claim]);
  });

  it('orders the claims of one comment by where they start, before its replies', () => {
    const second = comment.text.indexOf('If you have');
    const after = applied(hn, { type: 'split', id: '14953048', range: [second, comment.text.length] }, { type: 'split', id: '14953048', range: [0, 10] });
    const { graph } = buildMap(after.nodes);
    const kids = graph.children[graph.index.get('14953048')!]!.map((at) => graph.nodes[at]!.id);
    expect(kids).toEqual(['14953048#c0-10', `14953048#c${second}-${comment.text.length}`]);
    expect(isInThreadOrder(after)).toBe(true);
  });

  it('gives the same part the same id and refuses it twice', () => {
    const once = applied(hn, { type: 'split', id: '14953048', range: [0, 10] });
    expect(refusal(once, { type: 'split', id: '14953048', range: [0, 10] })).toBe('duplicateClaim');
  });

  it('refuses ranges outside the text, empty, backwards, blank or fractional', () => {
    for (const range of [[0, 999], [-1, 4], [5, 5], [9, 3], [1.5, 4]] as [number, number][]) {
      expect(refusal(hn, { type: 'split', id: '14953048', range })).toBe('badRange');
    }
    const blank = comment.text.indexOf('\n\n');
    expect(refusal(hn, { type: 'split', id: '14953048', range: [blank, blank + 2] })).toBe('badRange');
    const reddit = partsOf(openRecorded(REDDIT));
    const stub = reddit.nodes.find((node) => node.kind === 'more')!;
    expect(refusal(reddit, { type: 'split', id: stub.id, range: [0, 1] })).toBe('notSplittable');
  });
});

describe('quote links', () => {
  const discourse = partsOf(openRecorded(DISCOURSE));

  it('adds a quote link and refuses it twice, to itself or to an unknown card', () => {
    const [a, b] = [discourse.nodes[3]!.id, discourse.nodes[1]!.id];
    const after = applied(discourse, { type: 'link', from: a, to: b, kind: 'quote' });
    expect(after.links).toHaveLength(6);
    expect(after.links.at(-1)).toEqual({ from: a, to: b, kind: 'quote' });
    expect(after.nodes).toBe(discourse.nodes);
    expect(refusal(after, { type: 'link', from: a, to: b, kind: 'quote' })).toBe('duplicateLink');
    expect(refusal(after, { type: 'link', from: a, to: a, kind: 'quote' })).toBe('selfLink');
    expect(refusal(after, { type: 'link', from: a, to: 'nope', kind: 'quote' })).toBe('unknownNode');
  });

  it('refuses quotes from or to the opening post and "more" stubs, which are not comments', () => {
    const reddit = partsOf(openRecorded(REDDIT));
    const stub = reddit.nodes.find((node) => node.kind === 'more')!.id;
    expect(refusal(reddit, { type: 'link', from: 't1_cq21eh6', to: stub, kind: 'quote' })).toBe('notQuotable');
    expect(refusal(reddit, { type: 'link', from: stub, to: 't1_cq21eh6', kind: 'quote' })).toBe('notQuotable');
    expect(refusal(reddit, { type: 'link', from: 't1_cq21eh6', to: 't3_2ujhkr', kind: 'quote' })).toBe('notQuotable');
  });

  it('removes one of the thread\'s recorded quote links and refuses a link that is not there', () => {
    const link = discourse.links[2]!;
    const after = applied(discourse, { type: 'unlink', ...link });
    expect(after.links).toEqual(discourse.links.filter((other) => other !== link));
    expect(refusal(after, { type: 'unlink', ...link })).toBe('unknownLink');
  });
});

describe('edits as a batch, saved and undone', () => {
  it('applies nothing when one change of a batch is refused', () => {
    const before = partsOf(openRecorded(TEXT));
    const result = applyStructureChanges(before, [{ type: 'merge', id: 't5' }, { type: 'reparent', id: 't1', parent: 't3' }]);
    expect(result.ok).toBe(false);
    expect(nodeOf(before, 't5').parent).toBe('t4');
    expect(before.nodes).toHaveLength(32);
  });

  const sequences: [string, StructureChange[]][] = [
    [TEXT, [{ type: 'split', id: 't13', range: [0, 52] }, { type: 'reparent', id: 't14', parent: 't13' }, { type: 'merge', id: 't16' }, { type: 'link', from: 't20', to: 't13#c0-52', kind: 'quote' }]],
    [ALGOLIA, [{ type: 'reparent', id: '14956119', parent: '14953048' }, { type: 'split', id: '14953048', range: [0, 40] }, { type: 'merge', id: '14957616', confirmed: true }]],
    [DISCOURSE, [{ type: 'unlink', ...partsOf(openRecorded(DISCOURSE)).links[0]! }, { type: 'merge', id: openRecorded(DISCOURSE).nodes[5]!.id, confirmed: true }]],
  ];

  it.each(sequences)('survives a save and reopen of %s after the edits, and restoring the earlier state gives back the earlier file', (name, changes) => {
    const doc = openRecorded(name);
    const earlier = saved(doc);
    let parts = partsOf(doc);
    const states: MapParts[] = [parts];
    for (const change of changes) {
      parts = applied(parts, change);
      states.push(parts);
      const edited = withParts(doc, parts);
      expect(reopened(edited)).toEqual(edited);
    }
    expect(isInThreadOrder(parts)).toBe(true);
    // Undo walks back through the recorded states: each is still exactly what it was.
    for (let i = states.length - 1; i >= 0; i--) expect(reopened(withParts(doc, states[i]!))).toEqual(withParts(doc, states[i]!));
    expect(saved(withParts(doc, states[0]!))).toBe(earlier);
    expect(reopened(withParts(doc, states[0]!))).toEqual(openRecorded(name));
  });
});
