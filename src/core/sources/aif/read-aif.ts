import { z } from '../../zod-without-eval';
import { importError, ok, type Result } from '../../result';

/*
 * Reading is strict about the wrapper (nodes and edges must be arrays) and forgiving about each
 * entry: ids may be numbers or strings, optional fields may be missing or null, and an entry that
 * cannot be read is dropped with a warning rather than refusing the whole file.
 */

const idSchema = z.union([z.string().min(1), z.number()]).transform(String);
const optionalText = z.string().nullish().transform((value) => value ?? null);

const nodeSchema = z.looseObject({
  nodeID: idSchema,
  type: z.string(),
  text: optionalText,
  timestamp: optionalText,
  scheme: optionalText,
});
const edgeSchema = z.looseObject({ fromID: idSchema, toID: idSchema });
const locutionSchema = z.looseObject({
  nodeID: idSchema,
  personID: idSchema.nullish().transform((value) => value ?? null),
  timestamp: optionalText,
  source: optionalText,
});
const participantSchema = z.looseObject({ participantID: idSchema, firstname: optionalText, surname: optionalText });

export type ReadNode = z.infer<typeof nodeSchema>;
export type ReadEdge = z.infer<typeof edgeSchema>;
export type ReadLocution = z.infer<typeof locutionSchema>;
export type ReadParticipant = z.infer<typeof participantSchema>;

/** An AIF graph with every id a string and every entry readable. */
export interface AifGraph {
  nodes: ReadNode[];
  edges: ReadEdge[];
  locutions: ReadLocution[];
  participants: ReadParticipant[];
}

/** The AIF object inside a value: the value itself, or the `AIF`/`aif` member xAIF wraps it in. */
export function unwrapAif(json: unknown): Record<string, unknown> | null {
  if (!isRecord(json)) return null;
  if (Array.isArray(json.nodes) && Array.isArray(json.edges)) return json;
  for (const key of ['AIF', 'aif']) {
    const inner = json[key];
    if (isRecord(inner) && Array.isArray(inner.nodes) && Array.isArray(inner.edges)) return inner;
  }
  return null;
}

/** True when a value has the AIF shape: nodes with a nodeID and a type, and an edges array. */
export function looksLikeAif(json: unknown): boolean {
  const aif = unwrapAif(json);
  if (aif === null) return false;
  const first = (aif.nodes as unknown[])[0];
  return isRecord(first) && 'nodeID' in first && typeof first.type === 'string';
}

/** Validates and normalizes an AIF JSON value; entries that cannot be read are dropped with a warning. */
export function readAif(json: unknown): Result<AifGraph> {
  const aif = unwrapAif(json);
  if (aif === null) {
    return importError('invalidThread', 'This is not AIF JSON: it needs a "nodes" and an "edges" list (as AIFdb and OVA export them).');
  }
  const warnings: string[] = [];
  const nodes = readEach(aif.nodes, nodeSchema, 'node', warnings);
  const edges = readEach(aif.edges, edgeSchema, 'edge', warnings);
  const locutions = readEach(aif.locutions, locutionSchema, 'locution', warnings);
  const participants = readEach(aif.participants, participantSchema, 'participant', warnings);
  if (!nodes.some((node) => node.type === 'I')) {
    return importError('invalidThread', 'This AIF file has no I-nodes (propositions), so there is nothing to map. Export the argument map from AIFdb or OVA again.');
  }
  return ok({ nodes, edges, locutions, participants }, warnings);
}

function readEach<T>(value: unknown, schema: z.ZodType<T>, what: string, warnings: string[]): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  let dropped = 0;
  for (const entry of value) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
    else dropped++;
  }
  if (dropped > 0) warnings.push(`${dropped} AIF ${what}(s) could not be read (missing id or type) and were left out.`);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
