import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import type { AifDocument } from '../sources/aif/aif-types';
import { exportAif } from './aif';
import { FIXTURE_FILES, fixtureDocument, sampleDocument } from './interop-test-documents';
import { displayText, tagOf } from './interop-text';

const REAL_AIF = new URL('../sources/aif/testdata/aifdb-nodeset-6064.json', import.meta.url);

function parseAif(doc: ThreadmapDocument): AifDocument {
  return JSON.parse(exportAif(doc)) as AifDocument;
}

/** Checks every structural rule of the export against the document it came from. */
function checkStructure(doc: ThreadmapDocument, aif: AifDocument): void {
  const byId = new Map(aif.nodes.map((node) => [node.nodeID, node]));
  expect(byId.size).toBe(aif.nodes.length);
  expect(new Set(aif.edges.map((edge) => edge.edgeID)).size).toBe(aif.edges.length);
  const ins = new Map<string, string[]>();
  const outs = new Map<string, string[]>();
  for (const edge of aif.edges) {
    expect(byId.has(edge.fromID), `edge ${edge.edgeID} from ${edge.fromID}`).toBe(true);
    expect(byId.has(edge.toID), `edge ${edge.edgeID} to ${edge.toID}`).toBe(true);
    expect(edge.formEdgeID).toBeNull();
    ins.set(edge.toID, [...(ins.get(edge.toID) ?? []), edge.fromID]);
    outs.set(edge.fromID, [...(outs.get(edge.fromID) ?? []), edge.toID]);
  }
  for (const node of aif.nodes) expect(node.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  const { graph } = buildMap(doc.nodes);
  const iNodes = aif.nodes.filter((node) => node.type === 'I');
  expect(iNodes).toHaveLength(doc.nodes.length);
  const iOf = new Map<string, string>();
  [...graph.preorder].forEach((position, k) => iOf.set(graph.nodes[position]!.id, iNodes[k]!.nodeID));
  const threadNodeOfI = new Map([...iOf].map(([id, iNode]) => [iNode, id]));

  // Every I-node has exactly one YA "Asserting", coming from an L-node that speaks its text.
  for (const [id, iNode] of iOf) {
    const asserting = (ins.get(iNode) ?? []).filter((from) => byId.get(from)!.type === 'YA' && byId.get(from)!.text === 'Asserting');
    expect(asserting, `asserting of ${id}`).toHaveLength(1);
    const speakers = ins.get(asserting[0]!) ?? [];
    expect(speakers).toHaveLength(1);
    const lNode = byId.get(speakers[0]!)!;
    expect(lNode.type).toBe('L');
    const threadNode = graph.nodes[graph.index.get(id)!]!;
    expect(byId.get(iNode)!.text).toBe(displayText(threadNode));
    expect(lNode.text).toBe(threadNode.author === null ? displayText(threadNode) : `${threadNode.author} : ${displayText(threadNode)}`);
  }

  // RA and CA: one edge in from the reply's I-node, one edge out to its parent's I-node.
  const counts = { RA: 0, CA: 0, TA: 0, questions: 0 };
  for (const node of aif.nodes) {
    if (node.type === 'RA' || node.type === 'CA') {
      counts[node.type === 'RA' ? 'RA' : 'CA']++;
      const from = ins.get(node.nodeID) ?? [];
      const to = outs.get(node.nodeID) ?? [];
      expect(from).toHaveLength(1);
      expect(to).toHaveLength(1);
      const reply = threadNodeOfI.get(from[0]!)!;
      expect(tagOf(doc, reply)).toBe(node.type === 'RA' ? 'pro' : 'con');
      expect(threadNodeOfI.get(to[0]!)).toBe(graph.nodes[graph.parent[graph.index.get(reply)!]!]!.id);
    } else if (node.type === 'TA') {
      counts.TA++;
      expect((ins.get(node.nodeID) ?? []).map((id) => byId.get(id)!.type)).toEqual(['L']);
      expect((outs.get(node.nodeID) ?? []).map((id) => byId.get(id)!.type)).toEqual(['L']);
    } else if (node.type === 'YA' && node.text === 'Pure Questioning') {
      counts.questions++;
      expect((ins.get(node.nodeID) ?? []).map((id) => byId.get(id)!.type)).toEqual(['L']);
      const target = threadNodeOfI.get((outs.get(node.nodeID) ?? [])[0]!);
      expect(target).toBeDefined();
    }
  }
  const replies = doc.nodes.filter((_, position) => graph.parent[position]! >= 0);
  expect(counts.RA).toBe(replies.filter((reply) => tagOf(doc, reply.id) === 'pro').length);
  expect(counts.CA).toBe(replies.filter((reply) => tagOf(doc, reply.id) === 'con').length);
  expect(counts.questions).toBe(replies.filter((reply) => tagOf(doc, reply.id) === 'question').length);
  expect(counts.TA).toBe(replies.length);

  // Locutions point at L-nodes and at participants that exist.
  const people = new Set(aif.participants.map((person) => person.participantID));
  for (const locution of aif.locutions) {
    expect(byId.get(locution.nodeID)?.type).toBe('L');
    expect(people.has(locution.personID)).toBe(true);
  }
  expect(aif.locutions).toHaveLength(doc.nodes.filter((entry) => entry.author !== null).length);
}

/** Each scheme node as "in-types>TYPE(text)>out-types", counting only I- and L-node neighbours. */
function signatures(aif: { nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[] }): Set<string> {
  const typeOf = new Map(aif.nodes.map((node) => [node.nodeID, node.type]));
  const out = new Set<string>();
  for (const node of aif.nodes) {
    if (node.type === 'I' || node.type === 'L') continue;
    const near = (ids: string[]) => ids.map((id) => typeOf.get(id)!).filter((type) => type === 'I' || type === 'L').sort().join('+');
    const from = near(aif.edges.filter((edge) => edge.toID === node.nodeID).map((edge) => edge.fromID));
    const to = near(aif.edges.filter((edge) => edge.fromID === node.nodeID).map((edge) => edge.toID));
    const name = node.type === 'YA' ? node.text.replace(/\s/g, '') : '';
    out.add(`${from}>${node.type}${name ? `(${name})` : ''}>${to}`);
  }
  return out;
}

describe('exportAif', () => {
  it('writes one I-node, one L-node and one Asserting per node, and relations that match the tags', () => {
    const doc = sampleDocument();
    const aif = parseAif(doc);
    checkStructure(doc, aif);
    expect(aif.nodes.filter((node) => node.type === 'RA')).toHaveLength(2);
    expect(aif.nodes.filter((node) => node.type === 'CA')).toHaveLength(2);
    expect(aif.nodes.filter((node) => node.text === 'Pure Questioning')).toHaveLength(2);
    expect(aif.nodes.filter((node) => node.type === 'TA')).toHaveLength(8);
  });

  it('uses the title for a link post, placeholders for empty deleted nodes and more stubs, and the speaker before " : "', () => {
    const aif = parseAif(sampleDocument());
    const iTexts = aif.nodes.filter((node) => node.type === 'I').map((node) => node.text);
    expect(iTexts[0]).toBe('Is [this] a <good> idea? #1');
    expect(iTexts).toContain('[deleted]');
    expect(iTexts).toContain('[12 more replies not loaded]');
    const lTexts = aif.nodes.filter((node) => node.type === 'L').map((node) => node.text);
    expect(lTexts).toContain('رامي : مرحبا بالعالم — שלום עולם 😀👍🏽 naïve café');
    expect(lTexts).toContain('[deleted]');
  });

  it('writes AIFdb timestamps in UTC, the node time for each locution, and one participant per author', () => {
    const aif = parseAif(sampleDocument());
    expect(aif.nodes[0]!.timestamp).toBe('2017-08-08 01:47:02');
    // The deleted comment has no time: the retrieval time stands in.
    const deleted = aif.nodes.find((node) => node.type === 'I' && node.text === '[deleted]')!;
    expect(deleted.timestamp).toBe('2026-11-26 14:00:00');
    expect(aif.participants.map((person) => person.firstname)).toEqual(['user_100', 'user_101', 'user_102', 'user_103', 'رامي', 'user_106', 'user_108']);
    expect(aif.locutions[0]).toEqual({ nodeID: '2', personID: '1', timestamp: '2017-08-08 01:47:02', start: null, end: null, source: 'https://news.ycombinator.com/item?id=100' });
  });

  it('has the same node, edge and locution fields and the same relation patterns as a real AIFdb nodeset', () => {
    const real = JSON.parse(readFileSync(REAL_AIF, 'utf8')) as AifDocument;
    const ours = parseAif(fixtureDocument('hn-algolia-derived_14952787_first-3-top-level.json'));
    const keys = (entries: object[]) => new Set(entries.map((entry) => Object.keys(entry).sort().join(',')));
    expect([...keys(ours.nodes)].every((shape) => keys(real.nodes).has(shape))).toBe(true);
    expect(keys(ours.edges)).toEqual(keys(real.edges));
    expect(keys(ours.locutions)).toEqual(keys(real.locutions));
    expect(typeof ours.nodes[0]!.nodeID).toBe(typeof real.nodes[0]!.nodeID);
    // Every pattern we write that the real nodeset also uses (YA, TA, RA) is one it contains.
    const realPatterns = signatures(real);
    const shared = [...signatures(ours)].filter((pattern) => !pattern.includes('>CA>'));
    expect(shared.sort()).toEqual(['I>RA>I', 'L>TA>L', 'L>YA(Asserting)>I', 'L>YA(PureQuestioning)>I']);
    for (const pattern of shared) expect(realPatterns.has(pattern), pattern).toBe(true);
  });

  it.each(FIXTURE_FILES)('keeps every structural rule on the real thread %s', (name) => {
    const doc = fixtureDocument(name);
    checkStructure(doc, parseAif(doc));
  });
});
