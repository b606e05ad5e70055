import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A child process whose output is kept, with a way to wait for a line. */
export class Child {
  output = '';
  readonly exited: Promise<number | null>;
  constructor(readonly process: ChildProcess) {
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    };
    process.stdout?.on('data', keep);
    process.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
  }

  /** Resolves with the first match of `pattern` in the output; rejects if the process ends first. */
  waitFor(pattern: RegExp, what: string): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this.output);
        if (!match) return false;
        cleanup();
        resolve(match);
        return true;
      };
      const onData = () => void check();
      const onExit = (code: number | null) => {
        if (check()) return;
        cleanup();
        reject(new Error(`${what}: the process ended (exit ${code}) first. Output:\n${this.output}`));
      };
      const cleanup = () => {
        this.process.stdout?.off('data', onData);
        this.process.stderr?.off('data', onData);
        this.process.off('exit', onExit);
      };
      this.process.stdout?.on('data', onData);
      this.process.stderr?.on('data', onData);
      this.process.once('exit', onExit);
      check();
    });
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    this.process.kill(signal);
    await this.exited;
  }
}

/** Where Debian's redis-server is (REDIS_SERVER overrides). */
export function redisServerPath(): string {
  const candidate = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
  if (!existsSync(candidate)) throw new Error(`redis-server not found at ${candidate}: install it (Debian: apt-get install -y redis-server) or set REDIS_SERVER.`);
  return candidate;
}

/** A throwaway redis-server on `port`: no disk, loopback only. */
export async function startRedis(port: number): Promise<Child> {
  const child = new Child(spawn(redisServerPath(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] }));
  await child.waitFor(/Ready to accept connections/, 'redis-server');
  return child;
}

/** The sync server as `npm start` runs it, in its own process; resolves once it prints its URL. */
export async function startSyncProcess(args: string[]): Promise<{ child: Child; url: string }> {
  const child = new Child(spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  const match = await child.waitFor(/Threadmap sync server on (ws:\/\/\S+)/, 'sync server');
  return { child, url: match[1]! };
}
