import { defuseFormula } from '../export/csv';
import type { AgreementReport } from './agreement-report';
import type { SubDebateAgreement } from './by-sub-debate';

/** The formats an agreement report is written in. */
export const REPORT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the report is about, for the Markdown heading. */
export interface ReportContext {
  title?: string | null;
  url?: string | null;
  /** Units coded by every coder (for the overlap sentence). */
  codedByAll: number;
  /** Reports of the sub-debates, when the report covers them too (JSON `subDebates`, CSV column `subDebate`, a Markdown table). */
  subDebates?: readonly SubDebateAgreement[];
}

const count = (n: number) => n.toLocaleString('en-US');
const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (n: number) => numberWords[n] ?? count(n);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A share as a percentile number: 0.025 → "2.5". */
const percentile = (share: number) => (share * 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "ana coded 2,210 comments, ben 1,980; 1,873 by both" (or "by all … by at least two"). */
export function overlapSentence(report: AgreementReport, codedByAll: number): string {
  const [first, ...rest] = report.coded;
  if (!first) return 'No coders.';
  const each = [`${first.coder} coded ${count(first.units)} ${first.units === 1 ? 'comment' : 'comments'}`, ...rest.map((c) => `${c.coder} ${count(c.units)}`)].join(', ');
  if (report.coders.length === 2) return `${each}; ${count(codedByAll)} by both.`;
  return `${each}; ${count(codedByAll)} by all, ${count(report.units)} by at least two.`;
}

/** Writes a report as JSON (numbers unrounded), long-format CSV, or Markdown with a methods paragraph. */
export function formatReport(report: AgreementReport, format: ReportFormat, context: ReportContext): string {
  if (format === 'json') {
    const subDebates = context.subDebates?.map(({ report: part, ...about }) => ({ ...about, ...part }));
    return `${JSON.stringify(subDebates ? { ...report, subDebates } : report, null, 2)}\n`;
  }
  if (format === 'csv') return reportCsv(report, context.subDebates);
  return reportMarkdown(report, context);
}

export const REPORT_CSV_COLUMNS = ['measure', 'coder1', 'coder2', 'category1', 'category2', 'units', 'value', 'subDebate'] as const;

type CsvRow = (string | number | null)[];

/**
 * One row per figure, RFC 4180 (CRLF, fields quoted when needed): overall measures have no coder
 * columns, pair measures two, per-category α one category, confusion cells two categories (the
 * first coder's, then the second's). Undefined values are empty fields. With sub-debates, their
 * figures follow (confusion cells left out), `subDebate` naming the top comment's id; it is empty
 * for the whole thread. Text that a spreadsheet would run as a formula (a coder named "=1+1")
 * gets a leading apostrophe.
 */
function reportCsv(report: AgreementReport, subDebates: readonly SubDebateAgreement[] = []): string {
  const rows: CsvRow[] = [[...REPORT_CSV_COLUMNS]];
  rows.push(...figureRows(report, true).map((row) => [...row, '']));
  for (const debate of subDebates) rows.push(...figureRows(debate.report, false).map((row) => [...row, debate.id]));
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function figureRows(report: AgreementReport, withConfusion: boolean): CsvRow[] {
  const rows: CsvRow[] = [];
  const interval = report.krippendorffAlphaInterval;
  rows.push(['percentAgreement', '', '', '', '', report.units, report.percentAgreement]);
  rows.push(['krippendorffAlpha', '', '', '', '', report.units, report.krippendorffAlpha]);
  rows.push(['krippendorffAlphaLower', '', '', '', '', report.units, interval.lower]);
  rows.push(['krippendorffAlphaUpper', '', '', '', '', report.units, interval.upper]);
  rows.push(['fleissKappa', '', '', '', '', report.fleissUnits, report.fleissKappa]);
  for (const coded of report.coded) rows.push(['coded', coded.coder, '', '', '', coded.units, null]);
  for (const pair of report.pairs) {
    rows.push(['percentAgreement', ...pair.coders, '', '', pair.n, pair.percentAgreement]);
    rows.push(['cohenKappa', ...pair.coders, '', '', pair.n, pair.cohenKappa]);
  }
  for (const category of report.categories) rows.push(['krippendorffAlpha', '', '', category.category, '', category.values, category.krippendorffAlpha]);
  if (withConfusion) {
    for (const pair of report.confusion) {
      pair.matrix.forEach((row, i) => row.forEach((cell, j) => rows.push(['confusion', ...pair.coders, pair.categories[i]!, pair.categories[j]!, null, cell])));
    }
  }
  return rows;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  // Numbers stay as they are: a negative κ is a number, not a formula.
  const text = typeof value === 'number' ? String(value) : defuseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], body: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]) =>
  [row(head), `| ${head.map((_, i) => (align?.[i] === 'r' ? '---:' : '---')).join(' | ')} |`, ...body.map(row)].join('\n');

