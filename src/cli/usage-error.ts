import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A command line that cannot be run as written: reported with a pointer to --help, exit 2. */
export class UsageError extends Error {}

/** Reads a command's arguments strictly; an unknown or malformed option is a UsageError (its first line). */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}
