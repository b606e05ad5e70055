/** How far rows are indented per reply level, and where the indentation stops growing. */
export interface IndentRule {
  /** Indentation per level for the first `fullLevels` levels. */
  step: number;
  fullLevels: number;
  /** Deeper levels add a quarter step each, up to this many pixels in all. */
  max: number;
}

/**
 * Indentation of a row at `depth`: full steps near the top, where most of a thread is, then
 * quarter steps, then flat, so a reply 500 levels down is still a card of readable width.
 */
export function indentFor(depth: number, rule: IndentRule): number {
  if (depth <= rule.fullLevels) return Math.min(depth * rule.step, rule.max);
  return Math.min(rule.fullLevels * rule.step + (depth - rule.fullLevels) * (rule.step / 4), rule.max);
}
