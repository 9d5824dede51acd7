import { describe, expect, it } from 'vitest';
import { resolvePairing, solvePairing } from './index';
import { asProblem } from './reference-solvers.test-support';

const mentor = (id: string, capacity = 1) => ({ id, capacity });

describe('solvePairing', () => {
  describe('objective', () => {
    it('lets a better-suited mentee take a contested mentor when nobody is left unpaired for it', () => {
      const solution = solvePairing({
        mentees: ['alice', 'bob'],
        mentors: [mentor('xavier')],
        scores: { kind: 'pair', score: (i) => (i === 0 ? 10 : 50) },
      });
      expect(solution.pairs).toEqual([['bob', 'xavier']]);
      expect(solution.total).toBe(50);
    });

    it('pairs more mentees before it scores higher', () => {
      // alice alone would score 90 with xavier, but then bob stays unpaired.
      const solution = solvePairing(
        asProblem({
          capacities: [1, 1],
          scores: [
            [90, 80],
            [70, null],
          ],
        }),
      );
      expect(solution.pairs).toEqual([
        ['e0', 'm1'],
        ['e1', 'm0'],
      ]);
      expect(solution.total).toBe(150);
    });

    it('fills a mentor up to its capacity and no further', () => {
      const solution = solvePairing(asProblem({ capacities: [2], scores: [[5], [6], [7]] }));
      expect(solution.paired).toBe(2);
      expect(solution.total).toBe(13);
    });

    it('takes negative and fractional scores as they are', () => {
      const solution = solvePairing(asProblem({ capacities: [1, 1], scores: [[-2.5, -1.25]] }));
      expect(solution.pairs).toEqual([['e0', 'm1']]);
      expect(solution.total).toBe(-1.25);
    });
  });

  describe('edge cases', () => {
    it('returns nothing for an empty programme', () => {
      const solution = solvePairing({
        mentees: [],
        mentors: [],
        scores: { kind: 'dense', scores: new Float64Array() },
      });
      expect(solution).toMatchObject({ pairs: [], total: 0, paired: 0, certificate: { holds: true } });
    });

    it('leaves everybody unpaired when every pair is forbidden', () => {
      const solution = solvePairing(asProblem({ capacities: [1, 2], scores: [[null, null]] }));
      expect(solution.paired).toBe(0);
    });

    it('gives the same answer for dense, pair and row scores', () => {
      const instance = {
        capacities: [1, 2, 1],
        scores: [
          [3, 1, null],
          [3, 3, 3],
          [null, 2, 9],
          [4, 4, 4],
        ],
      };
      const dense = asProblem(instance);
      const viaPair = solvePairing({
        ...dense,
        scores: { kind: 'pair', score: (i, j) => instance.scores[i]![j]! },
      });
      const viaRow = solvePairing({
        ...dense,
        scores: { kind: 'row', fillRow: (i, out) => out.set(dense.scores.scores.subarray(i * 3, i * 3 + 3)) },
      });
      expect(viaPair.pairs).toEqual(solvePairing(dense).pairs);
      expect(viaRow.pairs).toEqual(solvePairing(dense).pairs);
    });
  });

  describe('hard constraints', () => {
    it('keeps a locked pair even when it costs score', () => {
      const instance = {
        capacities: [1, 1],
        scores: [
          [90, 10],
          [80, 70],
        ],
      };
      const solution = solvePairing(asProblem(instance, [['e1', 'm0']]));
      expect(solution.pairs).toEqual([
        ['e0', 'm1'],
        ['e1', 'm0'],
      ]);
    });

    it('refuses to lock a forbidden pair, naming it', () => {
      expect(() => solvePairing(asProblem({ capacities: [1], scores: [[null]] }, [['e0', 'm0']]))).toThrow(
        /"e0" with "m0".*forbidden/,
      );
    });

    it('refuses duplicate ids and bad capacities, naming them', () => {
      const scores = { kind: 'dense' as const, scores: new Float64Array(2) };
      expect(() => solvePairing({ mentees: ['a', 'a'], mentors: [mentor('x')], scores })).toThrow(/"a"/);
      expect(() => solvePairing({ mentees: ['a', 'b'], mentors: [mentor('x', 1.5)], scores })).toThrow(
        /"x" has capacity 1.5/,
      );
    });
  });

  describe('certificate', () => {
    it('adds pruned pairs back until the duals prove the sparse solution optimal', () => {
      // With one candidate each, both mentees want m0: the certificate must bring m1 back.
      const solution = solvePairing(
        asProblem({
          capacities: [1, 1],
          scores: [
            [9, 8],
            [9, 1],
          ],
        }),
        {
          candidatesPerMentee: 1,
        },
      );
      expect(solution.total).toBe(17);
      expect(solution.certificate).toMatchObject({ holds: true, rounds: 2 });
      expect(solution.certificate.violations).toBeGreaterThan(0);
      expect(solution.certificate.checkedPairs).toBeGreaterThanOrEqual(4);
    });

    it('finds the same optimum when the price pilot guides the first pass (large enough programme)', () => {
      // 2,400 mentees: the pilot runs. Popular mentors (low index) are wanted by everyone.
      const mentees = Array.from({ length: 2400 }, (_, i) => `e${i}`);
      const mentors = Array.from({ length: 150 }, (_, j) => mentor(`m${j}`, 1 + (j % 3) * 8));
      const score = (i: number, j: number) => {
        const h = Math.imul(i * 7919 + j * 104729, 2654435761) >>> 0;
        return h % 11 === 0 ? Number.NaN : 60 - j * 0.3 + (h % 1000) / 40;
      };
      const problem = { mentees, mentors, scores: { kind: 'pair' as const, score } };
      const guided = solvePairing(problem, { candidatesPerMentee: 8 });
      const full = solvePairing(problem, { candidatesPerMentee: 150 });
      expect(guided.certificate.holds).toBe(true);
      expect(guided.paired).toBe(full.paired);
      expect(guided.total).toBeCloseTo(full.total, 6);
      expect(solvePairing(problem, { candidatesPerMentee: 8 }).pairs).toEqual(guided.pairs);
    });
  });

  describe('re-solving', () => {
    it('keeps the previous pairs when another optimum would do as well', () => {
      // Four equally good solutions; after forbidding e2–m2, the others should not move.
      const instance = {
        capacities: [1, 1, 1],
        scores: [
          [5, 5, 5],
          [5, 5, 5],
          [5, 5, 5],
        ],
      };
      const first = solvePairing(asProblem(instance));
      const [, , [, third]] = first.pairs;
      const next = resolvePairing(first, { kind: 'forbid', mentee: 'e2', mentor: third! });
      expect(next.paired).toBe(3);
      const moved = next.pairs.filter((pair, at) => pair[1] !== first.pairs[at]![1]);
      expect(moved.length).toBe(2);
      expect(next.pairs.find(([mentee]) => mentee === 'e2')![1]).not.toBe(third);
    });

    it('does not change the solution it started from', () => {
      const first = solvePairing(asProblem({ capacities: [1], scores: [[1], [2]] }));
      const before = JSON.stringify(first.pairs);
      resolvePairing(first, { kind: 'remove-mentor', mentor: 'm0' });
      expect(JSON.stringify(first.pairs)).toBe(before);
      expect(resolvePairing(first, { kind: 'lock', mentee: 'e0', mentor: 'm0' }).pairs).toEqual([
        ['e0', 'm0'],
      ]);
    });
  });
});
