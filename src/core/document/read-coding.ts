import type { Annotations } from '../annotations/types';
import { codebookSchema, coderSchema, describeIssue, describeValue, goldEntrySchema } from './schema';
import type { Codebook, CoderLayer, GoldEntry } from './types';
import type { WarningLog } from './warnings';

type Json = Record<string, unknown>;
type ReadAnnotations = (entries: Json, where: string) => Annotations;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version 3 coding fields of a file, each present only when the file has it. */
export interface Coding {
  layers?: CoderLayer[];
  codebook?: Codebook;
  gold?: Record<string, GoldEntry>;
}

/**
 * Reads the coders' layers, the codebook and the gold answers leniently: a bad part is dropped
 * (or renamed, for a repeated coder name) and reported, never fatal, since the nodes and the main
 * annotations still make a usable map.
 */
export function readCoding(raw: { layers: unknown; codebook: unknown; gold: unknown }, readAnnotations: ReadAnnotations, log: WarningLog): Coding {
  const coding: Coding = {};
  if (raw.layers !== undefined) {
    const layers = readLayers(raw.layers, readAnnotations, log);
    if (layers.length > 0) coding.layers = layers;
  }
  if (raw.codebook !== undefined) {
    const parsed = codebookSchema.safeParse(raw.codebook);
    if (parsed.success) coding.codebook = parsed.data as Codebook;
    else log.add('badCodebook', describeIssue(parsed.error, raw.codebook, ['codebook']).slice(0, -1), 'the default codebook (pro, con, question) is used');
  }
  if (raw.gold !== undefined) coding.gold = readGold(raw.gold, log);
  return coding;
}

function readLayers(value: unknown, readAnnotations: ReadAnnotations, log: WarningLog): CoderLayer[] {
  if (!Array.isArray(value)) {
    log.add('layersNotList', `layers is not a list (found ${describeValue(value)})`, 'the coders\' layers were ignored');
    return [];
  }
  const layers: CoderLayer[] = [];
  const taken = new Set<string>();
  value.forEach((entry, i) => {
    if (!isRecord(entry) || !coderSchema.safeParse(entry.coder).success || entry.coder === null || !isRecord(entry.annotations)) {
      log.add('badLayer', `layers[${i}] is not a coder's layer ({ coder, annotations })`, 'such layers were dropped');
      return;
    }
    let coder = (entry.coder as string).trim() || `coder ${i + 1}`;
    if (taken.has(coder)) {
      const base = coder;
      for (let n = 2; taken.has(coder); n++) coder = `${base} (${n})`;
      log.add('repeatedCoder', `layers[${i}].coder "${base}" names an earlier layer's coder too`, `it was renamed "${coder}"`);
    }
    taken.add(coder);
    layers.push({ ...entry, coder, annotations: readAnnotations(entry.annotations, `layers[${i}].annotations`) });
  });
  return layers;
}

function readGold(value: unknown, log: WarningLog): Record<string, GoldEntry> {
  const gold = Object.create(null) as Record<string, GoldEntry>;
  if (!isRecord(value)) {
    log.add('goldNotObject', `gold is not an object (found ${describeValue(value)})`, 'the adjudicated answers were ignored');
    return gold;
  }
  for (const [id, entry] of Object.entries(value)) {
    const parsed = goldEntrySchema.safeParse(entry);
    if (parsed.success) gold[id] = parsed.data as GoldEntry;
    else log.add('badGold', describeIssue(parsed.error, entry, ['gold', id]).slice(0, -1), 'such answers were dropped');
  }
  return gold;
}
