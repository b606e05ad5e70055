import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAif } from '../../export/aif';
import { FIXTURE_FILES, fixtureDocument, sampleDocument } from '../../export/interop-test-documents';
import { displayText, tagOf } from '../../export/interop-text';
import { buildMap } from '../../map/graph';
import type { ThreadmapDocument } from '../../document/types';
import { openInput } from '../../document/open-input';
import { detectSource } from '../detect';
import { aifParsers, parseAifWithTags } from './index';

const REAL_TEXT = readFileSync(new URL('./testdata/aifdb-nodeset-6064.json', import.meta.url), 'utf8');
const real = () => JSON.parse(REAL_TEXT) as unknown;

function importOrThrow(json: unknown) {
  const result = parseAifWithTags(json, { retrievedAt: '2026-11-26T14:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** Parent position and tag of every node, in thread (pre-)order. */
function shapeOf(doc: Pick<ThreadmapDocument, 'nodes' | 'annotations'>) {
  const { graph } = buildMap(doc.nodes);
  const order = [...graph.preorder];
  const rank = new Map(order.map((position, k) => [position, k]));
  return order.map((position) => ({
    parent: graph.parent[position]! < 0 ? -1 : rank.get(graph.parent[position]!)!,
    tag: tagOf(doc as ThreadmapDocument, graph.nodes[position]!.id),
  }));
}

describe('parseAifWithTags on a real AIFdb nodeset (Moral Maze, nodeset 6064)', () => {
  it('makes one node per I-node and rebuilds the tree from inferences, questions and transitions', () => {
    const { value, warnings } = importOrThrow(real());
    const nodes = value.thread.nodes;
    expect(nodes).toHaveLength(9);
    const parentOf = Object.fromEntries(nodes.map((node) => [node.id, node.parent]));
    // 29053 is the premise of RA 111803 whose conclusion is 29054, the first I-node left without a parent.
    expect(nodes[0]!.id).toBe('29054');
    expect(parentOf).toEqual({
      '29054': null,
      '29053': '29054',
      '111816': '29053',
      '29045': '29054',
      '111829': '29045',
      '111805': '29054',
      '111809': '111805',
      '111839': '29054',
      '111833': '111839',
    });
    expect(warnings.some((warning) => warning.startsWith('2 proposition(s)'))).toBe(true);
  });

  it('recovers pro from RA and question from Pure Questioning, with the time of the relation', () => {
    const { value } = importOrThrow(real());
    const tags = Object.fromEntries(Object.entries(value.annotations).map(([id, entry]) => [id, entry.tag]));
    expect(tags).toEqual({ '29053': 'pro', '111816': 'pro', '111809': 'pro', '111833': 'pro', '111829': 'question' });
    expect(value.annotations['111829']!.updatedAt).toBe('2015-11-25T16:13:51.000Z');
  });

  it('keeps a second conclusion and transitions the tree has no room for as links', () => {
    const { value } = importOrThrow(real());
    expect(value.thread.links).toContainEqual({ from: '111809', to: '111816', kind: 'support' });
    expect(value.thread.links).toContainEqual({ from: '111833', to: '111829', kind: 'reply' });
  });

  it('reads the speaker from the locution text when there are no participants, and the time as UTC', () => {
    const { value } = importOrThrow(real());
    const byId = new Map(value.thread.nodes.map((node) => [node.id, node]));
    expect(byId.get('29054')!.author).toBe('CL');
    expect(byId.get('111839')!.author).toBe('NL');
    expect(byId.get('29054')!.createdAt).toBe('2014-04-28T15:51:38.000Z');
    expect(byId.get('29054')!.text).toBe('and therefore the only way forward was for Britain to withdraw');
    expect(value.thread.source).toMatchObject({ kind: 'aif', retrievedAt: '2026-11-26T14:00:00.000Z', structureGuessed: true });
  });

  it('is picked by source detection and its SourceParser returns the thread', () => {
    const parser = detectSource({ text: REAL_TEXT, json: real() });
    expect(parser?.format).toBe('aif');
    const parsed = aifParsers[0]!.parse({ text: REAL_TEXT, json: real() }, { retrievedAt: null });
    expect(parsed.ok && parsed.value.nodes.length).toBe(9);
  });

  it('opens as a document through openInput, links and all', () => {
    const opened = openInput(REAL_TEXT, { retrievedAt: '2026-11-26T14:00:00.000Z', fileName: 'nodeset6064.json', now: '2026-11-26T14:00:00.000Z' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.source.kind).toBe('aif');
    expect(opened.value.nodes.map((node) => node.id)).toEqual(['29054', '29045', '111829', '29053', '111816', '111805', '111809', '111839', '111833']);
    expect(opened.value.links).toHaveLength(6);
  });
});

describe('parseAifWithTags on other inputs', () => {
  it('reads numeric ids and the xAIF wrapper, naming speakers from participants', () => {
    const xaif = {
      AIF: {
        nodes: [
          { nodeID: 0, text: 'Speaker 1 : p', type: 'L' },
          { nodeID: 1, text: 'Speaker 2 : q', type: 'L' },
          { nodeID: 3, text: 'p', type: 'I' },
          { nodeID: 4, text: 'Default Illocuting', type: 'YA' },
          { nodeID: 5, text: 'q', type: 'I' },
          { nodeID: 6, text: 'Default Illocuting', type: 'YA' },
          { nodeID: 9, text: 'Default Conflict', type: 'CA' },
        ],
        edges: [
          { edgeID: 0, fromID: 0, toID: 4 },
          { edgeID: 1, fromID: 4, toID: 3 },
          { edgeID: 2, fromID: 1, toID: 6 },
          { edgeID: 3, fromID: 6, toID: 5 },
          { edgeID: 4, fromID: 5, toID: 9 },
          { edgeID: 5, fromID: 9, toID: 3 },
        ],
        locutions: [{ nodeID: 0, personID: 0 }, { nodeID: 1, personID: 1 }],
        participants: [{ participantID: 0, firstname: 'Ada', surname: 'L' }, { participantID: 1, firstname: 'Bob', surname: '' }],
      },
    };
    const { value } = importOrThrow(xaif);
    expect(value.thread.nodes.map((node) => [node.id, node.parent, node.author])).toEqual([['3', null, 'Ada L'], ['5', '3', 'Bob']]);
    expect(value.annotations['5']!.tag).toBe('con');
  });

  it('refuses a graph without I-nodes, and anything that is not AIF, with a sentence to act on', () => {
    const none = parseAifWithTags({ nodes: [{ nodeID: '1', text: 'x : y', type: 'L' }], edges: [] });
    expect(none.ok).toBe(false);
    expect(!none.ok && none.error).toMatchObject({ kind: 'invalidThread', message: expect.stringContaining('no I-nodes') });
    const other = parseAifWithTags({ nodes: 'x' });
    expect(!other.ok && other.error.kind).toBe('invalidThread');
    expect(aifParsers[0]!.sniff({ text: '{}', json: { format: 'threadmap', nodes: [{ id: '1' }], edges: [] } })).toBe(false);
  });

  it('drops unreadable entries with a warning, and breaks a support cycle into a link', () => {
    const { value, warnings } = importOrThrow({
      nodes: [
        { nodeID: 'a', text: 'A', type: 'I' },
        { nodeID: 'b', text: 'B', type: 'I' },
        { nodeID: 'r1', text: 'Default Inference', type: 'RA' },
        { nodeID: 'r2', text: 'Default Inference', type: 'RA' },
        { text: 'no id', type: 'I' },
      ],
      edges: [
        { fromID: 'a', toID: 'r1' },
        { fromID: 'r1', toID: 'b' },
        { fromID: 'b', toID: 'r2' },
        { fromID: 'r2', toID: 'a' },
        { fromID: 'a', toID: 'missing' },
      ],
    });
    expect(warnings).toContain('1 AIF node(s) could not be read (missing id or type) and were left out.');
    expect(value.thread.nodes.map((node) => [node.id, node.parent])).toEqual([['b', null], ['a', 'b']]);
    expect(value.thread.links).toEqual([{ from: 'b', to: 'a', kind: 'support' }]);
  });
});

describe('round trip: threadmap → AIF → threadmap', () => {
  it('gives back the tree, tags, texts and authors of the hand-built thread', () => {
    const doc = sampleDocument();
    const { value } = importOrThrow(JSON.parse(exportAif(doc)));
    expect(shapeOf({ nodes: value.thread.nodes, annotations: value.annotations })).toEqual(shapeOf(doc));
    expect(value.thread.nodes.map((node) => node.text)).toEqual(doc.nodes.map(displayText));
    expect(value.thread.nodes.map((node) => node.author)).toEqual(doc.nodes.map((node) => node.author));
    expect(value.thread.nodes.map((node) => node.url)).toEqual(doc.nodes.map((node) => (node.author === null ? null : node.url)));
  });

  it.each(FIXTURE_FILES)('gives back the same tree shape and tags for the real thread %s', (name) => {
    const doc = fixtureDocument(name);
    const { value, warnings } = importOrThrow(JSON.parse(exportAif(doc)));
    expect(warnings).toEqual([]);
    expect(value.thread.nodes).toHaveLength(doc.nodes.length);
    expect(shapeOf({ nodes: value.thread.nodes, annotations: value.annotations })).toEqual(shapeOf(doc));
    const { graph } = buildMap(doc.nodes);
    const original = [...graph.preorder].map((position) => graph.nodes[position]!);
    expect(value.thread.nodes.map((node) => node.author)).toEqual(original.map((node) => node.author));
    expect(value.thread.nodes.map((node) => node.text)).toEqual(original.map(displayText));
  });
});
