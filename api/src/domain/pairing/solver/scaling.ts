/**
 * Exact integer arithmetic inside the solver.
 *
 * Scores are scaled to integers (`roundHalfUp(score × scale)`, scale 1000 unless the scores are so
 * large that the sums below would leave the exactly representable range of a double, then 100, 10,
 * 1, 0.1, …). Every cost, potential and distance is then an integer below 2^50, so every addition
 * is exact and the comparisons are exact: the solver is optimal for the scaled scores.
 *
 * Lexicographic objective (most mentees paired, then the highest total, then the fewest changed
 * pairs) folded into one integer weight per pair:
 *   W(i, j) = offset + F × scaled(i, j) + (1 if (i, j) was in the previous solution else 0)
 * - F > number of mentees, so all the stability bonuses together weigh less than one score unit;
 * - offset > (mentees + 1) × (range of F × scaled + bonus), so one more pair always outweighs any
 *   difference of totals. Head-room for twice the mentee count lets re-solves add mentees.
 */
const SAFE_LIMIT = 2 ** 50;

export interface Scaling {
  /** Score → integer factor. */
  readonly scale: number;
  /** Stability factor (1 when there is no previous solution to stay close to). */
  readonly stability: number;
  readonly offset: number;
  /** Largest |scaled score| the offset was sized for. */
  readonly maxScaled: number;
  /** Mentee count the offset was sized for. */
  readonly menteeRoom: number;
}

export function offsetFor(maxScaled: number, stability: number, menteeRoom: number): number {
  const weightBound = maxScaled * stability + 1;
  return (menteeRoom + 1) * 2 * weightBound + weightBound + 1;
}

export function chooseScaling(maxAbsScore: number, menteeCount: number, stability: number): Scaling {
  const menteeRoom = 2 * menteeCount + 2;
  for (let power = 3; power > -300; power--) {
    const scale = 10 ** power;
    const maxScaled = Math.ceil(maxAbsScore * scale);
    const offset = offsetFor(maxScaled, stability, menteeRoom);
    if (offset * 4 < SAFE_LIMIT) return { scale, stability, offset, maxScaled, menteeRoom };
  }
  throw new RangeError('Scores too large to pair exactly.');
}

/** Whether a scaling still encodes the objective exactly for a changed problem. */
export function scalingFits(scaling: Scaling, maxScaled: number, menteeCount: number): boolean {
  return maxScaled <= scaling.maxScaled && menteeCount <= scaling.menteeRoom;
}

/** Smallest power of two above the mentee count: the stability factor F. */
export function stabilityFactor(menteeCount: number): number {
  let f = 1;
  while (f <= menteeCount) f *= 2;
  return f;
}
