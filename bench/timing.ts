import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Wall-clock time. */
  medianMs: number;
  minMs: number;
  /** CPU time of this process, steadier than wall-clock on a machine shared with other work. */
  cpuMedianMs: number;
  runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `warmup` times untimed, then `runs` times timed; median and fastest in ms. */
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
  return { medianMs: round(median(times)), minMs: round(Math.min(...times)), cpuMedianMs: round(median(cpu)), runs };
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
