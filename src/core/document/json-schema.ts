import { z } from '../zod-without-eval';
import { codebookSchema, coderSchema, goldEntrySchema, linkSchema, nodeSchema, sourceSchema, tagSchema } from './schema';
import { CURRENT_VERSION, FORMAT_NAME } from './types';

const isoTime = (description: string) => z.string().meta({ format: 'date-time', description });
const coder = (description: string) => coderSchema.meta({ description });

const annotationSchema = z
  .looseObject({
    tag: tagSchema.optional().meta({ description: 'pro: the node supports the node it replies to; con: it opposes or attacks it; question: it asks about or challenges it without taking a side. Absent: untagged. Never on the root or a "more" stub.' }),
    category: z.string().min(1).optional().meta({ description: 'Version 3: the codebook category chosen, when it is not itself the tag (e.g. "comment" of support/deny/query/comment, which counts as no tag). The category of an annotation is category, else tag.' }),
    note: z.string().optional().meta({ description: 'The coder\'s free-text note on the node. Absent: no note.' }),
    updatedAt: isoTime('When the annotation last changed (ISO 8601 UTC).'),
    coder: coder('Version 2: name of the coder who last changed the annotation; null when unknown (every annotation migrated from version 1).'),
    recheck: z.literal(true).optional().meta({ description: 'Version 2: the node was moved to another parent after it was tagged, so the tag (relative to the parent) needs a second look. Absent once the tag is set or confirmed again.' }),
  })
  .meta({ description: 'The annotation of one node.' });

const viewSchema = z
  .looseObject({
    collapsed: z.array(z.string()).optional().meta({ description: 'Ids of the nodes whose replies are hidden.' }),
    layout: z.string().optional().meta({ description: 'The layout mode the map was shown in: overview, tree-down, tree-right or outline.' }),
    selected: z.string().nullable().optional().meta({ description: 'Id of the selected node, or null.' }),
    viewport: z
      .looseObject({
        x: z.number().meta({ description: 'Horizontal pan, in screen pixels.' }),
        y: z.number().meta({ description: 'Vertical pan, in screen pixels.' }),
        zoom: z.number().meta({ description: 'Zoom factor; 1 is 100%.' }),
      })
      .optional()
      .meta({ description: 'Pan and zoom of the canvas.' }),
  })
  .meta({ description: 'Optional UI state worth keeping with the map. Every field is optional; readers ignore what they do not know.' });

/** The whole file as Threadmap writes it; reading is more forgiving (validate-document.ts). */
export const documentFileSchema = z
  .looseObject({
    format: z.literal(FORMAT_NAME).meta({ description: 'Always "threadmap": how a reader recognises the file.' }),
    version: z.literal(CURRENT_VERSION).meta({ description: `Version of the file format, an integer. It is bumped, with a numbered migration, whenever the shape changes; this schema describes version ${CURRENT_VERSION}.` }),
    generator: z.string().meta({ description: 'The program and version that wrote the file, e.g. "threadmap 0.1.0".' }),
    exportedAt: isoTime('When the file was written: ISO 8601 UTC time, e.g. "2026-11-26T14:00:00.000Z".'),
    coder: coder('Version 2: the coder name set in Threadmap when the file was written; null when none was given.'),
    source: sourceSchema,
    nodes: z.array(nodeSchema).min(1).meta({ description: 'Every item of the thread, in thread order, root first. Deleted, dead and removed items stay, with their status, so the tree stays whole.' }),
    links: z.array(linkSchema).meta({ description: 'Relations between nodes beyond the reply tree, such as a reply that quotes another node. Empty when there are none.' }),
    annotations: z.record(z.string(), annotationSchema).meta({ description: 'The map\'s main annotations, keyed by node id; a node with no entry is untagged. Version 3: for each node, the gold decision when there is one, else the annotation of the only coder\'s layer; with two or more coders and no decision, none.' }),
    layers: z
      .array(
        z
          .looseObject({
            coder: z.string().min(1).meta({ description: 'The coder\'s name, unique within the file.' }),
            annotations: z.record(z.string(), annotationSchema).meta({ description: 'This coder\'s annotations, keyed by node id.' }),
          })
          .meta({ description: 'One coder\'s layer of tags and notes.' }),
      )
      .optional()
      .meta({ description: 'Version 3: one layer per coder, present when the map holds two or more coders or any gold decision. Absent: annotations is the one layer, coded by coder.' }),
    codebook: codebookSchema.optional(),
    gold: z.record(z.string(), goldEntrySchema).optional().meta({ description: 'Version 3: the adjudicated answers, keyed by node id.' }),
    view: viewSchema.optional(),
  })
  .meta({
    title: `Threadmap map document, format version ${CURRENT_VERSION}`,
    description: 'A discussion thread as an argument map: every item of the thread as a node of a reply tree, extra links between nodes, pro/con/question (or codebook) annotations with who made them, each coder’s layer, and the adjudicated answers. Threadmap writes every field listed as required; when it reads a file it fills in missing optional values with their defaults and keeps fields it does not know.',
  });

/** The JSON Schema (draft 2020-12) of the current format version, as published in public/schema/. */
export function threadmapJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(documentFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Path of the published schema of the current version, relative to the project root. */
export const PUBLISHED_SCHEMA_PATH = `public/schema/threadmap-v${CURRENT_VERSION}.schema.json`;
