/**
 * What every importer call must give back, whatever it was fed: a Result that is either a well-formed
 * thread or document, or a named error with a sentence; never an exception.
 */
import { expect } from 'vitest';
import type { ThreadmapDocument } from '../../src/core/document/types';
import { buildMap } from '../../src/core/map/graph';
import type { Thread, ThreadNode } from '../../src/core/map/types';
import type { ImportErrorKind, Result } from '../../src/core/result';

// A Record over the union: the compiler says when a kind is added and not listed here.
const KINDS: Record<ImportErrorKind, true> = {
  empty: true,
  tooLarge: true,
  binary: true,
  notJson: true,
  unknownFormat: true,
  notAThreadmapFile: true,
  versionTooNew: true,
  invalidDocument: true,
  invalidThread: true,
  network: true,
  notFound: true,
  rateLimited: true,
  timeout: true,
  cancelled: true,
  blockedByBrowser: true,
};

/** Runs an importer call, turning an exception into a test failure that names the input. */
export function callSafely<T>(what: string, call: () => Result<T>): Result<T> {
  try {
    return call();
  } catch (error) {
    throw new Error(`${what} threw instead of returning a Result: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
}

function expectNamedError(result: Result<unknown>): void {
  if (result.ok) return;
  expect(Object.keys(KINDS)).toContain(result.error.kind);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length).toBeGreaterThan(10);
}

/**
 * A tree a map can show as it is: unique ids, every parent present (or null), one root, no cycle.
 * buildMap reports any of these as a repair, so it must have nothing to say.
 */
export function expectWholeTree(nodes: readonly ThreadNode[]): void {
  expect(nodes.length).toBeGreaterThan(0);
  const ids = new Set(nodes.map((node) => node.id));
  expect(ids.size).toBe(nodes.length);
  // Collected first and asserted once: a 100,000-node thread would take 300,000 expect calls.
  const problems: string[] = [];
  for (const node of nodes) {
    if (typeof node.id !== 'string' || typeof node.text !== 'string') problems.push(`node ${String(node.id)} lacks a string id or text`);
    if (node.parent !== null && !ids.has(node.parent)) problems.push(`parent ${node.parent} of ${node.id} is not in the thread`);
  }
  expect(problems).toEqual([]);
  const { graph, warnings } = buildMap(nodes);
  expect(warnings).toEqual([]);
  expect(graph.preorder.length).toBe(nodes.length);
}

/** A parser's answer: a named error, or a thread that is a whole tree. */
export function expectParsed(result: Result<Thread>): void {
  expectNamedError(result);
  if (!result.ok) return;
  expect(Array.isArray(result.warnings)).toBe(true);
  expectWholeTree(result.value.nodes);
}

function isThreadmapText(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof json === 'object' && json !== null && (json as Record<string, unknown>).format === 'threadmap';
  } catch {
    return false;
  }
}

/**
 * openInput's answer for `input`: a named error, or a document. A document made from a thread is a
 * whole tree; a threadmap file may name parents it lacks (reported, then hung under the root by
 * buildMap), but every node must still be reachable once buildMap has repaired it.
 */
export function expectOpened(result: Result<ThreadmapDocument>, input: string): void {
  expectNamedError(result);
  if (!result.ok) return;
  const doc = result.value;
  expect(doc.format).toBe('threadmap');
  if (!isThreadmapText(input)) {
    expectWholeTree(doc.nodes);
    return;
  }
  expect(new Set(doc.nodes.map((node) => node.id)).size).toBe(doc.nodes.length);
  const { graph } = buildMap(doc.nodes);
  expect(graph.preorder.length).toBe(doc.nodes.length);
}
