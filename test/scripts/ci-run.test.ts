import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// .ci/run with stand-ins for npm, apt-get and dpkg-query on PATH: what each step prints and how
// it exits is set per case, and the script's last line and exit code must follow from it.

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface NpmBehaviour {
  ciExit?: number;
  testOutput?: string;
  testExit?: number;
}

function runCi(npm: NpmBehaviour, env: Record<string, string> = {}): { status: number | null; lines: string[]; installed: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'threadmap-ci-'));
  made.push(dir);
  mkdirSync(path.join(dir, '.ci'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync('.ci/run', path.join(dir, '.ci/run'));
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(dir, 'bin', name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, 'bin', name), 0o755);
  };
  writeFileSync(path.join(dir, 'npm-test-output'), `${npm.testOutput ?? ''}\n`);
  tool('npm', `if [ "$1" = ci ]; then exit ${npm.ciExit ?? 0}; fi\ncat '${path.join(dir, 'npm-test-output')}'\nexit ${npm.testExit ?? 0}`);
  tool('apt-get', `echo "$@" >> '${path.join(dir, 'apt-get-calls')}'\nexit 0`);
  tool('dpkg-query', "printf 'install ok installed'");
  const child = spawnSync('bash', [path.join(dir, '.ci/run')], { encoding: 'utf8', env: { ...process.env, ...env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` } });
  let installed = '';
  try {
    installed = readFileSync(path.join(dir, 'apt-get-calls'), 'utf8');
  } catch {
    // apt-get was not called.
  }
  return { status: child.status, lines: child.stdout.trimEnd().split('\n'), installed };
}

describe('CI’s last line and exit code', () => {
  it('passes on the totals of a run with no failure', () => {
    const outcome = runCi({ testOutput: '▶ lint\n\n812 passed, 0 failed, 3 skipped', testExit: 0 });
    expect(outcome.lines.at(-1)).toBe('812 passed, 0 failed, 3 skipped');
    expect(outcome.status).toBe(0);
  });

  it('fails with the totals of a run that failed', () => {
    const outcome = runCi({ testOutput: '810 passed, 2 failed, 0 skipped', testExit: 1 });
    expect(outcome.lines.at(-1)).toBe('810 passed, 2 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('fails, and counts a failure, when npm ci fails', () => {
    const outcome = runCi({ ciExit: 1 });
    expect(outcome.lines.at(-1)).toBe('0 passed, 1 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('fails when npm test ends without its totals line', () => {
    const outcome = runCi({ testOutput: 'Segmentation fault', testExit: 139 });
    expect(outcome.lines.at(-1)).toBe('0 passed, 1 failed, 0 skipped');
    expect(outcome.status).toBe(139);
  });

  it('believes the exit code over totals that show no failure', () => {
    const outcome = runCi({ testOutput: '812 passed, 0 failed, 0 skipped', testExit: 1 });
    expect(outcome.lines.at(-1)).toBe('812 passed, 1 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('fails when the totals show a failure although npm test exited 0', () => {
    const outcome = runCi({ testOutput: '811 passed, 1 failed, 0 skipped', testExit: 0 });
    expect(outcome.lines.at(-1)).toBe('811 passed, 1 failed, 0 skipped');
    expect(outcome.status).toBe(1);
  });

  it('installs redis-server for the live-room tests when the machine lacks it', () => {
    const outcome = runCi({ testOutput: '812 passed, 0 failed, 0 skipped' }, { REDIS_SERVER: '/nonexistent/redis-server' });
    expect(outcome.installed).toMatch(/install .*\bredis-server\b/);
    expect(outcome.lines.at(-1)).toBe('812 passed, 0 failed, 0 skipped');
  });
});
