import { parseArgs } from 'node:util';
import {
  agreementReport,
  coderName,
  differentThreadMessage,
  duplicateCoderMessage,
  formatReport,
  overlapSentence,
  reliabilityDataFromDocuments,
  REPORT_FORMATS,
  unitsCodedByAll,
  type CodedDocument,
  type ReportFormat,
} from '../core/agreement';
import { checkInputText, DEFAULT_MAX_BYTES } from '../core/document/input-checks';
import { openDocument } from '../core/document/open-document';
import { TAGS } from '../core/map/types';
import { readInputText } from './read-input';
import { UsageError } from './usage-error';
import type { CliIo } from './run-cli';
import { usageText } from './usage';

const EXIT_OK = 0;
const EXIT_INPUT = 1;

const options = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  seed: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `threadmap agreement <a.json> <b.json> [more…]`: agreement between coders, one map per coder of
 * one thread. Resolves to the exit status; a wrong command line throws a UsageError, which the
 * CLI's entry reports as every other command's.
 */
export async function runAgreementCommand(args: readonly string[], io: CliIo): Promise<number> {
  return agreement(args, io);
}

async function agreement(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout(usageText());
    return EXIT_OK;
  }
  const format = (values.format ?? 'json') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`agreement writes ${REPORT_FORMATS.join(', ')}; unknown format "${values.format}".`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && Math.abs(seed) <= 0x7fffffff)) throw new UsageError(`--seed must be a whole number (found "${values.seed}").`);
  if (files.length < 2) throw new UsageError('agreement needs two or more maps, one per coder.');
  if (files.includes('-')) throw new UsageError('agreement reads maps from files (the file name can name the coder), not from standard input.');

  const maps: CodedDocument[] = [];
  for (const file of files) {
    const map = await openMap(file, io, values.quiet ?? false);
    if (!map) return EXIT_INPUT;
    maps.push(map);
  }
  const refusal = differentThreadMessage(maps) ?? duplicateCoderMessage(maps);
  if (refusal) {
    io.stderr(`threadmap: ${refusal}\n`);
    return EXIT_INPUT;
  }

  const data = reliabilityDataFromDocuments(maps, TAGS);
  const report = agreementReport(data, seed === undefined ? {} : { seed });
  const codedByAll = unitsCodedByAll(data);
  if (!values.quiet) io.stderr(`threadmap: ${overlapSentence(report, codedByAll)}\n`);
  const source = maps[0]!.doc.source;
  const text = formatReport(report, format, { title: source.title, url: source.url, codedByAll });
  if (values.output === undefined || values.output === '-') {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    await io.writeFile(values.output, text);
    return EXIT_OK;
  } catch (error) {
    io.stderr(`threadmap: ${values.output}: The file could not be written (${error instanceof Error ? error.message : String(error)}).\n`);
    return EXIT_INPUT;
  }
}

/** Reads one coder's map; prints why to stderr and returns null when it cannot be used. */
async function openMap(file: string, io: CliIo, quiet: boolean): Promise<CodedDocument | null> {
  const fail = (message: string) => {
    io.stderr(`threadmap: ${file}: ${message}\n`);
    return null;
  };
  const read = await readInputText(file, io);
  if (!read.ok) return fail(read.message);
  const { text } = read;
  const checked = checkInputText(text, DEFAULT_MAX_BYTES);
  if (!checked.ok) return fail(checked.error.message);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('This is not a Threadmap map (it is not JSON): agreement compares maps saved by Threadmap, one per coder.');
  }
  const opened = openDocument(json);
  if (!opened.ok) return fail(opened.error.message);
  if (!quiet) for (const warning of opened.warnings) io.stderr(`threadmap: warning: ${file}: ${warning}\n`);
  return { coder: coderName(opened.value, file), label: file, doc: opened.value };
}
