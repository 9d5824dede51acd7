import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Duals, scanRows } from './certificate';
import { roundHalfUp } from './round';
import { randomCandidates, scanScores } from './scan.test-support';
import { overlayReader, readerFromSource } from './score-reader';
import { createSketch, levelOf, scanSketchRows } from './sketch';

describe('levelOf', () => {
  it('gives a byte whose bound is at least the score, and within two steps of it from 0 up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (top, at) => {
          const sketch = createSketch(1, 1, top);
          const w = Math.round(at * top);
          const level = levelOf(w, sketch.inverse);
          expect(level).toBeGreaterThanOrEqual(0);
          expect(level).toBeLessThanOrEqual(255);
          const bound = sketch.base + level * sketch.step;
          expect(bound).toBeGreaterThanOrEqual(w);
          if (w >= 0) expect(bound - w).toBeLessThan(2 * sketch.step);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('puts a forbidden pair (NaN) at 0', () => {
    expect(levelOf(Number.NaN, 1 / 7)).toBe(0);
  });
});

const instance = fc
  .record({
    n: fc.integer({ min: 1, max: 10 }),
    // from 8 × (keep + shadow + 1) mentors on, a row starts from a sampled threshold
    m: fc.integer({ min: 1, max: 300 }),
    keep: fc.integer({ min: 1, max: 5 }),
    shadow: fc.integer({ min: 0, max: 4 }),
    levels: fc.integer({ min: 2, max: 400 }),
    // how far potentials sit below the best pairs: from many violators to none
    slack: fc.integer({ min: -40, max: 40 }),
    seed: fc.integer(),
  })
  .map(({ n, m, keep, shadow, levels, slack, seed }) => {
    // negative scores too, and ties
    const { random, level, scores } = scanScores(seed, n, m, levels);
    const stability = 1 + Math.floor(random() * 3);
    const mentor = Float64Array.from({ length: m }, () =>
      random() < 0.1 ? Number.NaN : -stability * Math.floor(random() * 8),
    );
    const duals: Duals = {
      scale: 2,
      stability,
      offset: 50,
      mentee: Float64Array.from({ length: n }, () => 50 + stability * (levels + slack - level() / 4)),
      mentor,
      previous: Int32Array.from({ length: n }, () => (random() < 0.5 ? Math.floor(random() * m) : -1)),
    };
    const candidates = randomCandidates(random, n, m, 0.1);
    const rows = Int32Array.from(Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.8));
    return { n, m, keep, shadow, levels, scores, duals, candidates, rows };
  });

