import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './round';

describe('roundHalfUp', () => {
  it('rounds ties towards +∞', () => {
    for (const [x, expected] of [
      [0.5, 1],
      [1.5, 2],
      [2.5, 3],
      [-0.5, 0],
      [-1.5, -1],
      [-2.5, -2],
      [-0.49999999999999994, 0],
      [2 ** 51 + 0.5, 2 ** 51 + 1],
    ] as const) {
      expect(roundHalfUp(x) + 0).toBe(expected);
    }
  });

  it('agrees with Math.round below 2^52, but for the double just below ½', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -(2 ** 52), max: 2 ** 52 }), (x) => {
        fc.pre(x !== 0.49999999999999994);
        expect(roundHalfUp(x) + 0).toBe(Math.round(x) + 0);
      }),
      { numRuns: 4000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 0, max: 3 }), (k, q) => {
        const x = k + q / 4;
        expect(roundHalfUp(x) + 0).toBe(Math.round(x) + 0);
        expect(roundHalfUp(x / 1000) + 0).toBe(Math.round(x / 1000) + 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps NaN and infinities', () => {
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfUp(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });
});
