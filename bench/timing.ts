import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Wall-clock time. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time of this process, steadier than wall-clock on a machine shared with other work. */
  cpuMedianMs: number;
  runs: number;
}

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summarise(times: number[], cpu: number[]): Timing {
  return { medianMs: round(median(times)), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)), cpuMedianMs: round(median(cpu)), runs: times.length };
}

/** Runs `work` `warmup` times untimed, then `runs` times timed; median, fastest and slowest in ms. */
export function timeRuns(work: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const usedCpu = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((usedCpu.user + usedCpu.system) / 1000);
  }
  return summarise(times, cpu);
}

export interface AdaptiveOptions {
  /** Most timed runs. */
  runs: number;
  /** Untimed runs first, when one run is quick enough to afford them. */
  warmup: number;
  /** A first run slower than this is the only run: repeating it would take too long. */
  singleRunMs: number;
}

/**
 * Times `work` (sync or async) as often as `runs`, but only once when its first run took more CPU than
 * `singleRunMs`; the first run is discarded as warm-up whenever it is repeated.
 */
export async function timeAdaptive(work: () => unknown, options: AdaptiveOptions): Promise<Timing> {
  const once = async () => {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await work();
    const usedCpu = process.cpuUsage(startCpu);
    return { wall: performance.now() - start, cpu: (usedCpu.user + usedCpu.system) / 1000 };
  };
  const first = await once();
  if (first.cpu > options.singleRunMs || options.runs <= 1) return summarise([first.wall], [first.cpu]);
  for (let i = 1; i < options.warmup; i++) await once();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await once();
    times.push(run.wall);
    cpu.push(run.cpu);
  }
  return summarise(times, cpu);
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A plain-text table with right-aligned columns after the first. */
export function formatTable(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
