import type { ThreadmapDocument } from '../core/document/types';
import { measureThread, participantCsv, subDebateCsv, type ThreadMeasures } from '../core/insight';

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
  if (format === 'csv') return tables.map((table) => (table === 'subdebates' ? subDebateCsv(measures) : participantCsv(measures))).join('\r\n');
  return statsMarkdown(doc, measures);
}

function statsMarkdown(doc: ThreadmapDocument, measures: ThreadMeasures): string {
  const escape = (text: string) => text.replace(/([\\|*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
  const number = (value: number | null, digits = 1) => (value === null ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(digits));
  const lines = [`# Measures of ${escape(doc.source.title ?? 'the thread')}`, '', escape(measures.summary), ''];
  lines.push('## Sub-debates', '', '| top comment | size | comments | depth | participants | hours | per hour | back-and-forth | pro | con | question | contested |', '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const debate of [...measures.topLevel, ...measures.branches]) {
    const label = `${escape(debate.id)}${debate.kind === 'branch' ? ' (branch)' : ''}`;
    const contested = debate.contestedness === null ? '–' : `${Math.round(debate.contestedness * 100)} %`;
    lines.push(`| ${label} | ${debate.size} | ${debate.comments} | ${debate.depth} | ${debate.participants} | ${number(debate.durationHours)} | ${number(debate.activity)} | ${debate.backAndForth?.length ?? 0} | ${debate.tags.pro} | ${debate.tags.con} | ${debate.tags.question} | ${contested} |`);
  }
  lines.push('', '## Participants', '', '| author | comments | posts | first | last | replies given | replies received | pro | con | question |', '|---|--:|--:|---|---|--:|--:|--:|--:|--:|');
  for (const person of measures.people) {
    lines.push(`| ${escape(person.author)} | ${person.comments} | ${person.posts} | ${person.first ?? '–'} | ${person.last ?? '–'} | ${person.repliesGiven} | ${person.repliesReceived} | ${person.tags.pro} | ${person.tags.con} | ${person.tags.question} |`);
  }
  return `${lines.join('\n')}\n`;
}
