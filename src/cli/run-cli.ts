import { parseArgs } from 'node:util';
import { openInput } from '../core/document/open-input';
import { CURRENT_VERSION, LEGACY_VERSIONS, type LegacyVersion, type ThreadmapDocument } from '../core/document/types';
import { exporters, findExporter } from '../core/export';
import { exportJson, type JsonFormatVersion } from '../core/export/json';
import { GENERATOR } from '../core/version';
import { parseLayoutOptions, renderLayout } from './layout-command';
import { runAgreementCommand } from './agreement-command';
import { runCombineCommand } from './combine-command';
import { readInputText } from './read-input';
import { writeOutput } from './write-output';
import { parseCommandLine, UsageError } from './usage-error';
import { parseStatsOptions, renderStats } from './stats-command';
import { usageText } from './usage';

/** What reading an input gave: its bytes, or why they were not read to the end. */
export type InputRead =
  | { kind: 'bytes'; bytes: Uint8Array }
  /** More than the limit; knownSize when the size was known before reading (a regular file). */
  | { kind: 'tooLarge'; knownSize: number | null }
  /** A directory, named pipe, device or socket: `what` names it ("a device"). */
  | { kind: 'notAFile'; what: string };

/** Everything the CLI does to the outside world, so tests can run it without a process. */
export interface CliIo {
  /**
   * The bytes of a regular file, or of standard input for "-", never reading more than one byte
   * past `maxBytes`; rejects when the file cannot be opened.
   */
  readInput(path: string, maxBytes: number): Promise<InputRead>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The current time, ISO 8601. */
  now(): string;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

const options = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  'format-version': { type: 'string' },
  'source-url': { type: 'string' },
  'retrieved-at': { type: 'string' },
  mode: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  raw: { type: 'boolean' },
  table: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

/** Runs `threadmap <argv>` and resolves to its exit status; never rejects. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`threadmap: ${error.message}\nRun "threadmap --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`threadmap: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'agreement') return runAgreementCommand(argv.slice(1), io);
  if (argv[0] === 'combine') return runCombineCommand(argv.slice(1), io);
  const parsed = parseCommandLine(argv, options);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usageText());
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${GENERATOR}\n`);
    return EXIT_OK;
  }
  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given.');
  if (command !== 'convert' && command !== 'export' && command !== 'layout' && command !== 'stats') throw new UsageError(`unknown command "${command}"; the commands are convert, export, layout, stats and agreement.`);
  if (file === undefined) throw new UsageError(`${command} needs a file to read.`);
  if (rest.length > 0) throw new UsageError(`${command} reads one file; unexpected "${rest[0]}".`);
  if (values['retrieved-at'] !== undefined && Number.isNaN(Date.parse(values['retrieved-at']))) {
    throw new UsageError(`--retrieved-at "${values['retrieved-at']}" is not an ISO 8601 time.`);
  }

  const render = command === 'convert' ? convertRenderer(values, io) : command === 'layout' ? layoutRenderer(values) : command === 'stats' ? statsRenderer(values) : exportRenderer(values, file === '-' ? undefined : baseName(file));
  const doc = await openFile(file, values, io);
  if (!doc) return EXIT_INPUT;
  return (await writeOutput(render(doc), values.output, io)) ? EXIT_OK : EXIT_INPUT;
}

/** --format-version: which threadmap format version JSON output is written in. */
function jsonFormatVersion(values: Values, command: string): JsonFormatVersion | undefined {
  const given = values['format-version'];
  if (given === undefined) return undefined;
  if (command === 'export' && values.format !== 'json') throw new UsageError('--format-version applies to threadmap JSON only (convert, or export --format json).');
  const version = Number(given);
  if (version !== CURRENT_VERSION && !LEGACY_VERSIONS.includes(version as LegacyVersion)) throw new UsageError(`--format-version must be ${CURRENT_VERSION}, ${LEGACY_VERSIONS.join(' or ')} (found "${given}").`);
  return version as JsonFormatVersion;
}

function convertRenderer(values: Values, io: CliIo): (doc: ThreadmapDocument) => string {
  if (values.format !== undefined) throw new UsageError('convert always writes threadmap JSON; use "threadmap export --format" for other formats.');
  if (values.raw) throw new UsageError('--raw is an export option: convert always writes threadmap JSON exactly.');
  const formatVersion = jsonFormatVersion(values, 'convert');
  return (doc) => exportJson(doc, { now: io.now(), formatVersion });
}

function layoutRenderer(values: Values): (doc: ThreadmapDocument) => string {
  if (values.format !== undefined) throw new UsageError('layout always writes geometry JSON; --format is for export.');
  const parsed = parseLayoutOptions(values);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return (doc) => renderLayout(doc, parsed.mode, parsed.aspect);
}

function statsRenderer(values: Values): (doc: ThreadmapDocument) => string {
  const parsed = parseStatsOptions(values);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return (doc) => renderStats(doc, parsed.format, parsed.tables);
}

function exportRenderer(values: Values, fileName: string | undefined): (doc: ThreadmapDocument) => string {
  const available = exporters.map((exporter) => exporter.format).join(', ');
  if (values.format === undefined) throw new UsageError(`export needs --format (one of: ${available}).`);
  const exporter = findExporter(values.format);
  if (!exporter) throw new UsageError(`unknown export format "${values.format}"; the formats are: ${available}.`);
  const formatVersion = jsonFormatVersion(values, 'export');
  if (formatVersion !== undefined) return (doc) => exportJson(doc, { formatVersion });
  // The file name names a map's one coder when the map names none, as `agreement` names it.
  return (doc) => exporter.run(doc, { raw: values.raw === true, ...(fileName === undefined ? {} : { fileName }) });
}

/** Reads and opens a file, printing the reason to stderr when it cannot be opened. */
async function openFile(file: string, values: Values, io: CliIo): Promise<ThreadmapDocument | null> {
  const name = file === '-' ? 'standard input' : file;
  const read = await readInputText(file, io);
  if (!read.ok) {
    io.stderr(`threadmap: ${name}: ${read.message}\n`);
    return null;
  }
  const { text, warnings: decodingWarnings } = read;
  const result = openInput(text, {
    retrievedAt: values['retrieved-at'] ?? null,
    sourceUrl: values['source-url'] ?? null,
    fileName: file === '-' ? undefined : baseName(file),
    now: io.now(),
    decodingWarnings,
  });
  if (!result.ok) {
    io.stderr(`threadmap: ${name}: ${result.error.message}\n`);
    return null;
  }
  if (!values.quiet) for (const warning of result.warnings) io.stderr(`threadmap: warning: ${name}: ${warning}\n`);
  return result.value;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

