import { unroute } from './flow-changes';
import { addToMentor, type FlowState, OUTSIDE, UNROUTED } from './flow-state';

/**
 * A forward auction on the candidate pairs (Bertsekas, with mentor capacities): cheap price
 * discovery for the first pass. It is only a warm start: `warmStart` turns its prices into
 * potentials and its assignment into a flow, takes back every mentee whose arcs break the
 * optimality conditions, and successive shortest paths finish exactly. So exactness never depends
 * on the auction; only the number and length of the searches do.
 *
 * Values and prices are integers in W units without the offset (F × scaled score + stability
 * bonus), so every bid is exact. A mentor's price only rises: it is 0 until the mentor is full,
 * then the lowest bid it holds. Potentials −price therefore only fall, as the bounds need.
 */
export interface Auction {
  readonly price: Float64Array;
  /** Mentor per mentee, −1 when none (not yet bidding, or gave up). */
  readonly assign: Int32Array;
  readonly slotStart: Int32Array;
  /** Per mentor, a min-heap of (bid, mentee) over its places; the root holds the lowest bid. */
  readonly slotBid: Float64Array;
  readonly slotMentee: Int32Array;
  readonly held: Int32Array;
  /** Bids left before the auction stops (the warm start routes whoever is left exactly). */
  budget: number;
}

export function createAuction(capacity: Int32Array, n: number, budget: number): Auction {
  const m = capacity.length;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + Math.min(capacity[j]!, n);
  return {
    price: new Float64Array(m),
    assign: new Int32Array(n).fill(-1),
    slotStart,
    slotBid: new Float64Array(slotStart[m]!),
    slotMentee: new Int32Array(slotStart[m]!),
    held: new Int32Array(m),
    budget,
  };
}

/**
 * Lets the mentees given (and everyone they evict) bid until each holds a place, finds no mentor
 * left, or the budget runs out. `epsilon` ≥ 1 (W units) bounds how far from optimal the result is.
 */
export function runAuction(a: Auction, s: FlowState, mentees: ArrayLike<number>, epsilon: number): void {
  const { price, assign, slotStart, slotBid, slotMentee, held } = a;
  const { rows, scaled, capacity, previous } = s;
  const { start, mentor } = rows;
  const { stability: f, offset, maxScaled } = s.scaling;
  const range = 2 * f * maxScaled + 1;
  // FIFO of bidders: a mentee is in it at most once, so n + 1 places suffice
  const size = s.n + 1;
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  for (let t = 0; t < mentees.length; t++) queue[tail++] = mentees[t]!;
  while (head !== tail && a.budget > 0) {
    const i = queue[head]!;
    head = head + 1 === size ? 0 : head + 1;
    const prev = previous[i];
    // staying unpaired is worth −offset: the second choice of a mentee with one mentor left
    let v1 = Number.NEGATIVE_INFINITY;
    let v2 = -offset;
    let j1 = -1;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = mentor[e]!;
      if (capacity[j] === 0) continue;
      const v = f * scaled[e]! + (prev === j ? 1 : 0) - price[j]!;
      if (v > v1) {
        if (v1 > v2) v2 = v1;
        v1 = v;
        j1 = j;
      } else if (v > v2) v2 = v;
    }
    if (j1 < 0 || v1 <= -offset) continue;
    a.budget--;
    // a raise of at most the score range: with no second mentor left, the jump to the unpaired
    // value (−offset) would price the mentor out of everyone else's lists
    const second = Math.max(v2, v1 - range);
    // ε = 0 (refinement): the raise that leaves the mentee indifferent, or 1 on a tie (progress)
    const raise = v1 - second + epsilon;
    const bid = price[j1]! + (raise > 0 ? raise : 1);
    const from = slotStart[j1]!;
    const cap = slotStart[j1 + 1]! - from;
    if (held[j1]! < cap) {
      heapInsert(slotBid, slotMentee, from, held[j1]!, bid, i);
      held[j1]!++;
    } else {
      const out = slotMentee[from]!;
      assign[out] = -1;
      queue[tail] = out;
      tail = tail + 1 === size ? 0 : tail + 1;
      heapReplaceRoot(slotBid, slotMentee, from, cap, bid, i);
    }
    assign[i] = j1;
    // places beyond the mentee count are never all taken: such a mentor stays at price 0
    if (held[j1] === capacity[j1]) price[j1] = slotBid[from]!;
  }
}

/**
 * Refinement after an ε-auction: every mentee whose own pair is not its best at the current prices
 * (the ones `warmStart` would take back, up to ε short) gives its place back and bids again with
 * the smallest raise (ε = 0: it ends indifferent between its two best, which `warmStart` accepts),
 * and so does whoever it evicts. Mentees of the flow still without a place bid too. Each such bid is
 * much cheaper than the shortest-path search that would otherwise re-route the mentee. Prices
 * still only rise; `budget` bids at most.
 */
export function refineAuction(a: Auction, s: FlowState, budget: number): void {
  const { price, assign } = a;
  const { rows, scaled, capacity, previous } = s;
  const { start, mentor } = rows;
  const f = s.scaling.stability;
  const bidders: number[] = [];
  for (let i = 0; i < s.n; i++) {
    if (s.assign[i] === OUTSIDE) continue;
    const own = assign[i]!;
    if (own < 0) {
      bidders.push(i);
      continue;
    }
    const prev = previous[i];
    let mine = Number.NEGATIVE_INFINITY;
    let best = Number.NEGATIVE_INFINITY;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = mentor[e]!;
      if (capacity[j] === 0) continue;
      const v = f * scaled[e]! + (prev === j ? 1 : 0) - price[j]!;
      if (j === own) mine = v;
      else if (v > best) best = v;
    }
    if (best > mine) {
      release(a, i);
      bidders.push(i);
    }
  }
  a.budget = budget;
  runAuction(a, s, bidders, 0);
}

