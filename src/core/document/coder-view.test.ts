import { describe, expect, it } from 'vitest';
import { adjudicate } from '../agreement/adjudicate';
import { combineCoderFiles } from '../agreement/combine';
import { cardsOf, codedBy, openFixture } from '../agreement/testing/coder-files';
import { codersOfView, codesBlind, ownAnnotations, pendingLayerBeside, visibleAnnotations, type MapViewer } from './coder-view';
import type { ThreadmapDocument } from './types';

const at = '2026-11-30T12:00:00.000Z';
const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const cards = cardsOf(reddit);
const anas = codedBy(reddit, 'Ana', { [cards[0]!]: 'pro', [cards[1]!]: 'con' });
const bens = codedBy(reddit, 'Ben', { [cards[0]!]: 'pro', [cards[1]!]: 'question' });
const combined = (() => {
  const result = combineCoderFiles([{ doc: anas, fileName: 'ana.json' }, { doc: bens, fileName: 'ben.json' }]);
  if (!result.ok) throw new Error(result.error.message);
  const decided = adjudicate(result.value.doc, cards[1]!, { category: 'con' }, '', 'Cleo', at);
  if (!decided.ok) throw new Error(decided.error.message);
  return decided.value;
})();

const view = (map: ThreadmapDocument, viewer: string | null, blind = true, ownLayers = true): MapViewer => ({ map, viewer, blind, ownLayers });
const tags = (annotations: ThreadmapDocument['annotations']) => Object.fromEntries(Object.entries(annotations).map(([id, a]) => [id, a.tag]));

describe('what a map of several coders shows each person', () => {
  it('shows a coder their own layer only, neither the other coder\'s tags nor the gold made of them', () => {
    expect(codesBlind(view(combined, 'Ben'))).toBe(true);
    expect(tags(visibleAnnotations(view(combined, 'Ben')))).toEqual({ [cards[0]!]: 'pro', [cards[1]!]: 'question' });
    // Blind coding off shows the others beside one's own tags; the cards still carry one's own.
    expect(codesBlind(view(combined, 'Ben', false))).toBe(false);
    expect(visibleAnnotations(view(combined, 'Ben', false))).toBe(ownAnnotations(view(combined, 'Ben')));
  });

  it('shows an adjudicator who has no layer the gold answers, and never hides the coders\' tags from them', () => {
    expect(codesBlind(view(combined, 'Cleo'))).toBe(false);
    expect(tags(visibleAnnotations(view(combined, 'Cleo')))).toEqual({ [cards[1]!]: 'con' });
    expect(codersOfView(view(combined, 'Cleo')).map((layer) => layer.coder)).toEqual(['Ana', 'Ben']);
  });

  it('counts a coder whose layer is empty as an adjudicator', () => {
    const emptied = { ...combined, layers: combined.layers!.map((layer) => (layer.coder === 'Ben' ? { ...layer, annotations: {} } : layer)) };
    expect(codesBlind(view(emptied, 'Ben'))).toBe(false);
  });

  it('codes another coder\'s map blind before the first tag: nothing shown, both coders listed', () => {
    const opened = view(anas, 'Ben');
    expect(pendingLayerBeside(opened)).toBe('Ana');
    expect(codesBlind(opened)).toBe(true);
    expect(Object.keys(visibleAnnotations(opened))).toEqual([]);
    expect(codersOfView(opened).map((layer) => [layer.coder, Object.keys(layer.annotations).length])).toEqual([['Ana', 2], ['Ben', 0]]);
  });

  it('shows one coder\'s own map, and a shared live-room map, as it is', () => {
    expect(visibleAnnotations(view(anas, 'Ana'))).toBe(anas.annotations);
    expect(codesBlind(view(anas, 'Ana'))).toBe(false);
    expect(visibleAnnotations(view(anas, 'Ben', true, false))).toBe(anas.annotations);
    expect(codersOfView(view(anas, 'Ben', true, false))).toEqual([]);
  });
});
