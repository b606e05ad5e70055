import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, tooLargeError } from '../core/document/input-checks';
import { openInput } from '../core/document/open-input';
import type { ThreadmapDocument } from '../core/document/types';
import { exporters, findExporter } from '../core/export';
import { exportJson } from '../core/export/json';
import { GENERATOR } from '../core/version';
import { parseLayoutOptions, renderLayout } from './layout-command';
import { parseStatsOptions, renderStats } from './stats-command';
import { usageText } from './usage';

/** Everything the CLI does to the outside world, so tests can run it without a process. */
export interface CliIo {
  /** Size in bytes of a file, before it is read; rejects when it cannot be read. */
  fileSize(path: string): Promise<number>;
  /** The bytes of a file ("-" is standard input). */
  readFile(path: string): Promise<Uint8Array>;
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
  'source-url': { type: 'string' },
  'retrieved-at': { type: 'string' },
  mode: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  table: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

class UsageError extends Error {}

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
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
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
  if (command !== 'convert' && command !== 'export' && command !== 'layout' && command !== 'stats') throw new UsageError(`unknown command "${command}"; the commands are convert, export, layout and stats.`);
  if (file === undefined) throw new UsageError(`${command} needs a file to read.`);
  if (rest.length > 0) throw new UsageError(`${command} reads one file; unexpected "${rest[0]}".`);
  if (values['retrieved-at'] !== undefined && Number.isNaN(Date.parse(values['retrieved-at']))) {
    throw new UsageError(`--retrieved-at "${values['retrieved-at']}" is not an ISO 8601 time.`);
  }

  const render = command === 'convert' ? convertRenderer(values, io) : command === 'layout' ? layoutRenderer(values) : command === 'stats' ? statsRenderer(values) : exportRenderer(values);
  const doc = await openFile(file, values, io);
  if (!doc) return EXIT_INPUT;
  return (await writeOutput(render(doc), values.output, io)) ? EXIT_OK : EXIT_INPUT;
}

function convertRenderer(values: Values, io: CliIo): (doc: ThreadmapDocument) => string {
  if (values.format !== undefined) throw new UsageError('convert always writes threadmap JSON; use "threadmap export --format" for other formats.');
  return (doc) => exportJson(doc, { now: io.now() });
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

function exportRenderer(values: Values): (doc: ThreadmapDocument) => string {
  const available = exporters.map((exporter) => exporter.format).join(', ');
  if (values.format === undefined) throw new UsageError(`export needs --format (one of: ${available}).`);
  const exporter = findExporter(values.format);
  if (!exporter) throw new UsageError(`unknown export format "${values.format}"; the formats are: ${available}.`);
  return (doc) => exporter.run(doc);
}

/** Reads and opens a file, printing the reason to stderr when it cannot be opened. */
async function openFile(file: string, values: Values, io: CliIo): Promise<ThreadmapDocument | null> {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Uint8Array;
  try {
    if (file !== '-') {
      const size = await io.fileSize(file);
      if (size > DEFAULT_MAX_BYTES) {
        const tooLarge = tooLargeError(size, DEFAULT_MAX_BYTES);
        io.stderr(`threadmap: ${name}: ${tooLarge.ok ? '' : tooLarge.error.message}\n`);
        return null;
      }
    }
    bytes = await io.readFile(file);
  } catch (error) {
    io.stderr(`threadmap: ${name}: The file could not be read (${describeFsError(error)}).\n`);
    return null;
  }
  // Invalid UTF-8 becomes U+FFFD, which openInput's binary check counts.
  const text = new TextDecoder('utf-8').decode(bytes);
  const result = openInput(text, {
    retrievedAt: values['retrieved-at'] ?? null,
    sourceUrl: values['source-url'] ?? null,
    fileName: file === '-' ? undefined : baseName(file),
    now: io.now(),
  });
  if (!result.ok) {
    io.stderr(`threadmap: ${name}: ${result.error.message}\n`);
    return null;
  }
  if (!values.quiet) for (const warning of result.warnings) io.stderr(`threadmap: warning: ${name}: ${warning}\n`);
  return result.value;
}

async function writeOutput(text: string, output: string | undefined, io: CliIo): Promise<boolean> {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return true;
  }
  try {
    await io.writeFile(output, text);
    return true;
  } catch (error) {
    io.stderr(`threadmap: ${output}: The file could not be written (${describeFsError(error)}).\n`);
    return false;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

const fsErrors: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder in the path is not a folder',
};

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && fsErrors[code]) return fsErrors[code];
  return error instanceof Error ? error.message : String(error);
}
