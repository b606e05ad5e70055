import { createEditor, type Editor } from './editor';
import { parse } from 'csv-parse/sync';
import { documentOf } from './selectors';
import { beforeEach, describe, expect, it } from 'vitest';
import { openInput } from '../core/document/open-input';
import type { ThreadmapDocument } from '../core/document/types';
import { buildAif } from '../core/export/aif';
import { exportCsv } from '../core/export/csv';
import { exportJson } from '../core/export/json';
import { openFixture } from '../../test/support/fixtures';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

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

const saved = () => exportJson(documentOf(editor.store.getState(), NOW, 'threadmap test')!, { now: NOW });

describe('node ids that name Object.prototype members', () => {
  beforeEach(() => editor.actions.openDocument(reopen(threadWithRiskyIds())));

  it('[regression] keep their tags and notes through open, tag, export and reopen', () => {
    expect(Object.keys(editor.store.getState().annotations)).toEqual([]);
    RISKY_IDS.forEach((id, i) => {
      editor.actions.setTag(id, (['pro', 'con', 'question'] as const)[i % 3]!);
      editor.actions.setNote(id, `note on ${id}`);
    });
    const state = editor.store.getState().annotations;
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
    const { annotations } = editor.store.getState();
    for (const id of RISKY_IDS) expect(annotations[id], id).toBeUndefined();
    editor.actions.setTag('constructor', 'con');
    editor.actions.undo();
    expect(editor.store.getState().annotations['constructor']).toBeUndefined();
    editor.actions.redo();
    expect(editor.store.getState().annotations['constructor']?.tag).toBe('con');
  });

  it('keep their notes when merged into the comment before them', () => {
    editor.actions.setNote('constructor', 'kept');
    editor.actions.setTag('constructor', 'pro');
    const next = editor.store.getState().nodes.findIndex((node) => node.id === 'constructor') + 1;
    const after = editor.store.getState().nodes[next]!.id;
    editor.actions.setNote(after, 'second');
    // Confirmed, as the dialog does: the source gave this structure.
    expect(editor.actions.mergeIntoPrevious(after, true)).toBe(true);
    const merged = Object.entries(editor.store.getState().annotations).find(([, annotation]) => annotation.note?.includes('second'));
    expect(merged?.[1].note).toContain('second');
    expect(reopen(saved()).annotations[merged![0]]?.note).toContain('second');
  });
});
