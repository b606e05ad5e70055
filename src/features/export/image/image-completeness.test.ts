// @vitest-environment jsdom
// jsdom for its DOMParser: the SVG is read back as strict XML, as an image decoder reads it.
import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../../test/support/fixtures';
import type { ThreadmapDocument } from '../../../core/document/types';
import { layoutMap } from '../../../core/layout';
import type { LayoutMode } from '../../../core/layout/types';
import { applyStructureChanges } from '../../../core/map/edit';
import { buildMap } from '../../../core/map/graph';
import { renderMapSvg } from './render-map-svg';
import { estimateWidth } from './svg-text';

const AT = '2026-11-26T14:00:00.000Z';

function render(doc: ThreadmapDocument, mode: LayoutMode): Document {
  const { graph } = buildMap(doc.nodes);
  const layout = layoutMap(graph, { mode, collapsed: new Set(), aspect: 1.5 });
  const svg = renderMapSvg(graph, layout, doc.annotations, { title: doc.source.title, links: doc.links });
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('not well-formed');
  return parsed;
}

const card = (svg: Document, id: string) => svg.querySelector(`g[data-id="${CSS.escape(id)}"]`)!;

describe('image exports hold what the canvas shows', () => {
  it('draws the Discourse thread\'s quote links, one curve per link, ending in an arrow', () => {
    const doc = openFixture('discourse_t-2108_posts_criticalfallibilism.json');
    expect(doc.links.filter((link) => link.kind === 'quote')).toHaveLength(5);
    for (const mode of ['tree-down', 'outline'] as const) {
      const group = render(doc, mode).querySelector('g.quote-links');
      expect(group, mode).not.toBeNull();
      const paths = [...group!.querySelectorAll('path')];
      expect(paths).toHaveLength(5);
      expect(paths.every((path) => path.getAttribute('d')!.match(/M/g)!.length === 1)).toBe(true);
      expect(group!.getAttribute('marker-end')).toBe('url(#quote-arrow)');
    }
  });

  it('names a card without an author as the canvas does: a deleted comment says [deleted] once, a stub is More replies', () => {
    const doc = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const stub = doc.nodes.find((node) => node.kind === 'more')!;
    for (const mode of ['tree-down', 'overview'] as const) {
      const svg = render(doc, mode);
      const words = (id: string) => [...card(svg, id).querySelectorAll('text')].map((text) => text.textContent);
      // t1_cogquu1: a comment whose author and words Reddit replaced with "[deleted]".
      const deleted = words('t1_cogquu1').join(' ');
      expect(deleted.split('[deleted]').length - 1, mode).toBe(1);
      expect(deleted, mode).not.toMatch(/Comment|Anonymous/);
      expect(words(stub.id)[0], mode).toMatch(/^More replies/);
    }
  });

  it('labels a claim card CLAIM, in tree and overview rows alike', () => {
    const base = openFixture('hn-algolia-derived_14952787_first-3-top-level.json');
    const split = applyStructureChanges(base, [{ type: 'split', id: '14953048', range: [0, 40] }]);
    if (!split.ok) throw new Error(split.error.message);
    const doc = { ...base, ...split.value };
    for (const mode of ['tree-down', 'overview'] as const) {
      const svg = render(doc, mode);
      const claim = card(svg, '14953048#c0-40');
      expect([...claim.querySelectorAll('text')].map((text) => text.textContent)).toContain('CLAIM');
      expect([...card(svg, '14953048').querySelectorAll('text')].map((text) => text.textContent)).not.toContain('CLAIM');
    }
  });

  it('fits every tag badge: the pill is wide enough for its semi-bold words, the words are held to it, and it stays inside its card', () => {
    const base = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const comments = base.nodes.filter((node) => node.kind === 'comment');
    const tags = ['pro', 'con', 'question'] as const;
    const annotations = Object.fromEntries(comments.map((node, i) => [node.id, { tag: tags[i % 3]!, updatedAt: AT, coder: null, ...(i % 4 === 0 ? { recheck: true } : {}) }]));
    for (const mode of ['tree-down', 'overview', 'outline'] as const) {
      const svg = render({ ...base, annotations }, mode);
      let badges = 0;
      for (const group of svg.querySelectorAll('svg.map > g[data-tag]')) {
        const cardWidth = Number(group.querySelector('rect')!.getAttribute('width'));
        const pill = [...group.querySelectorAll('rect[rx="7.5"]')];
        expect(pill, mode).toHaveLength(1);
        const rect = pill[0]!;
        const words = rect.nextElementSibling!;
        const label = words.textContent!;
        expect(label).toMatch(/^[+−?] (Pro|Con|Question)( · re-check)?$/);
        const x = Number(rect.getAttribute('x'));
        const width = Number(rect.getAttribute('width'));
        expect(width).toBeGreaterThanOrEqual(estimateWidth(label, 11) * 1.2 + 12 - 0.1);
        expect(Number(words.getAttribute('textLength'))).toBeCloseTo(width - 12, 0);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x + width).toBeLessThanOrEqual(cardWidth + 0.05);
        badges++;
      }
      expect(badges, mode).toBe(51);
    }
  });

  it('draws and counts no tag on the post or a "more" stub, even when a file holds one', () => {
    const base = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
    const stub = base.nodes.find((node) => node.kind === 'more')!.id;
    const annotations = { t3_2ujhkr: { tag: 'con' as const, updatedAt: AT }, [stub]: { tag: 'con' as const, updatedAt: AT }, t1_cq21eh6: { tag: 'pro' as const, updatedAt: AT } };
    const svg = render({ ...base, annotations }, 'tree-down');
    expect([...svg.querySelectorAll('g[data-tag]')].map((group) => group.getAttribute('data-id'))).toEqual(['t1_cq21eh6']);
    expect(svg.querySelector('g.legend')!.textContent).toContain('− Con (0)');
  });
});
