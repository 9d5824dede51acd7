import { createEngine, fastScorers } from './engine';
import { evaluatePair, hardConstraints } from './evaluate';
import type {
  ForbiddenReason,
  PairingCandidate,
  PairingSettings,
  PairResult,
  UnmatchedReason,
} from './types';
import { whyUnmatchedCounted } from './unmatched';

/** What the solver needs, plus the detailed views behind each number. */
export interface PairingInstance {
  readonly mentees: readonly { id: string }[];
  readonly mentors: readonly { id: string; capacity: number }[];
  /** Admin locks present in this instance, as (mentee id, mentor id). */
  readonly locked: readonly (readonly [string, string])[];
  /** Score of (mentee i, mentor j), `null` when the pair is forbidden. */
  score(i: number, j: number): number | null;
  /** Mentee i's scores with every mentor into `out` (length = mentor count), `NaN` when forbidden. */
  fillRow(i: number, out: Float64Array): void;
  /** Mentee i's scores with the listed mentors only: out[t] for mentors[t], `NaN` when forbidden. */
  fillPairs(i: number, mentors: Int32Array, count: number, out: Float64Array): void;
  /** The same pair with its criteria or its reasons, for explanations. */
  evaluate(i: number, j: number): PairResult;
  /** Hard constraints of the pair, ignoring locks. */
  forbiddenReasons(i: number, j: number): ForbiddenReason[];
  /** Why a mentee the solver left unpaired has no mentor: every mentor forbidden, or the eligible ones full. */
  unmatchedMentee(i: number): UnmatchedReason;
  /** Why a mentor the solver left without a mentee has none. */
  unmatchedMentor(j: number): UnmatchedReason;
}

const capacityOf = (mentor: PairingCandidate): number =>
  Number.isFinite(mentor.capacity) ? Math.max(0, Math.floor(mentor.capacity)) : 0;

export function buildInstance(
  mentees: readonly PairingCandidate[],
  mentors: readonly PairingCandidate[],
  settings: PairingSettings,
): PairingInstance {
  const engine = createEngine(mentees, mentors, settings);
  const { pair: raw, fill } = fastScorers(engine);
  const reasonsOf = (i: number, j: number): ForbiddenReason[] | null => {
    const result = evaluatePair(engine, i, j);
    return result.allowed ? null : result.reasons;
  };
  const locked: (readonly [string, string])[] = [];
  engine.lockedMentor.forEach((j, i) => {
    if (j !== -1) locked.push([mentees[i]!.id, mentors[j]!.id]);
  });
  return {
    mentees: mentees.map((p) => ({ id: p.id })),
    mentors: mentors.map((p) => ({ id: p.id, capacity: capacityOf(p) })),
    locked,
    score(i, j) {
      const s = raw(i, j);
      return Number.isNaN(s) ? null : s;
    },
    fillRow(i, out) {
      fill(i, null, mentors.length, out);
    },
    fillPairs(i, list, count, out) {
      fill(i, list, count, out);
    },
    evaluate: (i, j) => evaluatePair(engine, i, j),
    forbiddenReasons: (i, j) => hardConstraints(engine, i, j),
    // The fast scorers count the allowed partners (they agree with the evaluation); reasons are
    // evaluated only for someone who has none.
    unmatchedMentee(i) {
      const row = new Float64Array(mentors.length);
      fill(i, null, mentors.length, row);
      let eligible = 0;
      for (const score of row) if (!Number.isNaN(score)) eligible++;
      return whyUnmatchedCounted('mentee', mentors.length, eligible, () =>
        mentors.map((_, j) => reasonsOf(i, j)),
      );
    },
    unmatchedMentor(j) {
      let eligible = 0;
      for (let i = 0; i < mentees.length; i++) if (!Number.isNaN(raw(i, j))) eligible++;
      return whyUnmatchedCounted('mentor', mentees.length, eligible, () =>
        mentees.map((_, i) => reasonsOf(i, j)),
      );
    },
  };
}

/** One pair on its own: the whole result with criteria, or the reasons it is forbidden. */
export function scorePair(
  mentee: PairingCandidate,
  mentor: PairingCandidate,
  settings: PairingSettings,
): PairResult {
  return evaluatePair(createEngine([mentee], [mentor], settings), 0, 0);
}
