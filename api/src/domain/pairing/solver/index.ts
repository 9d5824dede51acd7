/**
 * The pairing engine's solver — our own exact min-cost-flow solver, the core of the product.
 * Most mentees paired first, then the best total score, then (re-solves) the fewest changes.
 */
import { contextFromProblem } from './context';
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
  return solveContext(contextFromProblem(problem, options));
}
