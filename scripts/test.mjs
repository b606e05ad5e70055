#!/usr/bin/env node
// Runs every check of the project in order and ends with one line "N passed, N failed, N skipped".
//
// Lint, type-check, the build, the bundle budget and the benchmark smokes count as one check
// each; unit and browser tests count per test. A test file that fails without a failing test (it
// did not load, or a hook such as beforeAll threw) counts its tests that did not run as failed, at
// least one; a vitest run that exits non-zero after its tests passed (an unhandled error or
// rejection) or leaves no report counts one more failure. The exit code is 1 on any failure.
//
// Browser tests need Chromium (CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser).
// None found: they count as skipped, and the line before the totals says so. Found but it does
// not start (a missing file named by CHROMIUM_PATH, a file that is not a browser): they count as
// failed.
//
// For the runner's own test: --only <step,...> runs some steps (lint, types, unit, bench, build,
// budget, e2e, browser-bench); --config <file> takes the vitest projects from another config;
// --reports <dir> writes vitest's JSON reports there (default test-results);
// THREADMAP_CHROMIUM_CANDIDATES (colon-separated) replaces the places searched for Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

process.chdir(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

const STEPS = ['lint', 'types', 'unit', 'bench', 'build', 'budget', 'e2e', 'browser-bench'];
const { values: options } = parseArgs({ options: { only: { type: 'string' }, config: { type: 'string' }, reports: { type: 'string', default: 'test-results' } } });
const selected = new Set(options.only ? options.only.split(',') : STEPS);
for (const step of selected) if (!STEPS.includes(step)) throw new Error(`Unknown step "${step}"; the steps are ${STEPS.join(', ')}.`);
const configArgs = options.config ? ['--config', path.resolve(options.config)] : [];
mkdirSync(options.reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** Each failing test, named with its file and first line of error, repeated at the end so that the tail of a long log says what failed. */
const failedTests = [];
const notices = [];

function add(label, counts, why = '') {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (counts.failed > 0) failures.push(why ? `${label} (${why})` : label);
  console.log(`→ ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${why ? ` — ${why}` : ''}`);
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (child.error) console.log(`${label} could not start: ${child.error.message}`);
  return child.status === 0;
}

/** A check that passes or fails as a whole. */
function check(label, command, args, env) {
  const ok = run(label, command, args, env);
  add(label, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

/** Counts one vitest JSON report, trusting the exit code over the report when they disagree. */
function countReport(report, exitedOk) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const reasons = [];
  for (const file of report.testResults) {
    const statuses = file.assertionResults.map((test) => test.status);
    const passed = statuses.filter((status) => status === 'passed').length;
    const failed = statuses.filter((status) => status === 'failed').length;
    const notRun = statuses.length - passed - failed;
    counts.passed += passed;
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const first = String(test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 240);
      failedTests.push(`${path.relative('.', file.name)} > ${test.fullName ?? test.title}${first ? `: ${first}` : ''}`);
    }
    if (file.status === 'failed' && failed === 0) {
      // Vitest marks the tests of a file whose beforeAll threw as skipped: they were meant to run.
      counts.failed += Math.max(1, notRun);
      reasons.push(`${path.relative('.', file.name)} failed before its tests: ${String(file.message).split('\n')[0]}`);
    } else {
      counts.failed += failed;
      counts.skipped += notRun;
    }
  }
  if (!exitedOk && counts.failed === 0) {
    counts.failed = 1;
    reasons.push('vitest exited with an error after its tests (an unhandled error or rejection; see above)');
  }
  return { counts, why: reasons.join('; ') };
}

function vitestProject(project, env = {}) {
  const label = `${project} tests`;
  const reportFile = path.join(options.reports, `${project}.json`);
  rmSync(reportFile, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], env);
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    add(label, { passed: 0, failed: 1, skipped: 0 }, 'vitest left no readable report: it stopped before its tests finished');
    return;
  }
  const { counts, why } = countReport(report, ok);
  add(label, counts, why);
}

