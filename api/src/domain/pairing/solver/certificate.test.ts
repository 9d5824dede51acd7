import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateRows } from './candidates';
import { type Duals, type RowScan, scanRows } from './certificate';
import { roundHalfUp } from './round';
import { randomCandidates, scanScores } from './scan.test-support';

/** What `scanRows` promises, pair by pair, with a full sort per row: slow and obviously right. */
function scanRowsByDefinition(
  duals: Duals,
  candidates: CandidateRows,
  scores: Float64Array[],
  rows: readonly number[],
  keep: number,
  shadow: number,
  bias?: Float64Array,
) {
  const m = duals.mentor.length;
  const out = {
    checkedPairs: 0,
    violating: 0,
    maxScaled: 0,
    violatingRows: [] as number[],
    bounds: [] as number[],
    additions: [] as number[][],
    shadows: [] as number[][],
  };
  for (const i of rows) {
    const row = scores[i]!;
    const inFlow = new Set(candidates.mentor.subarray(candidates.start[i]!, candidates.start[i + 1]!));
    const pairs: { j: number; exact: number; rank: number }[] = [];
    for (let j = 0; j < m; j++) {
      if (!Number.isNaN(duals.mentor[j]!)) out.checkedPairs++;
      if (!Number.isFinite(row[j]!)) continue;
      const scaled = roundHalfUp(row[j]! * duals.scale);
      out.maxScaled = Math.max(out.maxScaled, Math.abs(scaled));
      if (Number.isNaN(duals.mentor[j]!) || inFlow.has(j)) continue;
      const exact =
        duals.offset + duals.stability * scaled + (duals.previous[i] === j ? 1 : 0) + duals.mentor[j]!;
      pairs.push({ j, exact, rank: exact - (bias?.[j] ?? 0) });
    }
    pairs.sort((a, b) => b.rank - a.rank || a.j - b.j);
    // ranked by a guide price: no shadows, no bound, no violations
    const width = bias ? keep : keep + shadow;
    const violating = bias ? 0 : pairs.filter((p) => p.exact > duals.mentee[i]!).length;
    out.violating += violating;
    if (violating > 0) out.violatingRows.push(i);
    out.bounds.push(
      bias
        ? Number.POSITIVE_INFINITY
        : Math.max(Number.NEGATIVE_INFINITY, ...pairs.slice(width).map((p) => p.exact)),
    );
    out.additions.push(
      pairs
        .slice(0, keep)
        .map((p) => p.j)
        .sort((a, b) => a - b),
    );
    // shadows come in no particular order
    out.shadows.push(
      pairs
        .slice(keep, width)
        .map((p) => p.j)
        .sort((a, b) => a - b),
    );
  }
  return out;
}

function rowsOf(csr: CandidateRows): number[][] {
  return Array.from({ length: csr.start.length - 1 }, (_, r) =>
    Array.from(csr.mentor.subarray(csr.start[r]!, csr.start[r + 1]!)),
  );
}

function scoresOf(csr: CandidateRows, scores: Float64Array[], rows: readonly number[]): boolean {
  return rows.every((i, r) => {
    for (let e = csr.start[r]!; e < csr.start[r + 1]!; e++) {
      if (csr.score[e] !== scores[i]![csr.mentor[e]!]) return false;
    }
    return true;
  });
}

const instance = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    // rows longer than the selection buffer (4 × (keep + shadow + 1)) make it cut back mid-row
    m: fc.integer({ min: 1, max: 150 }),
    keep: fc.integer({ min: 1, max: 6 }),
    shadow: fc.integer({ min: 0, max: 8 }),
    levels: fc.integer({ min: 2, max: 30 }),
    withBias: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ n, m, keep, shadow, levels, withBias, seed }) => {
    // few distinct levels, so ties in value and in rank are common
    const { random, level, scores } = scanScores(seed, n, m, levels);
    const stability = 1 + Math.floor(random() * 4);
    const duals: Duals = {
      scale: 2,
      stability,
      offset: 100,
      mentee: Float64Array.from({ length: n }, () => 100 + stability * (level() - 8)),
      mentor: Float64Array.from({ length: m }, () => (random() < 0.1 ? Number.NaN : -stability * level())),
      previous: Int32Array.from({ length: n }, () => (random() < 0.5 ? Math.floor(random() * m) : -1)),
    };
    const candidates = randomCandidates(random, n, m, 0.15);
    const rows = Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.8);
    const bias = withBias ? Float64Array.from({ length: m }, () => stability * level()) : undefined;
    return { n, m, keep, shadow, scores, duals, candidates, rows, bias };
  });

describe('scanRows', () => {
  it('keeps, shadows, bounds and counts exactly as its definition says, ties included', () => {
    fc.assert(
      fc.property(instance, ({ m, keep, shadow, scores, duals, candidates, rows, bias }) => {
        const scan: RowScan = scanRows({ fillRow: (i, out) => out.set(scores[i]!) }, m, {
          duals,
          candidates,
          rows: Int32Array.from(rows),
          keep,
          shadow,
          bias,
        });
        const expected = scanRowsByDefinition(duals, candidates, scores, rows, keep, shadow, bias);
        expect(rowsOf(scan.additions)).toEqual(expected.additions);
        expect(rowsOf(scan.shadows).map((row) => row.sort((a, b) => a - b))).toEqual(expected.shadows);
        expect(Array.from(scan.bounds)).toEqual(expected.bounds);
        expect(scan.violating).toBe(expected.violating);
        expect(scan.violatingRows).toEqual(expected.violatingRows);
        expect(scan.checkedPairs).toBe(expected.checkedPairs);
        expect(scan.maxScaled).toBe(expected.maxScaled);
        expect(scoresOf(scan.additions, scores, rows)).toBe(true);
        expect(scoresOf(scan.shadows, scores, rows)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
