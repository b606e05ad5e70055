import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutGeometry, layoutMap, LAYOUT_MODES, windowAspect, type MapGeometry } from '../core/layout';
import { fixtureGraph, HN_THREAD } from '../core/layout/testing/fixture-graphs';
import { crossingLines, linesOverCards, looseLineEnds, overlappingCards } from '../core/layout/testing/geometry-checks';
import { runCliInMemory } from './testing/run-cli-in-memory';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));

const run = runCliInMemory;

describe('threadmap layout', () => {
  const thread = fixtureGraph(HN_THREAD);

  for (const mode of LAYOUT_MODES) {
    it(`${mode}: prints the cards and lines the app draws for a 1280×720 window, and they keep the rules`, async () => {
      const { code, stdout, stderr } = await run(['layout', '--mode', mode, '--width', '1280', '--height', '720', fixture(HN_THREAD)]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const printed = JSON.parse(stdout) as MapGeometry;
      const app = layoutGeometry(thread, layoutMap(thread, { mode, aspect: windowAspect(1280, 720) }));
      expect(printed).toEqual(JSON.parse(JSON.stringify(app)));
      expect(printed.nodes).toHaveLength(2565);
      expect(printed.edges).toHaveLength(2564);
      expect(overlappingCards(printed)).toEqual([]);
      expect(looseLineEnds(printed)).toEqual([]);
      expect(linesOverCards(printed)).toEqual([]);
      if (mode.startsWith('tree')) expect(crossingLines(printed)).toEqual([]);
    });
  }

  it('packs for the window shape it is given: a tall window gets a taller map', async () => {
    const wide = JSON.parse((await run(['layout', '--mode', 'tree-down', '--width', '1600', '--height', '800', fixture(HN_THREAD)])).stdout) as MapGeometry;
    const tall = JSON.parse((await run(['layout', '--mode', 'tree-down', '--width', '800', '--height', '1600', fixture(HN_THREAD)])).stdout) as MapGeometry;
    const shape = (geometry: MapGeometry) => {
      const right = Math.max(...geometry.nodes.map((box) => box.x + box.width));
      const bottom = Math.max(...geometry.nodes.map((box) => box.y + box.height));
      return right / bottom;
    };
    expect(shape(tall)).toBeLessThan(shape(wide));
  });

  it('writes to the file given with -o', async () => {
    const { code, stdout, files: written } = await run(['layout', fixture(HN_THREAD), '-o', 'out.json']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((JSON.parse(written['out.json']!) as MapGeometry).mode).toBe('overview');
  });

  it('refuses an unknown mode and a window size that is not a number, with exit status 2', async () => {
    const mode = await run(['layout', '--mode', 'radial', fixture(HN_THREAD)]);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain('unknown layout mode "radial"');
    const size = await run(['layout', '--width', 'wide', fixture(HN_THREAD)]);
    expect(size.code).toBe(2);
    expect(size.stderr).toContain('--width and --height');
  });
});
