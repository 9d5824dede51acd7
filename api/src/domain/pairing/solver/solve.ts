import { ConflictError } from '../../errors';
import { auctionFromFlow, createAuction, refineAuction, runAuction, warmStart } from './auction';
import { type CandidateRows, mergeRows, RowAppender, selectCandidates } from './candidates';
import { dualsOf, type RowScan } from './certificate';
import { beginScan, type PairingContext, scanContext } from './context';
import { lock, unroute } from './flow-changes';
import {
  createFlowState,
  type FlowState,
  OUTSIDE,
  scaleScores,
  setShadows,
  tightenPotentials,
  UNROUTED,
} from './flow-state';
import { PILOT_WIDTH, type PilotRows, pilotPrices, pilotSample } from './pilot';
import { roundHalfUp } from './round';
import { chooseScaling, type Scaling, stabilityFactor } from './scaling';
import { routeAll } from './shortest-path';
import { createSketch, type ScoreSketch } from './sketch';
import type { Certificate, PairingResult, ScanRequest } from './types';

/** A solution, with what a re-solve needs to start from it. */
export interface PairingSolution extends PairingResult {
  readonly memory: SolverMemory;
}

export interface SolverMemory {
  readonly context: PairingContext;
  readonly state: FlowState;
}

/** The score of one pair, or NaN when forbidden. */
export function pairScore(context: PairingContext, i: number, j: number): number {
  const row = new Float64Array(context.mentorIds.length);
  context.reader.fillRow(i, row);
  return row[j]!;
}

/** Rows per block of the first pass: enough blocks for the prices to settle before most rows are read. */
const BLOCKS = 32;

/** Shadow pairs kept per row read, as a multiple of the candidates added per row (see `FlowState`). */
const SHADOW_FACTOR = 2;

/** Bids per mentee before the first pass's auction stops, and its precision (ε = F × max score / this). */
const AUCTION_BIDS = 200;
const AUCTION_PRECISION = 2000;

/** Bids per mentee for the refinement after an auction (see `refineAuction`). */
const REFINE_BIDS = 20;

/** Units to re-route from which a certificate round warm-starts them with an auction. */
const AUCTION_MIN_UNITS = 256;

function auctionEpsilon(scaling: Scaling): number {
  return Math.max(1, Math.round((scaling.stability * scaling.maxScaled) / AUCTION_PRECISION));
}

/** Share of the mentees the price pilot reads, and the smallest instance worth a pilot. */
const PILOT_SHARE = 1 / 16;
const PILOT_MIN_MENTEES = 2000;

/**
 * With the pilot, the first pass keeps this many times the candidates per mentee: the first
 * certificate round reads every row again anyway, and a richer first pass gives it duals closer to
 * the final ones. At 30k: violating pairs in round 1 278 k → 177 k, 17.9–22.1 s → 14.6–15.9 s (CPU
 * 34–38 s → 28 s); at 10k within the noise; ×2 was no better at 30k.
 */
const PILOT_FIRST_PASS_WIDTH = 1.5;

/**
 * Largest programme (mentees × mentors, one byte a pair) whose first pass keeps a sketch of the
 * scores for the certificate rounds (`sketch.ts`): 128 MiB. 10,000 × 6,000 takes 60 MB of its
 * 400 MB; 30,000 × 18,000 would take 540 MB and break its 1 GB, so it reads rows again.
 */
const SKETCH_MAX_PAIRS = 2 ** 27;

/** Scores are read to 1/1000 by the pilot: it ranks and estimates, exactness never depends on it. */
const PILOT_SCALE = 1000;

/**
 * The pilot's rows, read like any other (so on the context's threads), before the scaling is
 * known: values are the scores to 1/1000 (potentials 0, no bound to pass), the best `PILOT_WIDTH`
 * kept, the next one the outside option.
 */
function readPilot(context: PairingContext): PilotRows {
  const n = context.menteeIds.length;
  const m = context.mentorIds.length;
  const rows = pilotSample(n, PILOT_SHARE);
  const scan = scanContext(context, {
    duals: {
      scale: PILOT_SCALE,
      stability: 1,
      offset: 0,
      mentee: new Float64Array(n).fill(Number.POSITIVE_INFINITY),
      mentor: Float64Array.from(context.capacities, (capacity) => (capacity === 0 ? Number.NaN : 0)),
      previous: new Int32Array(n).fill(-1),
    },
    candidates: { start: new Int32Array(n + 1), mentor: new Int32Array(0), score: new Float64Array(0) },
    rows,
    keep: Math.min(PILOT_WIDTH, m),
    shadow: 0,
  });
  return {
    best: scan.additions,
    outside: scan.bounds.map((bound) => bound / PILOT_SCALE),
    maxAbs: scan.maxScaled / PILOT_SCALE,
  };
}

