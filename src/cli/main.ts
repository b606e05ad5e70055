import { nodeIo } from './node-io';
import { runCli } from './run-cli';

// process.exitCode, not process.exit(): a large map piped to stdout must finish writing first.
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
