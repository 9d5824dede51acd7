import type { ScoreSource } from './types';

/** One mentee's scores with every mentor into `out`; NaN marks a forbidden pair. */
export type FillRow = (mentee: number, out: Float64Array) => void;

/** Scores of the listed mentors only: out[t] for mentors[t], NaN when forbidden. */
export type FillPairs = (mentee: number, mentors: Int32Array, count: number, out: Float64Array) => void;

/** What a scan reads scores from: whole rows, and when the source can, single pairs. */
export interface RowSource {
  readonly fillRow: FillRow;
  readonly fillPairs?: FillPairs;
}

/** Reads one mentee's scores at a time, or a few of them; non-finite values mark forbidden pairs. */
export interface ScoreReader extends RowSource {
  readonly mentorCount: number;
}

export function readerFromSource(source: ScoreSource, menteeCount: number, mentorCount: number): ScoreReader {
  switch (source.kind) {
    case 'dense': {
      if (source.scores.length !== menteeCount * mentorCount) {
        throw new RangeError(
          `Dense scores hold ${source.scores.length} values, expected ${menteeCount} × ${mentorCount}.`,
        );
      }
      const scores = source.scores;
      return {
        mentorCount,
        fillRow: (mentee, out) => out.set(scores.subarray(mentee * mentorCount, (mentee + 1) * mentorCount)),
        fillPairs: (mentee, mentors, count, out) => {
          for (let t = 0; t < count; t++) out[t] = scores[mentee * mentorCount + mentors[t]!]!;
        },
      };
    }
    case 'pair': {
      const score = source.score;
      return {
        mentorCount,
        fillRow: (mentee, out) => {
          for (let j = 0; j < mentorCount; j++) {
            const value = score(mentee, j);
            out[j] = value === null ? Number.NaN : value;
          }
        },
        fillPairs: (mentee, mentors, count, out) => {
          for (let t = 0; t < count; t++) {
            const value = score(mentee, mentors[t]!);
            out[t] = value === null ? Number.NaN : value;
          }
        },
      };
    }
    case 'row':
      return { mentorCount, fillRow: source.fillRow, fillPairs: source.fillPairs };
  }
}

/** Changes layered over a reader: pairs forbidden later, mentors removed, mentees added. */
export interface ReaderOverlay {
  readonly base: ScoreReader;
  readonly baseMentees: number;
  readonly forbidden: ReadonlyMap<number, readonly number[]>;
  readonly removedMentors: readonly number[];
  readonly addedRows: ReadonlyMap<number, Float64Array>;
}

export function overlayReader(overlay: ReaderOverlay): ScoreReader {
  const { base, baseMentees, forbidden, removedMentors, addedRows } = overlay;
  if (forbidden.size === 0 && removedMentors.length === 0 && addedRows.size === 0) return base;
  const removed = new Set(removedMentors);
  const baseFillPairs = base.fillPairs;
  return {
    mentorCount: base.mentorCount,
    fillRow: (mentee, out) => {
      if (mentee < baseMentees) base.fillRow(mentee, out);
      else out.set(addedRows.get(mentee)!);
      for (const j of forbidden.get(mentee) ?? []) out[j] = Number.NaN;
      for (const j of removedMentors) out[j] = Number.NaN;
    },
    fillPairs:
      baseFillPairs &&
      ((mentee, mentors, count, out) => {
        const added = addedRows.get(mentee);
        if (added) for (let t = 0; t < count; t++) out[t] = added[mentors[t]!]!;
        else baseFillPairs(mentee, mentors, count, out);
        const none = forbidden.get(mentee);
        for (let t = 0; t < count; t++) {
          const j = mentors[t]!;
          if (removed.has(j) || none?.includes(j)) out[t] = Number.NaN;
        }
      }),
  };
}
