import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../errors';
import { type PairingChange, type PairingSolution, resolvePairing, solvePairing } from './index';
import {
  asProblem,
  bruteForce,
  expectFeasible,
  mentorIndexOf,
  type SmallInstance,
} from './reference-solvers.test-support';

interface World {
  capacities: number[];
  scores: (number | null)[][];
  locked: number[];
}

const changeArb = fc.record({
  kind: fc.constantFrom('lock', 'forbid', 'remove-mentor', 'remove-mentee', 'add-mentee'),
  a: fc.nat(),
  b: fc.nat(),
  row: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }), { minLength: 5, maxLength: 5 }),
});

type ChangeSeed = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

/** The change for the solver, applied to the plain world the brute force reads; null if not applicable. */
function applyTo(world: World, solution: PairingSolution, c: ChangeSeed): PairingChange | null {
  const n = world.scores.length;
  const m = world.capacities.length;
  const i = c.a % Math.max(1, n);
  const j = c.b % m;
  if (c.kind === 'add-mentee') {
    const row = c.row.slice(0, m);
    world.scores.push(row);
    world.locked.push(-1);
    return { kind: 'add-mentee', mentee: `e${n}`, scores: row };
  }
  if (n === 0) return null;
  if (c.kind === 'remove-mentor') {
    world.capacities[j] = 0;
    world.locked = world.locked.map((l) => (l === j ? -1 : l));
    return { kind: 'remove-mentor', mentor: `m${j}` };
  }
  if (c.kind === 'remove-mentee') {
    world.scores[i] = world.scores[i]!.map(() => null);
    world.locked[i] = -1;
    return { kind: 'remove-mentee', mentee: `e${i}` };
  }
  if (c.kind === 'forbid') {
    world.scores[i]![j] = null;
    if (world.locked[i] === j) world.locked[i] = -1;
    return { kind: 'forbid', mentee: `e${i}`, mentor: `m${j}` };
  }
  // lock: a pair of the current solution half of the time, any allowed pair otherwise
  const current = solution.pairs[c.b % Math.max(1, solution.pairs.length)];
  const [mentee, mentor] = c.b % 2 === 0 && current ? current : [`e${i}`, `m${j}`];
  const mi = Number(mentee.slice(1));
  const mj = Number(mentor.slice(1));
  if (world.scores[mi]![mj] === null) return null;
  const lockedHere = world.locked.filter((l, at) => l === mj && at !== mi).length;
  if (lockedHere >= world.capacities[mj]!) return null;
  world.locked[mi] = mj;
  return { kind: 'lock', mentee, mentor };
}

describe('resolvePairing on random changes', () => {
  it('reaches the fresh optimum, keeps locks, and keeps as many previous pairs as an optimum can', () => {
    const instanceArb = fc.integer({ min: 1, max: 5 }).chain((m) =>
      fc.record({
        capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: m, maxLength: m }),
        scores: fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { freq: 4 }), { minLength: m, maxLength: m }),
          { maxLength: 6 },
        ),
      }),
    );
    fc.assert(
      fc.property(
        instanceArb,
        fc.integer({ min: 1, max: 4 }),
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        (instance, k, changes) => {
          const world: World = {
            capacities: [...instance.capacities],
            scores: instance.scores.map((row) => [...row]),
            locked: instance.scores.map(() => -1),
          };
          let solution = solvePairing(asProblem(instance), { candidatesPerMentee: k });
          for (const c of changes) {
            const previous = mentorIndexOf(solution);
            const change = applyTo(world, solution, c);
            if (!change) continue;
            try {
              solution = resolvePairing(solution, change);
            } catch (error) {
              expect(error).toBeInstanceOf(ConflictError);
              return;
            }
            const now: SmallInstance = world;
            expectFeasible(now, solution);
            const got = mentorIndexOf(solution);
            world.locked.forEach((j, i) => {
              if (j >= 0) expect(got.get(`e${i}`)).toBe(j);
            });
            const prev = world.scores.map((_, i) => previous.get(`e${i}`) ?? -1);
            const best = bruteForce(now, { locked: world.locked, previous: prev });
            const kept = [...got].filter(([mentee, j]) => previous.get(mentee) === j).length;
            expect([solution.paired, solution.total, kept]).toEqual([best.paired, best.total, best.kept]);
            expect(solution.certificate.holds).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('resolvePairing when a lock is released', () => {
  it('pairs a mentee left unpaired by the lock once the locked mentee leaves', () => {
    const instance = {
      capacities: [2, 1, 1],
      scores: [
        [null, 0, null],
        [null, null, null],
        [null, null, null],
        [null, null, null],
        [8, 0, null],
      ],
    };
    let solution = solvePairing(asProblem(instance), { candidatesPerMentee: 1 });
    expect(solution.paired).toBe(2);
    solution = resolvePairing(solution, { kind: 'lock', mentee: 'e4', mentor: 'm1' });
    expect(solution.pairs).toEqual([['e4', 'm1']]);
    solution = resolvePairing(solution, { kind: 'remove-mentee', mentee: 'e4' });
    expect(solution.pairs).toEqual([['e0', 'm1']]);
    expect(solution.certificate.holds).toBe(true);
  });
});
