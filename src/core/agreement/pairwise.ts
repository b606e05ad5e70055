import type { ReliabilityData } from './reliability-data';

/*
 * Measures of one pair of coders, over the units both of them coded. Cohen (1960): with p_o the
 * share of units on which the two agree and p_e = Σ_k (a_k / n)(b_k / n) the agreement expected
 * from each coder's own category shares, κ = (p_o − p_e) / (1 − p_e).
 */

/** `matrix[i][j]`: units coder a put in category i and coder b in category j (both coded). */
export type ConfusionMatrix = number[][];

/** The confusion matrix of coders `a` and `b` (indexes into `data.coders`) over the units both coded. */
export function confusionMatrix(data: ReliabilityData, a: number, b: number): ConfusionMatrix {
  const k = data.categories.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const row of data.values) {
    const x = row[a];
    const y = row[b];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    matrix[x]![y]! += 1;
  }
  return matrix;
}

/** Units in a confusion matrix: how many both coders coded. */
export function matrixTotal(matrix: ConfusionMatrix): number {
  let n = 0;
  for (const row of matrix) for (const cell of row) n += cell;
  return n;
}

/** Share of the units both coders coded on which they agree: trace / n; null when they share no unit. */
export function pairPercentAgreement(matrix: ConfusionMatrix): number | null {
  const n = matrixTotal(matrix);
  if (n === 0) return null;
  let agree = 0;
  matrix.forEach((row, i) => (agree += row[i]!));
  return agree / n;
}

/**
 * Cohen's κ from a confusion matrix: (p_o − p_e) / (1 − p_e). Null when it is undefined: no
 * shared unit, or p_e = 1, which happens only when both coders used one and the same category for
 * everything — chance alone would then agree perfectly, so agreement says nothing about the coders
 * (scikit-learn returns NaN with a warning in that case).
 */
export function cohenKappaFromMatrix(matrix: ConfusionMatrix): number | null {
  const n = matrixTotal(matrix);
  if (n === 0) return null;
  const k = matrix.length;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    observed += matrix[i]![i]!;
    let rowSum = 0;
    let colSum = 0;
    for (let j = 0; j < k; j++) {
      rowSum += matrix[i]![j]!;
      colSum += matrix[j]![i]!;
    }
    expected += rowSum * colSum;
  }
  // In counts: κ = (n·agree − Σ row·col) / (n² − Σ row·col), the same ratio without rounding twice.
  const denominator = n * n - expected;
  if (denominator === 0) return null;
  return (n * observed - expected) / denominator;
}

/** Cohen's κ of coders `a` and `b` over the units both coded (see {@link cohenKappaFromMatrix}). */
export function cohenKappa(data: ReliabilityData, a: number, b: number): number | null {
  return cohenKappaFromMatrix(confusionMatrix(data, a, b));
}
