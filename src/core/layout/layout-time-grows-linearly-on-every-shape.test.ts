import { describe, expect, it } from 'vitest';
import { growthExponent } from '../../../bench/growth';
import { caterpillarThread, chainThread, randomTree, starThread } from '../../../bench/synthetic';
import { buildMap, type MapGraph } from '../map/graph';
import type { ThreadNode } from '../map/types';
import { layoutMap, LAYOUT_MODES, type LayoutMode } from './index';

// Sizes spanning 16×: a quadratic layout shows an exponent near 2, a linear one near 1 and
// n log n about 1.1. The exponent, not a time, is asserted, so a slow machine does not fail it.
// Five sizes rather than four: between 2,000 and 16,000 cards the arrays outgrow the processor's
// caches, which alone lifts a linear layout's slope on random trees to about 1.15–1.2 (from
// 16,000 to 128,000 the same tree-down layout measures 0.9); a wider fit keeps that bump from
// deciding the result while a quadratic layout still shows about 2.
const SIZES = [1000, 2000, 4000, 8000, 16000];
const MAX_EXPONENT = 1.2;
/** Each sample repeats the layout until this much time has passed, so that timer resolution and
 * one-off pauses are small against it. */
const SAMPLE_MS = 40;
const SAMPLES = 7;
/** A layout this slow is timed once, and larger sizes are not tried: its growth is already plain. */
const SLOW_MS = 1000;

const SHAPES: Record<string, (n: number) => ThreadNode[]> = {
  'a reply chain': (n) => chainThread(n - 1),
  'a star': (n) => starThread(n - 1),
  'a caterpillar': (n) => caterpillarThread(n, 2),
  'a random deep tree': (n) => randomTree(n, 4, n),
  'a random shallow tree': (n) => randomTree(n, n, n),
};

function layoutOnce(graph: MapGraph, mode: LayoutMode) {
  // A new graph object each time: the tree modes cache their plan per graph.
  layoutMap({ ...graph }, { mode, aspect: 1400 / 900 });
}

/** CPU milliseconds of this process since `since`: unlike wall time, not stretched while other
 * processes on a shared machine hold the cores. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * CPU milliseconds per layout: the fastest of several samples, since interference only ever adds
 * time; each sample averages as many layouts as fit in SAMPLE_MS.
 */
function msPerLayout(graph: MapGraph, mode: LayoutMode): number {
  const first = process.cpuUsage();
  layoutOnce(graph, mode);
  const once = Math.max(cpuMsSince(first), 0.001);
  if (once > SLOW_MS) return once;
  const repeats = Math.max(1, Math.ceil(SAMPLE_MS / once));
  let fastest = Infinity;
  for (let sample = 0; sample < SAMPLES; sample++) {
    const start = process.cpuUsage();
    for (let i = 0; i < repeats; i++) layoutOnce(graph, mode);
    fastest = Math.min(fastest, cpuMsSince(start) / repeats);
  }
  return fastest;
}

describe.each(Object.entries(SHAPES))('on %s', (shape, make) => {
  const graphs = SIZES.map((n) => ({ n, graph: buildMap(make(n)).graph }));
  it.each(LAYOUT_MODES)(`the %s layout time grows at most as n^${MAX_EXPONENT}`, { timeout: 180_000 }, (mode) => {
    // Warm the JIT first, so the small sizes are not timed cold.
    layoutOnce(graphs[1]!.graph, mode);
    const points: Array<{ n: number; ms: number }> = [];
    for (const { n, graph } of graphs) {
      points.push({ n, ms: msPerLayout(graph, mode) });
      if (points.length >= 2 && points.at(-1)!.ms > SLOW_MS) break;
    }
    const exponent = growthExponent(points);
    const detail = points.map(({ n, ms }) => `n=${n}: ${ms.toFixed(2)} ms`).join(', ');
    expect(exponent, `${mode} on ${shape}: exponent ${exponent.toFixed(2)} (${detail})`).toBeLessThanOrEqual(MAX_EXPONENT);
  });
});
