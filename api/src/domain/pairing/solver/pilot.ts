/**
 * Price pilot: approximate mentor prices (score units, ≥ 0) for the whole market, read from a
 * small sample of mentees before the first pass. Each sampled mentee stands for `n / sample`
 * bidders with its row (its best pairs only), and an auction with full capacities runs among
 * these n bidders: a mentor's price is the lowest bid it holds once full. Pure and deterministic.
 * Only candidate choice uses these prices: exactness never depends on them.
 */

import type { CandidateRows } from './candidates';
import { sortBest } from './select';

/** The pilot's sample: each sampled mentee's best pairs by score, among mentors with capacity. */
export interface PilotRows {
  /** One row per sampled mentee (in `pilotSample` order), by mentor. */
  readonly best: CandidateRows;
  /** Per sampled mentee, the best score left out of its row (−∞ when none). */
  readonly outside: Float64Array;
  /** Largest |score| seen. */
  readonly maxAbs: number;
}

/** Pairs kept per sampled mentee (its best by score). */
export const PILOT_WIDTH = 256;
/** Bids allowed per bidder before the auction stops (it is only a guide). */
const BIDS_PER_BIDDER = 400;

/** The mentees the pilot reads: `share` of them, spread evenly, ascending. */
export function pilotSample(menteeCount: number, share: number): Int32Array {
  const sample = Math.max(1, Math.ceil(menteeCount * share));
  return Int32Array.from({ length: sample }, (_, t) =>
    Math.min(menteeCount - 1, Math.floor(((t + 0.5) * menteeCount) / sample)),
  );
}

export function pilotPrices(
  read: PilotRows,
  mentorCount: number,
  menteeCount: number,
  capacities: Int32Array,
): Float64Array {
  const m = mentorCount;
  const sample = read.outside.length;
  const width = Math.min(PILOT_WIDTH, m);
  const listMentor = new Int32Array(sample * width).fill(-1);
  const listScore = new Float64Array(sample * width);
  // value of the best mentor beyond a list (its price is at least 0)
  const outside = read.outside;
  const maxAbs = read.maxAbs;
  for (let t = 0; t < sample; t++) {
    const from = read.best.start[t]!;
    const count = Math.min(read.best.start[t + 1]! - from, width);
    const at = t * width;
    listMentor.set(read.best.mentor.subarray(from, from + count), at);
    listScore.set(read.best.score.subarray(from, from + count), at);
    sortBest(listScore, listMentor, at, at + count - 1);
  }
  const epsilon = Math.max(maxAbs, 1e-9) / 500;
  // each mentor's slots: the bidder and the bid it holds (never more slots than bidders)
  const bidders = menteeCount;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + Math.min(capacities[j]!, bidders);
  const slotBidder = new Int32Array(slotStart[m]!);
  const slotBid = new Float64Array(slotStart[m]!);
  const held = new Int32Array(m);
  const price = new Float64Array(m);
  const queue = new Int32Array(bidders + 1);
  for (let b = 0; b < bidders; b++) queue[b] = b;
  let head = 0;
  let tail = bidders;
  let waiting = bidders;
  const size = bidders + 1;
  let budget = BIDS_PER_BIDDER * bidders;
  // per sampled row, where its last scan found its best and second best pair (−1: none, or the
  // outside option for the second), at what prices: the 16 or so bidders sharing a row often bid in
  // a row, and a scan is 256 pairs
  const bestAt = new Int32Array(sample).fill(-1);
  const secondAt = new Int32Array(sample).fill(-1);
  const bestPrice = new Float64Array(sample);
  const secondPrice = new Float64Array(sample);
  while (waiting > 0 && budget-- > 0) {
    const b = queue[head]!;
    head = head + 1 === size ? 0 : head + 1;
    waiting--;
    const t = Math.min(sample - 1, Math.floor((b * sample) / bidders));
    let v1 = Number.NEGATIVE_INFINITY;
    let v2 = outside[t]!;
    let j1 = -1;
    const e1 = bestAt[t]!;
    const e2 = secondAt[t]!;
    if (
      e1 >= 0 &&
      price[listMentor[e1]!] === bestPrice[t] &&
      (e2 < 0 || price[listMentor[e2]!] === secondPrice[t])
    ) {
      // Prices only rise: with the best two unchanged, every other value can only have fallen, so a
      // scan would find the same two (another type's bidders changed other prices meanwhile).
      j1 = listMentor[e1]!;
      v1 = listScore[e1]! - price[j1]!;
      if (e2 >= 0) v2 = listScore[e2]! - price[listMentor[e2]!]!;
    } else {
      let best = -1;
      let second = -1;
      for (let e = t * width; e < (t + 1) * width; e++) {
        const j = listMentor[e]!;
        // best score first and prices ≥ 0: no later pair can pass the second best value
        if (j < 0 || listScore[e]! < v2) break;
        const v = listScore[e]! - price[j]!;
        // ties go to the lower mentor, as in a scan by mentor
        if (v > v1 || (v === v1 && j < j1)) {
          if (v1 > v2) {
            v2 = v1;
            second = best;
          }
          v1 = v;
          j1 = j;
          best = e;
        } else if (v > v2) {
          v2 = v;
          second = e;
        }
      }
      bestAt[t] = best;
      secondAt[t] = second;
      if (best >= 0) bestPrice[t] = price[listMentor[best]!]!;
      if (second >= 0) secondPrice[t] = price[listMentor[second]!]!;
    }
    if (j1 < 0 || v1 <= outside[t]!) continue; // looks elsewhere: out of the pilot
    // no second choice at all: bid the smallest raise (a price stays finite)
    const bid = price[j1]! + (v2 > Number.NEGATIVE_INFINITY ? v1 - v2 : 0) + epsilon;
    const from = slotStart[j1]!;
    const cap = Math.min(capacities[j1]!, bidders);
    if (held[j1]! < cap) {
      slotBidder[from + held[j1]!] = b;
      slotBid[from + held[j1]!] = bid;
      held[j1]!++;
    } else {
      // evict the lowest bid
      let low = from;
      for (let q = from + 1; q < from + cap; q++) if (slotBid[q]! < slotBid[low]!) low = q;
      queue[tail] = slotBidder[low]!;
      tail = tail + 1 === size ? 0 : tail + 1;
      waiting++;
      slotBidder[low] = b;
      slotBid[low] = bid;
    }
    if (held[j1] === cap) {
      let low = slotBid[from]!;
      for (let q = from + 1; q < from + cap; q++) if (slotBid[q]! < low) low = slotBid[q]!;
      price[j1] = low;
    }
  }
  return price;
}
