import { type CandidateRows, RowsBuilder } from './candidates';
import type { Duals, RowScan } from './certificate';
import { roundHalfUp } from './round';
import type { RowSource } from './score-reader';
import { scratchFloats, scratchInts } from './scratch';
import { selectBest } from './select';

/**
 * A coarse copy of every scaled score W(i, j), one byte a pair, kept by the first pass (which reads
 * every row anyway) so that the certificate rounds need not compute rows again.
 *
 * Byte q stands for the upper bound base + q × step ≥ W(i, j). A round checks each pair's bound
 * against the duals, and scores exactly only the pairs it keeps (the best by bound, and any whose
 * bound may violate): about 90 a row against 6,000 mentors read. At 10,000 × 6,000 the first round
 * had 24,783 violating pairs, and 28,365 pairs whose bound passed with a byte spanning each row's
 * range (6 bits: 42,180; 4 bits: 271,834).
 *
 * One range for all rows, [0, the scaling's largest score], so that the first pass writes a pair's
 * byte in the same loop that ranks it: a row's own range needed two more passes over the row, which
 * cost a third of its reading; the coarser byte left the rounds and violating pairs unchanged at
 * 10,000 × 6,000. Scores at most `base` (negative ones, and forbidden pairs) are all at 0: still
 * bounded, only less sharply. The bytes live in shared memory, so scan threads write and read them.
 */
export interface ScoreSketch {
  readonly mentorCount: number;
  readonly levels: Uint8Array;
  readonly base: number;
  readonly step: number;
  /** 1 / step. */
  readonly inverse: number;
}

/** Steps spanning [0, top]: bytes go up to 253 + 2 (see `levelOf`). */
const LEVELS = 253;

/**
 * A sketch for scores W in [0, top] (top: the scaling's largest). With step = ⌈top / 253⌉ and
 * base = −step, `levelOf` gives base + level × step ≥ W.
 */
export function createSketch(menteeCount: number, mentorCount: number, top: number): ScoreSketch {
  const step = Math.max(1, Math.ceil(top / LEVELS));
  return {
    mentorCount,
    levels: new Uint8Array(new SharedArrayBuffer(menteeCount * mentorCount)),
    base: -step,
    step,
    inverse: 1 / step,
  };
}

/**
 * The byte of a scaled score W ≤ top: with x = W × (1 / step), max(0, trunc(x + 2)). From x ≥ −1 on
 * that is ⌊x⌋ + 2, so the bound base + byte × step = (⌊x⌋ + 1) × step is above W by at most a step.
 * x is within a rounding of W / step; where W / step is an integer k and x falls just below it, the
 * bound is k × step = W, still not below W. For x < −1 the byte is 0 and its bound, base = −step,
 * is above W. At most ⌊253⌋ + 2 = 255; NaN (a forbidden pair) gives 0. No Math.ceil and no
 * Math.max: the byte is written in the loop that reads every score of the first pass.
 */
export function levelOf(w: number, inverse: number): number {
  const level = (w * inverse + 2) | 0;
  return level & ~(level >> 31);
}

/**
 * `scanRows` for rows recorded in the sketch, without reading them: the same selection, on the
 * sketch's bounds, then exact scores for the pairs selected. Per row, the `keep + shadow` best
 * pairs by bound of W(i, j) + pi[j] — or, when more bounds than that pass pi[i], every pair whose
 * bound does (any of them may violate) — are scored exactly; of them the `keep` best by reduced
 * profit join the candidates, the `shadow` next are kept aside, and the row's new bound is the
 * highest value left: a pair scored and not kept, or the best bound of the pairs not scored.
 * Every allowed pair is either cleared by a true upper bound or scored, so violating rows and
 * counts are exactly those of a full read; the pairs kept are the best among those scored.
 */
