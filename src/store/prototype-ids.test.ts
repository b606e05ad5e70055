import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { openInput } from '../core/document/open-input';
import type { ThreadmapDocument } from '../core/document/types';
import { buildAif } from '../core/export/aif';
import { exportCsv } from '../core/export/csv';
import { exportJson } from '../core/export/json';
import { openFixture } from '../../test/support/fixtures';
import { openDocument, redo, setNote, setTag, undo } from './actions';
import { useMapStore } from './map-store';
import { documentOf } from './selectors';
import { mergeIntoPrevious } from './structure-actions';

// Names that plain objects inherit: as map keys they read as, or write to, the prototype.
const RISKY_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const NOW = '2026-11-26T14:00:00.000Z';

/** The recorded Reddit thread with its first comments renamed to the risky ids. */
function threadWithRiskyIds(): string {
  const doc = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
  const rename = new Map(doc.nodes.slice(1, 1 + RISKY_IDS.length).map((node, i) => [node.id, RISKY_IDS[i]!]));
  const renamed: ThreadmapDocument = {
    ...doc,
    nodes: doc.nodes.map((node) => ({ ...node, id: rename.get(node.id) ?? node.id, parent: node.parent === null ? null : (rename.get(node.parent) ?? node.parent) })),
  };
  return exportJson(renamed, { now: NOW });
}

function reopen(text: string): ThreadmapDocument {
  const opened = openInput(text, { retrievedAt: null, fileName: 'map.json' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

const saved = () => exportJson(documentOf(useMapStore.getState(), NOW, 'threadmap test')!, { now: NOW });

describe('node ids that name Object.prototype members', () => {
  beforeEach(() => openDocument(reopen(threadWithRiskyIds())));

  it('[regression] keep their tags and notes through open, tag, export and reopen', () => {
    expect(Object.keys(useMapStore.getState().annotations)).toEqual([]);
    RISKY_IDS.forEach((id, i) => {
      setTag(id, (['pro', 'con', 'question'] as const)[i % 3]!);
      setNote(id, `note on ${id}`);
    });
    const state = useMapStore.getState().annotations;
    expect(Object.keys(state).sort()).toEqual([...RISKY_IDS].sort());
    const reopened = reopen(saved());
    for (const [i, id] of RISKY_IDS.entries()) {
      expect(Object.hasOwn(reopened.annotations, id), id).toBe(true);
      expect(reopened.annotations[id]).toMatchObject({ tag: (['pro', 'con', 'question'] as const)[i % 3], note: `note on ${id}` });
    }
    // And in the exports that carry tags.
    const rows = parse(exportCsv(reopened), { columns: true }) as { id: string; tag: string; note: string }[];
    expect(rows.filter((row) => RISKY_IDS.includes(row.id)).map((row) => [row.id, row.note])).toEqual(RISKY_IDS.map((id) => [id, `note on ${id}`]));
    const aif = buildAif(reopened);
    expect(aif.nodes.filter((node) => node.type === 'CA' || node.type === 'RA').length).toBeGreaterThanOrEqual(4);
  });

  it('reads as untagged until tagged: nothing is inherited', () => {
    const { annotations } = useMapStore.getState();
    for (const id of RISKY_IDS) expect(annotations[id], id).toBeUndefined();
    setTag('constructor', 'con');
    undo();
    expect(useMapStore.getState().annotations['constructor']).toBeUndefined();
    redo();
    expect(useMapStore.getState().annotations['constructor']?.tag).toBe('con');
  });

  it('keep their notes when merged into the comment before them', () => {
    setNote('constructor', 'kept');
    setTag('constructor', 'pro');
    const next = useMapStore.getState().nodes.findIndex((node) => node.id === 'constructor') + 1;
    const after = useMapStore.getState().nodes[next]!.id;
    setNote(after, 'second');
    // Confirmed, as the dialog does: the source gave this structure.
    expect(mergeIntoPrevious(after, true)).toBe(true);
    const merged = Object.entries(useMapStore.getState().annotations).find(([, annotation]) => annotation.note?.includes('second'));
    expect(merged?.[1].note).toContain('second');
    expect(reopen(saved()).annotations[merged![0]]?.note).toContain('second');
  });
});
