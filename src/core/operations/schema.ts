import { z } from '../zod-without-eval';
import { codebookSchema, coderSchema, describeIssue, goldEntrySchema, linkSchema, nodeSchema, tagSchema } from '../document/schema';
import { fail, ok, type Result } from '../result';
import type { SavedHistory } from './history';
import type { Operation, OperationError } from './types';

const id = z.string().min(1);
const finite = z.number().finite();

const spliceOf = <T extends z.ZodType>(item: T) => z.strictObject({ at: z.number().int().nonnegative(), remove: z.number().int().nonnegative(), insert: z.array(item) });

const annotationSchema = z.looseObject({
  tag: tagSchema.optional(),
  category: z.string().min(1).optional(),
  note: z.string().optional(),
  updatedAt: z.string(),
  coder: coderSchema.optional(),
  recheck: z.boolean().optional(),
});

const restorePatchSchema = z.strictObject({
  nodes: z.array(z.union([z.strictObject({ id, node: nodeSchema.nullable() }), z.strictObject({ id, fields: z.record(z.string(), z.unknown()) })])),
  order: z.array(z.strictObject({ parent: id.nullable(), splice: spliceOf(id) })),
  links: spliceOf(linkSchema).nullable(),
  annotations: z.array(z.strictObject({ id, annotation: annotationSchema.nullable() })),
  view: z
    .union([z.strictObject({ value: z.record(z.string(), z.unknown()).nullable() }), z.strictObject({ fields: z.record(z.string(), z.unknown()), drop: z.array(z.string()) })])
    .nullable(),
  nodeList: z.array(nodeSchema).optional(),
  layers: z
    .union([
      z.strictObject({ value: z.array(z.looseObject({ coder: id, annotations: z.record(z.string(), annotationSchema) })).nullable() }),
      z.strictObject({ entries: z.array(z.strictObject({ coder: id, id, annotation: annotationSchema.nullable() })) }),
    ])
    .optional(),
  gold: z.union([z.strictObject({ value: z.null() }), z.strictObject({ entries: z.array(z.strictObject({ id, entry: goldEntrySchema.nullable() })) })]).optional(),
  codebook: z.strictObject({ value: codebookSchema.nullable() }).optional(),
  coder: z.strictObject({ value: coderSchema }).optional(),
});

const linkPayload = z.strictObject({ from: id, to: id, kind: id });

const payloads = {
  tag: z.strictObject({ id, tag: tagSchema.nullable(), category: id.optional(), ownLayerBeside: id.optional() }),
  note: z.strictObject({ id, note: z.string(), ownLayerBeside: id.optional() }),
  confirm: z.strictObject({ id }),
  split: z.strictObject({ id, range: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]) }),
  move: z.strictObject({ id, parent: id }),
  merge: z.strictObject({ id, confirmed: z.boolean().optional() }),
  link: linkPayload,
  unlink: linkPayload,
  collapse: z.strictObject({ id }),
  expand: z.strictObject({ id }),
  viewport: z.strictObject({ x: finite, y: finite, zoom: finite.positive() }),
  layout: z.strictObject({ mode: z.string().min(1) }),
  gold: z.strictObject({ id, decision: z.union([z.strictObject({ category: id }), z.strictObject({ text: z.string() })]).nullable(), note: z.string() }),
  codebook: z.strictObject({ codebook: codebookSchema.nullable() }),
  mapCoder: z.strictObject({ coder: coderSchema }),
  restore: restorePatchSchema,
};

const header = { id, time: z.iso.datetime(), coder: coderSchema };

/** Zod schema of one operation, as it travels through storage or the network. */
export const operationSchema = z.discriminatedUnion(
  'kind',
  (Object.keys(payloads) as Array<keyof typeof payloads>).map((kind) => z.strictObject({ ...header, kind: z.literal(kind), payload: payloads[kind] })) as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ],
);

/** An operation from untrusted JSON data, or a named refusal with a sentence saying what is wrong. */
export function parseOperation(input: unknown): Result<Operation, OperationError> {
  const parsed = operationSchema.safeParse(input);
  if (!parsed.success) return fail({ kind: 'invalidOperation', message: `This is not a map operation: ${describeIssue(parsed.error, input)}` });
  return ok(parsed.data as Operation);
}

const savedHistorySchema = z.strictObject({
  past: z.array(z.strictObject({ op: operationSchema, inverse: operationSchema })),
  future: z.array(z.strictObject({ op: operationSchema, inverse: operationSchema })),
});

/** A saved undo history read back: every step's operation and inverse checked; null when anything is not one. */
export function parseSavedHistory(input: unknown): SavedHistory | null {
  const parsed = savedHistorySchema.safeParse(input);
  return parsed.success ? (parsed.data as SavedHistory) : null;
}
