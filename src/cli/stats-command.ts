import type { ThreadmapDocument } from '../core/document/types';
import { measureThread, type ThreadMeasures } from '../core/insight';

export const STATS_FORMATS = ['json', 'csv', 'markdown'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];
export const STATS_TABLES = ['subdebates', 'participants'] as const;
export type StatsTable = (typeof STATS_TABLES)[number];

/** Reads --format and --table; a sentence for the user when one is wrong. */
export function parseStatsOptions(values: { format?: string; table?: string }): { ok: true; format: StatsFormat; tables: StatsTable[] } | { ok: false; message: string } {
  const format = (values.format ?? 'json') as StatsFormat;
  if (!STATS_FORMATS.includes(format)) return { ok: false, message: `unknown stats format "${values.format}"; the formats are: ${STATS_FORMATS.join(', ')}.` };
  if (values.table === undefined) return { ok: true, format, tables: [...STATS_TABLES] };
  if (format !== 'csv') return { ok: false, message: '--table chooses one CSV table; use it with --format csv.' };
  const table = values.table as StatsTable;
  if (!STATS_TABLES.includes(table)) return { ok: false, message: `unknown table "${values.table}"; the tables are: ${STATS_TABLES.join(', ')}.` };
  return { ok: true, format, tables: [table] };
}

/** The measures of a map as `threadmap stats` prints them. */
export function renderStats(doc: ThreadmapDocument, format: StatsFormat, tables: readonly StatsTable[] = STATS_TABLES): string {
  const measures = measureThread(doc);
  if (format === 'json') return `${JSON.stringify({ source: doc.source, ...measures }, null, 2)}\n`;
  if (format === 'csv') return tables.map((table) => (table === 'subdebates' ? subDebateRows(measures) : participantRows(measures)).map(csvRow).join('\r\n') + '\r\n').join('\r\n');
  return statsMarkdown(doc, measures);
}

const SUB_DEBATE_COLUMNS = ['id', 'kind', 'size', 'depth', 'participants', 'start', 'end', 'durationHours', 'activity', 'backAndForth', 'backAndForthAuthors', 'pro', 'con', 'question', 'unansweredQuestions', 'contestedness'];
const PARTICIPANT_COLUMNS = ['author', 'comments', 'first', 'last', 'repliesGiven', 'repliesReceived', 'pro', 'con', 'question'];

type Cell = string | number | null;

function subDebateRows(measures: ThreadMeasures): Cell[][] {
  const rows: Cell[][] = [SUB_DEBATE_COLUMNS];
  for (const debate of [...measures.topLevel, ...measures.branches]) {
    rows.push([
      debate.id,
      debate.kind,
      debate.size,
      debate.depth,
      debate.participants,
      debate.start,
      debate.end,
      debate.durationHours,
      debate.activity,
      debate.backAndForth?.length ?? 0,
      debate.backAndForth?.authors.join(' ') ?? null,
      debate.tags.pro,
      debate.tags.con,
      debate.tags.question,
      measures.tagged ? debate.unansweredQuestions : null,
      debate.contestedness,
    ]);
  }
  return rows;
}

function participantRows(measures: ThreadMeasures): Cell[][] {
  return [
    PARTICIPANT_COLUMNS,
    ...measures.people.map((person) => [person.author, person.comments, person.first, person.last, person.repliesGiven, person.repliesReceived, person.tags.pro, person.tags.con, person.tags.question]),
  ];
}

/**
 * RFC 4180: a field quoted when it holds a comma, quote, CR or LF. A text field that a spreadsheet
 * would run as a formula (= + - @ first) gets a leading apostrophe, since author names come from
 * strangers; numbers are written as numbers.
 */
function csvRow(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e6) / 1e6);
      const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

function statsMarkdown(doc: ThreadmapDocument, measures: ThreadMeasures): string {
  const escape = (text: string) => text.replace(/([\\|*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
  const number = (value: number | null, digits = 1) => (value === null ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(digits));
  const lines = [`# Measures of ${escape(doc.source.title ?? 'the thread')}`, '', escape(measures.summary), ''];
  lines.push('## Sub-debates', '', '| top comment | size | depth | participants | hours | per hour | back-and-forth | pro | con | question | contested |', '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const debate of [...measures.topLevel, ...measures.branches]) {
    const label = `${escape(debate.id)}${debate.kind === 'branch' ? ' (branch)' : ''}`;
    const contested = debate.contestedness === null ? '–' : `${Math.round(debate.contestedness * 100)} %`;
    lines.push(`| ${label} | ${debate.size} | ${debate.depth} | ${debate.participants} | ${number(debate.durationHours)} | ${number(debate.activity)} | ${debate.backAndForth?.length ?? 0} | ${debate.tags.pro} | ${debate.tags.con} | ${debate.tags.question} | ${contested} |`);
  }
  lines.push('', '## Participants', '', '| author | comments | first | last | replies given | replies received | pro | con | question |', '|---|--:|---|---|--:|--:|--:|--:|--:|');
  for (const person of measures.people) {
    lines.push(`| ${escape(person.author)} | ${person.comments} | ${person.first ?? '–'} | ${person.last ?? '–'} | ${person.repliesGiven} | ${person.repliesReceived} | ${person.tags.pro} | ${person.tags.con} | ${person.tags.question} |`);
  }
  return `${lines.join('\n')}\n`;
}