/**
 * Solves from scratch. First pass, in blocks of mentees: a block's candidates are its best pairs by
 * reduced profit W(i, j) − price[j] under the prices of a forward auction (`auction.ts`) run on the
 * blocks before it (the first block, at prices 0, by score), so popular mentors stop crowding every
 * list once they are full. From `PILOT_MIN_MENTEES` on, a price pilot (`pilot.ts`) first estimates the
 * whole market's prices from a sample, and every block ranks by W(i, j) − price[j] − bias[j] instead
 * (then without bounds: the first certificate round reads every row again). The auction's prices and assignment
 * then warm-start successive shortest paths, which finish exactly; then the certificate rounds.
 * `previous[i]` (a mentor index or −1) switches the stability tie-break on.
 */
export function solveContext(
  context: PairingContext,
  previous?: Int32Array,
  fixedScaling?: Scaling,
): PairingSolution {
  const n = context.menteeIds.length;
  const m = context.mentorIds.length;
  const k = context.candidatesPerMentee;
  const fillRow = context.reader.fillRow;
  const blockRows = fixedScaling ? n : Math.max(1, Math.ceil(n / BLOCKS));
  const firstEnd = Math.min(n, blockRows);
  // From PILOT_MIN_MENTEES on, the pilot's sample (read anyway) sizes the scaling; below, the first
  // block does. With room to spare: a later score beyond it restarts with a full-pass scaling.
  const pilot = !fixedScaling && n >= PILOT_MIN_MENTEES && blockRows < n ? readPilot(context) : undefined;
  const first = pilot ? undefined : selectCandidates(fillRow, m, 0, firstEnd, k);
  const maxAbs = pilot ? pilot.maxAbs : first!.maxAbs;
  const stability = previous ? stabilityFactor(n) : 1;
  const scaling = fixedScaling ?? chooseScaling(firstEnd === n ? maxAbs : 2 * maxAbs, n, stability);
  const empty = { start: new Int32Array(n + 1), mentor: new Int32Array(0), score: new Float64Array(0) };
  const state = createFlowState(context.capacities, empty, scaling, undefined, k * SHADOW_FACTOR);
  if (previous) state.previous.set(previous);
  // Mentees wait outside the flow until their block is read.
  state.assign.fill(OUTSIDE);
  state.inFlow = 0;
  for (const [i, j] of context.locks) {
    const score = pairScore(context, i, j);
    if (score - score !== 0) {
      const pair = `"${context.menteeIds[i]}" with "${context.mentorIds[j]}"`;
      throw new ConflictError('pairing.lock_forbidden', `Cannot lock ${pair}: the pair is forbidden.`);
    }
    lock(state, i, j, score, context.menteeIds[i]!, context.mentorIds[j]!);
  }
  let maxScaled = Math.ceil(maxAbs * scaling.scale);
  // Pilot prices, in W units: candidates are chosen by W(i, j) + pi[j] − bias[j] in the first pass.
  let bias: Float64Array | undefined;
  if (pilot) {
    const prices = pilotPrices(pilot, m, n, context.capacities);
    bias = new Float64Array(m);
    // integers within the scaling's range, so W + pi[j] − bias[j] and its inverse stay exact
    const cap = 2 * scaling.maxScaled;
    for (let j = 0; j < m; j++) {
      const price = Math.round(prices[j]! * scaling.scale);
      bias[j] = scaling.stability * (price > 0 ? Math.min(price, cap) : 0);
    }
  }
  // With the pilot, the first pass reads every row: it can sketch them all for the rounds.
  const sketch = bias && n * m <= SKETCH_MAX_PAIRS ? createSketch(n, m, scaling.maxScaled) : undefined;
  const auction = createAuction(state.capacity, n, AUCTION_BIDS * n);
  const firstKeep = bias ? Math.round(k * PILOT_FIRST_PASS_WIDTH) : k;
  const epsilon = auctionEpsilon(scaling);
  /** The mentees of the block starting at `from`. */
  const blockOf = (from: number) =>
    Int32Array.from({ length: Math.min(n, from + blockRows) - from }, (_, r) => from + r);
  const menteeDuals = new Float64Array(n);
  /** The auction's prices when the last block's request was made. */
  const lastPrice = new Float64Array(m);
  /** A block's rows, ranked at the auction's current prices (a copy: the request may be read later). */
  const blockRequest = (from: number): ScanRequest => {
    const mentor = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const price = auction.price[j]!;
      // Ranked only (with the pilot): the auction that runs meanwhile will have raised the price by
      // about as much as the last one did. Without the pilot, potentials −price: the warm start sets
      // them, and they only fall after, so the bounds hold.
      const guess = bias ? 2 * price - lastPrice[j]! : price;
      lastPrice[j] = price;
      mentor[j] = state.capacity[j] === 0 ? Number.NaN : -guess;
    }
    const { scale, stability, offset } = scaling;
    return {
      duals: { scale, stability, offset, mentee: menteeDuals, mentor, previous: state.previous },
      candidates: state.rows,
      rows: blockOf(from),
      keep: firstKeep,
      // ranked with the pilot's prices: no shadows and no bounds (see `scanRows`)
      shadow: bias ? 0 : state.shadowWidth,
      bias,
      record: sketch,
    };
  };
  const appender = new RowAppender(n, n * Math.min(m, firstKeep), scaling.scale);
  /** Adds a block's candidates: appended after the rows so far, merged if a row is already there. */
  const appendBlock = (from: number, rows: Int32Array, add: CandidateRows) => {
    if (appender.canAppend(state.rows, from)) {
      ({ rows: state.rows, scaled: state.scaled } = appender.append(state.rows, from, add));
    } else {
      state.rows = mergeRows(state.rows, n, rows, add);
      state.scaled = scaleScores(state.rows.score, scaling.scale);
    }
  };
  // With the pilot, the next block is read while this one's auction runs (on the scanner's threads),
  // so it is ranked before that auction, at the prices extrapolated from the last change (no bounds
  // are taken there). Without a scanner, the same prices, read after the auction.
  let nextBlock: (() => RowScan) | undefined;
  for (let from = 0; from < n; from += blockRows) {
    const rows = blockOf(from);
    const to = from + rows.length;
    if (from === 0 && first) {
      // Prices are 0: W of the best pruned pair bounds W + pi[j] over the pruned pairs.
      for (let i = 0; i < to; i++) {
        const best = first.bestPruned[i]!;
        state.bound[i] =
          best === Number.NEGATIVE_INFINITY
            ? best
            : scaling.offset + scaling.stability * roundHalfUp(best * scaling.scale) + (previous ? 1 : 0);
      }
      appendBlock(from, rows, first);
    } else {
      const scan = nextBlock ? nextBlock() : scanContext(context, blockRequest(from));
      nextBlock = undefined;
      maxScaled = Math.max(maxScaled, scan.maxScaled);
      state.bound.set(scan.bounds, from);
      setShadows(state, rows, scan.shadows);
      appendBlock(from, rows, scan.additions);
    }
    const bidders: number[] = [];
    for (let i = from; i < to; i++) {
      if (context.removedMentees.has(i) || context.locks.has(i)) continue;
      state.assign[i] = UNROUTED;
      state.inFlow++;
      bidders.push(i);
    }
    if (bias && to < n) nextBlock = beginScan(context, blockRequest(to));
    runAuction(auction, state, bidders, epsilon);
  }
  if (maxScaled > scaling.maxScaled) {
    // A score beyond what the first block suggested: solve again with the right scaling.
    let maxAbs = 0;
    const row = new Float64Array(m);
    for (let i = 0; i < n; i++) {
      fillRow(i, row);
      for (let j = 0; j < m; j++) {
        const v = row[j]!;
        if (v - v === 0 && Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
      }
    }
    return solveContext(context, previous, chooseScaling(maxAbs, n, stability));
  }
  refineAuction(auction, state, REFINE_BIDS * n);
  warmStart(state, auction);
  routeAll(state);
  const certificate = runRounds(context, state, 0, sketch);
  return toSolution(context, state, certificate);
}

