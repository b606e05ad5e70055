import { emptyAnnotations, type Annotations } from '../annotations/types';
import { codebookOf, sameCategories } from '../document/codebook';
import { mainAnnotations } from '../document/coder-layers';
import type { CoderLayer, ThreadmapDocument } from '../document/types';
import { fail, ok, type Result } from '../result';
import { codedLayers, differentCommentsMessage, differentThreadMessage, duplicateCoderMessage, type CodedDocument } from './from-documents';
import { codedCount } from './reliability-data';
import { reliabilityDataFromDocuments } from './from-documents';

/** One coder's file to combine: the opened map and the name of the file it came from. */
export interface CoderFile {
  doc: ThreadmapDocument;
  fileName: string;
}

/** How far the coders' work overlaps: comments each coded, and how many by all and by two or more. */
export interface Overlap {
  coded: { coder: string; units: number }[];
  byAll: number;
  byAtLeastTwo: number;
}

/** A combined map, what its coders' work shares, and what was left out (one sentence each). */
export interface Combined {
  doc: ThreadmapDocument;
  overlap: Overlap;
  /** "Ana coded 2,210 comments, Ben 1,980; 1,873 by both." */
  overlapSentence: string;
  warnings: string[];
}

/** Why files cannot be combined: another thread, a coder named twice, another codebook. */
export interface CombineError {
  kind: 'differentThread' | 'duplicateCoder' | 'differentCodebook' | 'noFiles';
  message: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The overlap of a set of coders' layers, over the comments a tag can mean something on. */
export function overlapOf(maps: readonly CodedDocument[]): Overlap {
  const data = reliabilityDataFromDocuments(maps);
  const coded = data.coders.map((coder, c) => ({ coder, units: data.values.reduce((n, row) => n + (row[c] === null ? 0 : 1), 0) }));
  let byAll = 0;
  let byAtLeastTwo = 0;
  for (const row of data.values) {
    const n = codedCount(row);
    if (n === data.coders.length && n > 0) byAll += 1;
    if (n >= 2) byAtLeastTwo += 1;
  }
  return { coded, byAll, byAtLeastTwo };
}

/** "Ana coded 2,210 comments, Ben 1,980; 1,873 by both." (with three or more: "by all, … by at least two"). */
export function describeOverlap(overlap: Overlap): string {
  const [first, ...rest] = overlap.coded;
  if (!first) return 'No coders.';
  const each = [`${first.coder} coded ${count(first.units)} ${first.units === 1 ? 'comment' : 'comments'}`, ...rest.map((c) => `${c.coder} ${count(c.units)}`)].join(', ');
  if (overlap.coded.length === 1) return `${each}.`;
  if (overlap.coded.length === 2) return `${each}; ${count(overlap.byAll)} by both.`;
  return `${each}; ${count(overlap.byAll)} by all, ${count(overlap.byAtLeastTwo)} by at least two.`;
}

/** A layer's annotations on the nodes of `ids` only; `dropped` counts the others. */
function onNodes(annotations: Annotations, ids: ReadonlySet<string>): { annotations: Annotations; dropped: number } {
  const out = emptyAnnotations();
  let dropped = 0;
  for (const id of Object.keys(annotations)) {
    if (ids.has(id)) out[id] = annotations[id]!;
    else dropped += 1;
  }
  return { annotations: out, dropped };
}

/**
 * Combines coders' files of one thread into one version 3 map with a layer per coder, in file
 * order (a file that already holds several layers gives each). The first file gives the thread:
 * nodes, links, source, codebook, view and any gold answers; a layer's annotations of nodes the
 * first file does not have (claims a coder split out) are left out and reported. Refused, with a
 * sentence naming the file: a map of another thread (source kind, root id, URL, or fewer than half
 * of the comments shared), the same coder name twice (set the coder name in the map, or rename
 * the file), or a codebook with other categories.
 */
export function combineCoderFiles(files: readonly CoderFile[]): Result<Combined, CombineError> {
  if (files.length === 0) return fail({ kind: 'noFiles', message: 'Give the coders’ maps to combine, one file per coder.' });
  const maps = files.flatMap((file) => codedLayers(file.doc, file.fileName));
  const perFile = files.map((file) => ({ coder: '', label: file.fileName, doc: file.doc }));
  const thread = differentThreadMessage(perFile) ?? differentCommentsMessage(perFile);
  if (thread) return fail({ kind: 'differentThread', message: thread });
  const duplicate = duplicateCoderMessage(maps);
  if (duplicate) return fail({ kind: 'duplicateCoder', message: duplicate });
  const base = files[0]!.doc;
  const codebook = codebookOf(base);
  const other = files.find((file) => !sameCategories(codebookOf(file.doc), codebook));
  if (other) {
    return fail({ kind: 'differentCodebook', message: `${other.fileName} is coded with the categories ${codebookOf(other.doc).categories.map((c) => c.id).join(', ')}, ${files[0]!.fileName} with ${codebook.categories.map((c) => c.id).join(', ')}; agreement needs one codebook.` });
  }

  const warnings: string[] = [];
  const ids = new Set(base.nodes.map((node) => node.id));
  const layers: CoderLayer[] = maps.map((map) => {
    const { annotations, dropped } = onNodes(map.doc.annotations, ids);
    if (dropped > 0) warnings.push(`${map.label}: ${count(dropped)} ${dropped === 1 ? 'annotation is' : 'annotations are'} on cards ${files[0]!.fileName} does not have (claims split out, or cards merged); left out.`);
    return { coder: map.coder, annotations };
  });
  for (const file of files.slice(1)) {
    if (file.doc.gold && Object.keys(file.doc.gold).length > 0) warnings.push(`${file.fileName}: its gold answers were left out; the combined map keeps those of ${files[0]!.fileName}.`);
  }
  const combined: ThreadmapDocument = { ...base, coder: null, layers, annotations: emptyAnnotations() };
  combined.annotations = mainAnnotations(combined);
  const overlap = overlapOf(layers.map((layer) => ({ coder: layer.coder, label: layer.coder, doc: { ...combined, annotations: layer.annotations } })));
  return ok({ doc: combined, overlap, overlapSentence: describeOverlap(overlap), warnings }, warnings);
}