export function scanSketchRows(
  source: RowSource,
  sketch: ScoreSketch,
  duals: Duals,
  candidates: CandidateRows,
  rows: ArrayLike<number>,
  keep: number,
  shadow: number,
): RowScan {
  const { scale, stability, offset, mentee, mentor, previous } = duals;
  const m = sketch.mentorCount;
  const { levels, base, step } = sketch;
  // bounds of W(i, j) + pi[j] are byteBound[byte] + pi[j]; NaN for mentors without capacity
  const byteBound = Float64Array.from({ length: 256 }, (_, q) => offset + stability * (base + q * step));
  const width = keep + shadow;
  const want = width + 1;
  // 4 × want, and a spare slot: the previous partner's pair may be added after the pass
  const bufferValue = new Float64Array(4 * want + 1);
  const bufferMentor = new Int32Array(4 * want + 1);
  const additions = new RowsBuilder(rows.length, keep);
  const shadows = new RowsBuilder(rows.length, shadow);
  const violatingRows: number[] = [];
  const bounds = new Float64Array(rows.length);
  // a row's pairs to score (ascending), their exact scores, then their exact values for ranking
  let scored: Int32Array = new Int32Array(width);
  let exact = new Float64Array(width);
  let rank = new Float64Array(width);
  let position = new Int32Array(width);
  let row: Float64Array | undefined;
  // inFlow[j] === i: (i, j) is a candidate already, left out
  const inFlow = scratchInts('sketch.inFlow', m).fill(-1);
  const sample = sampling(m, want);
  const sampleBest = new Float64Array(sample.rank);
  /** A threshold in and out of `collect` and `passing`. */
  const limit = new Float64Array(1);
  let violating = 0;
  let maxScaled = 0;
  let openMentors = 0;
  for (let j = 0; j < m; j++) if (!Number.isNaN(mentor[j]!)) openMentors++;
  const { start, mentor: candidateMentor } = candidates;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const pi = mentee[i]!;
    const at = i * m;
    for (let c = start[i]!; c < start[i + 1]!; c++) inFlow[candidateMentor[c]!] = i;
    // Start from a threshold a sample suggests (about 2 × want above it), never above pi[i]:
    // most rows then need no cut, where starting from −∞ appended ~5 × want and cut twice.
    let threshold = sampledThreshold(levels, at, byteBound, mentor, sample, sampleBest);
    if (!(threshold <= pi)) threshold = pi;
    limit[0] = threshold;
    let size = collect(levels, at, byteBound, mentor, limit, bufferValue, bufferMentor, want, inFlow, i);
    threshold = limit[0]!;
    // the previous partner's pair carries +1 (stability tie-break)
    const prev = previous[i]!;
    if (prev >= 0) {
      let t = 0;
      while (t < size && bufferMentor[t] !== prev) t++;
      if (t < size) {
        bufferValue[t] = bufferValue[t]! + 1;
      } else {
        const v = byteBound[levels[at + prev]!]! + mentor[prev]! + 1;
        if (v > threshold) {
          bufferValue[size] = v;
          bufferMentor[size++] = prev;
        }
      }
    }
    size = compact(bufferValue, bufferMentor, size, want, inFlow, i);
    // every pair outside the buffer is at most the threshold; the buffer's want-th best bounds the rest
    let bound = size === want ? bufferValue[width]! : threshold;
    let count = 0;
    if (bound > pi) {
      // more pairs may violate than the width: score every one whose bound passes (rare)
      if (scored.length < m) {
        scored = new Int32Array(m);
        exact = new Float64Array(m);
        rank = new Float64Array(m);
        position = new Int32Array(m);
      }
      limit[0] = pi;
      count = passing(levels, at, byteBound, mentor, prev, limit, scored, inFlow, i);
      bound = limit[0]!;
    } else {
      count = Math.min(size, width);
      scored.set(bufferMentor.subarray(0, count));
      scored.subarray(0, count).sort();
    }
    if (count > 0) {
      if (source.fillPairs) {
        source.fillPairs(i, scored, count, exact);
      } else {
        row ??= scratchFloats('sketch.row', m);
        source.fillRow(i, row);
        for (let t = 0; t < count; t++) exact[t] = row[scored[t]!]!;
      }
    }
    // exact values, ranked with their positions (ascending mentors: ties go to the lower one)
    let allowed = 0;
    let rowViolating = 0;
    for (let t = 0; t < count; t++) {
      const score = exact[t]!;
      if (score - score !== 0) continue;
      const w = roundHalfUp(score * scale);
      const abs = w < 0 ? -w : w;
      if (abs > maxScaled) maxScaled = abs;
      const j = scored[t]!;
      const v = offset + stability * w + mentor[j]! + (prev === j ? 1 : 0);
      if (v > pi) rowViolating++;
      rank[allowed] = v;
      position[allowed++] = t;
    }
    violating += rowViolating;
    if (rowViolating > 0) violatingRows.push(i);
    if (allowed > width) {
      selectBest(rank, position, allowed, width + 1);
      if (rank[width]! > bound) bound = rank[width]!;
    }
    const kept = Math.min(allowed, width);
    if (kept > keep) selectBest(rank, position, kept, keep);
    const joining = Math.min(kept, keep);
    // the additions by mentor: positions ascend with mentors
    position.subarray(0, joining).sort();
    for (let u = 0; u < joining; u++) {
      const t = position[u]!;
      additions.push(scored[t]!, exact[t]!);
    }
    for (let u = joining; u < kept; u++) {
      const t = position[u]!;
      shadows.push(scored[t]!, exact[t]!);
    }
    bounds[r] = bound;
    additions.endRow();
    shadows.endRow();
  }
  return {
    checkedPairs: openMentors * rows.length,
    additions: additions.build(),
    shadows: shadows.build(),
    violatingRows,
    violating,
    bounds,
    maxScaled,
  };
}

