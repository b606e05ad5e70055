import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { harnessForThisFile, openApp, screenshot } from './harness';
import { settle } from './map-page';

const harness = harnessForThisFile();

/** The sample's quote link as drawn: its path, dashes, arrowhead, colour, and where it ends against the quoted card. */
const quoteLink = (page: Page) =>
  page.evaluate(() => {
    const edge = document.querySelector('.react-flow__edge.quote-link')!;
    const path = edge.querySelector<SVGPathElement>('.react-flow__edge-path')!;
    const style = getComputedStyle(path);
    const marker = path.getAttribute('marker-end');
    const id = marker?.replace(/^url\(['"]?#/, '').replace(/['"]?\)$/, '');
    const arrow = id ? document.getElementById(id) : null;
    const end = path.getPointAtLength(path.getTotalLength());
    const screenEnd = new DOMPoint(end.x, end.y).matrixTransform(path.getScreenCTM()!);
    const quoted = document.querySelector(`.card[data-node-id="${edge.getAttribute('data-testid')?.match(/>(.+):/)?.[1] ?? 't1'}"]`)!.getBoundingClientRect();
    return {
      curved: /C/.test(path.getAttribute('d') ?? ''),
      dashes: style.strokeDasharray,
      arrow: arrow?.tagName.toLowerCase() ?? null,
      arrowColor: arrow ? getComputedStyle(arrow.querySelector('polyline, path')!).fill : null,
      stroke: style.stroke,
      // The arrow's point against the quoted card's left side, at its middle.
      endsAtQuoted: Math.abs(screenEnd.x - quoted.left) < 4 && Math.abs(screenEnd.y - (quoted.top + quoted.height / 2)) < 4,
    };
  });

describe('quote links on the map', () => {
  it('the sample’s quote link is a dashed curve beside the cards with an arrowhead at the quoted card, as the image export draws it, in both themes', async () => {
    const { page, context, errors } = await openApp(harness);
    await page.locator('.react-flow__edge.quote-link').waitFor();
    await settle(page);
    const light = await quoteLink(page);
    // It was a short solid diagonal, with no arrowhead, between two cards of one column: read as a reply line.
    expect(light).toMatchObject({ curved: true, arrow: 'marker', endsAtQuoted: true });
    expect(light.dashes).not.toBe('none');
    expect(light.arrowColor).toBe(light.stroke);
    await screenshot(page, 'quote-link-light');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await expect.poll(async () => (await quoteLink(page)).stroke).not.toBe(light.stroke);
    const dark = await quoteLink(page);
    expect(dark).toMatchObject({ curved: true, arrow: 'marker', endsAtQuoted: true });
    expect(dark.arrowColor).toBe(dark.stroke);
    await screenshot(page, 'quote-link-dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
