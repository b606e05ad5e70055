/** A command line that cannot be run as written: reported with a pointer to --help, exit 2. */
export class UsageError extends Error {}
