/**
 * Reliability data in Krippendorff's sense: units (comments) × coders, each cell a category or
 * missing. Every measure in this folder reads this one shape, so the CLI, the app and the tests
 * feed them the same way.
 */
export interface ReliabilityData {
  /** The category names; a value is an index into this list. */
  readonly categories: readonly string[];
  /** Coder names, in the order the values list them. */
  readonly coders: readonly string[];
  /** Unit ids (comment ids), in the order the values list them. */
  readonly units: readonly string[];
  /** `values[u][c]`: the category index coder `c` gave unit `u`, or null when the coder left it untagged. */
  readonly values: readonly (readonly (number | null)[])[];
}

/** One coder's tags: unit id → category name; an absent unit is missing for this coder. */
export interface CoderTags {
  readonly coder: string;
  readonly tags: ReadonlyMap<string, string>;
}

/**
 * Builds reliability data over `units` from each coder's tags. A tag outside `categories` counts as
 * missing (the codebook decides what is a category), and `ignoredTags` says how many there were.
 */
export function buildReliabilityData(
  units: readonly string[],
  coders: readonly CoderTags[],
  categories: readonly string[],
): ReliabilityData & { ignoredTags: number } {
  if (new Set(categories).size !== categories.length) throw new Error('The categories must be distinct.');
  const index = new Map(categories.map((category, i) => [category, i] as const));
  let ignoredTags = 0;
  const values = units.map((unit) =>
    coders.map(({ tags }) => {
      const tag = tags.get(unit);
      if (tag === undefined) return null;
      const value = index.get(tag);
      if (value === undefined) {
        ignoredTags += 1;
        return null;
      }
      return value;
    }),
  );
  return { categories, coders: coders.map((c) => c.coder), units, values, ignoredTags };
}

/** How many coders gave each category to one unit (length = number of categories). */
export function valueCounts(row: readonly (number | null)[], categoryCount: number): number[] {
  const counts = new Array<number>(categoryCount).fill(0);
  for (const value of row) if (value !== null) counts[value]! += 1;
  return counts;
}

/** How many coders coded a unit (its pairable values, when at least two). */
export function codedCount(row: readonly (number | null)[]): number {
  let count = 0;
  for (const value of row) if (value !== null) count += 1;
  return count;
}

/** The indexes of the units coded by at least two coders: the units every measure here is about. */
export function pairableUnitIndexes(data: ReliabilityData): number[] {
  const out: number[] = [];
  data.values.forEach((row, u) => {
    if (codedCount(row) >= 2) out.push(u);
  });
  return out;
}

/**
 * The same data over the units `keep` accepts (e.g. the comments of one sub-debate), in order, so
 * every measure can be computed for a part of the thread as for the whole.
 */
export function selectUnits(data: ReliabilityData, keep: (unitId: string) => boolean): ReliabilityData {
  const units: string[] = [];
  const values: (readonly (number | null)[])[] = [];
  data.units.forEach((unit, u) => {
    if (!keep(unit)) return;
    units.push(unit);
    values.push(data.values[u]!);
  });
  return { categories: data.categories, coders: data.coders, units, values };
}
