import { exporters } from '../core/export';

/** The text of `threadmap --help`. */
export function usageText(): string {
  const formats = exporters.map((exporter) => `${exporter.format} (${exporter.label})`).join(', ');
  return `Usage:
  threadmap convert <thread-file> [-o map.json]
      Read a saved thread (Hacker News, Reddit, Lobsters, Discourse, Mastodon JSON, plain
      text, or a threadmap file) and write it as a threadmap JSON map.
  threadmap export --format <format> <map-or-thread-file> [-o out-file]
      Export a threadmap file (or any thread file, converted first) in another format.
      Formats: ${formats}.
  threadmap --help | --version

Options:
  -o, --output <file>      write to this file instead of standard output
  -f, --format <format>    export format (export only)
      --source-url <url>   record the URL the thread was fetched from
      --retrieved-at <iso> record when the thread was fetched (ISO 8601)
  -q, --quiet              do not print warnings about repaired input
  -h, --help               show this help
  -v, --version            show the version

Use "-" as the file to read standard input.
Exit status: 0 on success, 1 when the input cannot be read or is not supported,
2 when the command line is wrong.
`;
}
