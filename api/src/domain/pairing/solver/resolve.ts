import { ConflictError, InvalidInputError } from '../../errors';
import { addCandidates, selectCandidates } from './candidates';
import { lookUp, type PairingContext, withReader } from './context';
import { dropPair, lock, removeMenteeFlow, removeMentorFlow } from './flow-changes';
import { cloneFlowState, createScratch, type FlowState, scaleScores, UNROUTED } from './flow-state';
import { scalingFits, stabilityFactor } from './scaling';
import { type PairingSolution, pairScore, runRounds, solveContext, toSolution } from './solve';
import type { PairingChange } from './types';

const EXACT_LIMIT = 2 ** 48;

/**
 * Re-solves after one change, starting from the previous flow and potentials: only the units the
 * change sets loose are routed again. Same objective as a fresh solve (most pairs, best total), and
 * among the optimal solutions the one keeping the most previous pairs (stability bonus, see
 * scaling.ts). Falls back to a fresh solve (with the same tie-break) when the integer scaling
 * cannot hold the changed problem.
 */
export function resolvePairing(previous: PairingSolution, change: PairingChange): PairingSolution {
  const { context: before, state: old } = previous.memory;
  const context = changedContext(before, change);
  const n = context.menteeIds.length;
  const previousPairs = new Int32Array(n).fill(-1);
  for (let i = 0; i < old.n; i++) if (old.assign[i]! >= 0) previousPairs[i] = old.assign[i]!;

  // Releasing a lock frees a place that an unpaired mentee may now take; the warm flow does not
  // re-route mentees it left unpaired, so such changes solve afresh (same objective and tie-break).
  if (releasesLock(before, old, change)) return solveContext(context, previousPairs);
  const state = warmState(old, context, change, previousPairs);
  if (!state) return solveContext(context, previousPairs);
  applyChange(state, context, change);
  return toSolution(context, state, runRounds(context, state, 0));
}

function releasesLock(context: PairingContext, state: FlowState, change: PairingChange): boolean {
  if (change.kind === 'remove-mentee') {
    return state.locked[lookUp(context.menteeIndex, change.mentee, 'mentee')]! >= 0;
  }
  if (change.kind === 'forbid' || change.kind === 'lock') {
    const i = lookUp(context.menteeIndex, change.mentee, 'mentee');
    const j = lookUp(context.mentorIndex, change.mentor, 'mentor');
    const held = state.locked[i]!;
    return change.kind === 'forbid' ? held === j : held >= 0 && held !== j;
  }
  return false;
}

/** A copy of the previous state, rescaled for the stability bonus; null when it cannot be exact. */
function warmState(
  old: FlowState,
  context: PairingContext,
  change: PairingChange,
  previousPairs: Int32Array,
): FlowState | null {
  const n = context.menteeIds.length;
  let s = cloneFlowState(old);
  if (change.kind === 'add-mentee') {
    const row = context.reader;
    const selection = selectCandidates(
      row.fillRow,
      context.mentorIds.length,
      n - 1,
      n,
      context.candidatesPerMentee,
    );
    const maxScaled = Math.ceil(selection.maxAbs * s.scaling.scale);
    if (!scalingFits(s.scaling, maxScaled, n)) return null;
    const extra = Array.from(selection.mentor, (mentor, e) => ({
      mentee: n - 1,
      mentor,
      score: selection.score[e]!,
    }));
    s = grow(s, n);
    s.rows = addCandidates(s.rows, extra, n);
    s.scaled = scaleScores(s.rows.score, s.scaling.scale);
  }
  const factor = stabilityFactor(n);
  if (s.scaling.stability < factor) {
    // Only a state without stability bonuses rescales exactly (bonuses do not scale).
    if (s.previous.some((j) => j >= 0)) return null;
    const ratio = factor / s.scaling.stability;
    if (s.scaling.offset * ratio > EXACT_LIMIT) return null;
    for (let x = 0; x < s.pi.length; x++) s.pi[x] = s.pi[x]! * ratio;
    // W + pi[j] scales by the ratio too; + 1 covers a stability bonus.
    for (let i = 0; i < s.n; i++) s.bound[i] = s.bound[i]! * ratio + 1;
    s.scaling = { ...s.scaling, stability: factor, offset: s.scaling.offset * ratio };
  }
  // Raising the weight of pairs in place, or lowering others, keeps the potentials feasible.
  s.previous = previousPairs;
  return s;
}

