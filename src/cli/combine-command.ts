import { exportJson } from '../core/export/json';
import { openAndCombine } from './open-coder-files';
import { writeOutput } from './write-output';
import type { CliIo } from './run-cli';
import { usageText } from './usage';
import { parseCommandLine, UsageError } from './usage-error';

const EXIT_OK = 0;
const EXIT_INPUT = 1;

const options = {
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `threadmap combine <a.json> <b.json> [more…] [-o combined.json]`: coders' maps of one thread as
 * one version 3 map with a layer per coder; the overlap goes to stderr. Resolves to the exit
 * status; a wrong command line throws a UsageError.
 */
export async function runCombineCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(args, options);
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout(usageText());
    return EXIT_OK;
  }
  if (files.length < 2) throw new UsageError('combine needs two or more maps, one per coder.');
  const combined = await openAndCombine(files, io, values.quiet ?? false);
  if (!combined) return EXIT_INPUT;
  if (!values.quiet) io.stderr(`threadmap: ${combined.overlapSentence}\n`);
  const text = exportJson(combined.doc, { now: io.now() });
  return (await writeOutput(text, values.output, io)) ? EXIT_OK : EXIT_INPUT;
}
