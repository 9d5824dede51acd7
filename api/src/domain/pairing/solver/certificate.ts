import type { CandidateRows, ExtraPair } from './candidates';
import { type FlowState, OUTSIDE } from './flow-state';
import { roundHalfUp } from './round';

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
      const scaled = roundHalfUp(score * scale);
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

export interface RowScan {
  readonly checkedPairs: number;
  /** Pairs to add to the candidates: each scanned row's best pruned pairs by reduced profit, one row per entry of `rows`, by mentor. */
  readonly additions: CandidateRows;
  /**
   * The next `shadow` best pruned pairs of each scanned row (one row per entry of `rows`): kept
   * aside, outside the candidates, and checked exactly later without reading the row again.
   */
  readonly shadows: CandidateRows;
  /** Scanned rows with a violating pair (their mentee must be routed again). */
  readonly violatingRows: number[];
  /** Violating pairs found, including those not added. */
  readonly violating: number;
  /** New bound of each scanned row (same order as `rows`), over the pairs neither added nor shadowed: see `FlowState.bound`. */
  readonly bounds: Float64Array;
  /** Largest |scaled score| seen (the scaling must still cover it). */
  readonly maxScaled: number;
}

/**
 * Checks every allowed pair of the given mentees against the duals, and picks, among the pairs
 * outside the candidates, the `keep` best by reduced profit W(i, j) + pi[j] (violators first, since
 * they are the ones with W(i, j) + pi[j] > pi[i]), and the `shadow` next best. The best pair left
 * out of both gives the row's new bound.
 * With `bias` (per mentor, in W units), pairs are ranked by W(i, j) + pi[j] − bias[j] instead:
 * guide prices for choosing candidates; the bounds and violations still use W(i, j) + pi[j].
 * Pure: callers may split `rows` across threads. `candidates` rows are indexed by mentee.
 */
export function scanRows(
  duals: Duals,
  candidates: CandidateRows,
  fillRow: FillRow,
  mentorCount: number,
  rows: ArrayLike<number>,
  keep: number,
  shadow = 0,
  bias?: Float64Array,
): RowScan {
  const { scale, stability, offset, mentee, mentor, previous } = duals;
  const row = new Float64Array(mentorCount);
  const width = keep + shadow;
  const heapValue = new Float64Array(width);
  const heapMentor = new Int32Array(width);
  const heapScore = new Float64Array(width);
  const order = new Int32Array(width);
  const addStart = new Int32Array(rows.length + 1);
  const addMentor = new Int32Array(rows.length * keep);
  const addScore = new Float64Array(rows.length * keep);
  const shadowStart = new Int32Array(rows.length + 1);
  const shadowMentor = new Int32Array(rows.length * shadow);
  const shadowScore = new Float64Array(rows.length * shadow);
  let added = 0;
  let shadowed = 0;
  const violatingRows: number[] = [];
  const bounds = new Float64Array(rows.length);
  const { start, mentor: candidateMentor } = candidates;
  let violating = 0;
  let checkedPairs = 0;
  let maxScaled = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const pi = mentee[i]!;
    fillRow(i, row);
    const prev = previous[i];
    let next = start[i]!;
    const end = start[i + 1]!;
    let nextCandidate = next < end ? candidateMentor[next]! : mentorCount;
    let size = 0;
    let pruned = Number.NEGATIVE_INFINITY;
    let rowViolating = 0;
    for (let j = 0; j < mentorCount; j++) {
      const score = row[j]!;
      let isCandidate = false;
      if (j === nextCandidate) {
        isCandidate = true;
        next++;
        nextCandidate = next < end ? candidateMentor[next]! : mentorCount;
      }
      if (score - score !== 0) continue;
      const scaled = roundHalfUp(score * scale);
      const abs = scaled < 0 ? -scaled : scaled;
      if (abs > maxScaled) maxScaled = abs;
      const pj = mentor[j]!;
      if (Number.isNaN(pj)) continue;
      checkedPairs++;
      if (isCandidate) continue;
      const exact = offset + stability * scaled + (prev === j ? 1 : 0) + pj;
      if (exact > pi) rowViolating++;
      if (bias === undefined) {
        if (size < width) {
          siftUpValue(heapValue, heapMentor, heapScore, size++, exact, j, score);
        } else if (exact > heapValue[0]!) {
          if (heapValue[0]! > pruned) pruned = heapValue[0]!;
          siftDownValue(heapValue, heapMentor, heapScore, size, exact, j, score);
        } else if (exact > pruned) {
          pruned = exact;
        }
        continue;
      }
      const value = exact - bias[j]!;
      if (size < width) {
        siftUpValue(heapValue, heapMentor, heapScore, size++, value, j, score);
      } else if (value > heapValue[0]!) {
        const out = heapValue[0]! + bias[heapMentor[0]!]!;
        if (out > pruned) pruned = out;
        siftDownValue(heapValue, heapMentor, heapScore, size, value, j, score);
      } else if (exact > pruned) {
        pruned = exact;
      }
    }
    bounds[r] = pruned;
    violating += rowViolating;
    if (rowViolating > 0) violatingRows.push(i);
    // the worst pairs kept leave the heap first, as shadows; the `keep` best join the candidates
    while (size > keep) {
      shadowMentor[shadowed] = heapMentor[0]!;
      shadowScore[shadowed++] = heapScore[0]!;
      size--;
      siftDownValue(
        heapValue,
        heapMentor,
        heapScore,
        size,
        heapValue[size]!,
        heapMentor[size]!,
        heapScore[size]!,
      );
    }
    // the candidates joining, by mentor (insertion sort: `keep` is small)
    for (let t = 0; t < size; t++) {
      let at = t;
      while (at > 0 && heapMentor[order[at - 1]!]! > heapMentor[t]!) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = t;
    }
    for (let t = 0; t < size; t++) {
      addMentor[added] = heapMentor[order[t]!]!;
      addScore[added++] = heapScore[order[t]!]!;
    }
    addStart[r + 1] = added;
    shadowStart[r + 1] = shadowed;
  }
  const additions = {
    start: addStart,
    mentor: addMentor.subarray(0, added),
    score: addScore.subarray(0, added),
  };
  const shadows = {
    start: shadowStart,
    mentor: shadowMentor.subarray(0, shadowed),
    score: shadowScore.subarray(0, shadowed),
  };
  return { checkedPairs, additions, shadows, violatingRows, violating, bounds, maxScaled };
}

/** Min-heap on (value, −mentor): the root is the worst pair kept. */
function worseValue(va: number, ja: number, vb: number, jb: number): boolean {
  return va < vb || (va === vb && ja > jb);
}

function siftUpValue(
  hv: Float64Array,
  hj: Int32Array,
  hs: Float64Array,
  at: number,
  v: number,
  j: number,
  s: number,
): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worseValue(v, j, hv[parent]!, hj[parent]!)) break;
    hv[at] = hv[parent]!;
    hj[at] = hj[parent]!;
    hs[at] = hs[parent]!;
    at = parent;
  }
  hv[at] = v;
  hj[at] = j;
  hs[at] = s;
}

function siftDownValue(
  hv: Float64Array,
  hj: Int32Array,
  hs: Float64Array,
  size: number,
  v: number,
  j: number,
  s: number,
): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && worseValue(hv[child + 1]!, hj[child + 1]!, hv[child]!, hj[child]!)) child++;
    if (!worseValue(hv[child]!, hj[child]!, v, j)) break;
    hv[at] = hv[child]!;
    hj[at] = hj[child]!;
    hs[at] = hs[child]!;
    at = child;
  }
  hv[at] = v;
  hj[at] = j;
  hs[at] = s;
}