/**
 * The certificate: each mentee whose potential fell below its bound has its pairs checked against
 * the duals; its best pruned pairs by reduced profit join the candidates and, if one of them
 * violates, the mentee is routed again. A mentee whose potential fell only below one of its shadow
 * pairs is not read: those pairs join the candidates. Ends when no pair violates: a proof of
 * optimality. When a round moves many mentees, an auction from the current prices places them
 * first and the shortest paths only repair what it left (same warm start as the first pass).
 */
export function runRounds(
  context: PairingContext,
  state: FlowState,
  violationsBefore: number,
  sketch?: ScoreSketch,
): Certificate {
  let violations = violationsBefore;
  let checkedPairs = 0;
  let maxScaled = 0;
  for (let rounds = 1; ; rounds++) {
    routeAll(state);
    tightenPotentials(state);
    const check = rowsToCheck(state);
    const rows = check.read;
    const scan = scanContext(context, {
      duals: dualsOf(state),
      candidates: state.rows,
      rows,
      keep: context.candidatesPerMentee,
      shadow: state.shadowWidth,
      sketch,
    });
    checkedPairs += scan.checkedPairs + check.shadowsChecked;
    maxScaled = Math.max(maxScaled, scan.maxScaled);
    const violating = scan.violating + check.promoted.mentor.length;
    const failed = scan.violatingRows.length > 0 || check.promotedRows.length > 0;
    if (failed && rounds >= context.maxRounds) {
      return { holds: false, checkedPairs, violations: violations + violating, rounds };
    }
    for (let r = 0; r < rows.length; r++) state.bound[rows[r]!] = scan.bounds[r]!;
    setShadows(state, rows, scan.shadows);
    state.fullCheck = false;
    if (rows.length > 0 || check.promotedRows.length > 0) {
      state.rows = mergeRows(state.rows, state.n, rows, scan.additions);
      state.rows = mergeRows(state.rows, state.n, check.promotedRows, check.promoted);
      state.scaled = scaleScores(state.rows.score, state.scaling.scale);
    }
    if (!failed) {
      return { holds: maxScaled <= state.scaling.maxScaled, checkedPairs, violations, rounds };
    }
    violations += violating;
    for (const i of scan.violatingRows) unroute(state, i);
    for (const i of check.promotedRows) unroute(state, i);
    const moved = scan.violatingRows.length + check.promotedRows.length;
    if (moved >= AUCTION_MIN_UNITS) {
      // Many mentees to move: an auction from the current prices is a much cheaper start.
      const auction = auctionFromFlow(state, AUCTION_BIDS * state.n);
      const bidders: number[] = [];
      for (let i = 0; i < state.n; i++)
        if (state.assign[i]! < 0 && state.assign[i] !== OUTSIDE) bidders.push(i);
      runAuction(auction, state, bidders, auctionEpsilon(state.scaling));
      refineAuction(auction, state, REFINE_BIDS * state.n);
      warmStart(state, auction);
    }
  }
}

