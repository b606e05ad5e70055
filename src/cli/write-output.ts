import type { CliIo } from './run-cli';
import { describeFsError } from './read-input';

/** Writes a command's result to `output` (standard output when absent or "-"); false, said on stderr, when the file could not be written. */
export async function writeOutput(text: string, output: string | undefined, io: CliIo): Promise<boolean> {
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