describe('scanSketchRows', () => {
  it('finds exactly the violations of a full read, keeps true pairs, and bounds every pair it leaves', () => {
    fc.assert(
      fc.property(instance, ({ n, m, keep, shadow, levels, scores, duals, candidates, rows }) => {
        const fillRow = (i: number, out: Float64Array) => out.set(scores[i]!);
        const fillPairs = (i: number, mentors: Int32Array, count: number, out: Float64Array) => {
          for (let t = 0; t < count; t++) out[t] = scores[i]![mentors[t]!]!;
        };
        // the first pass records every row while ranking it
        const sketch = createSketch(n, m, levels);
        const all = Int32Array.from({ length: n }, (_, i) => i);
        const empty = { start: new Int32Array(n + 1), mentor: new Int32Array(0), score: new Float64Array(0) };
        const zero = { ...duals, mentor: duals.mentor.map((p) => (Number.isNaN(p) ? p : 0)) };
        scanRows({ fillRow }, m, {
          duals: zero,
          candidates: empty,
          rows: all,
          keep: 1,
          shadow: 0,
          bias: new Float64Array(m),
          record: sketch,
        });
        const full = scanRows({ fillRow }, m, { duals, candidates, rows, keep, shadow });
        const scan = scanSketchRows({ fillRow, fillPairs }, sketch, duals, candidates, rows, keep, shadow);
        // without fillPairs, the same from whole rows
        expect(scanSketchRows({ fillRow }, sketch, duals, candidates, rows, keep, shadow)).toEqual(scan);
        expect(scan.violatingRows).toEqual(full.violatingRows);
        expect(scan.violating).toBe(full.violating);
        expect(scan.checkedPairs).toBe(full.checkedPairs);
        expect(scan.maxScaled).toBeLessThanOrEqual(full.maxScaled);
        rows.forEach((i, r) => {
          const value = (j: number) =>
            duals.offset +
            duals.stability * roundHalfUp(scores[i]![j]! * duals.scale) +
            duals.mentor[j]! +
            (duals.previous[i] === j ? 1 : 0);
          const inFlow = new Set(candidates.mentor.subarray(candidates.start[i]!, candidates.start[i + 1]!));
          const added = Array.from(
            scan.additions.mentor.subarray(scan.additions.start[r]!, scan.additions.start[r + 1]!),
          );
          const shadowed = Array.from(
            scan.shadows.mentor.subarray(scan.shadows.start[r]!, scan.shadows.start[r + 1]!),
          );
          // true pairs, outside the candidates, each once, additions by mentor, with their scores
          expect(added).toEqual([...added].sort((a, b) => a - b));
          expect(added.length).toBeLessThanOrEqual(keep);
          expect(shadowed.length).toBeLessThanOrEqual(shadow);
          const kept = [...added, ...shadowed];
          expect(new Set(kept).size).toBe(kept.length);
          for (const j of kept) {
            expect(inFlow.has(j)).toBe(false);
            expect(Number.isFinite(scores[i]![j]!) && !Number.isNaN(duals.mentor[j]!)).toBe(true);
          }
          for (let e = scan.additions.start[r]!; e < scan.additions.start[r + 1]!; e++) {
            expect(scan.additions.score[e]).toBe(scores[i]![scan.additions.mentor[e]!]);
          }
          for (let e = scan.shadows.start[r]!; e < scan.shadows.start[r + 1]!; e++) {
            expect(scan.shadows.score[e]).toBe(scores[i]![scan.shadows.mentor[e]!]);
          }
          // the additions are the best of what was kept
          if (added.length > 0 && shadowed.length > 0) {
            expect(Math.min(...added.map(value))).toBeGreaterThanOrEqual(Math.max(...shadowed.map(value)));
          }
          // every violator was kept, or the row's bound shows it may violate (it is read again)
          const keptSet = new Set(kept);
          for (let j = 0; j < m; j++) {
            if (
              inFlow.has(j) ||
              keptSet.has(j) ||
              !Number.isFinite(scores[i]![j]!) ||
              Number.isNaN(duals.mentor[j]!)
            )
              continue;
            expect(value(j)).toBeLessThanOrEqual(scan.bounds[r]!);
          }
          // the violators a full read adds are all kept: violators come first
          const violators = Array.from({ length: m }, (_, j) => j).filter(
            (j) =>
              !inFlow.has(j) &&
              Number.isFinite(scores[i]![j]!) &&
              !Number.isNaN(duals.mentor[j]!) &&
              value(j) > duals.mentee[i]!,
          );
          if (violators.length <= keep) for (const j of violators) expect(added).toContain(j);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('score readers', () => {
  it('score listed pairs exactly as whole rows do, overlays included', () => {
    const n = 5;
    const m = 7;
    const scores = Float64Array.from({ length: n * m }, (_, k) => (k % 6 === 0 ? Number.NaN : (k * 37) % 11));
    const dense = readerFromSource({ kind: 'dense', scores }, n, m);
    const pair = readerFromSource(
      { kind: 'pair', score: (i, j) => (Number.isNaN(scores[i * m + j]!) ? null : scores[i * m + j]!) },
      n,
      m,
    );
    const overlay = overlayReader({
      base: dense,
      baseMentees: n,
      forbidden: new Map([[2, [1, 4]]]),
      removedMentors: [3],
      addedRows: new Map([[n, Float64Array.from({ length: m }, (_, j) => j * 2)]]),
    });
    const mentors = Int32Array.from([6, 0, 3, 4, 1]);
    for (const [reader, rows] of [
      [dense, n],
      [pair, n],
      [overlay, n + 1],
    ] as const) {
      for (let i = 0; i < rows; i++) {
        const row = new Float64Array(m);
        reader.fillRow(i, row);
        const out = new Float64Array(mentors.length);
        reader.fillPairs!(i, mentors, mentors.length, out);
        expect(Array.from(out)).toEqual(Array.from(mentors, (j) => row[j]));
      }
    }
  });
});
