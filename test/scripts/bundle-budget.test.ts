import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { initialScripts, INITIAL_JS_BUDGET_BYTES } from '../../scripts/bundle-budget';

/** The budget as the check prints it, e.g. `264\.0` (escaped for a pattern). */
const budgetKb = (INITIAL_JS_BUDGET_BYTES / 1000).toFixed(1).replace('.', '\\.');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A build folder with these files (paths relative to it). */
function buildFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-budget-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

// Shaped like Vite's output: minified static imports, a preload of a shared chunk, a lazy chunk
// behind import(), a worker started from a URL.
const PAGE = {
  'index.html': '<!doctype html><html><head><script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js"><link rel="stylesheet" href="/assets/index.css"></head><body></body></html>',
  'assets/index.js': 'import{a as b}from"./shared.js";import"./vendor.js";const w=new Worker(new URL("/assets/worker.js",import.meta.url),{type:"module"});const l=()=>import("./lazy.js");console.log(b,w,l);',
  'assets/shared.js': 'export*from"./deep.js";export const a=1;',
  'assets/deep.js': 'export const deep="a module only reached through a re-export";',
  'assets/vendor.js': `export const v=${JSON.stringify('vendor code '.repeat(50))};`,
  'assets/lazy.js': 'import"./lazy-dep.js";export const lazy=1;',
  'assets/lazy-dep.js': 'export const notInitial=1;',
  'assets/worker.js': 'import"./deep.js";self.onmessage=()=>{};',
  'assets/index.css': 'body{margin:0}',
};

describe('the initial-JS budget', () => {
  it('counts the page’s scripts, preloads and their static imports, but not lazy chunks or workers', async () => {
    const dist = buildFolder(PAGE);
    const scripts = await initialScripts(dist);
    expect(scripts.map((script) => script.file).sort()).toEqual(['assets/deep.js', 'assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
    for (const script of scripts) {
      const text = PAGE[script.file as keyof typeof PAGE];
      expect(script.bytes).toBe(Buffer.byteLength(text));
      expect(script.gzipBytes).toBe(gzipSync(text, { level: 9 }).length);
    }
  });

  it('measures an inline module script and what it imports', async () => {
    const dist = buildFolder({
      'index.html': '<script type="module">import "/assets/boot.js"; console.log(1 &lt; 2)</script>',
      'assets/boot.js': 'export const boot=1;',
    });
    expect((await initialScripts(dist)).map((script) => script.file).sort()).toEqual(['assets/boot.js', 'index.html (inline script 1)']);
  });

  it('refuses to guess the size of a script loaded from another site', async () => {
    const dist = buildFolder({ 'index.html': '<script type="module" src="https://cdn.example/react.js"></script>' });
    await expect(initialScripts(dist)).rejects.toThrow(/from elsewhere/);
  });

  it('fails the check and prints the figure when the page loads more than the budget', () => {
    // Random text barely compresses: this is over budget gzipped as well.
    const big = randomBytes(Math.ceil(INITIAL_JS_BUDGET_BYTES * 1.1)).toString('base64');
    const over = buildFolder({ ...PAGE, 'assets/vendor.js': `export const v="${big}";` });
    const within = buildFolder(PAGE);
    const run = (dist: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-budget.ts', dist], { encoding: 'utf8' });
    const failed = run(over);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(new RegExp(`^Initial JS: \\d+\\.\\d KB gzipped in 4 files, budget ${budgetKb} KB: OVER by \\d+\\.\\d KB\\.$`, 'm'));
    const passed = run(within);
    expect(passed.status).toBe(0);
    expect(passed.stdout).toMatch(new RegExp(`budget ${budgetKb} KB: within\\.$`, 'm'));
  });
});