/**
 * Appends to the buffer the pairs whose bound exceeds limit[0], cutting the buffer to its `want`
 * best whenever it fills (limit[0] then rises to the want-th best); returns the buffer's size. Its
 * own function, so that it is optimised as such: inside the row loop, on-stack replacement of the
 * whole scan kept deoptimising on paths no row had taken yet.
 */
function collect(
  levels: Uint8Array,
  at: number,
  byteBound: Float64Array,
  mentor: Float64Array,
  limit: Float64Array,
  bufferValue: Float64Array,
  bufferMentor: Int32Array,
  want: number,
  inFlow: Int32Array,
  i: number,
): number {
  const m = mentor.length;
  const capacity = bufferValue.length - 1;
  let threshold = limit[0]!;
  let size = 0;
  for (let j = 0; j < m; j++) {
    const v = byteBound[levels[at + j]!]! + mentor[j]!;
    if (!(v > threshold)) continue;
    bufferValue[size] = v;
    bufferMentor[size++] = j;
    if (size === capacity) {
      size = compact(bufferValue, bufferMentor, size, want, inFlow, i);
      if (size === want) threshold = bufferValue[want - 1]!;
    }
  }
  limit[0] = threshold;
  return size;
}

/**
 * Writes to `scored` the mentors (ascending, candidates left out) whose bound exceeds limit[0];
 * returns how many, and leaves in limit[0] the best bound of the others.
 */
function passing(
  levels: Uint8Array,
  at: number,
  byteBound: Float64Array,
  mentor: Float64Array,
  prev: number,
  limit: Float64Array,
  scored: Int32Array,
  inFlow: Int32Array,
  i: number,
): number {
  const m = mentor.length;
  const pi = limit[0]!;
  let bound = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (let j = 0; j < m; j++) {
    if (inFlow[j] === i) continue;
    const v = byteBound[levels[at + j]!]! + mentor[j]! + (j === prev ? 1 : 0);
    if (v > pi) scored[count++] = j;
    else if (v > bound) bound = v;
  }
  limit[0] = bound;
  return count;
}

interface Sampling {
  /** Every `stride`-th mentor is sampled; the `rank`-th best of them is the starting threshold. */
  readonly stride: number;
  readonly rank: number;
}

/** About 256 mentors sampled; rank chosen for ~2 × want pairs above the threshold over the row. */
function sampling(m: number, want: number): Sampling {
  const stride = Math.max(1, Math.floor(m / 256));
  const sampled = Math.ceil(m / stride);
  // too few mentors for a sample to say anything: start from −∞
  if (m < 8 * want) return { stride, rank: 0 };
  return { stride, rank: Math.max(1, Math.round((2 * want * sampled) / m)) };
}

function sampledThreshold(
  levels: Uint8Array,
  at: number,
  byteBound: Float64Array,
  mentor: Float64Array,
  { stride, rank }: Sampling,
  best: Float64Array,
): number {
  if (rank === 0) return Number.NEGATIVE_INFINITY;
  const m = mentor.length;
  let size = 0;
  for (let j = 0; j < m; j += stride) {
    const v = byteBound[levels[at + j]!]! + mentor[j]!;
    if (!(v > (size < rank ? Number.NEGATIVE_INFINITY : best[rank - 1]!))) continue;
    // insert into the sorted (descending) best `rank`
    let t = size < rank ? size++ : rank - 1;
    while (t > 0 && best[t - 1]! < v) {
      best[t] = best[t - 1]!;
      t--;
    }
    best[t] = v;
  }
  return size < rank ? Number.NEGATIVE_INFINITY : best[rank - 1]!;
}

/**
 * Drops row i's candidates from the buffer and, when `want` or more are left, cuts it to its
 * `want` best (the want-th best at want − 1); returns the new size.
 */
function compact(
  bufferValue: Float64Array,
  bufferMentor: Int32Array,
  size: number,
  want: number,
  inFlow: Int32Array,
  i: number,
): number {
  let kept = 0;
  for (let t = 0; t < size; t++) {
    const j = bufferMentor[t]!;
    if (inFlow[j] === i) continue;
    bufferValue[kept] = bufferValue[t]!;
    bufferMentor[kept++] = j;
  }
  if (kept < want) return kept;
  // also at exactly `want`: the want-th best must end at want − 1
  selectBest(bufferValue, bufferMentor, kept, want);
  return want;
}
