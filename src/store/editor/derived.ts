import { countTags, type TagCounts } from '../../core/annotations/apply';
import { suggestTags, type TagSuggestion } from '../../core/annotations/suggest';
import type { Annotations } from '../../core/annotations/types';
import { buildSearchIndex, type SearchIndex } from '../../core/map/find';
import { buildMap, type BuildMapResult } from '../../core/map/graph';
import type { ThreadNode } from '../../core/map/types';

/** Values computed from the open map, each kept for the last input it was computed from. */
export interface Derived {
  /** The reply tree, rebuilt only when the node list itself changes. */
  graphOf(nodes: readonly ThreadNode[]): BuildMapResult;
  searchIndexOf(nodes: readonly ThreadNode[]): SearchIndex;
  /** Tag suggestions, computed once per node list. */
  suggestionsOf(nodes: readonly ThreadNode[]): Map<string, TagSuggestion>;
  /** Tag counts over the cards that can carry a tag. */
  countsOf(annotations: Annotations, nodes: readonly ThreadNode[]): TagCounts;
}

/** Remembers the result for the last input (compared by identity). */
function lastOf<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (!last || last.args.length !== args.length || last.args.some((arg, i) => arg !== args[i])) last = { args, result: compute(...args) };
    return last.result;
  };
}

/** One editor's caches: two editors never share (or evict) each other's entries. */
export function createDerived(): Derived {
  return {
    graphOf: lastOf((nodes: readonly ThreadNode[]) => buildMap(nodes)),
    searchIndexOf: lastOf((nodes: readonly ThreadNode[]) => buildSearchIndex(nodes)),
    suggestionsOf: lastOf((nodes: readonly ThreadNode[]) => suggestTags({ nodes })),
    countsOf: lastOf((annotations: Annotations, nodes: readonly ThreadNode[]) => countTags(annotations, nodes)),
  };
}
