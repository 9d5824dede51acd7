import { type CandidateRows, type ExtraPair, RowsBuilder } from './candidates';
import { type FlowState, OUTSIDE } from './flow-state';
import { roundHalfUp } from './round';
import type { FillRow, RowSource } from './score-reader';
import { scratchFloats } from './scratch';
import { selectBest, selectStream } from './select';
import { levelOf, scanSketchRows } from './sketch';
import type { ScanRequest } from './types';

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
 * With `bias` (per mentor, in W units), pairs are only ranked, by W(i, j) + pi[j] − bias[j]: guide
 * prices for choosing candidates. Then there are no shadows, no bound (+∞: the row must be read
 * again before its pruned pairs can pass) and no violation count. The first pass ranks so, and the
 * first certificate round reads its rows again anyway: bounds taken at prices far below the final
 * ones spared ~0.5 % of the rows, and finding them took a quarter of the first pass's reading.
 * Pure: callers may split `rows` across threads. `candidates` rows are indexed by mentee.
 *
 * Per row, one branch-free pass writes every pair's value (NaN for a forbidden pair or a mentor
 * without capacity: NaN fails every comparison after), then a threshold pass keeps the best
 * `keep + shadow + 1` values — the extra one is the bound. Reading the row is most of the
 * solver's time, and per-pair tests of a ~20 % forbidden share mispredicted on every fifth pair.
 */
export function scanRows(source: RowSource, mentorCount: number, request: ScanRequest): RowScan {
  const { duals, candidates, rows, keep, bias, record, sketch } = request;
  let shadow = request.shadow;
  if (sketch) return scanSketchRows(source, sketch, duals, candidates, rows, keep, shadow);
  const fillRow = source.fillRow;
  const { scale, stability, offset, mentee, mentor, previous } = duals;
  const row = scratchFloats('scan.row', mentorCount);
  const value = scratchFloats('scan.value', mentorCount);
  if (bias !== undefined) shadow = 0;
  const width = keep + shadow;
  // the best `width` values are kept, the next one is the bound
  const bufferSize = 4 * (width + 1);
  const bufferValue = new Float64Array(bufferSize);
  const bufferMentor = new Int32Array(bufferSize);
  const order = new Int32Array(width);
  const additions = new RowsBuilder(rows.length, keep);
  const shadows = new RowsBuilder(rows.length, shadow);
  const violatingRows: number[] = [];
  const bounds = new Float64Array(rows.length);
  const { start, mentor: candidateMentor } = candidates;
  let violating = 0;
  let checkedPairs = 0;
  let maxScaled = 0;
  let openMentors = 0;
  for (let j = 0; j < mentorCount; j++) if (!Number.isNaN(mentor[j]!)) openMentors++;
  // pi[j] − bias[j]: the ranking value in one addition per pair
  let shift = mentor;
  if (bias !== undefined) {
    // a plain loop: \`map\` with a callback cost 3 % of the first pass (it runs per chunk of rows)
    shift = scratchFloats('scan.shift', mentorCount);
    for (let j = 0; j < mentorCount; j++) shift[j] = mentor[j]! - bias[j]!;
  }
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const pi = mentee[i]!;
    fillRow(i, row);
    // values: W(i, j) + pi[j] (− bias[j]); NaN where the pair is forbidden or the mentor full-less
    let high = 0;
    if (record) {
      // the same, recording each W's level in the sketch
      const levels = record.levels;
      const at = i * mentorCount;
      const inverse = record.inverse;
      for (let j = 0; j < mentorCount; j++) {
        const x = row[j]! * scale;
        const abs = Math.abs(x);
        if (abs > high) high = abs;
        const w = roundHalfUp(x);
        value[j] = offset + stability * w + shift[j]!;
        levels[at + j] = levelOf(w, inverse);
      }
    } else {
      for (let j = 0; j < mentorCount; j++) {
        const x = row[j]! * scale;
        const abs = Math.abs(x);
        if (abs > high) high = abs;
        value[j] = offset + stability * roundHalfUp(x) + shift[j]!;
      }
    }
    const rowMax = roundHalfUp(high);
    if (rowMax > maxScaled) maxScaled = rowMax;
    checkedPairs += openMentors;
    const prev = previous[i]!;
    if (prev >= 0) value[prev] = value[prev]! + 1;
    // candidates are in the flow already: out of the ranking
    for (let c = start[i]!; c < start[i + 1]!; c++) value[candidateMentor[c]!] = Number.NaN;
    // the best width + 1 values: the bound (the (width + 1)-th best) at `width`, the `keep` best before the shadows
    const size = selectStream(value, mentorCount, width + 1, bufferValue, bufferMentor);
    const kept = Math.min(size, width);
    if (kept > keep) selectBest(bufferValue, bufferMentor, kept, keep);
    let pruned = Number.POSITIVE_INFINITY;
    let rowViolating = 0;
    if (bias === undefined) {
      pruned = size > width ? bufferValue[width]! : Number.NEGATIVE_INFINITY;
      // violators are the highest values: all kept unless the bound itself violates
      if (pruned > pi) {
        for (let j = 0; j < mentorCount; j++) if (value[j]! > pi) rowViolating++;
      } else {
        for (let t = 0; t < kept; t++) if (bufferValue[t]! > pi) rowViolating++;
      }
    }
    bounds[r] = pruned;
    violating += rowViolating;
    if (rowViolating > 0) violatingRows.push(i);
    // after the `keep` best (they join the candidates), the shadows, in no particular order
    for (let t = keep; t < kept; t++) {
      const j = bufferMentor[t]!;
      shadows.push(j, row[j]!);
    }
    const joining = order.subarray(0, Math.min(kept, keep));
    joining.set(bufferMentor.subarray(0, joining.length));
    joining.sort();
    // an index loop: \`for … of\` on the subarray cost ~3 % of the first pass
    for (let t = 0; t < joining.length; t++) additions.push(joining[t]!, row[joining[t]!]!);
    additions.endRow();
    shadows.endRow();
  }
  return {
    checkedPairs,
    additions: additions.build(),
    shadows: shadows.build(),
    violatingRows,
    violating,
    bounds,
    maxScaled,
  };
}
