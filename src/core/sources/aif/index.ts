import { emptyAnnotations, type Annotations } from '../../annotations/types';
import { buildMap } from '../../map/graph';
import type { Thread, ThreadNode } from '../../map/types';
import { ok, type Result } from '../../result';
import { safeHref } from '../../text';
import type { ParseContext, SourceParser } from '../types';
import { looksLikeAif, readAif, type AifGraph } from './read-aif';
import { rebuildTree } from './rebuild-tree';

export interface AifImport {
  thread: Thread;
  /** Tags recovered from the relations: pro from RA, con from CA, question from questioning. */
  annotations: Annotations;
}

const NO_CONTEXT: ParseContext = { retrievedAt: null };
const EPOCH_ISO = '1970-01-01T00:00:00.000Z';

/**
 * Reads AIF JSON (AIFdb, OVA, or xAIF's `AIF` member) into a thread and the tags its relations
 * state. I-nodes become nodes; see rebuildTree for how the reply tree is recovered.
 */
export function parseAifWithTags(json: unknown, context: ParseContext = NO_CONTEXT): Result<AifImport> {
  const read = readAif(json);
  if (!read.ok) return read;
  const graph = read.value;
  const tree = rebuildTree(graph);
  const byId = new Map<string, (typeof graph.nodes)[number]>();
  for (const node of graph.nodes) if (!byId.has(node.nodeID)) byId.set(node.nodeID, node);
  const speakers = speakerNames(graph);

  const nodes: ThreadNode[] = tree.iNodes.map((id) => {
    const iNode = byId.get(id)!;
    const locutionId = tree.locutionOf.get(id);
    const locution = locutionId === undefined ? undefined : speakers.get(locutionId);
    return {
      id,
      parent: id === tree.root ? null : tree.parent.get(id)!,
      kind: id === tree.root ? 'post' : 'comment',
      author: locutionId === undefined ? null : (locution?.name ?? speakerFromText(byId.get(locutionId)?.text ?? null, iNode.text)),
      createdAt: isoFromAif(iNode.timestamp) ?? isoFromAif(locution?.timestamp ?? null),
      text: iNode.text ?? '',
      url: safeHref(locution?.source ?? null),
      status: 'ok',
    };
  });

  // Relations can form cycles (A supports B supports A): buildMap cuts them under the root.
  const { graph: map, warnings: mapWarnings } = buildMap(nodes);
  const ordered: ThreadNode[] = [];
  for (const position of map.preorder) {
    const node = nodes[position]!;
    const parentPosition = map.parent[position]!;
    const parent = parentPosition < 0 ? null : nodes[parentPosition]!.id;
    ordered.push(parent === node.parent ? node : { ...node, parent });
  }

  const annotations = emptyAnnotations();
  for (const node of ordered) {
    const found = tree.tags.get(node.id);
    if (found === undefined || node.parent === null) continue;
    annotations[node.id] = { tag: found.tag, updatedAt: isoFromAif(found.at) ?? context.retrievedAt ?? EPOCH_ISO };
  }

  const thread: Thread = {
    source: {
      kind: 'aif',
      url: context.sourceUrl ?? null,
      title: null,
      retrievedAt: context.retrievedAt,
      structureGuessed: tree.warnings.length > 0 || mapWarnings.length > 0,
    },
    nodes: ordered,
    links: tree.links,
  };
  return ok({ thread, annotations }, [...read.warnings, ...tree.warnings, ...mapWarnings]);
}

/** AIF JSON as AIFdb serves it and OVA saves it (tags are recovered by parseAifWithTags). */
export const aifParsers: readonly SourceParser[] = [
  {
    format: 'aif',
    label: 'AIF argument map (AIFdb, OVA)',
    sniff: (input) => looksLikeAif(input.json),
    parse: (input, context) => {
      const parsed = parseAifWithTags(input.json, context);
      return parsed.ok ? ok(parsed.value.thread, parsed.warnings) : parsed;
    },
  },
];

interface Speaker {
  name: string | null;
  timestamp: string | null;
  source: string | null;
}

/** Each locution's speaker name (from its participant), time and source. */
function speakerNames(graph: AifGraph): Map<string, Speaker> {
  const people = new Map<string, string>();
  for (const person of graph.participants) {
    const name = [person.firstname, person.surname].filter((part) => part !== null && part.trim() !== '').join(' ').trim();
    if (name !== '' && !people.has(person.participantID)) people.set(person.participantID, name);
  }
  const speakers = new Map<string, Speaker>();
  for (const locution of graph.locutions) {
    if (speakers.has(locution.nodeID)) continue;
    const name = locution.personID === null ? null : (people.get(locution.personID) ?? null);
    speakers.set(locution.nodeID, { name, timestamp: locution.timestamp, source: locution.source });
  }
  return speakers;
}

/**
 * The speaker AIFdb writes before " : " in a locution's text ("CL : and therefore …"). A locution
 * whose text is exactly its proposition's has no speaker prefix (Threadmap writes those for
 * comments without an author).
 */
function speakerFromText(locutionText: string | null, propositionText: string | null): string | null {
  if (locutionText === null || locutionText === propositionText) return null;
  const match = /^([^:\n]{1,80}?)\s?:\s/.exec(locutionText);
  const name = match?.[1]?.trim();
  return name ? name : null;
}

/** "YYYY-MM-DD HH:MM:SS" (AIFdb, read as UTC) or an ISO time, as ISO 8601; null when unreadable. */
function isoFromAif(timestamp: string | null): string | null {
  if (timestamp === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(timestamp.trim());
  if (match === null) return null;
  const time = Date.parse(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
