import { describe, expect, it } from 'vitest';
import type { ThreadmapDocument } from '../document/types';
import type { Tag } from '../map/types';
import { agreementReport } from './agreement-report';
import { mapAgreement } from './by-sub-debate';
import { combineCoderFiles } from './combine';
import { reliabilityDataFromDocuments } from './from-documents';
import { cardsOf, codedBy, openFixture } from './testing/coder-files';

const hn = openFixture('hn-algolia-derived_14952787_first-3-top-level.json');
const TAGS: Tag[] = ['pro', 'con', 'question'];

/** Tags from the digits of the ids: coders agree on most comments, not all, and skip some. */
function coderTags(shift: number, skipEvery: number): Record<string, Tag> {
  const out: Record<string, Tag> = {};
  cardsOf(hn).forEach((id, i) => {
    if (i % skipEvery === shift) return;
    const digit = Number(id.slice(-1));
    out[id] = TAGS[(digit + (digit % 4 === 0 ? shift : 0)) % 3]!;
  });
  return out;
}

function twoCoders(): ThreadmapDocument {
  const result = combineCoderFiles([
    { doc: codedBy(hn, 'Ana', coderTags(0, 7)), fileName: 'ana.json' },
    { doc: codedBy(hn, 'Ben', coderTags(1, 5)), fileName: 'ben.json' },
  ]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.doc;
}

/** The ids in the subtree of `top`, found by walking each node's parents (independently of the map graph). */
function subtree(doc: ThreadmapDocument, top: string): Set<string> {
  const parent = new Map(doc.nodes.map((node) => [node.id, node.parent]));
  const ids = new Set<string>();
  for (const node of doc.nodes) {
    for (let at: string | null | undefined = node.id; at; at = parent.get(at)) {
      if (at === top) {
        ids.add(node.id);
        break;
      }
    }
  }
  return ids;
}

describe('agreement per sub-debate', () => {
  const doc = twoCoders();
  const result = mapAgreement(doc, 'map', { resamples: 200 });

  it('gives the whole map the report of all its comments', () => {
    expect(result.whole.coders).toEqual(['Ana', 'Ben']);
    expect(result.whole.totalUnits).toBe(cardsOf(hn).length);
    expect(result.whole.pairs[0]!.cohenKappa).not.toBeNull();
  });

  it('lists the three top-level sub-debates of the recorded thread, and its big branches, in thread order', () => {
    const top = result.subDebates.filter((debate) => debate.kind === 'top-level').map((debate) => debate.id);
    expect(top).toEqual(hn.nodes.filter((node) => node.parent === hn.nodes[0]!.id).map((node) => node.id));
    const positions = result.subDebates.map((debate) => hn.nodes.findIndex((node) => node.id === debate.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('computes each sub-debate\'s report over exactly its comments, as a report of the coders\' maps cut down to that subtree', () => {
    for (const debate of result.subDebates) {
      const ids = subtree(doc, debate.id);
      const layers = doc.layers!.map((layer) => ({
        coder: layer.coder,
        label: layer.coder,
        doc: { ...doc, nodes: doc.nodes.filter((node) => node.parent === null || ids.has(node.id)), annotations: Object.fromEntries(Object.entries(layer.annotations).filter(([id]) => ids.has(id))) },
      }));
      const expected = agreementReport(reliabilityDataFromDocuments(layers), { resamples: 200 });
      expect(debate.size).toBe(ids.size);
      expect(debate.report).toEqual(expected);
    }
  });
});
