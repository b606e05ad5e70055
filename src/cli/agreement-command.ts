import { agreementReport, formatReport, reliabilityDataOfMap, REPORT_FORMATS, unitsCodedByAll, type ReportFormat } from '../core/agreement';
import { agreementOverSubDebates } from '../core/agreement/by-sub-debate';
import { openAndCombine } from './open-coder-files';
import { writeOutput } from './write-output';
import { parseCommandLine, UsageError } from './usage-error';
import type { CliIo } from './run-cli';
import { usageText } from './usage';

const EXIT_OK = 0;
const EXIT_INPUT = 1;

const options = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  seed: { type: 'string' },
  'sub-debates': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `threadmap agreement <a.json> <b.json> [more…]`: agreement between coders, one map per coder of
 * one thread, or maps that hold several coders' layers (each layer a coder). Resolves to the exit
 * status; a wrong command line throws a UsageError, which the CLI's entry reports as every other
 * command's.
 */
export async function runAgreementCommand(args: readonly string[], io: CliIo): Promise<number> {
  return agreement(args, io);
}

async function agreement(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(args, options);
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout(usageText());
    return EXIT_OK;
  }
  const format = (values.format ?? 'json') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`agreement writes ${REPORT_FORMATS.join(', ')}; unknown format "${values.format}".`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && Math.abs(seed) <= 0x7fffffff)) throw new UsageError(`--seed must be a whole number (found "${values.seed}").`);
  if (files.length < 1) throw new UsageError('agreement needs two or more coders: one map per coder, or a combined map.');

  const combined = await openAndCombine(files, io, values.quiet ?? false);
  if (!combined) return EXIT_INPUT;
  const { doc } = combined;
  if (doc.layers!.length < 2) throw new UsageError(`agreement needs two or more coders; ${files[0]} holds one (${doc.layers![0]!.coder}). Give one map per coder, or a combined map.`);

  const bootstrap = seed === undefined ? {} : { seed };
  const data = reliabilityDataOfMap(doc);
  const result = values['sub-debates'] ? agreementOverSubDebates(doc, data, bootstrap) : { whole: agreementReport(data, bootstrap), codedByAll: unitsCodedByAll(data), subDebates: undefined };
  if (!values.quiet) io.stderr(`threadmap: ${combined.overlapSentence}\n`);
  const text = formatReport(result.whole, format, { title: doc.source.title, url: doc.source.url, codedByAll: result.codedByAll, ...(result.subDebates ? { subDebates: result.subDebates } : {}) });
  return (await writeOutput(text, values.output, io)) ? EXIT_OK : EXIT_INPUT;
}
