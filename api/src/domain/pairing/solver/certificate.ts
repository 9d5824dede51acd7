import type { ExtraPair } from './candidates';
import { type FlowState, OUTSIDE } from './flow-state';

/**
 * What the optimality check needs, as plain arrays (threads may receive a copy).
 *
 * The flow is optimal over ALL allowed pairs iff no residual arc has a negative reduced cost.
 * Arcs among the candidates already satisfy it (the sparse solve keeps it so), and arcs to the
 * sink do not depend on the pruning; what is left are the pruned mentee → mentor arcs, which
 * carry no flow: −W(i, j) + pi[i] − pi[j] ≥ 0, i.e. W(i, j) ≤ pi[i] − pi[j]. A pruned pair passing
 * this test could not improve the solution (LP duality for the b-matching polytope, which is
 * integral), so when every allowed pair passes the solution is exactly optimal.
 */
export interface Duals {
  readonly scale: number;
  readonly stability: number;
  readonly offset: number;
  /** pi of each mentee, NaN for mentees outside the flow (removed or locked). */
  readonly mentee: Float64Array;
  /** pi of each mentor, NaN for mentors without capacity (arcs into them lead nowhere). */
  readonly mentor: Float64Array;
  readonly previous: Int32Array;
}

export function dualsOf(s: FlowState): Duals {
  const mentee = s.pi.slice(0, s.n);
  for (let i = 0; i < s.n; i++) if (s.assign[i] === OUTSIDE) mentee[i] = Number.NaN;
  const mentor = s.pi.slice(s.n, s.n + s.m);
  for (let j = 0; j < s.m; j++) if (s.capacity[j] === 0) mentor[j] = Number.NaN;
  const { scale, stability, offset } = s.scaling;
  return { scale, stability, offset, mentee, mentor, previous: s.previous };
}

export interface ViolationScan {
  readonly checkedPairs: number;
  readonly violations: ExtraPair[];
  /** Violating pairs found, including those left out by `perMentee`. */
  readonly violating: number;
  /** Largest |scaled score| seen (the scaling must still cover it). */
  readonly maxScaled: number;
}

type FillRow = (mentee: number, out: Float64Array) => void;

/**
 * Checks every allowed pair of the mentees in [from, to) against the duals. Pure. Returns at most
 * `perMentee` violators per mentee, the most violated first (they are the ones worth adding).
 * With `only`, just the mentees marked: the others' pairs were checked before and only gained
 * since (their potential is unchanged and mentor potentials only fall).
 */
export function findViolations(
  duals: Duals,
  fillRow: FillRow,
  mentorCount: number,
  from: number,
  to: number,
  perMentee = Number.POSITIVE_INFINITY,
  only?: Uint8Array,
): ViolationScan {
  const { scale, stability, offset, mentee, mentor, previous } = duals;
  const row = new Float64Array(mentorCount);
  const violations: ExtraPair[] = [];
  let violating = 0;
  let checkedPairs = 0;
  let maxScaled = 0;
  for (let i = from; i < to; i++) {
    const pi = mentee[i]!;
    if (Number.isNaN(pi) || (only && only[i] === 0)) continue;
    fillRow(i, row);
    const prev = previous[i];
    const found: { mentor: number; score: number; excess: number }[] = [];
    for (let j = 0; j < mentorCount; j++) {
      const score = row[j]!;
      const pj = mentor[j]!;
      if (score - score !== 0 || Number.isNaN(pj)) continue;
      checkedPairs++;
      const scaled = Math.round(score * scale);
      const abs = scaled < 0 ? -scaled : scaled;
      if (abs > maxScaled) maxScaled = abs;
      const excess = offset + stability * scaled + (prev === j ? 1 : 0) - (pi - pj);
      if (excess > 0) found.push({ mentor: j, score, excess });
    }
    violating += found.length;
    if (found.length > perMentee) found.sort((a, b) => b.excess - a.excess || a.mentor - b.mentor);
    for (const v of found.slice(0, perMentee))
      violations.push({ mentee: i, mentor: v.mentor, score: v.score });
  }
  return { checkedPairs, violations, violating, maxScaled };
}
