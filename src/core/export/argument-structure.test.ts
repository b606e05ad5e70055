import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
import { describe, expect, it } from 'vitest';
import { applyStructureChanges } from '../map/edit';
import type { AifDocument } from '../sources/aif/aif-types';
import type { ThreadmapDocument } from '../document/types';
import { exportAif } from './aif';
import { exportArgdown } from './argdown';
import { exportCsv } from './csv';
import { exportMarkdown } from './markdown';
import { fixtureDocument, misplacedTagsDocument } from './interop-test-documents';

const AT = '2026-11-27T09:30:00.000Z';
const aifOf = (doc: ThreadmapDocument) => JSON.parse(exportAif(doc)) as AifDocument;
const relationCount = (aif: AifDocument) => aif.nodes.filter((node) => node.type === 'RA' || node.type === 'CA' || node.text === 'Pure Questioning').length;

describe('tags on the root and "more" stubs stay out of every argument export', () => {
  const withMisplaced = misplacedTagsDocument();
  const clean = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');

  it('holds 22 misplaced tags on the Reddit thread (the post and 21 stubs) next to the comments\' tags', () => {
    const ids = Object.keys(withMisplaced.annotations).filter((id) => !Object.hasOwn(clean.annotations, id));
    expect(ids).toHaveLength(22);
  });

  it('AIF: the same relations as without them, so no conflict comes from a stub', () => {
    expect(exportAif(withMisplaced)).toBe(exportAif(clean));
    expect(relationCount(aifOf(clean))).toBe(Object.values(clean.annotations).filter((annotation) => annotation.tag).length);
  });

  it('Argdown, Markdown and CSV: byte for byte what the thread without them gives', () => {
    expect(exportArgdown(withMisplaced)).toBe(exportArgdown(clean));
    expect(exportMarkdown(withMisplaced)).toBe(exportMarkdown(clean));
    expect(exportCsv(withMisplaced)).toBe(exportCsv(clean));
    expect(exportMarkdown(withMisplaced)).not.toContain('on a stub');
  });
});

describe('AIF questions and relation times', () => {
  const doc = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');
  const aif = aifOf(doc);
  const byId = new Map(aif.nodes.map((node) => [node.nodeID, node]));

  it('writes every question tag as an IAT Pure Questioning from the reply\'s locution to the questioned proposition', () => {
    const questions = Object.values(doc.annotations).filter((annotation) => annotation.tag === 'question').length;
    const questioning = aif.nodes.filter((node) => node.type === 'YA' && node.scheme === 'PureQuestioning');
    expect(questions).toBeGreaterThan(5);
    expect(questioning).toHaveLength(questions);
    for (const node of questioning) {
      const from = aif.edges.filter((edge) => edge.toID === node.nodeID).map((edge) => byId.get(edge.fromID)!.type);
      const to = aif.edges.filter((edge) => edge.fromID === node.nodeID).map((edge) => byId.get(edge.toID)!.type);
      expect([from, to]).toEqual([['L'], ['I']]);
    }
  });

  it('dates every inference, conflict and questioning with the reply\'s own time, the clock its locution uses', () => {
    const locutionTime = new Map(aif.nodes.filter((node) => node.type === 'L').map((node) => [node.nodeID, node.timestamp]));
    const iToL = new Map<string, string>();
    for (const edge of aif.edges) {
      const ya = byId.get(edge.toID);
      if (byId.get(edge.fromID)?.type === 'L' && ya?.scheme === 'Asserting') {
        const target = aif.edges.find((out) => out.fromID === ya.nodeID)!;
        iToL.set(target.toID, edge.fromID);
      }
    }
    let checked = 0;
    for (const node of aif.nodes) {
      if (node.type !== 'RA' && node.type !== 'CA' && node.scheme !== 'PureQuestioning') continue;
      const source = aif.edges.find((edge) => edge.toID === node.nodeID)!.fromID;
      const speaker = byId.get(source)!.type === 'L' ? source : iToL.get(source)!;
      expect(node.timestamp).toBe(locutionTime.get(speaker));
      checked++;
    }
    expect(checked).toBe(Object.values(doc.annotations).filter((annotation) => annotation.tag).length);
  });
});

describe('coders and moves in the exports', () => {
  const base = fixtureDocument('reddit_r-redditdev_2ujhkr_comments_reddift.json');
  const moved = applyStructureChanges(base, [{ type: 'reparent', id: 't1_cq05z2f', parent: 't1_cq21eh6' }]);
  if (!moved.ok) throw new Error(moved.error.message);
  const doc: ThreadmapDocument = {
    ...base,
    ...moved.value,
    annotations: { ...moved.value.annotations, t1_cq05z2f: { tag: 'con', updatedAt: AT, coder: 'Ana Lima', recheck: true } },
  };

  it('Markdown names the coder, the card\'s original parent and the tag to re-check', () => {
    const line = exportMarkdown(doc).split('\n').find((text) => text.includes('[#t1\\_cq05z2f]'))!;
    expect(line).toContain('*coded by Ana Lima*');
    expect(line).toContain('*(moved here from #t1\\_cpzw5b5)*');
    expect(line).toContain('*(tag to re-check)*');
  });

  it('Argdown carries the coder and the original parent as statement data that Argdown reads back', () => {
    const app = new ArgdownApplication();
    app.addPlugin(new ParserPlugin(), 'parse-input');
    app.addPlugin(new DataPlugin(), 'build-model');
    app.addPlugin(new ModelPlugin(), 'build-model');
    const parsed = app.run({ input: exportArgdown(doc), process: ['parse-input', 'build-model'], logLevel: 'error' }) as unknown as { parserErrors: unknown[]; statements: Record<string, { data?: Record<string, unknown> }> };
    expect(parsed.parserErrors).toEqual([]);
    const statement = Object.entries(parsed.statements).find(([title]) => title.endsWith('t1_cq05z2f'))![1];
    expect(statement.data).toMatchObject({ coder: 'Ana Lima', movedFrom: 't1_cpzw5b5' });
  });
});