/** How many tests a project would run, for counting browser tests that cannot run. */
function listTests(project) {
  const listFile = path.join(options.reports, `${project}-list.json`);
  rmSync(listFile, { force: true });
  const child = spawnSync('npx', ['vitest', 'list', ...configArgs, '--project', project, `--json=${listFile}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    if (child.status === 0) return JSON.parse(readFileSync(listFile, 'utf8')).length;
  } catch {
    // Counted as one below.
  }
  return null;
}

/**
 * Where Chromium is: CHROMIUM_PATH as given (a missing file there is a Chromium that does not
 * start, not an absent one), else the first of the usual places that exists.
 */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return { executable: process.env.CHROMIUM_PATH, searched: [process.env.CHROMIUM_PATH] };
  const searched = (process.env.THREADMAP_CHROMIUM_CANDIDATES ?? '/usr/bin/chromium:/usr/bin/chromium-browser').split(':').filter(Boolean);
  return { executable: searched.find((candidate) => existsSync(candidate)), searched };
}

/** Starts and closes Chromium once; returns why it cannot start, or null when it can. */
function launchProblem(executablePath) {
  const probe = `import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: process.argv[1], headless: true, timeout: 60000, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })).then((browser) => browser.close()).catch((error) => { console.error(String(error.message).split('\\n')[0]); process.exit(1); });`;
  console.log(`\n▶ starting Chromium once: ${executablePath}`);
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe, executablePath], { encoding: 'utf8', timeout: 90_000 });
  if (child.status === 0) return null;
  return (child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n').pop();
}

/** Counts the browser steps as failed or skipped when they cannot run; returns how many tests that was. */
function browserStepsNotRun(key, why) {
  let count = 0;
  if (selected.has('e2e')) {
    const listed = listTests('e2e');
    count += listed ?? 1;
    add('e2e tests', { passed: 0, failed: 0, skipped: 0, [key]: listed ?? 1 }, `${why}${listed === null ? ' (could not list them: counted as one)' : ''}`);
  }
  if (selected.has('browser-bench')) {
    count += 1;
    add('browser benchmark smoke', { passed: 0, failed: 0, skipped: 0, [key]: 1 }, why);
  }
  return count;
}

if (selected.has('lint')) check('lint', 'npx', ['eslint', '.']);
if (selected.has('types')) {
  check('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  // The core once more without the DOM's types: it runs in workers, the CLI and Node as well.
  check('type-check of the core without the DOM', 'npx', ['tsc', '-p', 'tsconfig.core.json', '--noEmit']);
}
if (selected.has('unit')) {
  vitestProject('unit');
  vitestProject('growth');
}
if (selected.has('bench')) {
  check('benchmark smoke (timings are never asserted)', 'npx', ['tsx', 'bench/node-bench.ts', '--smoke']);
  // A live room of 5 participants for 2 s: fails when a tag is lost or the states differ.
  check('live-room benchmark smoke (timings are never asserted)', 'npx', ['tsx', 'bench/live-bench.ts', '--smoke']);
}

let built = true;
if (selected.has('build')) built = check('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (selected.has('budget')) {
  if (built) check('bundle budget (initial JS, gzipped)', 'npx', ['tsx', 'scripts/bundle-budget.ts', 'dist']);
  else add('bundle budget (initial JS, gzipped)', { passed: 0, failed: 1, skipped: 0 }, 'not measured: the build failed');
}

if (selected.has('e2e') || selected.has('browser-bench')) {
  const { executable, searched } = findChromium();
  if (!executable) {
    const count = browserStepsNotRun('skipped', 'no Chromium');
    notices.push('!'.repeat(78), `!! BROWSER TESTS SKIPPED (${count} not run): no Chromium at ${searched.join(' or ')}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  } else if (!built) {
    browserStepsNotRun('failed', 'not run: the build failed');
  } else {
    const problem = launchProblem(executable);
    if (problem) browserStepsNotRun('failed', `Chromium at ${executable} does not start: ${problem}`);
    else {
      if (selected.has('e2e')) vitestProject('e2e', { CHROMIUM_PATH: executable });
      if (selected.has('browser-bench')) check('browser benchmark smoke (timings are never asserted)', 'npx', ['tsx', 'bench/browser-bench.ts', '--smoke'], { CHROMIUM_PATH: executable });
    }
  }
}

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.slice(0, 30).map((name) => `  ✗ ${name}`).join('\n')}${failedTests.length > 30 ? `\n  … and ${failedTests.length - 30} more` : ''}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(notices.length ? `\n${notices.join('\n')}` : '');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
