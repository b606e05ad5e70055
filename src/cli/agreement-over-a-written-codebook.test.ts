import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRecorded } from '../core/map/testing/edit-fixtures';
import { RUMOUREVAL_CODEBOOK } from '../core/document/codebook';
import type { ThreadmapDocument } from '../core/document/types';
import { exportCodersCsv } from '../core/export/coders-csv';
import { exportJson } from '../core/export/json';
import { applyOperation } from '../core/operations/apply-operation';
import type { Operation } from '../core/operations/types';
import { runCliInMemory } from './testing/run-cli-in-memory';

const CATEGORIES = ['support', 'deny', 'query', 'comment'] as const;
const TAG_OF: Record<string, 'pro' | 'con' | 'question' | null> = { support: 'pro', deny: 'con', query: 'question', comment: null };

/** A coder's map of the Reddit thread coded with RumourEval through the operations the app dispatches. */
function codedBy(coder: string, shift: number): ThreadmapDocument {
  let doc: ThreadmapDocument = { ...openRecorded('reddit_r-redditdev_2ujhkr_comments_reddift.json'), coder };
  const ops: Operation[] = [{ id: 'op-0', time: '2026-11-30T12:00:00.000Z', coder, kind: 'codebook', payload: { codebook: RUMOUREVAL_CODEBOOK } }];
  const comments = doc.nodes.filter((node) => node.kind === 'comment' && node.parent !== null && node.parent !== doc.nodes[0]!.id).slice(0, 12);
  comments.forEach((node, i) => {
    // The two coders agree on the first eight comments and differ on the rest.
    const category = CATEGORIES[(i + (i >= 8 ? shift : 0)) % 4]!;
    ops.push({ id: `op-${i + 1}`, time: '2026-11-30T12:00:00.000Z', coder, kind: 'tag', payload: { id: node.id, tag: TAG_OF[category]!, category } });
  });
  for (const op of ops) {
    const result = applyOperation(doc, op);
    if (!result.ok) throw new Error(result.error.message);
    doc = result.value.document;
  }
  return doc;
}

describe('agreement over RumourEval categories, from maps coded in the app', () => {
  const files: Record<string, string> = {};
  beforeAll(() => {
    files['ana.json'] = exportJson(codedBy('ana', 0));
    files['ben.json'] = exportJson(codedBy('ben', 1));
  });

  it('reports per category and in the confusion matrix the codebook’s categories, comment included', async () => {
    const run = await runCliInMemory(['agreement', 'ana.json', 'ben.json'], files);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ana coded 12 comments, ben 12; 12 by both.');
    const report = JSON.parse(run.stdout) as { units: number; categories: { category: string }[]; confusion: { categories: string[]; matrix: number[][] }[]; percentAgreement: number };
    expect(report.categories.map((entry) => entry.category)).toEqual([...CATEGORIES]);
    expect(report.confusion[0]!.categories).toEqual([...CATEGORIES]);
    expect(report.units).toBe(12);
    expect(report.percentAgreement).toBeCloseTo(8 / 12, 10);
    // Comment (no map tag) is a category like the others: both coders chose it on the 4th and 8th comment.
    expect(report.confusion[0]!.matrix[3]![3]).toBe(2);
  });

  it('writes the Markdown report with the categories', async () => {
    const run = await runCliInMemory(['agreement', 'ana.json', 'ben.json', '--format', 'markdown'], files);
    expect(run.code).toBe(0);
    for (const category of CATEGORIES) expect(run.stdout).toMatch(new RegExp(`\\| ${category} +\\|`));
  });

  it('writes the coders’ long-format CSV with each coder’s category, comment included, from the combined map', async () => {
    const combined = await runCliInMemory(['combine', 'ana.json', 'ben.json', '-o', 'both.json'], files);
    expect(combined.code).toBe(0);
    const doc = JSON.parse(files['both.json']!) as ThreadmapDocument;
    expect(doc.codebook?.scheme).toBe('rumoureval');
    const rows = parse(exportCodersCsv(doc), { columns: true }) as { coder: string; category: string }[];
    const chosen = (coder: string) => rows.filter((row) => row.coder === coder && row.category).map((row) => row.category);
    expect(new Set(chosen('ana'))).toEqual(new Set(CATEGORIES));
    expect(chosen('ana').filter((category) => category === 'comment')).toHaveLength(3);
  });
});
