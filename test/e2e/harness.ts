import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/screenshots');

/** Flags for a sandboxed, offline machine: no background connections, no GPU, no first-run UI. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  url: string;
  close(): Promise<void>;
}

/** Serves the built app (dist/) on 127.0.0.1 and starts headless Chromium. */
export async function startHarness(): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh page (own storage) at the app, with console errors collected. The coder's name counts
 * as already asked (and left blank), so a first tag is made at once, unless `coder` says otherwise:
 * a name to start with, or `'ask'` for a browser that has never been asked.
 */
export async function openApp(harness: Harness, options: { width?: number; height?: number; coder?: string | null | 'ask' } = {}) {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const coder = options.coder ?? null;
  if (coder !== 'ask') await context.addInitScript((name) => localStorage.setItem('threadmap.coder', JSON.stringify({ name })), coder);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(harness.url);
  return { page, context, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Path of a recorded thread in test/fixtures. */
export const fixturePath = (name: string) => path.resolve('test/fixtures', name);

/**
 * Starts the harness before this file's tests and closes it after them. The returned object is
 * filled in when the tests start, so tests read it inside their bodies.
 */
export function harnessForThisFile(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness());
  });
  afterAll(async () => {
    await harness.close?.();
  });
  return harness;
}
