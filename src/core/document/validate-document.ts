import { misplacedAnnotationIds } from '../annotations/taggable';
import { emptyAnnotations, type Annotation, type Annotations } from '../annotations/types';
import type { Link, SourceInfo, ThreadNode } from '../map/types';
import { importError, ok, type Result } from '../result';
import { repairReferences } from './references';
import { coderSchema, describeIssue, describeValue, linkSchema, nodeSchema, sourceSchema, tagSchema, wrapperSchema } from './schema';
import { CURRENT_VERSION, FORMAT_NAME, type MapView, type ThreadmapDocument } from './types';
import { readCoding } from './read-coding';
import { createWarningLog, type WarningLog } from './warnings';

type Json = Record<string, unknown>;

/** Fields the format defines whose `null` means the same as leaving them out. */
const OPTIONAL_NODE_FIELDS = ['title', 'html', 'moreCount', 'range', 'moved'] as const;

/**
 * Validates a document of the current format version and restores it: strict about the wrapper,
 * forgiving inside. Missing optional fields get their defaults, unknown fields are kept, entries
 * that cannot be repaired are dropped and broken references repaired, each reported in
 * `warnings`. A wrongly typed field of a node fails with 'invalidDocument' naming its path.
 */
export function validateDocument(raw: unknown): Result<ThreadmapDocument> {
  const wrapper = wrapperSchema.safeParse(raw);
  if (!wrapper.success) return invalid(describeIssue(wrapper.error, raw));
  const { format: _format, version, generator, exportedAt, coder: rawCoder, source, nodes: rawNodes, links: rawLinks, annotations: rawAnnotations, layers: rawLayers, codebook: rawCodebook, gold: rawGold, view: rawView, ...extra } = wrapper.data;
  if (version !== CURRENT_VERSION) return invalid(`version must be ${CURRENT_VERSION} once migrated (found ${version}).`);

  const sourceResult = sourceSchema.safeParse(source);
  if (!sourceResult.success) return invalid(describeIssue(sourceResult.error, source, ['source']));

  const log = createWarningLog();
  const nodes = readNodes(rawNodes, log);
  if (!nodes.ok) return nodes;
  const links = readLinks(rawLinks ?? [], log);
  const annotations = readAnnotations(rawAnnotations ?? {}, exportedAt, log);
  const view = rawView === undefined ? undefined : readView(rawView, log);
  const coder = readCoder(rawCoder, 'coder', log);
  const coding = readCoding({ layers: rawLayers, codebook: rawCodebook, gold: rawGold }, (entries, where) => readAnnotations(entries, exportedAt, log, where), log);

  const doc: ThreadmapDocument = {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    generator,
    exportedAt,
    coder,
    source: sourceResult.data as SourceInfo,
    nodes: nodes.value,
    links,
    annotations,
    ...coding,
    ...(view === undefined ? {} : { view }),
    ...extra,
  };
  const repaired = repairReferences(doc);
  return ok(repaired.doc, [...log.list(), ...repaired.warnings, ...misplacedWarnings(repaired.doc)]);
}

/** Tags on the root or a stub mean nothing: they stay in the file but the reader should know. */
function misplacedWarnings(doc: ThreadmapDocument): string[] {
  const misplaced = misplacedAnnotationIds(doc.nodes, doc.annotations);
  if (misplaced.length === 0) return [];
  const more = misplaced.length > 1 ? ` (and ${(misplaced.length - 1).toLocaleString('en-US')} more like it)` : '';
  return [`annotations["${misplaced[0]!}"] is on the root or a "more" stub, which cannot be tagged${more}; it is kept in the file but left out of the counts and of every export's argument structure.`];
}

/** A coder name: a non-empty string, or null when unknown; anything else is reported and dropped. */
export function readCoder(value: unknown, where: string, log: WarningLog): string | null {
  if (value === undefined || value === null) return null;
  if (coderSchema.safeParse(value).success) return value as string;
  log.add(`badCoder.${where.startsWith('annotations') ? 'annotation' : 'document'}`, `${where} ${describeValue(value)} is not a coder name`, 'the coder was recorded as unknown');
  return null;
}

