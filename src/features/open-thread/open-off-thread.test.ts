import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../../test/support/fixtures';
import { openInput } from '../../core/document/open-input';
import { createEditor } from '../../store/editor';
import { openInputOffThread } from './open-off-thread';

const LOBSTERS = 'lobsters_s-tdfoqh_compose-lobsters.json';
const context = { retrievedAt: null, fileName: LOBSTERS, now: '2026-11-26T14:00:00.000Z' };

/** A worker whose script cannot load: the browser reports an error event for it. */
class WorkerThatFailsToLoad {
  static created: WorkerThatFailsToLoad[] = [];
  constructor() {
    WorkerThatFailsToLoad.created.push(this);
  }
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('opening a thread off the page’s thread', () => {
  it('reads the thread in the page when the worker cannot load, and keeps doing so', async () => {
    const owner = createEditor();
    vi.stubGlobal('Worker', WorkerThatFailsToLoad);
    const text = readFixture(LOBSTERS);
    const expected = openInput(text, context);
    expect(expected.ok).toBe(true);
    const first = await openInputOffThread(owner, text, context);
    expect(first).toEqual(expected);
    expect(WorkerThatFailsToLoad.created).toHaveLength(1);
    expect(WorkerThatFailsToLoad.created[0]!.terminated).toBe(true);
    const second = await openInputOffThread(owner, text, context);
    expect(second).toEqual(expected);
    expect(WorkerThatFailsToLoad.created).toHaveLength(1);
  });

  it('gives the parser’s named error for input that is not a thread', async () => {
    const owner = createEditor();
    const notAThread = { retrievedAt: null, fileName: 'hello.json' };
    const result = await openInputOffThread(owner, '{"hello": "world"}', notAThread);
    expect(result.ok).toBe(false);
    expect(result).toEqual(openInput('{"hello": "world"}', notAThread));
  });
});
