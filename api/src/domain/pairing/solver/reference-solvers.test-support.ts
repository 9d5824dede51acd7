import { expect } from 'vitest';
import { OUTSIDE, UNPAIRED, UNROUTED } from './flow-state';
import type { PairingSolution } from './index';

/** Small, obviously-correct solvers the tests compare the solver with. */
export interface SmallInstance {
  readonly capacities: readonly number[];
  /** scores[mentee][mentor], null = forbidden; integers keep totals exact. */
  readonly scores: readonly (readonly (number | null)[])[];
}

export interface BruteForceOptions {
  /** locked[i] = mentor index or −1. */
  readonly locked?: readonly number[];
  /** previous[i] = mentor index or −1: among optimal solutions, keep the most of these. */
  readonly previous?: readonly number[];
}

export interface BruteOptimum {
  readonly paired: number;
  readonly total: number;
  readonly kept: number;
}

/** Tries every assignment (each mentee: unpaired or one allowed mentor with room left). */
export function bruteForce(instance: SmallInstance, options: BruteForceOptions = {}): BruteOptimum {
  const n = instance.scores.length;
  const room = [...instance.capacities];
  let best: BruteOptimum = { paired: -1, total: 0, kept: 0 };
  const visit = (i: number, paired: number, total: number, kept: number) => {
    if (i === n) {
      const better =
        paired > best.paired ||
        (paired === best.paired && (total > best.total || (total === best.total && kept > best.kept)));
      if (better) best = { paired, total, kept };
      return;
    }
    const forced = options.locked?.[i] ?? -1;
    if (forced < 0) visit(i + 1, paired, total, kept);
    instance.scores[i]!.forEach((score, j) => {
      if (score === null || room[j]! <= 0 || (forced >= 0 && forced !== j)) return;
      room[j]!--;
      visit(i + 1, paired + 1, total + score, kept + (options.previous?.[i] === j ? 1 : 0));
      room[j]!++;
    });
  };
  visit(0, 0, 0, 0);
  return best;
}

/** Largest number of mentees that can be paired (simple augmenting paths over mentor places). */
export function maxPairedCount(instance: SmallInstance): number {
  const holder: number[][] = instance.capacities.map(() => []);
  let count = 0;
  for (let i = 0; i < instance.scores.length; i++) {
    const seen = new Set<number>();
    const tryPlace = (mentee: number): boolean => {
      for (let j = 0; j < instance.capacities.length; j++) {
        if (instance.scores[mentee]![j] === null || seen.has(j)) continue;
        seen.add(j);
        if (holder[j]!.length < instance.capacities[j]!) {
          holder[j]!.push(mentee);
          return true;
        }
        for (let t = 0; t < holder[j]!.length; t++) {
          if (tryPlace(holder[j]![t]!)) {
            holder[j]![t] = mentee;
            return true;
          }
        }
      }
      return false;
    };
    if (tryPlace(i)) count++;
  }
  return count;
}

/** The instance as the solver's input (ids m0…, e0…; dense scores). */
export function asProblem(instance: SmallInstance, locked: readonly (readonly [string, string])[] = []) {
  const m = instance.capacities.length;
  const scores = new Float64Array(instance.scores.length * m);
  instance.scores.forEach((row, i) => {
    row.forEach((s, j) => {
      scores[i * m + j] = s === null ? Number.NaN : s;
    });
  });
  return {
    mentees: instance.scores.map((_, i) => `e${i}`),
    mentors: instance.capacities.map((capacity, j) => ({ id: `m${j}`, capacity })),
    scores: { kind: 'dense' as const, scores },
    locked,
  };
}

export function mentorIndexOf(solution: PairingSolution): Map<string, number> {
  return new Map(solution.pairs.map(([mentee, mentor]) => [mentee, Number(mentor.slice(1))]));
}

/** Hard constraints: allowed pairs only, capacities kept, each mentee at most once, total right. */
export function expectFeasible(instance: SmallInstance, solution: PairingSolution): void {
  const used = instance.capacities.map(() => 0);
  const seen = new Set<string>();
  let total = 0;
  for (const [mentee, mentor] of solution.pairs) {
    const i = Number(mentee.slice(1));
    const j = Number(mentor.slice(1));
    expect(seen.has(mentee)).toBe(false);
    seen.add(mentee);
    expect(instance.scores[i]![j]).not.toBeNull();
    total += instance.scores[i]![j]!;
    used[j]!++;
  }
  used.forEach((count, j) => {
    expect(count).toBeLessThanOrEqual(instance.capacities[j]!);
  });
  expect(solution.total).toBe(total);
  expect(solution.paired).toBe(solution.pairs.length);
}

/**
 * The optimality conditions the solver's flow must meet: every residual arc over the candidate
 * pairs has a reduced cost ≥ 0 under the final potentials (the certificate only checks the pruned
 * pairs, and relies on this for the others).
 */
export function expectReducedCostsNonNegative(solution: PairingSolution): void {
  const s = solution.memory.state;
  const { n, m, pi, assign, rows, scaled, capacity, tflow, previous } = s;
  const sink = n + m;
  const { offset, stability } = s.scaling;
  const bad: string[] = [];
  const check = (cost: number, what: string) => {
    if (cost < 0) bad.push(`${what}: ${cost}`);
  };
  for (let i = 0; i < n; i++) {
    const own = assign[i]!;
    if (own === OUTSIDE || own === UNROUTED) continue;
    for (let e = rows.start[i]!; e < rows.start[i + 1]!; e++) {
      const j = rows.mentor[e]!;
      if (capacity[j] === 0) continue;
      const w = offset + stability * scaled[e]! + (previous[i] === j ? 1 : 0);
      if (j === own) check(w + pi[n + j]! - pi[i]!, `mentor ${j} → mentee ${i}`);
      else check(-w + pi[i]! - pi[n + j]!, `mentee ${i} → mentor ${j}`);
    }
    if (own === UNPAIRED) check(pi[sink]! - pi[i]!, `T → mentee ${i}`);
    else check(pi[i]! - pi[sink]!, `mentee ${i} → T`);
  }
  for (let j = 0; j < m; j++) {
    if (tflow[j]! < capacity[j]!) check(pi[n + j]! - pi[sink]!, `mentor ${j} → T`);
    if (tflow[j]! > 0) check(pi[sink]! - pi[n + j]!, `T → mentor ${j}`);
  }
  expect(bad.slice(0, 5)).toEqual([]);
}
