import { ConflictError } from '../../errors';
import { addCandidates, type ExtraPair, selectCandidates } from './candidates';
import { dualsOf, scanRows } from './certificate';
import type { PairingContext } from './context';
import { lock, removeMenteeFlow, unroute } from './flow-changes';
import { createFlowState, type FlowState, OUTSIDE, scaleScores } from './flow-state';
import { chooseScaling, stabilityFactor } from './scaling';
import { routeAll } from './shortest-path';
import type { Certificate, PairingResult } from './types';

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

/**
 * Solves from scratch: top-k candidates per mentee, sparse exact solve, certificate rounds.
 * `previous[i]` (a mentor index or −1) switches the stability tie-break on.
 */
export function solveContext(context: PairingContext, previous?: Int32Array): PairingSolution {
  const n = context.menteeIds.length;
  const m = context.mentorIds.length;
  const selection = selectCandidates(context.reader.fillRow, m, 0, n, context.candidatesPerMentee);
  const scaling = chooseScaling(selection.maxAbs, n, previous ? stabilityFactor(n) : 1);
  // Potentials start at 0, so W of the best pruned pair bounds W + pi[j] over the pruned pairs.
  const bound = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const best = selection.bestPruned[i]!;
    bound[i] =
      best === Number.NEGATIVE_INFINITY
        ? best
        : scaling.offset + scaling.stability * Math.round(best * scaling.scale) + (previous ? 1 : 0);
  }
  const state = createFlowState(context.capacities, selection, scaling, bound);
  if (previous) state.previous.set(previous);
  for (const i of context.removedMentees) removeMenteeFlow(state, i);
  for (const [i, j] of context.locks) {
    const score = pairScore(context, i, j);
    if (score - score !== 0) {
      const pair = `"${context.menteeIds[i]}" with "${context.mentorIds[j]}"`;
      throw new ConflictError('pairing.lock_forbidden', `Cannot lock ${pair}: the pair is forbidden.`);
    }
    lock(state, i, j, score, context.menteeIds[i]!, context.mentorIds[j]!);
  }
  const certificate = runRounds(context, state, 0);
  return toSolution(context, state, certificate);
}

/**
 * Sparse solve, then the certificate: each mentee whose potential fell below its bound has its
 * pairs checked against the duals; its best pruned pairs by reduced profit join the candidates and,
 * if one of them violates, the mentee is routed again. Ends when no pair violates: a proof.
 */
export function runRounds(context: PairingContext, state: FlowState, violationsBefore: number): Certificate {
  const m = context.mentorIds.length;
  let violations = violationsBefore;
  let checkedPairs = 0;
  let maxScaled = 0;
  const keep = Math.max(2, Math.ceil(context.candidatesPerMentee / 3));
  for (let rounds = 1; ; rounds++) {
    const T0 = performance.now();
    routeAll(state);
    const T1 = performance.now();
    const rows = rowsToCheck(state);
    const scan = scanRows(dualsOf(state), state.rows, context.reader.fillRow, m, rows, keep);
    if ((globalThis as any).DEBUG_PAIRING) console.error(`round ${rounds} route ${(T1 - T0).toFixed(0)}ms scan ${rows.length} rows ${(performance.now() - T1).toFixed(0)}ms violating rows ${scan.violatingRows.length} pairs ${scan.violating} cands ${state.rows.mentor.length}`);
    checkedPairs += scan.checkedPairs;
    maxScaled = Math.max(maxScaled, scan.maxScaled);
    const last = scan.violatingRows.length > 0 && rounds >= context.maxRounds;
    // On a last round that still fails, rows with violators are left as they were.
    const skip = last ? new Set(scan.violatingRows) : undefined;
    for (let r = 0; r < rows.length; r++) {
      if (!skip?.has(rows[r]!)) state.bound[rows[r]!] = scan.bounds[r]!;
    }
    state.fullCheck = false;
    const additions = skip ? scan.additions.filter((pair) => !skip.has(pair.mentee)) : scan.additions;
    widenCandidates(state, additions, last ? [] : scan.violatingRows);
    if (scan.violatingRows.length === 0 || last) {
      const holds = scan.violatingRows.length === 0 && maxScaled <= state.scaling.maxScaled;
      return { holds, checkedPairs, violations, rounds };
    }
    violations += scan.violating;
  }
}

/** Mentees in the flow whose pruned pairs might violate the certificate. */
function rowsToCheck(state: FlowState): Int32Array {
  const { n, pi, bound, assign } = state;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    if (assign[i] === OUTSIDE) continue;
    if (state.fullCheck || pi[i]! < bound[i]!) rows.push(i);
  }
  return Int32Array.from(rows);
}

/** Adds pairs to the candidates; the mentees in `reroute` take their units back to use them. */
export function widenCandidates(
  state: FlowState,
  pairs: readonly ExtraPair[],
  reroute: readonly number[],
): void {
  if (pairs.length > 0) {
    state.rows = addCandidates(state.rows, pairs, state.n);
    state.scaled = scaleScores(state.rows.score, state.scaling.scale);
  }
  for (const i of reroute) unroute(state, i);
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
