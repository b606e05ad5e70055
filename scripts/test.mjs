#!/usr/bin/env node
// Runs every check of the project in order and ends with one line "N passed, N failed".
// Lint, type-check and the benchmark smoke count as one check each; unit and browser tests count
// per test. Browser tests need Chromium: without it they are skipped, loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
}

function vitestProject(project) {
  const report = `test-results/${project}.json`;
  rmSync(report, { force: true });
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    results.failed++;
    failures.push(`${project} tests (no report: the runner did not finish)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  // A suite that failed to load has no tests to count; count it as a failure.
  const brokenSuites = json.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  results.failed += brokenSuites;
  if (!ok || json.numFailedTests > 0 || brokenSuites > 0) failures.push(`${project} tests`);
}

check('lint', 'npx', ['eslint', '.']);
check('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
vitestProject('unit');
check('benchmark smoke (timings are never asserted)', 'npx', ['tsx', 'bench/node-bench.ts', '--smoke']);

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (run('build for the browser tests', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
    results.passed++;
    vitestProject('e2e');
    check('browser benchmark smoke (timings are never asserted)', 'npx', ['tsx', 'bench/browser-bench.ts', '--smoke']);
  } else {
    results.failed++;
    failures.push('build');
  }
} else {
  const line = '!'.repeat(78);
  console.log(`\n${line}\n!! BROWSER TESTS SKIPPED: no Chromium at ${chromium}.\n!! Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.\n${line}`);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