/** Takes mentee i's place back from its mentor (the mentor's price stays: prices only rise). */
function release(a: Auction, i: number): void {
  const j = a.assign[i]!;
  const from = a.slotStart[j]!;
  const last = from + a.held[j]! - 1;
  let q = from;
  while (a.slotMentee[q] !== i) q++;
  const bid = a.slotBid[last]!;
  const who = a.slotMentee[last]!;
  a.held[j]!--;
  a.assign[i] = -1;
  if (q === last) return;
  // the last place fills the hole, then moves up or down to restore the heap
  let at = q - from;
  const size = last - from;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (a.slotBid[from + parent]! <= bid) break;
    a.slotBid[from + at] = a.slotBid[from + parent]!;
    a.slotMentee[from + at] = a.slotMentee[from + parent]!;
    at = parent;
  }
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && a.slotBid[from + child + 1]! < a.slotBid[from + child]!) child++;
    if (a.slotBid[from + child]! >= bid) break;
    a.slotBid[from + at] = a.slotBid[from + child]!;
    a.slotMentee[from + at] = a.slotMentee[from + child]!;
    at = child;
  }
  a.slotBid[from + at] = bid;
  a.slotMentee[from + at] = who;
}

function heapInsert(
  bid: Float64Array,
  who: Int32Array,
  base: number,
  size: number,
  b: number,
  i: number,
): void {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (bid[base + parent]! <= b) break;
    bid[base + at] = bid[base + parent]!;
    who[base + at] = who[base + parent]!;
    at = parent;
  }
  bid[base + at] = b;
  who[base + at] = i;
}

function heapReplaceRoot(
  bid: Float64Array,
  who: Int32Array,
  base: number,
  size: number,
  b: number,
  i: number,
): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && bid[base + child + 1]! < bid[base + child]!) child++;
    if (bid[base + child]! >= b) break;
    bid[base + at] = bid[base + child]!;
    who[base + at] = who[base + child]!;
    at = child;
  }
  bid[base + at] = b;
  who[base + at] = i;
}

/**
 * An auction continuing from a flow: prices from the potentials (pi[T] − pi[j], after
 * `tightenPotentials` ≥ 0, and 0 for mentors with a place left), each paired mentee holding its
 * place with a bid at the mentor's price.
 */
export function auctionFromFlow(s: FlowState, budget: number): Auction {
  const { n, m, pi, assign, capacity } = s;
  const a = createAuction(capacity, n, budget);
  const pt = pi[n + m]!;
  for (let j = 0; j < m; j++) a.price[j] = capacity[j] === 0 ? 0 : Math.max(0, pt - pi[n + j]!);
  for (let i = 0; i < n; i++) {
    const j = assign[i]!;
    if (j < 0) continue;
    // equal bids: any order is a heap
    const at = a.slotStart[j]! + a.held[j]!;
    a.slotBid[at] = a.price[j]!;
    a.slotMentee[at] = i;
    a.held[j]!++;
    a.assign[i] = j;
  }
  return a;
}

/**
 * Loads the auction into the flow: mentor potentials pi[T] − price, each assigned mentee on its
 * mentor with a tight potential, the others holding their unit. A mentor with a price but a place
 * left owes the missing units (its arc to T stays full), as after `unroute`. Every residual reduced
 * cost is then ≥ 0 except on the arcs out of mentees the auction left short of optimal (by less than
 * its epsilon): those mentees take their unit back, and `routeAll` repairs the flow exactly.
 * Potentials only fall (prices only rise), so the row bounds stay valid. Mentees outside stay so.
 */
export function warmStart(s: FlowState, a: Auction): void {
  const { n, m, pi, rows, scaled, capacity, previous, assign, load, tflow } = s;
  const { offset, stability: f } = s.scaling;
  const pt = pi[n + m]!;
  for (let j = 0; j < m; j++) if (capacity[j]! > 0) pi[n + j] = pt - a.price[j]!;
  load.fill(0);
  s.unpairedCount = 0;
  for (let i = 0; i < n; i++) {
    if (assign[i] === OUTSIDE) continue;
    assign[i] = UNROUTED;
    const j = a.assign[i]!;
    if (j < 0) continue;
    for (let e = rows.start[i]!; e < rows.start[i + 1]!; e++) {
      if (rows.mentor[e] !== j) continue;
      assign[i] = j;
      s.assignScaled[i] = scaled[e]!;
      s.assignScore[i] = rows.score[e]!;
      addToMentor(s, j, i);
      break;
    }
  }
  let sum = 0;
  for (let j = 0; j < m; j++) {
    tflow[j] = a.price[j]! > 0 ? capacity[j]! : load[j]!;
    sum += tflow[j]!;
  }
  s.tflowSum = sum;
  for (let i = 0; i < n; i++) {
    const own = assign[i]!;
    if (own < 0) continue;
    const prev = previous[i];
    const top = offset + f * s.assignScaled[i]! + (prev === own ? 1 : 0) + pi[n + own]!;
    pi[i] = top;
    let best = Number.NEGATIVE_INFINITY;
    for (let e = rows.start[i]!; e < rows.start[i + 1]!; e++) {
      const j = rows.mentor[e]!;
      if (j === own || capacity[j] === 0) continue;
      const v = offset + f * scaled[e]! + (prev === j ? 1 : 0) + pi[n + j]!;
      if (v > best) best = v;
    }
    if (best > top || top < pt) unroute(s, i);
  }
}
