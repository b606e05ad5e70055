/**
 * Collects repair warnings by kind, so that a file with 3,000 broken links gives one sentence
 * ("… (and 2,999 more like it); …") rather than 3,000.
 */
export interface WarningLog {
  /** Records one occurrence; the first occurrence of a key is the example the sentence names. */
  add(key: string, example: string, consequence: string): void;
  /** One sentence per kind of problem, in the order they were first seen. */
  list(): string[];
}

/** A fresh, empty warning log. */
export function createWarningLog(): WarningLog {
  const groups = new Map<string, { example: string; consequence: string; count: number }>();
  return {
    add(key, example, consequence) {
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { example, consequence, count: 1 });
    },
    list() {
      return [...groups.values()].map(({ example, consequence, count }) => {
        const more = count > 1 ? ` (and ${(count - 1).toLocaleString('en-US')} more like it)` : '';
        return `${example}${more}; ${consequence}.`;
      });
    },
  };
}

/**
 * Warnings are sentences, so that every reader (the app, the worker, the CLI) can pass them on
 * as they are. A sentence that says the file holds only part of the thread starts with this:
 * it is a fact about the data a reader must see, not a repair made while reading.
 */
const PARTIAL_PREFIX = 'Partial thread: ';

/** Marks a warning sentence as saying that the thread in the file is incomplete. */
export function partialNotice(sentence: string): string {
  return PARTIAL_PREFIX + sentence;
}

/**
 * A sentence that says what the source's data cannot tell (Algolia's tombstones may be deleted or
 * dead) starts with this: nothing was repaired, yet a reader of the counts should know it.
 */
const DATA_PREFIX = 'About the data: ';

/** Marks a warning sentence as saying what the source's data cannot tell apart. */
export function dataNotice(sentence: string): string {
  return DATA_PREFIX + sentence;
}

/** The kinds of import warnings: the thread is incomplete, the data is ambiguous, or something was repaired. */
export interface ClassifiedWarnings {
  /** What the file leaves out, without the marker, for a notice shown on the map. */
  partial: string[];
  /** What the source cannot tell, without the marker. */
  data: string[];
  /** Repairs made while reading (malformed entries, repeated ids, broken references). */
  repairs: string[];
}

/** Sorts warning sentences into partial-thread notices, notes about the data and repairs, keeping their order. */
export function classifyWarnings(warnings: readonly string[]): ClassifiedWarnings {
  const partial: string[] = [];
  const data: string[] = [];
  const repairs: string[] = [];
  for (const warning of warnings) {
    if (warning.startsWith(PARTIAL_PREFIX)) partial.push(warning.slice(PARTIAL_PREFIX.length));
    else if (warning.startsWith(DATA_PREFIX)) data.push(warning.slice(DATA_PREFIX.length));
    else repairs.push(warning);
  }
  return { partial, data, repairs };
}