function reportMarkdown(report: AgreementReport, context: ReportContext): string {
  const interval = report.krippendorffAlphaInterval;
  const level = `${Math.round(interval.level * 100)} %`;
  const alpha = report.krippendorffAlpha === null ? '—' : `${fixed(report.krippendorffAlpha)} (${level} CI ${fixed(interval.lower)} to ${fixed(interval.upper)})`;
  const fleiss = report.coders.length < 3 ? '— (needs three or more coders)' : fixed(report.fleissKappa);
  const about = [context.title, context.url].filter((part): part is string => Boolean(part)).join(' — ');
  const parts = [
    '# Agreement between coders',
    about ? `Thread: ${about}` : '',
    overlapSentence(report, context.codedByAll),
    '## Overall',
    table(['Measure', 'Value', 'Units'], [
      ['Percent agreement', percent(report.percentAgreement), count(report.units)],
      ['Krippendorff’s α (nominal)', alpha, count(report.units)],
      ['Fleiss’ κ', fleiss, count(report.fleissUnits)],
    ], ['l', 'r', 'r']),
    '## Pairs of coders',
    table(['Coders', 'Units', 'Agreement', 'Cohen’s κ'], report.pairs.map((pair) => [pair.coders.join(' & '), count(pair.n), percent(pair.percentAgreement), fixed(pair.cohenKappa)]), ['l', 'r', 'r', 'r']),
    '## Categories (one against the rest, Krippendorff’s α)',
    table(['Category', 'Values', 'α'], report.categories.map((c) => [c.category, count(c.values), fixed(c.krippendorffAlpha)]), ['l', 'r', 'r']),
    '## Confusion matrices',
    ...report.confusion.map((pair) =>
      [`### ${pair.coders[0]} (rows) × ${pair.coders[1]} (columns)`, table(['', ...pair.categories], pair.matrix.map((cells, i) => [pair.categories[i]!, ...cells.map(count)]), ['l', ...pair.categories.map(() => 'r' as const)])].join('\n\n'),
    ),
    ...(context.subDebates?.length ? ['## Sub-debates', subDebateTable(context.subDebates)] : []),
    '## Methods',
    methodsParagraph(report, context),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function subDebateTable(debates: readonly SubDebateAgreement[]): string {
  return table(
    ['Sub-debate (top comment)', 'Kind', 'Comments', 'Units', 'Agreement', 'Krippendorff’s α'],
    debates.map((d) => [`${d.id}${d.author ? ` by ${d.author}` : ''}`, d.kind, count(d.comments), count(d.report.units), percent(d.report.percentAgreement), fixed(d.report.krippendorffAlpha)]),
    ['l', 'l', 'r', 'r', 'r', 'r'],
  );
}

/** The methods paragraph: measures, units, missing-data handling and counts, in words. */
export function methodsParagraph(report: AgreementReport, context: Pick<ReportContext, 'codedByAll' | 'subDebates'>): string {
  const interval = report.krippendorffAlphaInterval;
  const coders = report.coders.length;
  const categories = report.categories.map((c) => c.category).join(', ');
  const fleiss = coders < 3
    ? 'Fleiss’ κ is not reported with fewer than three coders.'
    : `Fleiss’ κ (Fleiss 1971) is computed over the ${count(report.fleissUnits)} units coded by all ${coders} coders (it cannot take missing values).`;
  const left = interval.undefinedResamples > 0 ? ` ${count(interval.undefinedResamples)} resamples in which α was undefined were left out.` : '';
  return [
    `${capitalize(numberWord(coders))} coders tagged comments of one thread with the categories ${categories}.`,
    `Units are the ${count(report.totalUnits)} comments that reply to something; the opening post, stubs for replies that were not loaded and deleted comments with no text left are not units.`,
    'A comment a coder left untagged is missing data for that coder, not a category.',
    coders === 2
      ? `${count(report.units)} units were coded by both coders.`
      : `${count(report.units)} units were coded by at least two coders and ${count(context.codedByAll)} by all.`,
    'Percent agreement is the mean over those units of the share of coder pairs that chose the same category.',
    'Cohen’s κ (Cohen 1960) is computed for each pair of coders over the units both coded.',
    fleiss,
    'Krippendorff’s α (nominal, Krippendorff 2011) uses every unit with at least two values, missing values allowed; per-category agreement is α on the data recoded as that category against any other.',
    `The ${Math.round(interval.level * 100)} % interval for α is a ${interval.method}: ${count(interval.resamples)} resamples, seed ${interval.seed}, bounds at the ${percentile((1 - interval.level) / 2)} and ${percentile((1 + interval.level) / 2)} percentiles (linear interpolation).${left}`,
    'κ and α are undefined (—) when every value falls in one category, since chance alone would then agree perfectly.',
    context.subDebates?.length
      ? `The same measures are reported for each of ${count(context.subDebates.length)} sub-debates (a reply to the opening post with all its replies, and each big branch inside one), over that sub-debate's comments only, with the same bootstrap settings.`
      : '',
  ].filter(Boolean).join(' ');
}
