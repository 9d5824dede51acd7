import {
  buildInstance,
  type CriterionResult,
  explainUnmatched,
  type PairingCandidate,
  type PairingSettings,
  type UnmatchedReason,
} from '../domain/pairing/score';
import { type RowScanner, solvePairing } from '../domain/pairing/solver';
import type { RowSource } from '../domain/pairing/solver/score-reader';

/**
 * The CPU-bound part of a matching run, as plain data in and out (structured-cloneable), so that it
 * can run on a thread of its own: scoring every pair, the exact solve, and the reasons of the
 * people left unpaired.
 */
export interface MatchingInput {
  mentees: PairingCandidate[];
  mentors: PairingCandidate[];
  settings: PairingSettings;
  /** The current proposals: kept where the optimum allows (fewest changes). */
  previous: [string, string][];
}

export interface Unmatched {
  aadId: string;
  role: 'mentor' | 'mentee';
  reason: UnmatchedReason;
  explanation: { fr: string; en: string };
}

export interface ProposedPair {
  menteeAadId: string;
  mentorAadId: string;
  score: number;
  criteria: CriterionResult[];
  locked: boolean;
}

export type MatchingFigures = {
  mentees: number;
  mentors: number;
  paired: number;
  total: number;
  optimal: boolean;
  rounds: number;
  /** Time to score and solve, in milliseconds. */
  ms: number;
};

export interface MatchingOutput {
  proposals: ProposedPair[];
  unmatched: Unmatched[];
  figures: MatchingFigures;
}

/** Runs the CPU-bound part of a matching, wherever the caller chooses (this thread or another). */
export type MatchingCompute = (input: MatchingInput) => Promise<MatchingOutput>;

/**
 * The scores a matching reads, rebuilt from its input: what row-scan threads load (see
 * `RowSourceSpec`), the same for every thread since the instance is deterministic.
 */
export function matchingScores(
  mentees: PairingCandidate[],
  mentors: PairingCandidate[],
  settings: PairingSettings,
): RowSource {
  const instance = buildInstance(mentees, mentors, settings);
  return { fillRow: instance.fillRow, fillPairs: instance.fillPairs };
}

/**
 * Scores, solves exactly, and explains who is left unpaired. Pure apart from the clock it reads.
 * `scanner`, when given, reads rows for the solver (e.g. on several threads) from this thread's
 * scores and its own.
 */
export function computeMatching(
  input: MatchingInput,
  options: { scanner?: (scores: RowSource, mentorCount: number) => RowScanner } = {},
): MatchingOutput {
  const { mentees, mentors, settings, previous } = input;
  const started = performance.now();
  const instance = buildInstance(mentees, mentors, settings);
  const scores = { fillRow: instance.fillRow, fillPairs: instance.fillPairs };
  const scanner = options.scanner?.(scores, mentors.length);
  const solution = solvePairing(
    {
      mentees: instance.mentees.map((m) => m.id),
      mentors: instance.mentors,
      scores: { kind: 'row', ...scores },
      locked: instance.locked,
    },
    { previous, ...(scanner ? { scanner } : {}) },
  );
  const ms = Math.round(performance.now() - started);

  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, j) => [m.id, j]));
  const proposals = solution.pairs.map(([menteeId, mentorId]): ProposedPair => {
    const result = instance.evaluate(menteeIndex.get(menteeId)!, mentorIndex.get(mentorId)!);
    if (!result.allowed) throw new Error(`the solver proposed a forbidden pair ${menteeId}/${mentorId}`);
    return {
      menteeAadId: menteeId,
      mentorAadId: mentorId,
      score: result.score,
      criteria: result.criteria,
      locked: result.locked,
    };
  });
  const pairedMentees = new Set(solution.pairs.map(([m]) => m));
  const load = new Map<string, number>();
  for (const [, mentor] of solution.pairs) load.set(mentor, (load.get(mentor) ?? 0) + 1);
  const unmatched: Unmatched[] = [
    ...mentees
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => !pairedMentees.has(m.id))
      .map(({ m, i }) => describeUnmatched(m, 'mentee', instance.unmatchedMentee(i))),
    ...mentors
      .map((m, j) => ({ m, j }))
      .filter(({ m }) => !load.has(m.id))
      .map(({ m, j }) => describeUnmatched(m, 'mentor', instance.unmatchedMentor(j))),
  ];
  return {
    proposals,
    unmatched,
    figures: {
      mentees: mentees.length,
      mentors: mentors.length,
      paired: solution.paired,
      total: Math.round(solution.total * 100) / 100,
      optimal: solution.certificate.holds,
      rounds: solution.certificate.rounds,
      ms,
    },
  };
}

function describeUnmatched(
  person: PairingCandidate,
  role: 'mentor' | 'mentee',
  reason: UnmatchedReason,
): Unmatched {
  return {
    aadId: person.id,
    role,
    reason,
    explanation: {
      fr: explainUnmatched(reason, person.name, 'fr'),
      en: explainUnmatched(reason, person.name, 'en'),
    },
  };
}
