import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliInMemory } from './testing/run-cli-in-memory';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const HN_FULL = fixture('hn-firebase_14952787_flat-items_forum-explorer.json');
const REDDIT = fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const TAGS = ['pro', 'con', 'question'] as const;

interface MapFile {
  coder?: string | null;
  source: { kind: string; url: string | null };
  nodes: { id: string; parent: string | null; kind: string; status: string; text: string }[];
  annotations: Record<string, { tag?: string; updatedAt: string; coder?: string | null }>;
}

const run = runCliInMemory;

/** A comment a coder can tag: it replies to something, is not a stub, and was not deleted with no text left. */
const isUnit = (node: MapFile['nodes'][number]) => node.parent !== null && node.kind !== 'more' && !(node.status !== 'ok' && node.text === '');

/** FNV-1a: a fixed pseudo-random number per string, so the simulated coders are deterministic. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A coder who agrees with a hidden "true" tag most of the time, picks another tag `noise` of the
 * time, and leaves `skip` of the comments untagged (missing data).
 */
function simulateCoder(base: MapFile, coder: string | null, noise: number, skip: number): MapFile {
  const annotations: MapFile['annotations'] = {};
  for (const node of base.nodes) {
    if (!isUnit(node)) continue;
    if (hash(`${coder}:skip:${node.id}`) % 1000 < skip * 1000) continue;
    const truth = hash(node.id) % 3;
    const tag = hash(`${coder}:noise:${node.id}`) % 1000 < noise * 1000 ? (truth + 1 + (hash(`${coder}:${node.id}`) % 2)) % 3 : truth;
    annotations[node.id] = { tag: TAGS[tag], updatedAt: '2026-11-26T14:00:00.000Z', coder };
  }
  return { ...base, coder, annotations };
}

/*
 * The independent computation: straight from the textbook formulas, over comment ids, sharing
 * nothing with src/core/agreement.
 */
type Tagging = Map<string, string>;

function taggings(maps: MapFile[]): { units: string[]; tags: Tagging[] } {
  const units = maps[0]!.nodes.filter(isUnit).map((n) => n.id);
  const tags = maps.map((map) => new Map(Object.entries(map.annotations).flatMap(([id, a]) => (a.tag ? [[id, a.tag] as const] : []))));
  return { units, tags };
}

function oracleCohen(units: string[], a: Tagging, b: Tagging) {
  const both = units.filter((u) => a.has(u) && b.has(u));
  const n = both.length;
  const po = both.filter((u) => a.get(u) === b.get(u)).length / n;
  const pe = TAGS.reduce((sum, t) => sum + (both.filter((u) => a.get(u) === t).length / n) * (both.filter((u) => b.get(u) === t).length / n), 0);
  const confusion = TAGS.map((x) => TAGS.map((y) => both.filter((u) => a.get(u) === x && b.get(u) === y).length));
  return { n, po, kappa: (po - pe) / (1 - pe), confusion };
}

function oracleAlpha(units: string[], tags: Tagging[], recode: (tag: string) => string = (t) => t): number {
  const o = new Map<string, number>();
  for (const u of units) {
    const values = tags.flatMap((t) => (t.has(u) ? [recode(t.get(u)!)] : []));
    if (values.length < 2) continue;
    values.forEach((c, i) => values.forEach((k, j) => i !== j && o.set(`${c}|${k}`, (o.get(`${c}|${k}`) ?? 0) + 1 / (values.length - 1))));
  }
  const nc = new Map<string, number>();
  for (const [key, value] of o) nc.set(key.split('|')[0]!, (nc.get(key.split('|')[0]!) ?? 0) + value);
  const n = [...nc.values()].reduce((a, b) => a + b, 0);
  const observed = [...o].filter(([key]) => key.split('|')[0] !== key.split('|')[1]).reduce((sum, [, v]) => sum + v, 0);
  let expected = 0;
  for (const [c, x] of nc) for (const [k, y] of nc) if (c !== k) expected += x * y;
  return 1 - ((n - 1) * observed) / expected;
}

function oracleFleiss(units: string[], tags: Tagging[]) {
  const complete = units.filter((u) => tags.every((t) => t.has(u)));
  const m = tags.length;
  const rows = complete.map((u) => TAGS.map((c) => tags.filter((t) => t.get(u) === c).length));
  const pBar = rows.reduce((sum, row) => sum + (row.reduce((s, x) => s + x * x, 0) - m) / (m * (m - 1)), 0) / rows.length;
  const pe = TAGS.reduce((sum, _, j) => sum + (rows.reduce((s, row) => s + row[j]!, 0) / (rows.length * m)) ** 2, 0);
  return { units: complete.length, kappa: (pBar - pe) / (1 - pe), pBar };
}

