/**
 * The pairing engine's solver — our own exact min-cost-flow solver, the core of the product.
 * Most mentees paired first, then the best total score, then (re-solves) the fewest changes.
 */
import { contextFromProblem, type PairingContext } from './context';
import { type PairingSolution, solveContext } from './solve';
import type { PairingProblem, SolveOptions } from './types';

export { type CandidateSelection, concatCandidates, mergeRows, selectCandidates } from './candidates';
export {
  type Duals,
  dualsOf,
  findViolations,
  type RowScan,
  scanRows,
  type ViolationScan,
} from './certificate';
export { resolvePairing } from './resolve';
export type { PairingSolution, SolverMemory } from './solve';
export type * from './types';

export function solvePairing(problem: PairingProblem, options: SolveOptions = {}): PairingSolution {
  const context = contextFromProblem(problem, options);
  return solveContext(context, previousAssignment(context, options.previous));
}

/** Mentor index per mentee from earlier pairs (−1 when none); undefined when no pair applies. */
function previousAssignment(
  context: PairingContext,
  pairs: SolveOptions['previous'],
): Int32Array | undefined {
  if (!pairs || pairs.length === 0) return undefined;
  const previous = new Int32Array(context.menteeIds.length).fill(-1);
  let any = false;
  for (const [menteeId, mentorId] of pairs) {
    const i = context.menteeIndex.get(menteeId);
    const j = context.mentorIndex.get(mentorId);
    if (i === undefined || j === undefined || previous[i]! >= 0) continue;
    previous[i] = j;
    any = true;
  }
  return any ? previous : undefined;
}
