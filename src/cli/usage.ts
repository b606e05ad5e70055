import { supportedFormats } from '../core/document/open-input';
import { exporters } from '../core/export';

const list = (items: readonly string[]) => items.map((item) => `        ${item}`).join('\n');

/** The text of `threadmap --help`; the format lists come from the importers and exporters. */
export function usageText(): string {
  return `Usage:
  threadmap convert <thread-file> [-o map.json]
      Read a saved thread and write it as a threadmap JSON map. Reads:
${list(supportedFormats())}
  threadmap export --format <format> <map-or-thread-file> [-o out-file]
      Export a threadmap file (or any thread file, converted first). Formats:
${list(exporters.map((exporter) => `${exporter.format.padEnd(12)}${exporter.label}`))}
  threadmap layout [--mode <mode>] [--width W --height H] <map-or-thread-file> [-o out.json]
      Print where the app draws each card and reply line for a window of W×H pixels
      (default 1400×900): {"mode", "nodes": [{"id","x","y","width","height"}],
      "edges": [{"from","to","points": [[x,y],…]}]}. Modes: overview (default),
      tree-down, tree-right, outline.
  threadmap stats [--format json|csv|markdown] [--table subdebates|participants] <map-or-thread-file>
      Measure the thread: sub-debates (size, depth, participants, times, back-and-forth,
      tags), participants and who replies to whom, comments over time, a summary.
      JSON by default; CSV prints the sub-debate table, a blank line, then the
      participant table (or only the one --table names); Markdown the summary and both.
  threadmap agreement <coder-a.json> <coder-b.json> [more…] [--format json|csv|markdown]
      Agreement between coders: one threadmap file per coder, all of one thread
      (the coder is the file's coder name, else its file name), or files holding
      several coders' layers (each layer a coder). Percent agreement, Cohen's κ per
      pair, Fleiss' κ, Krippendorff's α with a bootstrap interval (--seed <n> to change
      the generator's seed), per category and confusion matrices; --sub-debates adds
      the same for each sub-debate.
  threadmap combine <coder-a.json> <coder-b.json> [more…] [-o combined.json]
      Combine coders' maps of one thread into one map with a layer per coder
      (format version 3); prints how far their work overlaps.
  threadmap --help | --version

Options:
  -o, --output <file>      write to this file instead of standard output
  -f, --format <format>    export format (export), report format (stats, agreement)
      --table <table>      subdebates or participants (stats --format csv only)
      --mode <mode>        layout mode (layout only)
      --width, --height    window size in pixels (layout only)
      --source-url <url>   record the URL the thread was fetched from
      --retrieved-at <iso> record when the thread was fetched (ISO 8601)
      --raw                write CSV values exactly, even those a spreadsheet would run as
                           formulas, and with no byte order mark (by default, for
                           spreadsheets, a cell starting with = + - @ gets a leading ' and
                           the file starts with the UTF-8 byte order mark Excel needs)
      --format-version <n> threadmap JSON format version to write: 3 (default), 2 for
                           older readers (no coders' layers, codebook or gold: the main
                           annotations only), or 1 (also no coders, moves, re-checks)
  -q, --quiet              do not print warnings about repaired input
  -h, --help               show this help
  -v, --version            show the version

Use "-" as the file to read standard input.
Exit status: 0 on success, 1 when the input cannot be read or is not supported,
2 when the command line is wrong.
`;
}
