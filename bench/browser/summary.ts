import { formatTable, median } from '../timing';

type Row = Record<string, unknown>;

const spread = (values: number[]) => (values.length === 1 ? `${values[0]}` : `${round1(median(values))} (${Math.min(...values)}–${Math.max(...values)})`);
const round1 = (value: number) => Math.round(value * 10) / 10;
const distinct = (values: unknown[]) => [...new Set(values.map(String))].join(' / ');

/**
 * One row per input, mode and sub-debate: the time from a click on its label to the opening
 * comment's card painted, and to every card in the pane painted (runs before cards mounted a
 * slice per frame have only the first).
 */
function regionRows(regions: Row[]): string[][] {
  const groups = [...new Set(regions.map((r) => `${r.input}|${r.mode}`))];
  const keys = [...new Set(regions.map((r) => `${r.input}|${r.mode}|${r.comments}|${r.contestant}`))];
  // Each sub-debate's rows together, the largest first, so that contestants sit side by side.
  const rank = (key: string) => {
    const [input, mode, comments, who] = key.split('|') as [string, string, string, string];
    return [groups.indexOf(`${input}|${mode}`), -Number(comments), who] as const;
  };
  keys.sort((a, b) => {
    const [ga, ca, wa] = rank(a);
    const [gb, cb, wb] = rank(b);
    return ga - gb || ca - cb || wa.localeCompare(wb);
  });
  return keys.map((key) => {
    const [input, mode, comments, who] = key.split('|') as [string, string, string, string];
    const same = regions.filter((r) => r.input === input && r.mode === mode && String(r.comments) === comments && String(r.contestant) === who);
    const times = (field: string) => {
      const found = same.map((r) => Number(r[field])).filter(Number.isFinite);
      return found.length > 0 ? spread(found) : 'not seen in 10 s';
    };
    return [input, mode, comments, who, String(same.length), times('ms'), same.some((r) => 'msAll' in r) ? times('msAll') : '—', distinct(same.map((r) => r.cards))];
  });
}

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
      // Rows of runs before modes were measured carry no mode: the overview.
      const keys = [...new Set(views.map((r) => `${String(r.mode ?? 'overview')}|${String(r.zoom)}`))];
      keys.forEach((key, i) => {
        const [mode, label] = key.split('|') as [string, string];
        const same = views.filter((r) => String(r.mode ?? 'overview') === mode && r.zoom === label);
        const newMode = i === 0 || !keys[i - 1]!.startsWith(`${mode}|`);
        const moved = same.every((r) => r.moved === true) ? 'yes' : `${same.filter((r) => r.moved === true).length}/${same.length}`;
        rows.push([
          i === 0 ? input : '',
          i === 0 ? contestant.key : '',
          i === 0 ? String(opens.length) + (failed > 0 ? ` (+${failed} failed)` : '') : '',
          i === 0 ? spread(opens) : '',
          newMode ? mode : '',
          label,
          distinct(same.map((r) => r.mounted)),
          distinct(same.map((r) => r.readable)),
          distinct(same.map((r) => r.canvasText ?? 0)),
          spread(same.map((r) => Number(r.fps))),
          moved,
          // Rows of runs before these were measured carry neither.
          same.some((r) => r.mainMsPerS !== undefined) ? spread(same.map((r) => Number(r.mainMsPerS))) : '',
          same.some((r) => r.longTasksPerS !== undefined) ? spread(same.map((r) => Number(r.longTasksPerS))) : '',
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
    formatTable(['input', 'who', 'runs', 'open → shown, ms', 'mode', 'view', 'cards mounted', 'readable in DOM (≥ 12 px)', 'text on canvas (12 px)', 'fps panning', 'view moved', 'main thread ms/s', 'long tasks/s'], rows),
    '\nSub-debate label clicked → its cards painted (Threadmap, from fit view), ms: median (min–max)',
    formatTable(['input', 'mode', 'comments in the sub-debate', 'who', 'clicks', '→ opening card painted', '→ every card in the pane painted', 'cards mounted'], regionRows(of('region'))),
    '\nTag key → painted (Threadmap, at 100 %), ms: median (min–max) over all key presses',
    formatTable(['input', 'who', 'ms', 'presses', 'not seen in 5 s'], tagRows),
  ].join('\n');
}
