/**
 * Rounds half up, as `Math.floor(x + 0.5)` in doubles: the one rounding of scores to integers used
 * everywhere in the solver (candidates, certificate, re-solves), so every part sees the same W.
 * It equals `Math.round(x)` except at 0.49999999999999994 (x + 0.5 rounds up to 1) and for |x| ≥ 2^52
 * (already integers, never within an exact scaling). `Math.floor` compiles to one instruction;
 * `Math.round` to a data-dependent branch that mispredicts on half the pairs of a row.
 */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}