function invalid(sentence: string): Result<never> {
  return importError('invalidDocument', `This Threadmap file is damaged and cannot be opened: ${sentence}`);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string id, from a string or (as hand-written files may have) a finite number. */
function toId(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function readNodes(entries: unknown[], log: WarningLog): Result<ThreadNode[]> {
  if (entries.length === 0) return invalid('nodes is empty; a map has at least one node.');
  const nodes: ThreadNode[] = [];
  let firstDropped: string | null = null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isRecord(entry)) {
      firstDropped ??= `nodes[${i}] must be an object (found ${describeValue(entry)}).`;
      log.add('nodeNotObject', `nodes[${i}] is not an object`, 'such entries were dropped');
      continue;
    }
    const id = toId(entry.id);
    if (id === null) {
      firstDropped ??= `nodes[${i}].id is missing.`;
      log.add('nodeWithoutId', `nodes[${i}].id is missing`, 'entries without an id were dropped');
      continue;
    }
    const candidate: Json = { ...entry, id };
    if (typeof entry.parent === 'number') candidate.parent = toId(entry.parent);
    for (const field of OPTIONAL_NODE_FIELDS) if (candidate[field] === null) delete candidate[field];
    const parsed = nodeSchema.safeParse(candidate);
    if (!parsed.success) return invalid(describeIssue(parsed.error, candidate, ['nodes', i]));
    nodes.push(parsed.data as ThreadNode);
  }
  if (nodes.length === 0) return invalid(`${firstDropped ?? 'nodes has no usable entry.'} No node could be read.`);
  return ok(nodes);
}

function readLinks(entries: unknown[], log: WarningLog): Link[] {
  const links: Link[] = [];
  entries.forEach((entry, i) => {
    const candidate = isRecord(entry) ? { ...entry, from: toId(entry.from) ?? entry.from, to: toId(entry.to) ?? entry.to } : entry;
    const parsed = linkSchema.safeParse(candidate);
    if (parsed.success) links.push(parsed.data as Link);
    else log.add('badLink', describeIssue(parsed.error, candidate, ['links', i]).slice(0, -1), 'such links were dropped');
  });
  return links;
}

function readAnnotations(entries: Json, exportedAt: string, log: WarningLog, field = 'annotations'): Annotations {
  const annotations = emptyAnnotations();
  for (const [id, entry] of Object.entries(entries)) {
    const where = `${field}["${id}"]`;
    if (!isRecord(entry)) {
      log.add('annotationNotObject', `${where} is not an object`, 'such annotations were dropped');
      continue;
    }
    const annotation: Json = { ...entry };
    let repaired = false;
    if (annotation.tag !== undefined && !tagSchema.safeParse(annotation.tag).success) {
      log.add('badTag', `${where}.tag ${describeValue(annotation.tag)} is not pro, con or question`, 'such tags were dropped');
      delete annotation.tag;
      repaired = true;
    }
    if (annotation.category !== undefined && (typeof annotation.category !== 'string' || annotation.category === '')) {
      log.add('badCategory', `${where}.category ${describeValue(annotation.category)} is not a category id`, 'such categories were dropped');
      delete annotation.category;
      repaired = true;
    }
    if (annotation.note !== undefined && typeof annotation.note !== 'string') {
      log.add('badNote', `${where}.note is not text`, 'such notes were dropped');
      delete annotation.note;
      repaired = true;
    }
    if (typeof annotation.updatedAt !== 'string') {
      // The file was written at exportedAt, so the annotation was last changed no later than that.
      if (annotation.updatedAt !== undefined) log.add('badUpdatedAt', `${where}.updatedAt is not a time`, 'the file\'s exportedAt was used');
      annotation.updatedAt = exportedAt;
    }
    annotation.coder = readCoder(annotation.coder, `${where}.coder`, log);
    if (annotation.recheck !== undefined && annotation.recheck !== true) {
      if (annotation.recheck !== false) log.add('badRecheck', `${where}.recheck is not true or false`, 'the mark was dropped');
      delete annotation.recheck;
    }
    if (repaired && annotation.tag === undefined && annotation.category === undefined && annotation.note === undefined) continue;
    annotations[id] = annotation as unknown as Annotation;
  }
  return annotations;
}

function isViewport(value: unknown): boolean {
  return isRecord(value) && [value.x, value.y, value.zoom].every((n) => typeof n === 'number' && Number.isFinite(n));
}

const viewFieldChecks: Record<string, (value: unknown) => boolean> = {
  collapsed: (value) => Array.isArray(value) && value.every((id) => typeof id === 'string'),
  layout: (value) => typeof value === 'string',
  selected: (value) => value === null || typeof value === 'string',
  viewport: isViewport,
};

/** View state only affects how the map is shown, so a bad field is dropped, never fatal. */
function readView(value: unknown, log: WarningLog): MapView | undefined {
  if (!isRecord(value)) {
    log.add('viewNotObject', `view is not an object (found ${describeValue(value)})`, 'the saved view was ignored');
    return undefined;
  }
  const view: MapView = { ...value };
  for (const [field, check] of Object.entries(viewFieldChecks)) {
    if (view[field] === undefined || check(view[field])) continue;
    log.add(`badView.${field}`, `view.${field} is not valid`, 'that part of the saved view was ignored');
    delete view[field];
  }
  return view;
}
