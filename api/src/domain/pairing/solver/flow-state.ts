import type { CandidateRows } from './candidates';
import { NodeHeap } from './heap';
import { roundHalfUp } from './round';
import type { Scaling } from './scaling';

/** `assign[i]` values besides a mentor index. */
export const UNROUTED = -1;
export const UNPAIRED = -2;
export const OUTSIDE = -3;

/**
 * The min-cost-flow state. Nodes: mentees 0..n−1, mentors n..n+m−1, the sink T = n+m.
 * Arcs: mentee → mentor (cost −W), mentee → T ("stays unpaired", cost 0), mentor → T (capacity).
 * Every mentee in the flow supplies one unit; T absorbs them. `pi` are node potentials: the
 * reduced cost of a residual arc a→b is cost + pi[a] − pi[b], kept ≥ 0 (optimality).
 * Mentees `OUTSIDE` the flow are removed or locked; mentees `UNROUTED` still hold their unit.
 */
export interface FlowState {
  n: number;
  readonly m: number;
  rows: CandidateRows;
  /** Scaled integer scores of `rows`. */
  scaled: Float64Array;
  readonly capacity: Int32Array;
  readonly load: Int32Array;
  /** Flow on mentor → T; above `load` means the mentor owes a unit (a deficit). */
  readonly tflow: Int32Array;
  readonly slotStart: Int32Array;
  readonly slots: Int32Array;
  assign: Int32Array;
  assignScaled: Float64Array;
  assignScore: Float64Array;
  /** Mentor of the previous solution, rewarded by the stability bonus; −1 when none. */
  previous: Int32Array;
  /** Mentor a mentee is locked to; −1 when none. */
  locked: Int32Array;
  lockedScore: Float64Array;
  pi: Float64Array;
  scaling: Scaling;
  unpairedCount: number;
  tflowSum: number;
  inFlow: number;
  /**
   * Per mentee, an upper bound on W(i, j) + pi[j] over its allowed pairs outside the candidates
   * (−∞ when there are none, +∞ when unknown). Mentor potentials only fall, so the bound stays
   * valid as the flow changes; while pi[i] ≥ bound[i] none of those pairs can violate the certificate.
   */
  bound: Float64Array;
  /**
   * Shadow pairs: per mentee, up to `shadowWidth` pruned pairs kept aside by the last read of its
   * row (the best after those added to the candidates; mentor −1 = none). Not arcs of the graph, so
   * they cost the searches nothing, but their exact W(i, j) + pi[j] is known at any time: a row
   * whose potential fell below the best of them, but not below `bound`, needs no read — its
   * violating shadows join the candidates. `bound` covers the pairs neither candidate nor shadow.
   */
  shadowWidth: number;
  shadowMentor: Int32Array;
  shadowScore: Float64Array;
  /** Every mentee must be rechecked (a mentor without places gained one: its pairs were never bounded). */
  fullCheck: boolean;
  scratch: Scratch;
}

export interface Scratch {
  dist: Float64Array;
  stamp: Int32Array;
  done: Int32Array;
  pred: Int32Array;
  predEdge: Int32Array;
  popped: Int32Array;
  /** Owing mentors a search from T reached, in order. */
  reachedAt: Int32Array;
  searchId: number;
  readonly heap: NodeHeap;
  /**
   * T's arcs back to the mentors, in a snapshot order: mentors by potential, highest first, as it
   * was when the order was built (`sinkPi`). Mentor potentials only fall while routing, so the
   * snapshot gives a lower bound on the reduced cost of every arc T → mentor not yet expanded:
   * a search expands T lazily, one mentor at a time, and stops long before the end of the list.
   * Valid within one `routeAll` (nothing else changes potentials meanwhile).
   */
  sinkOrder: Int32Array;
  /**
   * Each mentee's arcs in a snapshot order, built on its first pop in a `routeAll`: by W(i, j) + pi[j] (highest
   * first, `arcValue`, without the offset), positions aligned with the candidate rows (`arcEdge`
   * holds the edge). Mentor potentials only fall while routing, so a popped mentee's arcs are
   * expanded lazily, in this order, each bounded below by its snapshot value: most are never read.
   */
  arcEdge: Int32Array;
  arcValue: Float64Array;
  /** Next position to expand of each popped mentee. */
  arcAt: Int32Array;
  /** `routeId` of the `routeAll` call that last sorted each mentee's arcs. */
  arcSorted: Int32Array;
  routeId: number;
  sinkPi: Float64Array;
  sinkSize: number;
  sinkValid: boolean;
  /** Mentors walked since the snapshot was built (rebuilt once the walks outweigh a sort). */
  sinkSteps: number;
}

export function createScratch(nodes: number): Scratch {
  return {
    dist: new Float64Array(nodes),
    stamp: new Int32Array(nodes),
    done: new Int32Array(nodes),
    pred: new Int32Array(nodes),
    predEdge: new Int32Array(nodes),
    popped: new Int32Array(nodes),
    reachedAt: new Int32Array(nodes),
    searchId: 0,
    heap: new NodeHeap(),
    arcEdge: new Int32Array(0),
    arcValue: new Float64Array(0),
    arcAt: new Int32Array(nodes),
    arcSorted: new Int32Array(nodes),
    routeId: 0,
    sinkOrder: new Int32Array(0),
    sinkPi: new Float64Array(0),
    sinkSize: 0,
    sinkValid: false,
    sinkSteps: 0,
  };
}

