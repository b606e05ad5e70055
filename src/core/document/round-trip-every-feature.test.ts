import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { applyAnnotationChanges } from '../annotations/apply';
import { exportJson } from '../export/json';
import { applyStructureChanges } from '../map/edit';
import { openInput } from './open-input';
import type { ThreadmapDocument } from './types';

const at = '2026-11-26T14:00:00.000Z';

/** The real 2,565-item HN thread with every feature of the format in use at once. */
function documentWithEverything(): ThreadmapDocument {
  const base = openFixture('hn-firebase_14952787_flat-items_forum-explorer.json');
  const deleted = base.nodes.find((node) => node.status === 'deleted')!;
  const dead = base.nodes.find((node) => node.status === 'dead')!;
  const comment = base.nodes.find((node) => node.kind === 'comment' && node.status === 'ok' && node.text.length > 80)!;
  const other = base.nodes.find((node) => node.kind === 'comment' && node.status === 'ok' && node.id !== comment.id)!;
  // Unicode that pipelines get wrong: right-to-left scripts, combining marks, emoji with joiners.
  const nodes = base.nodes.map((node) =>
    node.id === other.id ? { ...node, author: 'نور🙂', text: `שלום עולם — مرحبا بالعالم\n\nnaïve café 👩🏽‍💻 "quoted" <b>not markup</b>\t\u200f` } : node,
  );
  const edited = applyStructureChanges(
    { nodes, links: base.links, annotations: base.annotations },
    [
      { type: 'split', id: comment.id, range: [0, 40] },
      { type: 'link', from: other.id, to: comment.id, kind: 'quote' },
    ],
  );
  if (!edited.ok) throw new Error(edited.error.message);
  const claimId = edited.value.nodes.find((node) => node.kind === 'claim')!.id;
  const annotations = applyAnnotationChanges(edited.value.annotations, [
    { type: 'tag', id: comment.id, tag: 'con', at },
    { type: 'note', id: comment.id, note: 'Attacks the premise.\nSecond line, with "quotes" and, commas.', at },
    { type: 'tag', id: claimId, tag: 'question', at },
    { type: 'tag', id: other.id, tag: 'pro', at },
    { type: 'note', id: other.id, note: 'ملاحظة 📝', at },
    { type: 'tag', id: deleted.id, tag: 'con', at },
    { type: 'note', id: dead.id, note: 'dead, but its replies matter', at },
  ]);
  return {
    ...base,
    nodes: edited.value.nodes,
    links: edited.value.links,
    annotations,
    view: { layout: 'tree-right', collapsed: [comment.id], selected: claimId, viewport: { x: -120.5, y: 40, zoom: 0.75 } },
  };
}

describe('export then import of a map using every feature', () => {
  it('gives back the identical document: tags, notes, a claim, a quote link, deleted and dead nodes, RTL text, emoji, view', () => {
    const document = documentWithEverything();
    const text = exportJson(document, { now: document.exportedAt });
    const reopened = openInput(text, { retrievedAt: null, fileName: 'map.threadmap.json' });
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.value).toEqual(document);
    expect(reopened.value.nodes.filter((node) => node.kind === 'claim')).toHaveLength(1);
    expect(reopened.value.nodes.some((node) => node.status === 'deleted')).toBe(true);
    expect(reopened.value.links).toContainEqual(expect.objectContaining({ kind: 'quote' }));
    // A second round changes nothing either.
    expect(exportJson(reopened.value, { now: document.exportedAt })).toBe(text);
  });
});
