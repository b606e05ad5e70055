import { isJudgeable, isTaggable } from '../annotations/taggable';
import { categoryIds, categoryOf, codebookOf } from '../document/codebook';
import { coderLayers, soleCoderName } from '../document/coder-layers';
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

/**
 * One entry per coder's layer of a map read from `fileName`: a map with several layers gives one
 * each (labelled "file (coder)"), a one-coder map one, named by `coderName`. Each entry's `doc` is
 * the map with that layer as its annotations.
 */
export function codedLayers(doc: ThreadmapDocument, fileName: string): CodedDocument[] {
  if (!doc.layers || doc.layers.length === 0) return [{ coder: soleCoderName(doc, fileName), label: fileName, doc }];
  return coderLayers(doc).map((layer) => ({ coder: layer.coder, label: `${fileName} (${layer.coder})`, doc: { ...doc, annotations: layer.annotations } }));
}

/** The source comments (not claims split out in Threadmap) a map holds, by id. */
function sourceCommentIds(doc: ThreadmapDocument): Set<string> {
  const ids = new Set<string>();
  for (const node of doc.nodes) if (node.kind !== 'claim' && isTaggable(node)) ids.add(node.id);
  return ids;
}

/**
 * Null when each map holds at least half of the first map's comments and the first at least half
 * of its, else a sentence naming the first that does not: a different recording of the thread, or
 * another thread under the same root id. Claims split out by a coder and cards merged away account
 * for a few ids, never for half.
 */
export function differentCommentsMessage(maps: readonly CodedDocument[]): string | null {
  const first = maps[0];
  if (!first) return null;
  const expected = sourceCommentIds(first.doc);
  for (const map of maps.slice(1)) {
    if (map.doc.nodes === first.doc.nodes) continue;
    const found = sourceCommentIds(map.doc);
    let shared = 0;
    for (const id of found) if (expected.has(id)) shared += 1;
    if (shared * 2 < expected.size || shared * 2 < found.size) {
      const n = (value: number) => value.toLocaleString('en-US');
      return `${map.label} and ${first.label} share only ${n(shared)} comments (${map.label} has ${n(found.size)}, ${first.label} ${n(expected.size)}), so they are not maps of the same thread; agreement compares coders of one thread.`;
    }
  }
  return null;
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

/** Reliability data of one map's layers (each layer a coder), over its codebook's categories. */
export function reliabilityDataOfMap(doc: ThreadmapDocument, fileName = 'map'): ReliabilityData & { ignoredTags: number } {
  return reliabilityDataFromDocuments(codedLayers(doc, fileName));
}

/**
 * Reliability data of several coders' maps of one thread. Units are the comments that have a
 * parent, are not `more` stubs and were not deleted with no text left (`isJudgeable`), in the first map's order, then any found only in later maps;
 * a comment a coder left untagged (or could not tag in their map) is missing for that coder.
 */
export function reliabilityDataFromDocuments(
  maps: readonly CodedDocument[],
  categories: readonly string[] = maps[0] ? categoryIds(codebookOf(maps[0].doc)) : TAGS,
): ReliabilityData & { ignoredTags: number } {
  const units: string[] = [];
  const seen = new Set<string>();
  const coders: CoderTags[] = maps.map(({ coder, doc }) => {
    const tags = new Map<string, string>();
    for (const node of doc.nodes) {
      if (!isJudgeable(node)) continue;
      if (!seen.has(node.id)) {
        seen.add(node.id);
        units.push(node.id);
      }
      const tag = Object.hasOwn(doc.annotations, node.id) ? categoryOf(doc.annotations[node.id]) : undefined;
      if (tag !== undefined) tags.set(node.id, tag);
    }
    return { coder, tags };
  });
  return buildReliabilityData(units, coders, categories);
}
