import { isTaggable } from '../annotations/taggable';
import type { ThreadmapDocument } from '../document/types';
import { TAGS } from '../map/types';
import { buildReliabilityData, type CoderTags, type ReliabilityData } from './reliability-data';

/** One coder's map: the coder's name and the document they tagged. */
export interface CodedDocument {
  coder: string;
  /** Where the map came from (a file name), for messages. */
  label: string;
  doc: ThreadmapDocument;
}

/** The name a coder's file goes by: its own `coder` field, else the file name without its extension. */
export function coderName(doc: Pick<ThreadmapDocument, 'coder'>, fileName: string): string {
  if (typeof doc.coder === 'string' && doc.coder.trim() !== '') return doc.coder.trim();
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** What identifies the thread a map is of: source kind, URL and the root's id. */
function threadIdentity(doc: ThreadmapDocument): { kind: string; url: string | null; root: string | null } {
  const root = doc.nodes.find((node) => node.parent === null)?.id ?? null;
  return { kind: doc.source.kind, url: doc.source.url, root };
}

function describeThread(identity: ReturnType<typeof threadIdentity>): string {
  return [identity.kind, identity.url ?? 'no URL', identity.root === null ? 'no root' : `root ${identity.root}`].join(', ');
}

/**
 * Null when every map is of the same thread as the first, else a sentence naming the first that
 * is not. Same thread: same source kind and root id, and the same URL when both maps have one.
 */
export function differentThreadMessage(maps: readonly CodedDocument[]): string | null {
  const first = maps[0];
  if (!first) return null;
  const expected = threadIdentity(first.doc);
  for (const map of maps.slice(1)) {
    const found = threadIdentity(map.doc);
    const sameUrl = expected.url === null || found.url === null || expected.url === found.url;
    if (found.kind !== expected.kind || found.root !== expected.root || !sameUrl) {
      return `${map.label} is a map of a different thread (${describeThread(found)}) than ${first.label} (${describeThread(expected)}); agreement compares coders of one thread.`;
    }
  }
  return null;
}

/**
 * Null when every coder name is different, else a sentence naming the two maps that share one:
 * two layers under one name could not be told apart in the report.
 */
export function duplicateCoderMessage(maps: readonly CodedDocument[]): string | null {
  const seen = new Map<string, string>();
  for (const map of maps) {
    const earlier = seen.get(map.coder);
    if (earlier !== undefined) return `${earlier} and ${map.label} are both coded by "${map.coder}"; give each coder's map once (set the coder name in the map, or rename the file).`;
    seen.set(map.coder, map.label);
  }
  return null;
}

/**
 * Reliability data of several coders' maps of one thread. Units are the comments that have a
 * parent and are not `more` stubs, in the first map's order, then any found only in later maps;
 * a comment a coder left untagged (or could not tag in their map) is missing for that coder.
 */
export function reliabilityDataFromDocuments(
  maps: readonly CodedDocument[],
  categories: readonly string[] = TAGS,
): ReliabilityData & { ignoredTags: number } {
  const units: string[] = [];
  const seen = new Set<string>();
  const coders: CoderTags[] = maps.map(({ coder, doc }) => {
    const tags = new Map<string, string>();
    for (const node of doc.nodes) {
      if (!isTaggable(node)) continue;
      if (!seen.has(node.id)) {
        seen.add(node.id);
        units.push(node.id);
      }
      const tag = Object.hasOwn(doc.annotations, node.id) ? doc.annotations[node.id]?.tag : undefined;
      if (tag !== undefined) tags.set(node.id, tag);
    }
    return { coder, tags };
  });
  return buildReliabilityData(units, coders, categories);
}
