import { readFileSync } from 'node:fs';
import { openInput } from '../../document/open-input';
import type { ThreadmapDocument } from '../../document/types';
import { exportJson } from '../../export/json';
import type { MapParts } from '../edit-types';
import { buildMap } from '../graph';

const NOW = '2026-11-26T14:00:00.000Z';

/** A recorded thread from test/fixtures opened through the app's own pipeline. */
export function openRecorded(name: string): ThreadmapDocument {
  const text = readFileSync(new URL(`../../../../test/fixtures/${name}`, import.meta.url), 'utf8');
  const result = openInput(text, { retrievedAt: NOW, now: NOW, sourceUrl: null });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

export const partsOf = (doc: ThreadmapDocument): MapParts => ({ nodes: doc.nodes, links: doc.links, annotations: doc.annotations });

export const withParts = (doc: ThreadmapDocument, parts: MapParts): ThreadmapDocument => ({ ...doc, ...parts });

/** The document after a save as a threadmap file and a reopen. */
export function reopened(doc: ThreadmapDocument): ThreadmapDocument {
  const result = openInput(exportJson(doc, { now: NOW }), { retrievedAt: null });
  if (!result.ok) throw new Error(result.error.message);
  if (result.warnings.length) throw new Error(`Reopening repaired the file: ${result.warnings.join(' ')}`);
  return result.value;
}

export const saved = (doc: ThreadmapDocument): string => exportJson(doc, { now: NOW });

/** True when the node list is in thread order: every node's position equals its pre-order rank. */
export function isInThreadOrder(parts: MapParts): boolean {
  const { graph, warnings } = buildMap(parts.nodes);
  return warnings.length === 0 && graph.preorder.length === parts.nodes.length && graph.preorder.every((position, rank) => position === rank);
}

export const idsOf = (parts: MapParts): string[] => parts.nodes.map((node) => node.id);

export function nodeOf(parts: MapParts, id: string) {
  const node = parts.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}
