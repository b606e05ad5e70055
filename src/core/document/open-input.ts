import { emptyAnnotations, type Annotations } from '../annotations/types';
import type { Thread } from '../map/types';
import { importError, ok, type Result } from '../result';
import { parseAifWithTags } from '../sources/aif';
import { detectSource, jsonParsers, textParser } from '../sources/detect';
import type { ParseContext, SourceInput, SourceParser } from '../sources/types';
import { createDocument } from './create-document';
import { checkInputText, DEFAULT_MAX_BYTES, type InputNoun } from './input-checks';
import { openDocument } from './open-document';
import { repairReferences } from './references';
import { FORMAT_NAME, type ThreadmapDocument } from './types';

export interface OpenInputContext {
  /** When the input was fetched or read (ISO 8601), or null when unknown. */
  retrievedAt: string | null;
  /** The URL the input was fetched from, when it was. */
  sourceUrl?: string | null;
  /** The file's name, when it came from a file: a ".json" name is always read as JSON. */
  fileName?: string;
  /** True when the text was pasted: messages then speak of the pasted text. */
  pasted?: boolean;
  /** Largest accepted input in UTF-8 bytes; 100 MB when left out. */
  maxBytes?: number;
  /** exportedAt of a document made from a thread; the current time when left out. */
  now?: string;
  /** What reading the bytes found (decodeInput's warnings): they lead the opened map's warnings. */
  decodingWarnings?: readonly string[];
}

/**
 * The one way in for any file, paste or fetched body: refuses empty, oversized, binary and broken
 * input with a named error, opens threadmap files, and parses every supported thread format into
 * a new document. Never throws.
 */
export function openInput(text: string, context: OpenInputContext): Result<ThreadmapDocument> {
  try {
    const result = openCheckedInput(text, context);
    const decoding = context.decodingWarnings ?? [];
    return result.ok && decoding.length > 0 ? { ...result, warnings: [...decoding, ...result.warnings] } : result;
  } catch (error) {
    // A parser or validator ran out of stack on absurdly nested input, or hit a bug of ours.
    const reason = error instanceof RangeError ? 'it is nested too deeply' : `an unexpected error occurred (${error instanceof Error ? error.message : String(error)})`;
    return importError('invalidThread', `The thread could not be read: ${reason}.`);
  }
}

/** What the input is, as messages name it. */
function inputNoun(context: OpenInputContext): InputNoun {
  if (context.fileName !== undefined) return 'The file';
  if (context.pasted) return 'The pasted text';
  return context.sourceUrl ? 'The page' : 'The input';
}

function openCheckedInput(text: string, context: OpenInputContext): Result<ThreadmapDocument> {
  const what = inputNoun(context);
  const checked = checkInputText(text, context.maxBytes ?? DEFAULT_MAX_BYTES, what);
  if (!checked.ok) return checked;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const jsonLike = startsLikeJson(body);
  const namedJson = context.fileName !== undefined && /\.json$/i.test(context.fileName);
  if (!jsonLike && !namedJson) return parseThread({ text: body, json: undefined }, context);

  const parsed = parseJson(body, jsonLike ? `${what} starts like JSON but is not valid JSON` : 'The file is named .json but is not valid JSON');
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  if (isThreadmapFile(json)) return openDocument(json, context.fileName === undefined ? {} : { fileName: context.fileName });
  return parseThread({ text: body, json }, context);
}

/**
 * True when the text opens like a JSON object or array. The character after the bracket counts
 * too, so that pasted text such as "[deleted] …" or "[–] user 3 points" still goes to the text
 * importer, while a JSON file cut off half-way is reported as broken JSON.
 */
function startsLikeJson(text: string): boolean {
  const start = /^\s*([[{])\s*(\S|$)/.exec(text.slice(0, 256));
  if (!start) return false;
  const [, bracket, next] = start;
  if (next === '') return true;
  return bracket === '{' ? next === '"' || next === '}' : /["{[\]\-0-9tfn]/.test(next!);
}

function parseJson(text: string, lead: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, warnings: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return importError('notJson', `${lead} (${reason}). It may be cut off: save or copy the whole thread again.`);
  }
}

function isThreadmapFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && (json as Record<string, unknown>).format === FORMAT_NAME;
}

/** What the unknownFormat message lists: every parser's own label. */
export function supportedFormats(): string[] {
  return [...jsonParsers.map((parser) => parser.label), textParser.label, 'Threadmap maps (.json)'];
}

function parseThread(input: SourceInput, context: OpenInputContext): Result<ThreadmapDocument> {
  const parser = detectSource(input);
  if (!parser) {
    return importError('unknownFormat', `This JSON is not a thread format Threadmap knows. Supported formats: ${supportedFormats().join('; ')}.`);
  }
  const parsed = parseWithTags(parser, input, { retrievedAt: context.retrievedAt, sourceUrl: context.sourceUrl ?? null });
  if (!parsed.ok) return parsed;
  const { thread, annotations } = parsed.value;
  if (thread.nodes.length === 0) {
    return importError('invalidThread', `The ${parser.label} input holds no comments or posts to map.`);
  }
  const doc = createDocument(thread, { annotations, ...(context.now === undefined ? {} : { now: context.now }) });
  const repaired = repairReferences(doc);
  return { ok: true, value: repaired.doc, warnings: [...parsed.warnings, ...repaired.warnings] };
}

/**
 * Parses with the detected parser. AIF states pro/con/question in its relations (RA, CA,
 * questioning), so an AIF file brings its tags along; other sources have none.
 */
function parseWithTags(parser: SourceParser, input: SourceInput, context: ParseContext): Result<{ thread: Thread; annotations: Annotations }> {
  if (parser.format === 'aif') return parseAifWithTags(input.json, context);
  const thread = parser.parse(input, context);
  return thread.ok ? ok({ thread: thread.value, annotations: emptyAnnotations() }, thread.warnings) : thread;
}
