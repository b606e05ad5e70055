import { detectSource } from '../../detect';
import { readTextThread } from '../parse-text';
import { renderCopiedText, type CopyStyle, type TrueComment } from './render-copied-text';
import { scoreTextImport, type TextImportScore } from './score-text-import';

/** A recorded JSON thread turned into copied text and read back by the plain-text importer. */
export function measureRecordedThread(json: string, style: CopyStyle): { score: TextImportScore; truth: TrueComment[] } {
  const input = { text: json, json: JSON.parse(json) as unknown };
  const parser = detectSource(input);
  if (!parser) throw new Error('not a known thread format');
  const thread = parser.parse(input, { retrievedAt: null });
  if (!thread.ok) throw new Error(thread.error.message);
  const copied = renderCopiedText(thread.value, style);
  return { score: measureText(copied.text, copied.comments), truth: copied.comments };
}

/** The plain-text importer's score on `text`, whose comments are `truth`. */
export function measureText(text: string, truth: readonly TrueComment[]): TextImportScore {
  const parsed = readTextThread(text, { retrievedAt: null });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return scoreTextImport(truth, parsed.value.thread, parsed.value.startLines);
}

/**
 * Hand-labelled comment starts of a text (1-based line numbers, as an editor shows them) as
 * truth without parents or authors.
 */
export function labelledStarts(text: string, lines: readonly number[]): TrueComment[] {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map((line) => ({ line: line - 1, parent: null, author: null, firstLine: all[line - 1] ?? '' }));
}

/** The recorded threads (in test/fixtures) the importer is measured on, with a short name. */
export const MEASURED_THREADS: readonly { name: string; file: string }[] = [
  { name: 'HN Firebase (2,565 items)', file: 'hn-firebase_14952787_flat-items_forum-explorer.json' },
  { name: 'HN Algolia (579 items)', file: 'hn-algolia-derived_14952787_first-3-top-level.json' },
  { name: 'Reddit', file: 'reddit_r-redditdev_2ujhkr_comments_reddift.json' },
  { name: 'Lobsters', file: 'lobsters_s-tdfoqh_compose-lobsters.json' },
  { name: 'Mastodon', file: 'mastodon_context_109294719267373593_rtoot.json' },
  { name: 'Discourse', file: 'discourse_t-2108_posts_criticalfallibilism.json' },
];

/** One row of the accuracy table. */
export interface AccuracyRow {
  input: string;
  style: CopyStyle | 'as shipped';
  score: TextImportScore;
  /** Parent accuracy of two guesses that read nothing: every comment under the root, or under the one before. */
  baselines: { root: number; previous: number } | null;
}

function baselinesOf(truth: readonly TrueComment[]): AccuracyRow['baselines'] {
  if (truth.length === 0 || truth.some((comment) => comment.parent === null)) return null;
  const share = (test: (comment: TrueComment, i: number) => boolean): number => truth.filter(test).length / truth.length;
  return { root: share((c) => c.parent === -1), previous: share((c, i) => c.parent === i - 1) };
}

/**
 * Every measurement: each recorded thread in both copy styles, then the shipped sample against
 * its hand-labelled boundaries. `read` gives a file's text by its path from the project root.
 */
export function measureAll(read: (path: string) => string): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const { name, file } of MEASURED_THREADS) {
    const json = read(`test/fixtures/${file}`);
    for (const style of ['reader', 'headers'] as const) {
      const { score, truth } = measureRecordedThread(json, style);
      rows.push({ input: name, style, score, baselines: baselinesOf(truth) });
    }
  }
  const labels = JSON.parse(read('src/core/sources/text/testdata/eggos-comment-starts.json')) as { text: string; starts: number[] };
  const sample = read(labels.text);
  rows.push({ input: 'shipped sample (hand-labelled)', style: 'as shipped', score: measureText(sample, labelledStarts(sample, labels.starts)), baselines: null });
  return rows;
}

/** The rows as a Markdown table. */
export function accuracyTable(rows: readonly AccuracyRow[]): string {
  const figure = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
  const lines = [
    '| input | copied as | comments | found | boundary precision | boundary recall | parent accuracy | parent: all under root / previous | author accuracy |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { input, style, score, baselines } of rows) {
    const guesses = baselines ? `${figure(baselines.root)} / ${figure(baselines.previous)}` : '–';
    lines.push(`| ${input} | ${style} | ${score.trueComments} | ${score.foundComments} | ${figure(score.precision)} | ${figure(score.recall)} | ${figure(score.parentAccuracy)} | ${guesses} | ${figure(score.authorAccuracy)} |`);
  }
  return lines.join('\n');
}
