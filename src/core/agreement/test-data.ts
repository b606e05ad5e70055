import type { ReliabilityData } from './reliability-data';

/** Reliability data from rows of units (each row: one value per coder, null when missing). */
export function unitsData(rows: readonly (readonly (number | null)[])[], categories: readonly string[] = ['pro', 'con', 'question']): ReliabilityData {
  const coders = rows[0]?.length ?? 0;
  return {
    categories,
    coders: Array.from({ length: coders }, (_, c) => `coder${c + 1}`),
    units: rows.map((_, u) => `u${u + 1}`),
    values: rows,
  };
}

/** Reliability data from rows of coders (one row per coder, as Krippendorff prints them). */
export function codersData(observers: readonly (readonly (number | null)[])[], categories: readonly string[]): ReliabilityData {
  const units = observers[0]?.length ?? 0;
  return unitsData(
    Array.from({ length: units }, (_, u) => observers.map((row) => row[u]!)),
    categories,
  );
}

/** Fleiss' 1971 table as reliability data: subject i gets n_ij values j, in any coder order. */
export function fleissAsUnits(table: readonly (readonly number[])[], categories: readonly string[]): ReliabilityData {
  return unitsData(
    table.map((counts) => counts.flatMap((n, category) => new Array<number>(n).fill(category))),
    categories,
  );
}
