import { measureSiblings, packRows, packSkyline, type PackInput, type PackOutput, type PackResult } from './tree-pack';

/** Shapes (width / height of the replies' block) tried when a node's replies wrap into rows. */
const ROW_SHAPES = [0.35, 0.5, 0.7, 1, 1.4, 2, 3];
/** Wrapping must save this share of area to beat a single row, which reads best. */
const WRAP_PENALTY = 1.1;
/** Two replies stay side by side: stacking them hides the second's edge behind the first. */
const MIN_WRAP = 4;

/**
 * Packs a node's replies in rows: one row (the tidy tree) unless a few row widths tried give a
 * clearly smaller box, which is how a large fan-out stops being a strip. Linear in the replies.
 */
export function chooseRows(input: PackInput, out: PackOutput, cardU: number): PackResult {
  const { kids, gapU, gapV } = input;
  const { area, widest, oneRow } = measureSiblings(input);
  const cost = (packed: PackResult) => (Math.max(packed.width, cardU) + gapU) * (packed.height + gapV);
  let bestLimit = Infinity;
  if (kids.length >= MIN_WRAP) {
    let bestCost = cost(packRows(input, { limit: Infinity }, null));
    for (const shape of ROW_SHAPES) {
      const limit = Math.max(widest, Math.sqrt(area * shape));
      if (limit >= oneRow) continue;
      const packed = packRows(input, { limit }, null);
      const tried = cost(packed) * WRAP_PENALTY;
      if (tried < bestCost) {
        bestCost = tried;
        bestLimit = limit;
      }
    }
  }
  return packRows(input, { limit: bestLimit }, out);
}

/**
 * Packs top-level subtrees as masonry, trying row widths around the one that would give the
 * window's shape (`shape`: across / along) and keeping the one whose box fits the window at the largest zoom.
 */
export function chooseMasonry(input: PackInput, out: PackOutput, shape: number): PackResult {
  const { area, widest, oneRow } = measureSiblings(input);
  // A box fits the window at a zoom proportional to this score: the smaller of its two ratios.
  const fitScore = (across: number, along: number) => Math.min(shape / across, 1 / along);
  const square = Math.sqrt(area * shape);
  let bestLimit = oneRow;
  let bestScore = -Infinity;
  let previous = -1;
  for (let factor = 0.4; factor <= 3.2; factor *= 1.03) {
    const limit = Math.min(oneRow, Math.max(widest, square * factor));
    if (limit === previous) continue;
    previous = limit;
    const packed = packSkyline(input, { limit }, null);
    const score = fitScore(packed.width, packed.height);
    if (score > bestScore) {
      bestScore = score;
      bestLimit = limit;
    }
  }
  return packSkyline(input, { limit: bestLimit }, out);
}