/** Adds one mentee slot (index n − 1) to every per-mentee array. */
function grow(s: FlowState, n: number): FlowState {
  const m = s.m;
  const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T, fill: number): T => {
    const out = new (a.constructor as new (size: number) => T)(n);
    out.set(a as never);
    out[n - 1] = fill;
    return out;
  };
  const pi = new Float64Array(n + m + 1);
  pi.set(s.pi.subarray(0, s.n));
  pi.set(s.pi.subarray(s.n), n);
  return {
    ...s,
    n,
    assign: widen(s.assign, UNROUTED),
    assignScaled: widen(s.assignScaled, 0),
    assignScore: widen(s.assignScore, 0),
    previous: widen(s.previous, -1),
    bound: widen(s.bound, Number.POSITIVE_INFINITY),
    shadowMentor: widenBy(s.shadowMentor, s.shadowWidth, n),
    shadowScore: widenBy(s.shadowScore, s.shadowWidth, n),
    locked: widen(s.locked, -1),
    lockedScore: widen(s.lockedScore, 0),
    pi,
    inFlow: s.inFlow + 1,
    scratch: createScratch(n + m + 1),
  };
}

/** Per-mentee blocks of `width` entries, one block more (mentor −1 / score 0: no shadow pair). */
function widenBy<T extends Int32Array | Float64Array>(a: T, width: number, n: number): T {
  const out = new (a.constructor as new (size: number) => T)(n * width);
  out.set(a as never);
  if (out instanceof Int32Array) out.fill(-1, (n - 1) * width);
  return out;
}

function changedContext(c: PairingContext, change: PairingChange): PairingContext {
  switch (change.kind) {
    case 'lock': {
      const i = lookUp(c.menteeIndex, change.mentee, 'mentee');
      const j = lookUp(c.mentorIndex, change.mentor, 'mentor');
      return withReader({ ...c, locks: new Map(c.locks).set(i, j) });
    }
    case 'forbid': {
      const i = lookUp(c.menteeIndex, change.mentee, 'mentee');
      const j = lookUp(c.mentorIndex, change.mentor, 'mentor');
      const forbidden = new Map(c.forbidden).set(i, [...(c.forbidden.get(i) ?? []), j]);
      const locks = new Map(c.locks);
      if (locks.get(i) === j) locks.delete(i);
      return withReader({ ...c, forbidden, locks });
    }
    case 'remove-mentor': {
      const j = lookUp(c.mentorIndex, change.mentor, 'mentor');
      const locks = new Map([...c.locks].filter(([, mentor]) => mentor !== j));
      return withReader({ ...c, removedMentors: [...c.removedMentors, j], locks });
    }
    case 'remove-mentee': {
      const i = lookUp(c.menteeIndex, change.mentee, 'mentee');
      const locks = new Map(c.locks);
      locks.delete(i);
      return withReader({ ...c, removedMentees: new Set(c.removedMentees).add(i), locks });
    }
    case 'add-mentee': {
      if (c.menteeIndex.has(change.mentee)) {
        throw new InvalidInputError('pairing.duplicate_id', `Duplicate mentee id "${change.mentee}".`);
      }
      const m = c.mentorIds.length;
      if (change.scores.length !== m) {
        throw new InvalidInputError(
          'pairing.bad_scores',
          `Mentee "${change.mentee}" has ${change.scores.length} scores, expected ${m}.`,
        );
      }
      const i = c.menteeIds.length;
      const row = Float64Array.from(change.scores, (v) => (v === null ? Number.NaN : v));
      return withReader({
        ...c,
        menteeIds: [...c.menteeIds, change.mentee],
        menteeIndex: new Map(c.menteeIndex).set(change.mentee, i),
        addedRows: new Map(c.addedRows).set(i, row),
      });
    }
  }
}

function applyChange(s: FlowState, context: PairingContext, change: PairingChange): void {
  switch (change.kind) {
    case 'lock': {
      const i = context.menteeIndex.get(change.mentee)!;
      const j = context.mentorIndex.get(change.mentor)!;
      const score = pairScore(context, i, j);
      if (score - score !== 0) {
        throw new ConflictError(
          'pairing.lock_forbidden',
          `Cannot lock "${change.mentee}" with "${change.mentor}": the pair is forbidden.`,
        );
      }
      lock(s, i, j, score, change.mentee, change.mentor);
      return;
    }
    case 'forbid':
      dropPair(s, context.menteeIndex.get(change.mentee)!, context.mentorIndex.get(change.mentor)!);
      return;
    case 'remove-mentor':
      removeMentorFlow(s, context.mentorIndex.get(change.mentor)!);
      return;
    case 'remove-mentee':
      removeMenteeFlow(s, context.menteeIndex.get(change.mentee)!);
      return;
    case 'add-mentee':
      return;
  }
}
