/**
 * Price pilot: approximate mentor prices (score units, ≥ 0) for the whole market, read from a
 * small sample of mentees before the first pass. Each sampled mentee stands for `n / sample`
 * bidders with its row (its best pairs only), and an auction with full capacities runs among
 * these n bidders: a mentor's price is the lowest bid it holds once full. Pure and deterministic.
 * Only candidate choice uses these prices: exactness never depends on them.
 */

import { selectCandidates } from './candidates';

type FillRow = (mentee: number, out: Float64Array) => void;

/** Pairs kept per sampled mentee (its best by score). */
const PILOT_WIDTH = 256;
/** Bids allowed per bidder before the auction stops (it is only a guide). */
const BIDS_PER_BIDDER = 400;

export function pilotPrices(
  fillRow: FillRow,
  mentorCount: number,
  menteeCount: number,
  capacities: Int32Array,
  share: number,
): Float64Array {
  const m = mentorCount;
  const sample = Math.max(1, Math.ceil(menteeCount * share));
  const width = Math.min(PILOT_WIDTH, m);
  const listMentor = new Int32Array(sample * width).fill(-1);
  const listScore = new Float64Array(sample * width);
  // value of the best mentor beyond a list (its price is at least 0)
  const outside = new Float64Array(sample).fill(Number.NEGATIVE_INFINITY);
  let maxAbs = 0;
  for (let t = 0; t < sample; t++) {
    const i = Math.min(menteeCount - 1, Math.floor(((t + 0.5) * menteeCount) / sample));
    const best = selectCandidates(fillRow, m, i, i + 1, width);
    let e = t * width;
    for (let c = 0; c < best.mentor.length; c++) {
      const j = best.mentor[c]!;
      if (capacities[j]! === 0) continue;
      listMentor[e] = j;
      listScore[e++] = best.score[c]!;
    }
    outside[t] = best.bestPruned[0]!;
    if (best.maxAbs > maxAbs) maxAbs = best.maxAbs;
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
  while (waiting > 0 && budget-- > 0) {
    const b = queue[head]!;
    head = head + 1 === size ? 0 : head + 1;
    waiting--;
    const t = Math.min(sample - 1, Math.floor((b * sample) / bidders));
    let v1 = Number.NEGATIVE_INFINITY;
    let v2 = outside[t]!;
    let j1 = -1;
    for (let e = t * width; e < (t + 1) * width; e++) {
      const j = listMentor[e]!;
      if (j < 0) break;
      const v = listScore[e]! - price[j]!;
      if (v > v1) {
        if (v1 > v2) v2 = v1;
        v1 = v;
        j1 = j;
      } else if (v > v2) v2 = v;
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
