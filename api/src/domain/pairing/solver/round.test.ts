import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './round';

describe('roundHalfUp', () => {
  it('rounds ties towards +∞, as Math.round does', () => {
    for (const x of [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994]) {
      expect(roundHalfUp(x)).toBe(Math.round(x) + 0);
    }
  });

  it('agrees with Math.round on scaled scores, large values and non-finite ones', () => {
    fc.assert(
      fc.property(fc.double({ noDefaultInfinity: false, noNaN: false }), (x) => {
        expect(roundHalfUp(x) + 0).toBe(Math.round(x) + 0);
      }),
      { numRuns: 2000 },
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
});