interface ReportJson {
  coders: string[];
  units: number;
  percentAgreement: number;
  krippendorffAlpha: number;
  krippendorffAlphaInterval: { lower: number; upper: number; resamples: number };
  fleissKappa: number | null;
  fleissUnits: number;
  pairs: { coders: [string, string]; n: number; percentAgreement: number; cohenKappa: number }[];
  categories: { category: string; krippendorffAlpha: number }[];
  confusion: { coders: [string, string]; categories: string[]; matrix: number[][] }[];
}

describe('threadmap agreement', () => {
  let base: MapFile;
  let files: Record<string, string>;
  let maps: MapFile[];
  /** The JSON report of the three coders, run once. */
  let three: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    base = JSON.parse((await run(['convert', HN_FULL])).stdout) as MapFile;
    maps = [simulateCoder(base, 'ana', 0.2, 0.1), simulateCoder(base, 'ben', 0.3, 0.2), simulateCoder(base, 'cy', 0.4, 0.05)];
    files = { 'a.json': JSON.stringify(maps[0]), 'b.json': JSON.stringify(maps[1]), 'c.json': JSON.stringify(maps[2]) };
    three = await run(['agreement', 'a.json', 'b.json', 'c.json'], files);
  });

  it('reports three coders of the 2,565-item HN thread exactly as an independent computation does', async () => {
    expect(three.code).toBe(0);
    const report = JSON.parse(three.stdout) as ReportJson;
    const { units, tags } = taggings(maps);
    expect(units).toHaveLength(2452);
    expect(report.coders).toEqual(['ana', 'ben', 'cy']);
    const pairable = units.filter((u) => tags.filter((t) => t.has(u)).length >= 2);
    expect(report.units).toBe(pairable.length);

    const shares = pairable.map((u) => {
      const values = tags.flatMap((t) => (t.has(u) ? [t.get(u)!] : []));
      let agree = 0;
      values.forEach((x, i) => values.forEach((y, j) => (agree += i !== j && x === y ? 1 : 0)));
      return agree / (values.length * (values.length - 1));
    });
    expect(Math.abs(report.percentAgreement - shares.reduce((a, b) => a + b, 0) / shares.length)).toBeLessThan(1e-9);
    expect(Math.abs(report.krippendorffAlpha - oracleAlpha(units, tags))).toBeLessThan(1e-9);

    const fleiss = oracleFleiss(units, tags);
    expect(report.fleissUnits).toBe(fleiss.units);
    expect(Math.abs(report.fleissKappa! - fleiss.kappa)).toBeLessThan(1e-9);

    const pairs = [[0, 1], [0, 2], [1, 2]] as const;
    expect(report.pairs.map((p) => p.coders)).toEqual([['ana', 'ben'], ['ana', 'cy'], ['ben', 'cy']]);
    pairs.forEach(([a, b], i) => {
      const expected = oracleCohen(units, tags[a]!, tags[b]!);
      expect(report.pairs[i]!.n).toBe(expected.n);
      expect(Math.abs(report.pairs[i]!.percentAgreement - expected.po)).toBeLessThan(1e-9);
      expect(Math.abs(report.pairs[i]!.cohenKappa - expected.kappa)).toBeLessThan(1e-9);
      expect(report.confusion[i]).toEqual({ coders: report.pairs[i]!.coders, categories: [...TAGS], matrix: expected.confusion });
    });

    report.categories.forEach(({ category, krippendorffAlpha }) => {
      expect(Math.abs(krippendorffAlpha - oracleAlpha(units, tags, (t) => (t === category ? t : 'other')))).toBeLessThan(1e-9);
    });
    const interval = report.krippendorffAlphaInterval;
    expect(interval.resamples).toBe(1000);
    expect(interval.lower).toBeLessThan(report.krippendorffAlpha);
    expect(interval.upper).toBeGreaterThan(report.krippendorffAlpha);
  });

  it('names coders by the file name when a map has no coder, in argument order, and reports the overlap', async () => {
    // Neither the file nor its annotations name the coder (annotations that do name the layer after them).
    const unnamed = (map: MapFile) => Object.fromEntries(Object.entries(map.annotations).map(([id, annotation]) => [id, { ...annotation, coder: null }]));
    const anonymous = { 'ana.json': JSON.stringify({ ...maps[0], coder: null, annotations: unnamed(maps[0]!) }), 'maps/ben.v2.json': JSON.stringify({ ...maps[1], coder: undefined, annotations: unnamed(maps[1]!) }) };
    const { code, stdout, stderr } = await run(['agreement', 'maps/ben.v2.json', 'ana.json'], anonymous);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReportJson;
    expect(report.coders).toEqual(['ben.v2', 'ana']);
    const { units, tags } = taggings([maps[1]!, maps[0]!]);
    const count = (t: Tagging) => units.filter((u) => t.has(u)).length.toLocaleString('en-US');
    const both = units.filter((u) => tags[0]!.has(u) && tags[1]!.has(u)).length.toLocaleString('en-US');
    expect(stderr).toBe(`threadmap: ben.v2 coded ${count(tags[0]!)} comments, ana ${count(tags[1]!)}; ${both} by both.\n`);
    expect(report.fleissKappa).toBeNull();
  });

  it('names a map without a coder in the coders\' table as agreement names it: by its file name, not "unknown"', async () => {
    const unnamed = Object.fromEntries(Object.entries(maps[0]!.annotations).map(([id, annotation]) => [id, { ...annotation, coder: null }]));
    const anonymous = { 'maps/ana.v3.json': JSON.stringify({ ...maps[0], coder: null, annotations: unnamed }), 'ben.json': files['b.json']! };
    const named = (JSON.parse((await run(['agreement', 'maps/ana.v3.json', 'ben.json'], anonymous)).stdout) as ReportJson).coders[0];
    expect(named).toBe('ana.v3');
    for (const raw of [[], ['--raw']]) {
      const { code, stdout } = await run(['export', '--format', 'coders-csv', ...raw, 'maps/ana.v3.json'], anonymous);
      expect(code).toBe(0);
      const coders = new Set((parse(stdout, { columns: true, bom: true }) as { coder: string }[]).map((row) => row.coder));
      expect([...coders]).toEqual([named]);
    }
  });

  it('refuses maps of a different thread, naming both', async () => {
    const reddit = JSON.parse((await run(['convert', REDDIT])).stdout) as MapFile;
    const { code, stdout, stderr } = await run(['agreement', 'a.json', 'r.json'], { ...files, 'r.json': JSON.stringify({ ...reddit, coder: 'ro' }) });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^threadmap: r\.json is a map of a different thread \(reddit, .*\) than a\.json \(hn, https:\/\/news\.ycombinator\.com\/item\?id=14952787, root 14952787\)/);
  });

  it('refuses two maps by the same coder, and a file that is not a map', async () => {
    const same = await run(['agreement', 'a.json', 'a2.json'], { ...files, 'a2.json': files['a.json']! });
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('a.json and a2.json are both coded by "ana"');
    const notMap = await run(['agreement', 'a.json', HN_FULL], files);
    expect(notMap.code).toBe(1);
    expect(notMap.stderr).toContain('This is not a Threadmap map');
  });

  it('writes the same figures as CSV, one row per figure', async () => {
    const json = JSON.parse(three.stdout) as ReportJson;
    const { code, stdout } = await run(['agreement', 'a.json', 'b.json', 'c.json', '--format', 'csv'], files);
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    const find = (measure: string, coder1 = '', coder2 = '', category1 = '', category2 = '') =>
      rows.find((r) => r.measure === measure && r.coder1 === coder1 && r.coder2 === coder2 && r.category1 === category1 && r.category2 === category2);
    expect(Number(find('krippendorffAlpha')!.value)).toBe(json.krippendorffAlpha);
    expect(Number(find('fleissKappa')!.units)).toBe(json.fleissUnits);
    expect(Number(find('cohenKappa', 'ben', 'cy')!.value)).toBe(json.pairs[2]!.cohenKappa);
    expect(Number(find('krippendorffAlpha', '', '', 'question')!.value)).toBe(json.categories[2]!.krippendorffAlpha);
    expect(Number(find('confusion', 'ana', 'cy', 'pro', 'con')!.value)).toBe(json.confusion[1]!.matrix[0]![1]);
  });

  it('writes Markdown with the figures and a methods paragraph stating measures, units, missing data and counts', async () => {
    const json = JSON.parse(three.stdout) as ReportJson;
    const { code, stdout } = await run(['agreement', 'a.json', 'b.json', 'c.json', '-f', 'markdown'], files);
    expect(code).toBe(0);
    expect(stdout).toContain(`| Krippendorff’s α (nominal) | ${json.krippendorffAlpha.toFixed(3)} (95 % CI ${json.krippendorffAlphaInterval.lower.toFixed(3)} to ${json.krippendorffAlphaInterval.upper.toFixed(3)}) | ${json.units.toLocaleString('en-US')} |`);
    expect(stdout).toContain(`| ana & ben | ${json.pairs[0]!.n.toLocaleString('en-US')} |`);
    const methods = stdout.slice(stdout.indexOf('## Methods'));
    expect(methods).toContain('Units are the 2,452 comments that reply to something');
    expect(methods).toContain('untagged is missing data for that coder, not a category');
    expect(methods).toContain(`computed over the ${json.fleissUnits.toLocaleString('en-US')} units coded by all 3 coders`);
    expect(methods).toContain('1,000 resamples, seed 20111');
  });

  it('gives the same interval for the same --seed and another for a different one', async () => {
    const interval = async (seed: string) => (JSON.parse((await run(['agreement', 'a.json', 'b.json', '--seed', seed], files)).stdout) as ReportJson).krippendorffAlphaInterval;
    const first = await interval('5');
    expect(await interval('5')).toEqual(first);
    expect((await interval('6')).lower).not.toBe(first.lower);
  });

  it('combines the three coders\' files into one version 3 map, whose agreement is the same report', async () => {
    const scratch = { ...files };
    const combined = await run(['combine', 'a.json', 'b.json', 'c.json', '-o', 'abc.json'], scratch);
    expect(combined.code).toBe(0);
    const { units, tags } = taggings(maps);
    const counts = tags.map((t) => units.filter((u) => t.has(u)).length.toLocaleString('en-US'));
    const all = units.filter((u) => tags.every((t) => t.has(u))).length.toLocaleString('en-US');
    const two = units.filter((u) => tags.filter((t) => t.has(u)).length >= 2).length.toLocaleString('en-US');
    expect(combined.stderr).toBe(`threadmap: ana coded ${counts[0]} comments, ben ${counts[1]}, cy ${counts[2]}; ${all} by all, ${two} by at least two.\n`);
    const file = JSON.parse(scratch['abc.json']!) as { version: number; layers: { coder: string; annotations: object }[]; annotations: object };
    expect(file.version).toBe(3);
    expect(file.layers.map((layer) => layer.coder)).toEqual(['ana', 'ben', 'cy']);
    expect(file.layers[1]!.annotations).toEqual(maps[1]!.annotations);
    expect(file.annotations).toEqual({});

    const fromCombined = await run(['agreement', 'abc.json'], { 'abc.json': scratch['abc.json']! });
    expect(fromCombined.code).toBe(0);
    expect(JSON.parse(fromCombined.stdout)).toEqual(JSON.parse(three.stdout));
    // A combined file and a further coder's file: each layer stays a coder.
    const plusOne = await run(['agreement', 'ab.json', 'c.json'], { 'ab.json': (await run(['combine', 'a.json', 'b.json'], files)).stdout, 'c.json': files['c.json']! });
    expect(JSON.parse(plusOne.stdout)).toEqual(JSON.parse(three.stdout));
  });

  it('adds each sub-debate\'s figures with --sub-debates, over that sub-debate\'s comments only', async () => {
    const { code, stdout } = await run(['agreement', 'a.json', 'b.json', '--sub-debates', '--seed', '3'], files);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReportJson & { subDebates: (ReportJson & { id: string; kind: string; size: number })[] };
    const topLevel = base.nodes.filter((node) => node.parent === base.nodes[0]!.id).map((node) => node.id);
    expect(report.subDebates.filter((debate) => debate.kind === 'top-level').map((debate) => debate.id)).toEqual(topLevel);
    // Every comment is in exactly one top-level sub-debate, so their pair counts add up to the whole thread's.
    const top = report.subDebates.filter((debate) => debate.kind === 'top-level');
    expect(top.reduce((sum, debate) => sum + debate.pairs[0]!.n, 0)).toBe(report.pairs[0]!.n);
    const first = top.reduce((best, debate) => (debate.pairs[0]!.n > best.pairs[0]!.n ? debate : best));
    expect(first.pairs[0]!.n).toBeGreaterThan(100);
    const ids = new Set<string>([first.id]);
    for (const node of base.nodes) if (node.parent !== null && ids.has(node.parent)) ids.add(node.id);
    const { tags } = taggings(maps.slice(0, 2));
    expect(Math.abs(first.pairs[0]!.cohenKappa - oracleCohen([...ids], tags[0]!, tags[1]!).kappa)).toBeLessThan(1e-9);
    const markdown = await run(['agreement', 'a.json', 'b.json', '--sub-debates', '-f', 'markdown'], files);
    expect(markdown.stdout).toContain('## Sub-debates');
    expect(markdown.stdout).toContain(`sub-debates (a reply to the opening post with all its replies, and each big branch inside one)`);
  });

  it('says how to use it when given one map, an unknown format or a bad seed', async () => {
    for (const argv of [['agreement', 'a.json'], ['agreement', 'a.json', 'b.json', '--format', 'xml'], ['agreement', 'a.json', 'b.json', '--seed', 'x']]) {
      const { code, stderr } = await run(argv, files);
      expect(code).toBe(2);
      expect(stderr).toMatch(/Run "threadmap --help" for usage/);
    }
  });
});
