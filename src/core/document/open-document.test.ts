import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/json';
import { openDocument } from './open-document';
import { openInput } from './open-input';
import type { ThreadmapDocument } from './types';

const NOW = '2026-11-26T14:00:00.000Z';
const REDDIT = new URL('../../../test/fixtures/reddit_r-redditdev_2ujhkr_comments_reddift.json', import.meta.url);

/** A saved map of the real Reddit thread, as the JSON value a file holds. */
function redditFile(): Record<string, unknown> & { nodes: Record<string, unknown>[] } {
  const opened = openInput(readFileSync(REDDIT, 'utf8'), { retrievedAt: NOW, now: NOW });
  if (!opened.ok) throw new Error(opened.error.message);
  return JSON.parse(exportJson(opened.value, { now: NOW })) as Record<string, unknown> & { nodes: Record<string, unknown>[] };
}

function openOk(json: unknown): { doc: ThreadmapDocument; warnings: string[] } {
  const result = openDocument(json);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return { doc: result.value, warnings: result.warnings };
}

function openError(json: unknown) {
  const result = openDocument(json);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}

describe('openDocument refuses what is not a map it can open', () => {
  it('refuses a value that is not an object as notAThreadmapFile', () => {
    for (const value of [null, 42, 'threadmap', [redditFile()]]) {
      expect(openError(value).kind).toBe('notAThreadmapFile');
    }
  });

  it('refuses an object without format "threadmap" as notAThreadmapFile', () => {
    const { format: _format, ...rest } = redditFile();
    expect(openError(rest).kind).toBe('notAThreadmapFile');
    expect(openError({ ...rest, format: 'excalidraw' }).message).toContain('"format": "threadmap"');
  });

  it('refuses a file of format version 4 as versionTooNew, saying which version it opens', () => {
    const error = openError({ ...redditFile(), version: 4 });
    expect(error.kind).toBe('versionTooNew');
    expect(error.message).toBe(
      'This map was saved by a newer version of Threadmap (file format version 4). This version opens format version 3 and older; update Threadmap to open it.',
    );
  });

  it('refuses a version that is not a positive integer as invalidDocument', () => {
    for (const version of [0, -1, 1.5, '1', null, undefined]) {
      const error = openError({ ...redditFile(), version });
      expect(error.kind).toBe('invalidDocument');
      expect(error.message).toContain('version must be a positive integer');
    }
  });

  it('names the first bad path of a wrongly typed node field', () => {
    const file = redditFile();
    file.nodes[3]!.kind = 'banana';
    file.nodes[5]!.text = 7;
    const error = openError(file);
    expect(error.kind).toBe('invalidDocument');
    expect(error.message).toContain('nodes[3].kind must be one of "post", "comment", "claim", "more" (found "banana")');
  });

  it('names the path of a claim range that runs backwards', () => {
    const file = redditFile();
    Object.assign(file.nodes[2]!, { kind: 'claim', range: [10, 4] });
    expect(openError(file).message).toContain('nodes[2].range must be [start, end) with start ≤ end');
  });

  it('refuses a file whose wrapper is broken, naming the field', () => {
    expect(openError({ ...redditFile(), nodes: {} }).message).toContain('nodes must be an array (found an object)');
    const { source: _source, ...noSource } = redditFile();
    expect(openError(noSource).message).toContain('source is missing');
    expect(openError({ ...redditFile(), nodes: [] }).message).toContain('nodes is empty');
  });

  it('refuses a file in which no node has an id, naming the first one', () => {
    const file = redditFile();
    for (const node of file.nodes) delete node.id;
    const error = openError(file);
    expect(error.kind).toBe('invalidDocument');
    expect(error.message).toContain('nodes[0].id is missing');
  });

  it('refuses unknown fields nested more deeply than any map needs, instead of overflowing later', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const error = openError({ ...redditFile(), extra: deep });
    expect(error.kind).toBe('invalidDocument');
    expect(error.message).toContain('nested more than 1,000 levels deep');
  });
});

