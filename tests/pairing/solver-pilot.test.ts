import { describe, expect, it } from 'vitest';
import { solvePairing } from '../../api/src/domain/pairing/solver/index';
import { pairingInstance } from '../bench/pairing-instances';

function problemOf(instance: ReturnType<typeof pairingInstance>) {
  return {
    mentees: Array.from({ length: instance.mentees }, (_, i) => `e${i}`),
    mentors: Array.from(instance.capacities, (capacity, j) => ({ id: `m${j}`, capacity })),
    scores: { kind: 'row' as const, fillRow: instance.fillRow },
  };
}

describe('solving from 2,000 mentees on (price pilot, blocks, auctions, certificate rounds)', () => {
  it('finds the optimum that keeping every pair as a candidate finds', () => {
    // more mentees than places: the auction's unpaired side and the certificate both matter
    const instance = pairingInstance(2400, 300, 7);
    const pruned = solvePairing(problemOf(instance));
    const everyPair = solvePairing(problemOf(instance), { candidatesPerMentee: 300 });
    expect(pruned.certificate.holds).toBe(true);
    expect(pruned.certificate.rounds).toBeGreaterThan(1);
    expect(pruned.paired).toBe(Math.min(2400, instance.slots));
    expect(pruned.paired).toBe(everyPair.paired);
    expect(pruned.total).toBeCloseTo(everyPair.total, 6);
  });

  it('finds it too when certificate rounds check rows on the sketch with exact pair scores, negative scores included', () => {
    // 900 mentors: rows start from a sampled threshold; scores shifted below 0 for a third of the pairs
    const instance = pairingInstance(2100, 900, 3);
    const shift = 45;
    const shifted = {
      mentees: Array.from({ length: instance.mentees }, (_, i) => `e${i}`),
      mentors: Array.from(instance.capacities, (capacity, j) => ({ id: `m${j}`, capacity })),
      scores: {
        kind: 'row' as const,
        fillRow: (i: number, out: Float64Array) => {
          instance.fillRow(i, out);
          for (let j = 0; j < out.length; j++) out[j] = out[j]! - shift;
        },
        fillPairs: (i: number, mentors: Int32Array, count: number, out: Float64Array) => {
          instance.fillPairs(i, mentors, count, out);
          for (let t = 0; t < count; t++) out[t] = out[t]! - shift;
        },
      },
    };
    let negative = 0;
    const row = new Float64Array(900);
    shifted.scores.fillRow(0, row);
    for (const score of row) if (score < 0) negative++;
    expect(negative).toBeGreaterThan(100);
    const pruned = solvePairing(shifted);
    const everyPair = solvePairing(shifted, { candidatesPerMentee: 900 });
    expect(pruned.certificate.holds).toBe(true);
    expect(pruned.certificate.rounds).toBeGreaterThan(1);
    expect(pruned.paired).toBe(everyPair.paired);
    expect(pruned.total).toBeCloseTo(everyPair.total, 6);
  });
});
