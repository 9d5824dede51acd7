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
});
