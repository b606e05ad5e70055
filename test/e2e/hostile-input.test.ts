import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isJudgeable, isTaggable } from '../../src/core/annotations/taggable';
import { openInput } from '../../src/core/document/open-input';
import { parse } from 'csv-parse/sync';
import { FORMULA_CELLS, HOSTILE_TITLE, SAFE_SCHEMES, XSS_PAYLOADS, hostileDocuments } from '../support/hostile-corpus';
import { openApp, screenshot, harnessForThisFile } from './harness';

const harness = harnessForThisFile();

interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  dialogs: string[];
  violations(): Promise<string[]>;
}

/** The app, reloaded with a recorder of Content-Security-Policy violations and a dialog catcher. */
async function openWatchedApp(): Promise<Watched> {
  const { page, context, errors } = await openApp(harness);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  await page.reload();
  await page.locator('.react-flow__node .card').first().waitFor();
  return { page, context, errors, dialogs, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/**
 * Everything in the page that could run script or leave the app: handler attributes, script,
 * frame and object elements, images, forms and links with targets other than http(s)/mailto,
 * styles with script URLs. Returns one line per finding; the app itself makes none.
 */
function findInjected(safeSchemes: readonly string[]): string[] {
  const found: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  const URL_ATTRIBUTES = ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'codebase', 'lowsrc', 'dynsrc', 'ping'];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${describe(el)} has ${name}="${attr.value}"`);
      if (name === 'style' && /expression|javascript:|vbscript:|url\(/i.test(attr.value)) found.push(`${describe(el)} has style="${attr.value}"`);
      const appScript = tag === 'script' && name === 'src' && new URL(attr.value, location.href).origin === location.origin;
      if (URL_ATTRIBUTES.includes(name) && !appScript) found.push(`${describe(el)} has ${name}="${attr.value}"`);
      if (name === 'href' && tag !== 'link') {
        const protocol = new URL(attr.value, location.href).protocol;
        if (!safeSchemes.includes(protocol)) found.push(`${describe(el)} links to ${attr.value}`);
      }
    }
    if (tag === 'script' && !el.hasAttribute('src')) found.push(`inline <script>: ${el.textContent?.slice(0, 60)}`);
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'img', 'video', 'audio', 'source', 'bgsound', 'math', 'meta'].includes(tag)) {
      const harmlessMeta = tag === 'meta' && !el.hasAttribute('http-equiv') ? true : tag === 'meta' && el.getAttribute('http-equiv') === 'Content-Security-Policy';
      if (!harmlessMeta) found.push(`${describe(el)} element`);
    }
    if (tag === 'link' && !['stylesheet', 'icon', 'modulepreload'].includes(el.getAttribute('rel') ?? '')) found.push(`${describe(el)} rel=${el.getAttribute('rel')}`);
    if (tag === 'svg' && el.querySelector('script, a, foreignObject, animate, set')) found.push(`<svg> with active content`);
  }
  if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss was set');
  return found;
}

const injected = (page: Page) => page.evaluate(findInjected, SAFE_SCHEMES);

/** What identifies the comment shown in the side panel. */
const panelSignature = (page: Page) => page.evaluate(() => document.querySelector('.side-panel article')?.textContent ?? '');

describe('hostile threads in the browser', () => {
  it('finds nothing to report on the sample map, so its findings below mean something', async () => {
    const { page, context, errors, dialogs, violations } = await openWatchedApp();
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(hostileDocuments().map((doc) => [doc.format, doc] as const))(
    'opens the hostile %s thread as text: no dialog, no injected element, handler or unsafe link, in the map or the side panel',
    async (format, hostile) => {
      const expected = openInput(hostile.text, { retrievedAt: null, fileName: hostile.fileName });
      if (!expected.ok) throw new Error(expected.error.message);
      // J walks the replies: not the root, not "more" stubs. The counter also leaves out deleted comments with no text.
      const count = expected.value.nodes.filter(isTaggable).length;
      const judgeable = expected.value.nodes.filter(isJudgeable).length.toLocaleString('en-US');
      const { page, context, errors, dialogs, violations } = await openWatchedApp();

      await page.getByLabel('Open thread file').setInputFiles({ name: hostile.fileName, mimeType: format === 'text' ? 'text/plain' : 'application/json', buffer: Buffer.from(hostile.text) });
      await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(new RegExp(`of ${judgeable}$`));
      expect(await page.getByRole('alert').count()).toBe(0);
      if (expected.value.source.title === HOSTILE_TITLE) {
        await expect.poll(() => page.locator('.toolbar .title').getAttribute('title')).toBe(HOSTILE_TITLE);
      }
      expect(await injected(page)).toEqual([]);

      // Walk every card in reading order; the side panel renders each comment's markup in full.
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Home');
      await page.locator('.side-panel article').waitFor();
      const seen = new Set<string>([await panelSignature(page)]);
      const authors = new Set<string>();
      for (let step = 1; step < count; step++) {
        const before = await panelSignature(page);
        await page.keyboard.press('j');
        const moved = await page
          .waitForFunction((previous) => (document.querySelector('.side-panel article')?.textContent ?? '') !== previous, before, { timeout: 3000 })
          .then(() => true, () => false);
        if (!moved) break;
        seen.add(await panelSignature(page));
        authors.add((await page.locator('.side-panel article .author').textContent()) ?? '');
        expect(await injected(page), `${format}, card ${step}`).toEqual([]);
        if (step === 3) await screenshot(page, `hostile-${format}-panel`);
      }
      expect(seen.size).toBe(count);
      // Payloads in author fields are shown literally, as the text they are.
      if (format !== 'text') expect(XSS_PAYLOADS.filter((payload) => [...authors].some((author) => author.includes(payload))).length).toBeGreaterThan(5);
      const links = await page.locator('.side-panel a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).protocol));
      expect(links.every((protocol) => SAFE_SCHEMES.includes(protocol))).toBe(true);

      expect(dialogs).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('hostile bytes and cells in the browser', () => {
  it('[regression] opens UTF-16 files by their byte order mark, and says when invalid UTF-8 was replaced', async () => {
    const { page, context, errors } = await openWatchedApp();
    const utf16 = (name: string, order: 'le' | 'be') => {
      const units = Buffer.from(readFileSync(path.resolve('test/fixtures', name), 'utf8'), 'utf16le');
      return order === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), units]) : Buffer.concat([Buffer.from([0xfe, 0xff]), units.swap16()]);
    };
    for (const [name, order, title, count] of [
      ['reddit_r-redditdev_2ujhkr_comments_reddift.json', 'le', 'API licensing terms clarified', 49],
      ['hn-algolia-derived_14952787_first-3-top-level.json', 'be', 'Google Fires Employee', 545],
    ] as const) {
      await page.getByLabel('Open thread file').setInputFiles({ name: `utf16${order}-${name}`, mimeType: 'application/json', buffer: utf16(name, order) });
      await expect.poll(() => page.locator('.toolbar .title').textContent()).toContain(title);
      await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(new RegExp(`of ${count}$`));
      expect(await page.getByRole('alert').count(), name).toBe(0);
    }
    const text = readFileSync(path.resolve('test/fixtures/hn-text_eggos-unikernel-thread.txt'), 'utf8');
    const latin1 = Buffer.from(text.replace('Go unikernel', 'Go unikernel café'), 'latin1');
    await page.getByLabel('Open thread file').setInputFiles({ name: 'thread-latin1.txt', mimeType: 'text/plain', buffer: latin1 });
    const warning = page.locator('.banner.info');
    await warning.locator('summary').click();
    await expect.poll(() => warning.textContent()).toContain('Some bytes of the file are not valid UTF-8 and were replaced with “\uFFFD”');
    await screenshot(page, 'invalid-utf8-warning');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] speaks of pasted text when a paste is broken JSON, and says why one pasted line opens as one card', async () => {
    const { page, context, errors } = await openWatchedApp();
    const paste = async (text: string) => {
      await page.getByRole('button', { name: 'Paste' }).click();
      await page.getByRole('dialog').locator('textarea').fill(text);
      await page.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
    };
    await paste('{"by": "pg", "kids": [');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The pasted text starts like JSON but is not valid JSON');
    expect(await page.locator('.toolbar .title').textContent()).not.toContain('{"by"');
    await paste('https://news.ycombinator.com/item?id=14952787');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(/of 0/);
    const notice = page.locator('.banner.info');
    await notice.locator('summary').click();
    await expect.poll(() => notice.textContent()).toContain('The text holds one block, so the map has one card and no replies.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('[regression] exports CSV from the app with no cell a spreadsheet would run as a formula, and offers the exact text, each entry saying which it is', async () => {
    const { page, context } = await openWatchedApp();
    const hostile = hostileDocuments().find((doc) => doc.format === 'threadmap')!;
    await page.getByLabel('Open thread file').setInputFiles({ name: hostile.fileName, mimeType: 'application/json', buffer: Buffer.from(hostile.text) });
    await expect.poll(() => page.locator('.toolbar .title').getAttribute('title')).toBe(HOSTILE_TITLE);
    const exportCsv = async (item: RegExp) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: item }).click();
      const file = await download;
      const bytes = readFileSync((await file.path())!);
      return { name: file.suggestedFilename(), head: [...bytes.subarray(0, 3)], rows: parse(bytes.toString('utf8'), { bom: true }) as string[][] };
    };
    // Each entry says which file it is: the one for spreadsheets, and the exact text.
    const display = await exportCsv(/^Export CSV table \(one row per node\), for spreadsheets ?For Excel, LibreOffice: UTF-8 with a byte order mark; a cell starting with = \+ - @ gets a leading ' so it never runs ?\.csv$/);
    expect(display.rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    for (const cell of FORMULA_CELLS) expect(display.rows.flat()).toContain(`'${cell}`);
    // The same table with every cell as written, in a file of its own name so both can be kept.
    const exact = await exportCsv(/^Export CSV table \(one row per node\), exact text ?For R, pandas, scripts: every cell exactly as in the map, plain UTF-8 ?\.exact\.csv$/);
    for (const cell of FORMULA_CELLS) expect(exact.rows.flat()).toContain(cell);
    expect(exact.rows.flat().filter((cell) => cell.startsWith("'") && FORMULA_CELLS.includes(cell.slice(1)))).toEqual([]);
    // The file for spreadsheets starts with the UTF-8 byte order mark Excel needs; the exact one does not.
    expect(display.head).toEqual([0xef, 0xbb, 0xbf]);
    expect(exact.head).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(display.name).toMatch(/^[a-z0-9-]+\.csv$/);
    expect(exact.name).toBe(display.name.replace(/\.csv$/, '.exact.csv'));
    await context.close();
  });
});

