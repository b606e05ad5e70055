import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm test` (scripts/test.mjs) run on probe suites: small vitest projects written here, each
// with one way a run can go wrong. The runner's last line and exit code must tell the truth.

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PROBES: Record<string, string> = {
  'passes.test.mjs': "it('passes', () => expect(1).toBe(1));\nit('passes too', () => expect([1]).toHaveLength(1));",
  'skips.test.mjs': "it('runs', () => {});\nit.skip('is skipped', () => {});\nit.todo('is still to write');",
  'before-all-throws.test.mjs': "beforeAll(() => { throw new Error('the server did not start'); });\nit('needs the server', () => {});\nit('needs it too', () => {});",
  'unhandled-rejection.test.mjs': "it('passes but leaves a rejection nobody handles', () => { Promise.reject(new Error('nobody caught me')); });",
  'fails.test.mjs': "it('finds the answer', () => expect(41 + 1).toBe(43));",
  'does-not-load.test.mjs': "throw new Error('a syntax error, say');",
  'browser.test.mjs': "it('opens the app', () => {});\nit('tags a card', () => {});\nit('exports', () => {});",
};

interface Outcome {
  status: number | null;
  lines: string[];
}

/** Runs the runner's unit and e2e steps on these probe files (globals on: probes import nothing). */
function runRunner(unit: string[], e2e: string[], env: Record<string, string | undefined> = {}): Outcome {
  const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-runner-'));
  made.push(dir);
  for (const [name, code] of Object.entries(PROBES)) writeFileSync(path.join(dir, name), code);
  const project = (name: string, include: string[]) => ({ extends: true, test: { name, include: include.length ? include : ['none'], passWithNoTests: true } });
  const config = { test: { globals: true, root: dir, passWithNoTests: true, projects: [project('unit', unit), project('growth', []), project('e2e', e2e)] } };
  writeFileSync(path.join(dir, 'vitest.config.mjs'), `export default ${JSON.stringify(config)};\n`);
  writeFileSync(path.join(dir, 'not-a-browser'), '#!/bin/sh\necho "this is not Chromium"\n');
  chmodSync(path.join(dir, 'not-a-browser'), 0o755);
  const steps = [unit.length ? 'unit' : '', e2e.length ? 'e2e' : ''].filter(Boolean).join(',');
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env })) if (value !== undefined) childEnv[key] = value.replace('{dir}', dir);
  const child = spawnSync(process.execPath, ['scripts/test.mjs', '--only', steps, '--config', path.join(dir, 'vitest.config.mjs'), '--reports', path.join(dir, 'reports')], {
    encoding: 'utf8',
    env: childEnv,
  });
  return { status: child.status, lines: child.stdout.trimEnd().split('\n') };
}

const lastLine = (outcome: Outcome) => outcome.lines.at(-1);
const PROBE_TIMEOUT = { timeout: 120_000 };
const WITH_CHROMIUM_AT = (where: string) => ({ CHROMIUM_PATH: where });
const WITHOUT_CHROMIUM = { CHROMIUM_PATH: undefined, THREADMAP_CHROMIUM_CANDIDATES: '{dir}/no-chromium:{dir}/no-chromium-browser' };

describe('npm test’s totals', () => {
  it('counts passed and skipped tests, and exits 0 when nothing failed', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs', 'skips.test.mjs'], []);
    expect(lastLine(outcome)).toBe('3 passed, 0 failed, 2 skipped');
    expect(outcome.status).toBe(0);
  });

  it('names each failing test, with its file and error, among the last lines before the totals', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs', 'fails.test.mjs'], []);
    expect(lastLine(outcome)).toBe('2 passed, 1 failed, 0 skipped');
    const tail = outcome.lines.slice(-8).join('\n');
    expect(tail).toMatch(/✗ \S*fails\.test\.mjs > finds the answer: AssertionError: expected 42 to be 43/);
    expect(outcome.status).toBe(1);
  });

  it('fails the run when a beforeAll throws, counting the tests it kept from running as failed', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs', 'before-all-throws.test.mjs'], []);
    expect(lastLine(outcome)).toBe('2 passed, 2 failed, 0 skipped');
    expect(outcome.lines.join('\n')).toMatch(/before-all-throws\.test\.mjs failed before its tests: the server did not start/);
    expect(outcome.status).toBe(1);
  });

  it('fails the run on an unhandled rejection, even though every test passed', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs', 'unhandled-rejection.test.mjs'], []);
    expect(lastLine(outcome)).toBe('3 passed, 1 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('fails the run when a test file does not load', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs', 'does-not-load.test.mjs'], []);
    expect(lastLine(outcome)).toBe('2 passed, 1 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('counts the browser tests as failed when CHROMIUM_PATH names a missing file', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs'], ['browser.test.mjs'], WITH_CHROMIUM_AT('{dir}/missing-chromium'));
    expect(lastLine(outcome)).toBe('2 passed, 3 failed, 0 skipped');
    expect(outcome.lines.join('\n')).toMatch(/Chromium at .*missing-chromium does not start/);
    expect(outcome.status).toBe(1);
  });

  it('counts the browser tests as failed when CHROMIUM_PATH names a program that is not a browser', PROBE_TIMEOUT, () => {
    const outcome = runRunner([], ['browser.test.mjs'], WITH_CHROMIUM_AT('{dir}/not-a-browser'));
    expect(lastLine(outcome)).toBe('0 passed, 3 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('counts the browser tests as skipped when there is no Chromium at all, and says so on the line before the totals', PROBE_TIMEOUT, () => {
    const outcome = runRunner(['passes.test.mjs'], ['browser.test.mjs'], WITHOUT_CHROMIUM);
    expect(lastLine(outcome)).toBe('2 passed, 0 failed, 3 skipped');
    expect(outcome.lines.at(-2)).toMatch(/^!! BROWSER TESTS SKIPPED \(3 not run\): no Chromium at .*no-chromium or .*no-chromium-browser\./);
    expect(outcome.status).toBe(0);
  });
});
