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
