import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PilotRows, pilotPrices, pilotSample } from './pilot';

/**
 * The pilot's auction as specified, slowly: every bid reads its bidder's whole row; a full mentor's
 * price is the lowest bid it holds, and a new bid evicts that one (the first of equal lowest).
 */
function pricesByDefinition(read: PilotRows, m: number, bidders: number, capacities: number[]): number[] {
  const sample = read.outside.length;
  const rows = Array.from({ length: sample }, (_, t) => {
    const pairs: { mentor: number; score: number }[] = [];
    for (let c = read.best.start[t]!; c < read.best.start[t + 1]!; c++)
      pairs.push({ mentor: read.best.mentor[c]!, score: read.best.score[c]! });
    return pairs;
  });
  const epsilon = Math.max(read.maxAbs, 1e-9) / 500;
  const price = new Array<number>(m).fill(0);
  const held: { bidder: number; bid: number }[][] = Array.from({ length: m }, () => []);
  const queue = Array.from({ length: bidders }, (_, b) => b);
  let budget = 400 * bidders;
  while (queue.length > 0 && budget-- > 0) {
    const b = queue.shift()!;
    const t = Math.min(sample - 1, Math.floor((b * sample) / bidders));
    const values = rows[t]!.map((p) => ({ mentor: p.mentor, value: p.score - price[p.mentor]! }));
    if (values.length === 0) continue;
    // the first best in row order, and the best of the others (at least the outside option)
    const first = values.reduce((best, v) => (v.value > best.value ? v : best));
    const second = Math.max(read.outside[t]!, ...values.filter((v) => v !== first).map((v) => v.value));
    if (first.value <= read.outside[t]!) continue;
    const j = first.mentor;
    const raise = second > Number.NEGATIVE_INFINITY ? first.value - second : 0;
    const bid = price[j]! + raise + epsilon;
    const cap = Math.min(capacities[j]!, bidders);
    const slots = held[j]!;
    if (slots.length < cap) {
      slots.push({ bidder: b, bid });
    } else {
      const low = slots.reduce((at, s, q) => (s.bid < slots[at]!.bid ? q : at), 0);
      queue.push(slots[low]!.bidder);
      slots[low] = { bidder: b, bid };
    }
    if (slots.length === cap) price[j] = Math.min(...slots.map((s) => s.bid));
  }
  return price;
}

const instance = fc
  .record({
    m: fc.integer({ min: 1, max: 40 }),
    sample: fc.integer({ min: 1, max: 6 }),
    copies: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ m, sample, copies }) =>
    fc.record({
      m: fc.constant(m),
      bidders: fc.constant(sample * copies),
      capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: m, maxLength: m }),
      rows: fc.array(
        // a row: some of the mentors, in ascending order, with integer scores (ties are frequent)
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { freq: 3 }), { minLength: m, maxLength: m }),
        { minLength: sample, maxLength: sample },
      ),
      outside: fc.array(fc.option(fc.integer({ min: -5, max: 10 }), { freq: 2 }), {
        minLength: sample,
        maxLength: sample,
      }),
    }),
  );

describe('pilotSample', () => {
  it('spreads the share evenly over the mentees, ascending', () => {
    expect(Array.from(pilotSample(10000, 1 / 16))).toHaveLength(625);
    const sample = pilotSample(100, 1 / 10);
    expect(Array.from(sample)).toEqual([5, 15, 25, 35, 45, 55, 65, 75, 85, 95]);
    expect(Array.from(pilotSample(3, 1 / 16))).toEqual([1]);
  });
});

describe('pilotPrices', () => {
  it('gives the prices of the auction as specified (a row read for every bid), ties included', () => {
    fc.assert(
      fc.property(instance, ({ m, bidders, capacities, rows, outside }) => {
        const start = [0];
        const mentor: number[] = [];
        const score: number[] = [];
        for (const row of rows) {
          row.forEach((s, j) => {
            if (s === null) return;
            mentor.push(j);
            score.push(s);
          });
          start.push(mentor.length);
        }
        const read: PilotRows = {
          best: {
            start: Int32Array.from(start),
            mentor: Int32Array.from(mentor),
            score: Float64Array.from(score),
          },
          outside: Float64Array.from(outside, (o) => (o === null ? Number.NEGATIVE_INFINITY : o)),
          maxAbs: Math.max(0, ...score.map(Math.abs)),
        };
        const prices = pilotPrices(read, m, bidders, Int32Array.from(capacities));
        expect(Array.from(prices)).toEqual(pricesByDefinition(read, m, bidders, capacities));
      }),
      { numRuns: 500 },
    );
  });
});
