import type { CandidateRows } from './candidates';
import type { Duals, RowScan } from './certificate';
import type { FillPairs, FillRow } from './score-reader';
import type { ScoreSketch } from './sketch';
/**
 * Where the solver reads a (mentee, mentor) score. A score is a finite number; forbidden pairs are
 * `NaN` (dense, row) or `null` (pair). None of the forms needs a dense matrix in memory except `dense`,
 * so very large programmes stream their scores row by row.
 */
export type ScoreSource =
  /** Row-major mentee × mentor matrix; `NaN` marks a forbidden pair. */
  | { readonly kind: 'dense'; readonly scores: Float64Array }
  /** One pair at a time; `null` (or a non-finite number) marks a forbidden pair. */
  | { readonly kind: 'pair'; readonly score: (mentee: number, mentor: number) => number | null }
  /**
   * One mentee's row at a time, written into `out` (length = mentor count); `NaN` = forbidden.
   * `fillPairs`, optional, scores only the listed mentors (`out[t]` for `mentors[t]`), exactly as
   * `fillRow` would: the certificate then scores the few pairs it must instead of whole rows.
   */
  | {
      readonly kind: 'row';
      readonly fillRow: FillRow;
      readonly fillPairs?: FillPairs;
    };

export interface MentorInput {
  readonly id: string;
  /** How many mentees this mentor may take (a non-negative integer). */
  readonly capacity: number;
}

export interface PairingProblem {
  readonly mentees: readonly string[];
  readonly mentors: readonly MentorInput[];
  readonly scores: ScoreSource;
  /** Pairs that must be in the solution (mentee id, mentor id). */
  readonly locked?: readonly (readonly [string, string])[];
  /** Pairs that must not be in the solution, on top of the forbidden scores. */
  readonly forbidden?: readonly (readonly [string, string])[];
}

export interface SolveOptions {
  /** Candidates kept per mentee in the first pass, and added per row read again by the certificate; default 30. */
  readonly candidatesPerMentee?: number;
  /** Rounds of (solve, check, add violators) before giving up; default 1000 (each adds at least one pair, so it ends). */
  readonly maxRounds?: number;
  /**
   * Pairs of an earlier solution (mentee id, mentor id). The objective is unchanged (most mentees
   * paired, then the best total); among the optimal solutions, the one keeping the most of these
   * pairs is returned. Pairs naming an unknown mentee or mentor are ignored, as are later pairs of
   * a mentee already listed.
   */
  readonly previous?: readonly (readonly [string, string])[];
  /**
   * Reads and checks rows in place of `scanRows` on this thread, e.g. split across worker threads
   * that rebuild the same scores. It must return exactly what `scanRows` over `problem.scores` would.
   * Used for the problem as given only: a re-solve that forbids pairs, removes mentors or adds
   * mentees reads on this thread.
   */
  readonly scanner?: RowScanner;
}

/** What `scanRows` is given besides the score rows themselves. */
export interface ScanRequest {
  readonly duals: Duals;
  /** Candidate rows indexed by mentee (the pairs already in the flow: left out of the ranking). */
  readonly candidates: CandidateRows;
  /** Mentees to read, ascending. */
  readonly rows: Int32Array;
  readonly keep: number;
  readonly shadow: number;
  readonly bias?: Float64Array;
  /** Rows read are recorded into this sketch (see `sketch.ts`). */
  readonly record?: ScoreSketch;
  /** Rows are checked against this sketch instead of being read; they must have been recorded into it. */
  readonly sketch?: ScoreSketch;
}

export interface RowScanner {
  (request: ScanRequest): RowScan;
  /**
   * Starts a scan elsewhere and returns at once; the function returned finishes it (helping with
   * the rows left, if any) and returns what the call above would. Meanwhile this thread may work on
   * something else, but must not change the request's arrays nor start another scan.
   */
  begin?(request: ScanRequest): () => RowScan;
}

/** The optimality certificate: every allowed pair checked against the duals of the sparse solve. */
export interface Certificate {
  /** True when no allowed pair has a negative reduced cost: the solution is exactly optimal. */
  readonly holds: boolean;
  /** Pairs checked, over all rounds: pairs of the rows read (forbidden ones included, mentors without capacity not) plus the shadow pairs checked without reading their row. Only mentees whose potential fell below their row bound are read again. */
  readonly checkedPairs: number;
  /** Violating pairs found (and added to the candidates) over all rounds. */
  readonly violations: number;
  /** Sparse solves run. */
  readonly rounds: number;
}

export interface PairingResult {
  /** (mentee id, mentor id), in mentee order. */
  readonly pairs: readonly (readonly [string, string])[];
  /** Sum of the paired scores, as given. */
  readonly total: number;
  readonly paired: number;
  readonly certificate: Certificate;
}

/** A change to re-solve from a previous solution. */
export type PairingChange =
  | { readonly kind: 'lock'; readonly mentee: string; readonly mentor: string }
  | { readonly kind: 'forbid'; readonly mentee: string; readonly mentor: string }
  | { readonly kind: 'remove-mentor'; readonly mentor: string }
  | { readonly kind: 'remove-mentee'; readonly mentee: string }
  /** `scores[j]` is the new mentee's score with the j-th mentor of the original problem (null = forbidden). */
  | { readonly kind: 'add-mentee'; readonly mentee: string; readonly scores: readonly (number | null)[] };
