import { ConflictError } from '../../errors';
import { addCandidates, selectCandidates } from './candidates';
import { dualsOf, findViolations } from './certificate';
import type { PairingContext } from './context';
import { lock, removeMenteeFlow, unroute } from './flow-changes';
import { createFlowState, type FlowState, scaleScores } from './flow-state';
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
  const state = createFlowState(context.capacities, selection, scaling);
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

/** Sparse solve, then the certificate pass; violators join the candidates until none is left. */
export function runRounds(context: PairingContext, state: FlowState, violationsBefore: number): Certificate {
  const m = context.mentorIds.length;
  let violations = violationsBefore;
  let checkedPairs = 0;
  let maxScaled = 0;
  const perMentee = Math.max(2, Math.ceil(context.candidatesPerMentee / 3));
  for (let rounds = 1; ; rounds++) {
    routeAll(state);
    const only = state.fullCheck ? undefined : state.dirty;
    const scan = findViolations(dualsOf(state), context.reader.fillRow, m, 0, state.n, perMentee, only);
    state.fullCheck = false;
    state.dirty.fill(0);
    checkedPairs += scan.checkedPairs;
    maxScaled = Math.max(maxScaled, scan.maxScaled);
    if (scan.violations.length === 0 || rounds >= context.maxRounds) {
      const holds = scan.violations.length === 0 && maxScaled <= state.scaling.maxScaled;
      return { holds, checkedPairs, violations, rounds };
    }
    violations += scan.violations.length;
    widenCandidates(state, scan.violations);
  }
}

/** Adds pairs to the candidates; their mentees take their units back to use them. */
export function widenCandidates(
  state: FlowState,
  pairs: readonly { mentee: number; mentor: number; score: number }[],
): void {
  state.rows = addCandidates(state.rows, pairs, state.n);
  state.scaled = scaleScores(state.rows.score, state.scaling.scale);
  for (const pair of pairs) unroute(state, pair.mentee);
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
