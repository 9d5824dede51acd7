import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectBest, sortBest } from './select';

/** Values with many ties, each with a distinct mentor. */
const entries = fc
  .integer({ min: 1, max: 200 })
  .chain((length) =>
    fc.tuple(
      fc.array(fc.integer({ min: -6, max: 6 }), { minLength: length, maxLength: length }),
      fc.shuffledSubarray(
        Array.from({ length }, (_, t) => t * 3),
        { minLength: length, maxLength: length },
      ),
    ),
  )
  .map(([values, mentors]) => values.map((v, t) => ({ v, j: mentors[t]! })));

const byDefinition = (list: { v: number; j: number }[]) => [...list].sort((a, b) => b.v - a.v || a.j - b.j);

describe('sortBest', () => {
  it('sorts a whole row best first: higher value, then lower mentor', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const v = Float64Array.from(list, (e) => e.v);
        const j = Int32Array.from(list, (e) => e.j);
        sortBest(v, j, 0, list.length - 1);
        const sorted = byDefinition(list);
        expect(Array.from(v)).toEqual(sorted.map((e) => e.v));
        expect(Array.from(j)).toEqual(sorted.map((e) => e.j));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts a range best first (higher value, then lower mentor) and leaves the rest alone', () => {
    fc.assert(
      fc.property(entries, fc.nat(), fc.nat(), (list, a, b) => {
        const v = Float64Array.from(list, (e) => e.v);
        const j = Int32Array.from(list, (e) => e.j);
        const lo = a % list.length;
        const hi = lo + (b % (list.length - lo));
        sortBest(v, j, lo, hi);
        const sorted = byDefinition(list.slice(lo, hi + 1));
        expect(Array.from(v.subarray(lo, hi + 1))).toEqual(sorted.map((e) => e.v));
        expect(Array.from(j.subarray(lo, hi + 1))).toEqual(sorted.map((e) => e.j));
        expect(Array.from(j.subarray(0, lo))).toEqual(list.slice(0, lo).map((e) => e.j));
        expect(Array.from(j.subarray(hi + 1))).toEqual(list.slice(hi + 1).map((e) => e.j));
      }),
      { numRuns: 500 },
    );
  });
});

describe('selectBest', () => {
  it('puts the k best first, in any order, with the k-th best at k − 1', () => {
    fc.assert(
      fc.property(entries, fc.nat(), (list, pick) => {
        const k = 1 + (pick % list.length);
        const v = Float64Array.from(list, (e) => e.v);
        const j = Int32Array.from(list, (e) => e.j);
        selectBest(v, j, list.length, k);
        const sorted = byDefinition(list);
        const front = Array.from(j.subarray(0, k)).sort((x, y) => x - y);
        expect(front).toEqual(
          sorted
            .slice(0, k)
            .map((e) => e.j)
            .sort((x, y) => x - y),
        );
        expect(j[k - 1]).toBe(sorted[k - 1]!.j);
        expect(v[k - 1]).toBe(sorted[k - 1]!.v);
      }),
      { numRuns: 500 },
    );
  });
});