describe('openDocument restores what it can and says what it repaired', () => {
  it('opens a saved map of the real Reddit thread without warnings', () => {
    const { doc, warnings } = openOk(redditFile());
    expect(warnings).toEqual([]);
    expect(doc.nodes).toHaveLength(73);
    expect(doc.nodes[0]).toMatchObject({ id: 't3_2ujhkr', parent: null, kind: 'post', author: 'kemitche' });
  });

  it('fills in defaults for missing optional fields', () => {
    const file = redditFile();
    const node = file.nodes[4]!;
    for (const field of ['kind', 'author', 'createdAt', 'url', 'status']) delete node[field];
    delete file.links;
    delete file.annotations;
    const { doc } = openOk(file);
    expect(doc.nodes[4]).toMatchObject({ id: node.id, kind: 'comment', author: null, createdAt: null, url: null, status: 'ok' });
    expect(doc.links).toEqual([]);
    expect(doc.annotations).toEqual({});
    expect(doc.view).toBeUndefined();
  });

  it('keeps unknown fields on the document, the source, nodes, links, annotations and view', () => {
    const file = redditFile();
    const ids = file.nodes.map((node) => node.id as string);
    Object.assign(file, {
      corpus: { name: 'redditdev-2015', annotator: 'A2' },
      links: [{ from: ids[2], to: ids[1], kind: 'quote', span: [0, 12] }],
      annotations: { [ids[1]!]: { tag: 'con', updatedAt: NOW, confidence: 0.8 } },
      view: { layout: 'outline', zoomHistory: [1, 2] },
    });
    (file.source as Record<string, unknown>).license = 'reddit API terms';
    file.nodes[1]!.score = 12;
    const { doc, warnings } = openOk(file);
    expect(warnings).toEqual([]);
    expect((doc as unknown as Record<string, unknown>).corpus).toEqual({ name: 'redditdev-2015', annotator: 'A2' });
    expect((doc.source as unknown as Record<string, unknown>).license).toBe('reddit API terms');
    expect((doc.nodes[1] as unknown as Record<string, unknown>).score).toBe(12);
    expect(doc.links[0]).toEqual({ from: ids[2], to: ids[1], kind: 'quote', span: [0, 12] });
    expect(doc.annotations[ids[1]!]).toEqual({ tag: 'con', updatedAt: NOW, confidence: 0.8, coder: null });
    expect(doc.view).toEqual({ layout: 'outline', zoomHistory: [1, 2] });
  });

  it('keeps unknown fields through a save and a reopen', () => {
    const file = redditFile();
    Object.assign(file, { corpus: { annotator: 'A2' } });
    file.nodes[1]!.score = 12;
    (file.source as Record<string, unknown>).license = 'reddit API terms';
    const first = openOk(file).doc;
    const second = openOk(JSON.parse(exportJson(first, { now: NOW }))).doc;
    expect(second).toEqual(first);
    expect((second as unknown as Record<string, unknown>).corpus).toEqual({ annotator: 'A2' });
    expect((second.nodes[1] as unknown as Record<string, unknown>).score).toBe(12);
  });

  it('drops a node entry without an id and reports its path', () => {
    const file = redditFile();
    const dropped = file.nodes[3]!.id;
    delete file.nodes[3]!.id;
    const { doc, warnings } = openOk(file);
    expect(doc.nodes).toHaveLength(72);
    expect(doc.nodes.some((node) => node.id === dropped)).toBe(false);
    expect(warnings[0]).toBe('nodes[3].id is missing; entries without an id were dropped.');
  });

  it('reads numeric ids as strings, as hand-written files may have them', () => {
    const file = redditFile();
    Object.assign(file, { nodes: [{ id: 17, parent: null, text: 'root' }, { id: 18, parent: 17, text: 'reply' }] });
    const { doc, warnings } = openOk(file);
    expect(doc.nodes.map((node) => [node.id, node.parent])).toEqual([['17', null], ['18', '17']]);
    expect(warnings).toEqual([]);
  });

  it('reports a parent that is not in the map and keeps the node for buildMap to hang under the root', () => {
    const file = redditFile();
    file.nodes[7]!.parent = 't1_gone';
    const { doc, warnings } = openOk(file);
    expect(doc.nodes[7]!.parent).toBe('t1_gone');
    expect(warnings).toEqual(['nodes[7].parent "t1_gone" is not in the map; such nodes are shown under the root.']);
  });

  it('drops links and annotations that name unknown nodes, and invalid tags, with one warning per kind', () => {
    const file = redditFile();
    const ids = file.nodes.map((node) => node.id as string);
    Object.assign(file, {
      links: [
        { from: ids[3], to: ids[2], kind: 'quote' },
        { from: ids[3], to: 't1_nowhere', kind: 'quote' },
        { from: 't1_nobody', to: ids[2], kind: 'quote' },
        { to: ids[2] },
      ],
      annotations: {
        [ids[2]!]: { tag: 'pro', updatedAt: NOW },
        [ids[3]!]: { tag: 'maybe', updatedAt: NOW },
        [ids[4]!]: { tag: 'agree', note: 'keeps its note', updatedAt: NOW },
        t1_unknown: { tag: 'con', updatedAt: NOW },
      },
    });
    const { doc, warnings } = openOk(file);
    expect(doc.links).toEqual([{ from: ids[3], to: ids[2], kind: 'quote' }]);
    expect(doc.annotations).toEqual({
      [ids[2]!]: { tag: 'pro', updatedAt: NOW, coder: null },
      [ids[4]!]: { note: 'keeps its note', updatedAt: NOW, coder: null },
    });
    expect(warnings).toEqual([
      'links[3].from is missing; such links were dropped.',
      `annotations["${ids[3]}"].tag "maybe" is not pro, con or question (and 1 more like it); such tags were dropped.`,
      'links[1] points to "t1_nowhere", which is not in the map (and 1 more like it); such links were dropped.',
      'annotations["t1_unknown"] is for a node that is not in the map; such annotations were dropped.',
    ]);
  });

  it('renames a repeated node id so that every node stays reachable', () => {
    const file = redditFile();
    const first = file.nodes[1]!.id as string;
    file.nodes[9]!.id = first;
    const { doc, warnings } = openOk(file);
    expect(doc.nodes[1]!.id).toBe(first);
    expect(doc.nodes[9]!.id).toBe(`${first}~2`);
    expect(warnings[0]).toContain(`nodes[9].id "${first}" appears more than once`);
  });

  it('ignores view fields of the wrong type and view state naming unknown nodes', () => {
    const file = redditFile();
    const ids = file.nodes.map((node) => node.id as string);
    file.view = { collapsed: [ids[1], 't1_gone'], selected: 't1_gone', viewport: { x: 'left' }, layout: 'outline' };
    const { doc, warnings } = openOk(file);
    expect(doc.view).toEqual({ collapsed: [ids[1]], selected: null, layout: 'outline' });
    expect(warnings).toHaveLength(3);
  });

  it('dates an annotation without updatedAt at the time the file was written', () => {
    const file = redditFile();
    const id = file.nodes[2]!.id as string;
    file.annotations = { [id]: { tag: 'question' } };
    expect(openOk(file).doc.annotations[id]).toEqual({ tag: 'question', updatedAt: NOW, coder: null });
  });
});

describe('openDocument with tags where they mean nothing', () => {
  it('keeps tags on the Reddit post and its stubs in the file but warns once that exports leave them out', () => {
    const file = redditFile();
    const stubs = file.nodes.filter((node) => node.kind === 'more').map((node) => node.id as string);
    file.annotations = Object.fromEntries(['t3_2ujhkr', ...stubs, 't1_cq21eh6'].map((id) => [id, { tag: 'con', updatedAt: NOW, coder: 'Ana' }]));
    const { doc, warnings } = openOk(file);
    expect(Object.keys(doc.annotations)).toHaveLength(23);
    expect(warnings).toEqual([
      'annotations["t3_2ujhkr"] is on the root or a "more" stub, which cannot be tagged (and 21 more like it); it is kept in the file but left out of the counts and of every export\'s argument structure.',
    ]);
    expect(JSON.parse(exportJson(doc, { now: NOW })).annotations).toEqual(file.annotations);
  });
});
