import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CandidateRows, mergeRows, RowAppender } from './candidates';
import { scaleScores } from './flow-state';

/** A block of rows: mentors ascending per row, scores with a fractional part. */
const block = (width: number) =>
  fc
    .array(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: width }), {
      minLength: 1,
      maxLength: 6,
    })
    .map((rows): CandidateRows => {
      const start = new Int32Array(rows.length + 1);
      const mentor: number[] = [];
      rows.forEach((row, r) => {
        mentor.push(...row.sort((a, b) => a - b));
        start[r + 1] = mentor.length;
      });
      return {
        start,
        mentor: Int32Array.from(mentor),
        score: Float64Array.from(mentor, (j, e) => j * 0.37 - e * 0.125),
      };
    });

describe('RowAppender', () => {
  it('gives the rows and scaled scores that merging each block gives, growing when it must', () => {
    fc.assert(
      fc.property(
        fc.array(block(5), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 30 }),
        (blocks, capacity) => {
          const n = blocks.reduce((sum, b) => sum + b.start.length - 1, 0) + 2;
          const appender = new RowAppender(n, capacity, 8);
          let appended: CandidateRows = {
            start: new Int32Array(n + 1),
            mentor: new Int32Array(0),
            score: new Float64Array(0),
          };
          let merged = appended;
          let from = 0;
          for (const add of blocks) {
            const rows = Int32Array.from({ length: add.start.length - 1 }, (_, r) => from + r);
            expect(appender.canAppend(appended, from)).toBe(true);
            const before = { ...appended, mentor: appended.mentor.slice(), start: appended.start.slice() };
            const next = appender.append(appended, from, add);
            // the rows handed out before are left as they were
            expect(appended.mentor).toEqual(before.mentor);
            expect(appended.start).toEqual(before.start);
            appended = next.rows;
            merged = mergeRows(merged, n, rows, add);
            expect(appended.start).toEqual(merged.start);
            expect(appended.mentor).toEqual(merged.mentor);
            expect(appended.score).toEqual(merged.score);
            expect(next.scaled).toEqual(scaleScores(merged.score, 8));
            from += rows.length;
          }
          // a row already filled cannot be appended to
          if (from > 0 && appended.mentor.length > 0) expect(appender.canAppend(appended, 0)).toBe(false);
          // nor rows the appender does not hold
          if (merged.mentor.length > 0) expect(appender.canAppend(merged, from)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