interface RowCheck {
  /** Mentees whose rows must be read again. */
  readonly read: Int32Array;
  /** Mentees with a violating shadow pair (rows not read), ascending, and those pairs by mentor. */
  readonly promotedRows: Int32Array;
  readonly promoted: CandidateRows;
  /** Pairs of the rows not read, checked through their shadows and candidates. */
  readonly shadowsChecked: number;
}

/**
 * Mentees in the flow whose pruned pairs might violate the certificate: those whose potential fell
 * below their bound are read again; for the others, the shadow pairs are checked exactly and the
 * violating ones taken out of the shadows (they join the candidates).
 */
function rowsToCheck(state: FlowState): RowCheck {
  const { n, pi, bound, assign, capacity, previous, shadowMentor, shadowScore } = state;
  const width = state.shadowWidth;
  const { offset, stability, scale } = state.scaling;
  let count = 0;
  const rows = new Int32Array(n);
  const promotedRows: number[] = [];
  const start: number[] = [0];
  const mentor: number[] = [];
  const score: number[] = [];
  let shadowsChecked = 0;
  for (let i = 0; i < n; i++) {
    if (assign[i] === OUTSIDE) continue;
    const p = pi[i]!;
    if (state.fullCheck || p < bound[i]!) {
      rows[count++] = i;
      continue;
    }
    const from = mentor.length;
    // the candidates need no check (the sparse solve keeps their reduced costs ≥ 0)
    shadowsChecked += state.rows.start[i + 1]! - state.rows.start[i]!;
    for (let t = i * width; t < (i + 1) * width; t++) {
      const j = shadowMentor[t]!;
      if (j < 0 || capacity[j] === 0) continue;
      shadowsChecked++;
      const w = offset + stability * roundHalfUp(shadowScore[t]! * scale) + (previous[i] === j ? 1 : 0);
      if (w + pi[n + j]! <= p) continue;
      // keep the row sorted by mentor
      let at = mentor.length;
      mentor.push(j);
      score.push(shadowScore[t]!);
      while (at > from && mentor[at - 1]! > j) {
        mentor[at] = mentor[at - 1]!;
        score[at] = score[at - 1]!;
        at--;
      }
      mentor[at] = j;
      score[at] = shadowScore[t]!;
      shadowMentor[t] = -1;
    }
    if (mentor.length > from) {
      promotedRows.push(i);
      start.push(mentor.length);
    }
  }
  return {
    read: rows.slice(0, count),
    promotedRows: Int32Array.from(promotedRows),
    promoted: {
      start: Int32Array.from(start),
      mentor: Int32Array.from(mentor),
      score: Float64Array.from(score),
    },
    shadowsChecked,
  };
}

export function toSolution(
  context: PairingContext,
  state: FlowState,
  certificate: Certificate,
): PairingSolution {
  const pairs: [string, string][] = [];
  let total = 0;
  for (let i = 0; i < state.n; i++) {
    const locked = state.locked[i]!;
    const j = locked >= 0 ? locked : state.assign[i]!;
    if (j < 0) continue;
    pairs.push([context.menteeIds[i]!, context.mentorIds[j]!]);
    total += locked >= 0 ? state.lockedScore[i]! : state.assignScore[i]!;
  }
  return { pairs, total, paired: pairs.length, certificate, memory: { context, state } };
}