export function scaleScores(scores: Float64Array, scale: number): Float64Array {
  const out = new Float64Array(scores.length);
  for (let e = 0; e < scores.length; e++) out[e] = roundHalfUp(scores[e]! * scale);
  return out;
}

/** A state where every mentee still holds its unit: potentials 0 on mentors and T. */
export function createFlowState(
  capacities: Int32Array,
  rows: CandidateRows,
  scaling: Scaling,
  bound?: Float64Array,
  shadowWidth = 0,
): FlowState {
  const n = rows.start.length - 1;
  const m = capacities.length;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacities[j]!;
  return {
    n,
    m,
    rows,
    scaled: scaleScores(rows.score, scaling.scale),
    capacity: capacities.slice(),
    load: new Int32Array(m),
    tflow: new Int32Array(m),
    slotStart,
    slots: new Int32Array(slotStart[m]!),
    assign: new Int32Array(n).fill(UNROUTED),
    assignScaled: new Float64Array(n),
    assignScore: new Float64Array(n),
    previous: new Int32Array(n).fill(-1),
    locked: new Int32Array(n).fill(-1),
    lockedScore: new Float64Array(n),
    pi: new Float64Array(n + m + 1),
    scaling,
    unpairedCount: 0,
    tflowSum: 0,
    inFlow: n,
    bound: bound ?? new Float64Array(n).fill(Number.POSITIVE_INFINITY),
    fullCheck: false,
    shadowWidth,
    shadowMentor: new Int32Array(n * shadowWidth).fill(-1),
    shadowScore: new Float64Array(n * shadowWidth),
    scratch: createScratch(n + m + 1),
  };
}

/** Replaces the shadow pairs of the rows given (one row of `shadows` per entry of `rows`). */
export function setShadows(s: FlowState, rows: ArrayLike<number>, shadows: CandidateRows): void {
  const width = s.shadowWidth;
  for (let r = 0; r < rows.length; r++) {
    const at = rows[r]! * width;
    let t = 0;
    for (let e = shadows.start[r]!; e < shadows.start[r + 1]! && t < width; e++, t++) {
      s.shadowMentor[at + t] = shadows.mentor[e]!;
      s.shadowScore[at + t] = shadows.score[e]!;
    }
    for (; t < width; t++) s.shadowMentor[at + t] = -1;
  }
}

/** A deep copy, so a re-solve never changes the solution it started from. */
export function cloneFlowState(s: FlowState): FlowState {
  return {
    ...s,
    capacity: s.capacity.slice(),
    load: s.load.slice(),
    tflow: s.tflow.slice(),
    slots: s.slots.slice(),
    assign: s.assign.slice(),
    assignScaled: s.assignScaled.slice(),
    assignScore: s.assignScore.slice(),
    previous: s.previous.slice(),
    locked: s.locked.slice(),
    lockedScore: s.lockedScore.slice(),
    pi: s.pi.slice(),
    bound: s.bound.slice(),
    shadowMentor: s.shadowMentor.slice(),
    shadowScore: s.shadowScore.slice(),
    scratch: createScratch(s.n + s.m + 1),
  };
}

/** Pair weight W(i, j) for a scaled score (see scaling.ts). */
export function weight(s: FlowState, mentee: number, mentor: number, scaled: number): number {
  return s.scaling.offset + s.scaling.stability * scaled + (s.previous[mentee] === mentor ? 1 : 0);
}

export function addToMentor(s: FlowState, mentor: number, mentee: number): void {
  s.slots[s.slotStart[mentor]! + s.load[mentor]!] = mentee;
  s.load[mentor]!++;
}

export function removeFromMentor(s: FlowState, mentor: number, mentee: number): void {
  const from = s.slotStart[mentor]!;
  const last = from + s.load[mentor]! - 1;
  for (let t = from; t <= last; t++) {
    if (s.slots[t] === mentee) {
      s.slots[t] = s.slots[last]!;
      s.load[mentor]!--;
      return;
    }
  }
  throw new Error(`Mentee ${mentee} is not with mentor ${mentor}.`);
}

/** Units T still waits for (negative: T holds a unit too many). */
export function sinkDeficit(s: FlowState): number {
  return s.inFlow - s.tflowSum - s.unpairedCount;
}

/**
 * Moves the potentials to the dual solution the certificate likes best, keeping every residual
 * reduced cost ≥ 0: a mentor holding nobody drops to T's potential (its only outgoing arc is the
 * one to T), and a paired mentee rises to W + pi of its mentor (its only incoming arc). Mentor
 * potentials only fall, so the bounds stay valid; higher mentee potentials pass more pairs.
 */
export function tightenPotentials(s: FlowState): void {
  const { n, m, pi, load, tflow, capacity, assign, assignScaled, previous } = s;
  const sink = n + m;
  const pt = pi[sink]!;
  for (let j = 0; j < m; j++) {
    if (load[j] === 0 && tflow[j] === 0 && capacity[j]! > 0 && pi[n + j]! > pt) pi[n + j] = pt;
  }
  const { offset, stability } = s.scaling;
  for (let i = 0; i < n; i++) {
    const j = assign[i]!;
    if (j < 0) continue;
    const top = offset + stability * assignScaled[i]! + (previous[i] === j ? 1 : 0) + pi[n + j]!;
    if (pi[i]! < top) pi[i] = top;
  }
}