describe('the Content-Security-Policy of the built app', () => {
  const builtHtml = () => readFileSync(path.resolve('dist/index.html'), 'utf8');

  it('ships in dist/index.html before any script, with no inline script in the page', () => {
    const html = builtHtml();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replace(/&#39;/g, "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    // Reddit and Mastodon go through the same-origin relay: no other host is reachable.
    expect(policy).toContain("connect-src 'self' https://hn.algolia.com;");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
  });

  it('lets the app open, tag, show its dialogs and export under the policy with no violation', async () => {
    const { page, context, errors, violations } = await openWatchedApp();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    await page.locator('.react-flow__node .card.comment').first().click();
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toContain('Tagged 1 of');
    await page.getByRole('button', { name: 'Paste' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem').first().waitFor();
    await page.keyboard.press('Escape');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8')).format).toBe('threadmap');
    await page.getByLabel('Open thread file').setInputFiles(path.resolve('test/fixtures/mastodon_context_109294719267373593_rtoot.json'));
    await expect.poll(() => page.getByTestId('tag-counter').textContent()).toMatch(/Tagged 0 of \d+/);
    await screenshot(page, 'csp-app-working');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is enforced: injected inline scripts and handlers are refused and reported', async () => {
    const { page, context, violations } = await openWatchedApp();
    const ran = await page.evaluate(async () => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.__xss = 1" onerror="window.__xss = 2">');
      const script = document.createElement('script');
      script.textContent = 'window.__xss = 3';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __xss?: number }).__xss ?? null;
    });
    expect(ran).toBeNull();
    // The detector used on the hostile threads sees such an injection.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<a href="javascript:void 0">x</a>'));
    expect(await injected(page)).toEqual(expect.arrayContaining(['<img> has onload="window.__xss = 1"', '<img> element', 'inline <script>: window.__xss = 3', '<a> links to javascript:void 0']));
    const reported = await violations();
    expect(reported.some((line) => line.startsWith('script-src-attr'))).toBe(true);
    expect(reported.some((line) => line.startsWith('script-src-elem inline'))).toBe(true);
    await context.close();
  });
});
