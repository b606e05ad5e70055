import { formatTable, median } from '../timing';

type Row = Record<string, unknown>;

const spread = (values: number[]) => (values.length === 1 ? `${values[0]}` : `${round1(median(values))} (${Math.min(...values)}–${Math.max(...values)})`);
const round1 = (value: number) => Math.round(value * 10) / 10;
const distinct = (values: unknown[]) => [...new Set(values.map(String))].join(' / ');

/** The readable tables: one row per input, contestant and view, over all runs. */
export function summarise(records: Row[], contestants: Array<{ key: string; name: string }>): string {
  const of = (kind: string) => records.filter((r) => r.kind === kind);
  const inputs = [...new Set(of('open').map((r) => String(r.input)))];
  const runs = Math.max(...of('open').map((r) => Number(r.run)), 0);
  const rows: string[][] = [];
  for (const input of inputs) {
    for (const contestant of contestants) {
      const opens = of('open').filter((r) => r.input === input && r.contestant === contestant.key).map((r) => Number(r.ms));
      const failed = of('error').filter((r) => r.input === input && r.contestant === contestant.key).length;
      if (opens.length === 0) continue;
      const views = of('view').filter((r) => r.input === input && r.contestant === contestant.key);
      const labels = [...new Set(views.map((r) => String(r.zoom)))];
      labels.forEach((label, i) => {
        const same = views.filter((r) => r.zoom === label);
        const moved = same.every((r) => r.moved === true) ? 'yes' : `${same.filter((r) => r.moved === true).length}/${same.length}`;
        rows.push([
          i === 0 ? input : '',
          i === 0 ? contestant.key : '',
          i === 0 ? String(opens.length) + (failed > 0 ? ` (+${failed} failed)` : '') : '',
          i === 0 ? spread(opens) : '',
          label,
          distinct(same.map((r) => r.mounted)),
          distinct(same.map((r) => r.readable)),
          spread(same.map((r) => Number(r.fps))),
          moved,
        ]);
      });
    }
  }
  const legend = contestants.map((c) => `  ${c.key}: ${c.name}`).join('\n');
  const tags = of('tag');
  const tagRows = [...new Set(tags.map((r) => `${r.input}|${r.contestant}`))].map((key) => {
    const [input, contestant] = key.split('|');
    // A press whose tag was not seen painted within 5 s is recorded as null (NaN in the page).
    const all = tags.filter((r) => r.input === input && r.contestant === contestant).flatMap((r) => r.samples as Array<number | null>);
    const samples = all.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    return [input!, contestant!, samples.length > 0 ? spread(samples) : '', String(samples.length), String(all.length - samples.length)];
  });
  const errors = of('error').map((r) => `  failed: ${r.input} ${r.contestant} run ${r.run}: ${r.message}`);
  return [
    ...errors,
    `\nSame file, same layout positions, same viewports; up to ${runs} runs each: median (min–max)`,
    legend,
    formatTable(['input', 'who', 'runs', 'open → shown, ms', 'view', 'cards mounted', 'readable on screen (≥ 12 px)', 'fps panning', 'view moved'], rows),
    '\nTag key → painted (Threadmap, at 100 %), ms: median (min–max) over all key presses',
    formatTable(['input', 'who', 'ms', 'presses', 'not seen in 5 s'], tagRows),
  ].join('\n');
}
