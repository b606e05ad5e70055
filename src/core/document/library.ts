import { ok, type Result } from '../result';
import type { ThreadmapDocument } from './types';
import { emptyAnnotations } from '../annotations/types';
import { countCategories } from './codebook';

/**
 * The saved-maps library: what is listed for each saved map, and the rules around it (names,
 * restore order, damaged entries). Storage itself lives outside the core; these are the
 * rules it follows, as data in and data out.
 */

/** The index record of one saved map; the document itself is stored apart under the same id. */
export interface LibraryEntry {
  id: string;
  name: string;
  sourceKind: string;
  nodeCount: number;
  taggedCount: number;
  savedAt: string;
  /** Counts the snapshots written of the map. */
  revision: number;
  /** The tab (a random id per page load) that wrote this revision. */
  savedBy?: string;
  /** Which thread the map is of (see threadKeyOf): the same thread opened again is offered back. */
  threadKey?: string;
}

/** A saved map that could not be read, kept aside (with its raw value) instead of being loaded. */
export interface DamagedEntry {
  id: string;
  name: string;
  reason: string;
  foundAt: string;
}

const UNTITLED = 'Untitled map';
const NAME_LENGTH = 80;

function firstLine(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** "author: opening words" of the first item with text, for a root that has none (a Mastodon placeholder). */
function openingWords(document: ThreadmapDocument): string {
  const first = document.nodes.find((node) => node.text.trim() !== '');
  if (!first) return '';
  const words = firstLine(first.text, NAME_LENGTH - (first.author ? first.author.length + 2 : 0));
  return first.author ? `${first.author}: ${words}` : words;
}

/**
 * The name a new map gets: the thread's title, else the opening post's title or first words,
 * else (a root without text) the author and opening words of the first post with text.
 */
export function defaultMapName(document: ThreadmapDocument): string {
  const root = document.nodes[0];
  const candidates = [document.source.title, root?.title, root?.text];
  for (const candidate of candidates) {
    const name = candidate ? firstLine(candidate, NAME_LENGTH) : '';
    if (name) return name;
  }
  return openingWords(document) || UNTITLED;
}

/**
 * What identifies the thread a map was made from, across opens: the source's kind with its URL,
 * else with the root's id, else with the root's author and opening words (pasted text).
 */
export function threadKeyOf(document: ThreadmapDocument): string | null {
  const { kind, url } = document.source;
  if (url) return `${kind}|${url}`;
  const root = document.nodes[0];
  if (!root) return null;
  if (kind !== 'text') return `${kind}|#${root.id}`;
  const words = firstLine(`${root.author ?? ''} ${root.text}`, 200);
  return words ? `${kind}|${words}` : null;
}

/** A name as typed by a person: one line, trimmed, not empty, not endless. */
export function cleanMapName(name: string): string | null {
  const cleaned = firstLine(name, 200);
  return cleaned ? cleaned : null;
}

/**
 * The cards coded by anyone, with any category of the codebook, as the panel's progress counts
 * them: a map of several coders keeps their codes in layers (its main annotations hold only the
 * gold). Codes on the root or a stub (an older file may hold them) count no more here than on the map.
 */
function codedCards(document: ThreadmapDocument): number {
  const coded = document.layers?.length ? Object.assign(emptyAnnotations(), ...document.layers.map((layer) => layer.annotations), document.annotations) : document.annotations;
  let total = 0;
  for (const count of countCategories(coded, document.nodes).values()) total += count;
  return total;
}

/** The index record for a document saved under `id` at `revision`. */
export function summarizeDocument(
  document: ThreadmapDocument,
  fields: { id: string; name: string; revision: number; savedAt: string },
): LibraryEntry {
  const taggedCount = codedCards(document);
  return {
    id: fields.id,
    name: fields.name,
    sourceKind: document.source.kind,
    nodeCount: document.nodes.length,
    taggedCount,
    savedAt: fields.savedAt,
    revision: fields.revision,
    ...(threadKeyOf(document) !== null ? { threadKey: threadKeyOf(document)! } : {}),
  };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Reads an index record back; a record of the wrong shape is a reason, not an entry. */
export function readEntry(raw: unknown, key: string): Result<LibraryEntry, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'its index record is not an object' };
  const record = raw as Record<string, unknown>;
  if (record.id !== key) return { ok: false, error: 'its index record names another map' };
  if (!isCount(record.revision) || record.revision < 1) return { ok: false, error: 'its index record has no valid revision' };
  if (typeof record.savedAt !== 'string' || Number.isNaN(Date.parse(record.savedAt))) return { ok: false, error: 'its index record has no valid save time' };
  if (typeof record.name !== 'string' || typeof record.sourceKind !== 'string') return { ok: false, error: 'its index record has no name' };
  if (!isCount(record.nodeCount) || !isCount(record.taggedCount)) return { ok: false, error: 'its index record has no valid counts' };
  return ok({
    id: key,
    name: record.name || UNTITLED,
    sourceKind: record.sourceKind,
    nodeCount: record.nodeCount,
    taggedCount: record.taggedCount,
    savedAt: record.savedAt,
    revision: record.revision,
    ...(typeof record.savedBy === 'string' ? { savedBy: record.savedBy } : {}),
    ...(typeof record.threadKey === 'string' ? { threadKey: record.threadKey } : {}),
  });
}

/** Newest first; ties (same millisecond) by id so the order is stable. */
export function sortEntries(entries: readonly LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort((a, b) => (a.savedAt === b.savedAt ? a.id.localeCompare(b.id) : a.savedAt < b.savedAt ? 1 : -1));
}

/**
 * The maps to try at start, in order: the one open last, then the others newest first. The caller
 * opens the first that reads; a damaged one is set aside and the next is tried.
 */
export function orderRestoreCandidates(entries: readonly LibraryEntry[], lastOpenId: string | null): string[] {
  const sorted = sortEntries(entries).map((entry) => entry.id);
  if (lastOpenId === null || !sorted.includes(lastOpenId)) return sorted;
  return [lastOpenId, ...sorted.filter((id) => id !== lastOpenId)];
}

/** "Name (copy)", "Name (copy 2)", … : the first that is not taken. */
export function copyName(name: string, taken: Iterable<string>, label = 'copy'): string {
  const names = new Set(taken);
  const base = `${name} (${label})`;
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${label} ${n})`;
    if (!names.has(candidate)) return candidate;
  }
}
