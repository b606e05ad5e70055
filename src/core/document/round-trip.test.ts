import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/json';
import { openInput } from './open-input';
import type { ThreadmapDocument } from './types';

const NOW = '2026-11-26T14:00:00.000Z';
const LATER = '2026-11-27T09:30:00.000Z';

/** Every recorded thread in test/fixtures: one per supported format and API shape. */
const FIXTURES = [
  'hn-algolia-derived_14952787_first-3-top-level.json',
  'hn-algolia_items-17_2014_node-hacker-news-api.json',
  'hn-firebase_14952787_flat-items_forum-explorer.json',
  'reddit_r-redditdev_2ujhkr_comments_reddift.json',
  'lobsters_s-tdfoqh_compose-lobsters.json',
  'discourse_t-2108_posts_criticalfallibilism.json',
  'mastodon_context_109294719267373593_rtoot.json',
  'hn-text_eggos-unikernel-thread.txt',
];

function fixture(name: string): string {
  return readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
}

function open(text: string): ThreadmapDocument {
  const result = openInput(text, { retrievedAt: NOW, now: NOW, sourceUrl: null });
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

const readSchema = (version: number) => JSON.parse(readFileSync(new URL(`../../../public/schema/threadmap-v${version}.schema.json`, import.meta.url), 'utf8')) as object;
const schema = readSchema(3);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date-time', ISO_TIME);
const validate = ajv.compile(schema);
const validateV1 = ajv.compile(readSchema(1));
const validateV2 = ajv.compile(readSchema(2));

function schemaErrors(text: string, check = validate): string[] {
  return check(JSON.parse(text)) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Tags, notes, coders, a claim split out of a comment, a move, a quote link and view state, on real node ids. */
function annotate(doc: ThreadmapDocument): ThreadmapDocument {
  const [root, first, second] = doc.nodes;
  const parent = second ?? first!;
  const moved = { ...first!, moved: true, originalParent: root!.id };
  const claim = { id: `${parent.id}#claim-1`, parent: parent.id, kind: 'claim' as const, author: parent.author, createdAt: parent.createdAt, text: parent.text.slice(0, 20), url: null, status: 'ok' as const, range: [0, Math.min(20, parent.text.length)] as [number, number] };
  return {
    ...doc,
    coder: 'Ana',
    nodes: [root!, moved, ...doc.nodes.slice(2), claim],
    links: [...doc.links, { from: parent.id, to: first!.id, kind: 'quote' }],
    annotations: {
      [first!.id]: { tag: 'con', note: 'Attacks the premise, not the conclusion.', updatedAt: LATER, coder: 'Ana', recheck: true },
      [claim.id]: { tag: 'pro', updatedAt: LATER, coder: null },
    },
    view: { collapsed: [first!.id], layout: 'outline', selected: claim.id, viewport: { x: -120, y: 40, zoom: 0.75 } },
  };
}

describe.each(FIXTURES)('the threadmap file of %s', (name) => {
  const doc = open(fixture(name));

  it('opens again as an identical document', () => {
    const reopened = openInput(exportJson(doc, { now: NOW }), { retrievedAt: null });
    expect(reopened.ok && reopened.warnings).toEqual([]);
    expect(reopened.ok && reopened.value).toEqual(doc);
  });

  it('opens again as an identical document with annotations, a claim, a link and view state', () => {
    const annotated = annotate(doc);
    const reopened = open(exportJson(annotated, { now: NOW }));
    expect(reopened).toEqual(annotated);
    expect(exportJson(reopened, { now: LATER })).toBe(exportJson(annotated, { now: LATER }));
  });

  it('validates against the published JSON Schema', () => {
    expect(schemaErrors(exportJson(doc, { now: NOW }))).toEqual([]);
    expect(schemaErrors(exportJson(annotate(doc), { now: NOW }))).toEqual([]);
  });

  it('written as version 1, validates against the version 1 schema and opens with coders unknown and no move record', () => {
    const annotated = annotate(doc);
    const v1 = exportJson(annotated, { now: NOW, formatVersion: 1 });
    expect(schemaErrors(v1, validateV1)).toEqual([]);
    const reopened = open(v1);
    // The one layer of a version 1 file opened without a file name is named "unknown" (step 2 → 3).
    expect(reopened.coder).toBe(Object.keys(annotated.annotations).length > 0 ? 'unknown' : null);
    expect(Object.values(reopened.annotations).every((annotation) => annotation.coder === null && annotation.recheck === undefined)).toBe(true);
    expect(reopened.nodes.some((node) => node.moved !== undefined || node.originalParent !== undefined)).toBe(false);
    expect(reopened.nodes.map((node) => node.id)).toEqual(annotated.nodes.map((node) => node.id));
  });

  it('written as version 2, validates against the version 2 schema and opens as the same map', () => {
    const annotated = { ...annotate(doc), coder: 'Ana' };
    const v2 = exportJson(annotated, { now: NOW, formatVersion: 2 });
    expect(schemaErrors(v2, validateV2)).toEqual([]);
    expect(open(v2)).toEqual(open(exportJson(annotated, { now: NOW })));
  });
});

describe('the published JSON Schema', () => {
  const file = JSON.parse(exportJson(annotate(open(fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json'))), { now: NOW })) as Record<string, unknown> & { nodes: Record<string, unknown>[] };

  it('rejects what the format forbids: another version, an unknown kind, a bad tag, a node without id', () => {
    expect(schemaErrors(JSON.stringify({ ...file, version: 1 }))).not.toEqual([]);
    expect(schemaErrors(JSON.stringify({ ...file, coder: '' }))).not.toEqual([]);
    expect(schemaErrors(JSON.stringify({ ...file, annotations: { t1_coackiw: { tag: 'pro', updatedAt: NOW } } }))).toEqual(['/annotations/t1_coackiw must have required property \'coder\'']);
    expect(schemaErrors(JSON.stringify({ ...file, nodes: [{ ...file.nodes[0], kind: 'banana' }] }))).not.toEqual([]);
    expect(schemaErrors(JSON.stringify({ ...file, annotations: { t3_2ujhkr: { tag: 'maybe', updatedAt: NOW } } }))).not.toEqual([]);
    const { id: _id, ...noId } = file.nodes[0]!;
    expect(schemaErrors(JSON.stringify({ ...file, nodes: [noId] }))).toEqual(['/nodes/0 must have required property \'id\'']);
  });

  it('allows unknown fields, as readers keep them', () => {
    expect(schemaErrors(JSON.stringify({ ...file, corpus: 'x', nodes: [{ ...file.nodes[0], score: 3 }] }))).toEqual([]);
  });

  it('describes every field', () => {
    const undescribed: string[] = [];
    const stack: [unknown, string][] = [[schema, '#']];
    while (stack.length) {
      const [node, path] = stack.pop()!;
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      for (const key of ['properties', '$defs'] as const) {
        const children = record[key] as Record<string, Record<string, unknown>> | undefined;
        for (const [name, child] of Object.entries(children ?? {})) {
          if (typeof child.description !== 'string' || child.description.length < 10) undescribed.push(`${path}/${key}/${name}`);
          stack.push([child, `${path}/${key}/${name}`]);
        }
      }
      for (const item of (record.prefixItems as unknown[] | undefined) ?? []) {
        if (typeof (item as Record<string, unknown>).description !== 'string') undescribed.push(`${path}/prefixItems`);
      }
    }
    expect(undescribed).toEqual([]);
  });
});
