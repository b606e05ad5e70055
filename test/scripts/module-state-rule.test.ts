import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The module-state messages ESLint gives for `code` as if it were the file at `path`. */
async function moduleStateProblems(code: string, path: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.line);
}

describe('the lint rule against module-level state', () => {
  it('refuses a module-level let, an exported let and a store made at import, in the store and in features', async () => {
    const code = [
      "import { create } from 'zustand';",
      "import { createStore } from 'zustand/vanilla';",
      'let cache: string | null = null;',
      'export let counter = 0;',
      'export const useThings = create<{ n: number }>()(() => ({ n: 0 }));',
      'const things = createStore(() => ({ n: 0 }));',
      'export const read = () => [cache, counter, things];',
    ].join('\n');
    expect(await moduleStateProblems(code, 'src/store/example.ts')).toEqual([3, 4, 5, 6]);
    expect(await moduleStateProblems(code, 'src/features/canvas/example.ts')).toEqual([3, 4, 5, 6]);
  });

  it('refuses a Map, a Set, a WeakMap or a class instance made at import, which can change later', async () => {
    const code = [
      'const seen = new Map<string, number>();',
      'export const pending = new Set<string>();',
      'class Counter { n = 0; }',
      'const counter = new Counter();',
      'const workers = new WeakMap<object, Worker>();',
      'export const read = () => [seen, counter, workers];',
    ].join('\n');
    expect(await moduleStateProblems(code, 'src/features/canvas/example.ts')).toEqual([1, 2, 4, 5]);
  });

  it('allows constants, state inside functions, and a key for a resource the editor keeps', async () => {
    const code = [
      "import { createStore } from 'zustand/vanilla';",
      "import { resourceKey } from '../store/editor';",
      'const LIMIT = 3;',
      "const WORKER = resourceKey<Worker>('worker');",
      "const NARROW: ReadonlySet<string> = new Set('il.,');",
      'export function createThing() {',
      '  let count = 0;',
      '  const store = createStore(() => ({ count }));',
      '  return { store, bump: () => (count += LIMIT), WORKER, NARROW };',
      '}',
    ].join('\n');
    expect(await moduleStateProblems(code, 'src/store/example.ts')).toEqual([]);
  });

  it('leaves the core and tests alone', async () => {
    const code = 'let seen = 0;\nexport const see = () => ++seen;\n';
    expect(await moduleStateProblems(code, 'src/core/example.ts')).toEqual([]);
    expect(await moduleStateProblems(code, 'src/store/example.test.ts')).toEqual([]);
  });
});
