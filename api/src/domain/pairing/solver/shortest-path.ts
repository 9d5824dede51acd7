import { addToMentor, type FlowState, removeFromMentor, sinkDeficit, UNPAIRED, UNROUTED } from './flow-state';

/**
 * Owing mentors a search from T goes on to reach. More per search means fewer searches but deeper
 * ones (a popped mentee expands most of its arcs) and larger potential drops, which send more rows
 * to the next certificate round. Measured at 30k (1,954 owed units after the first
 * certificate round): 1 per search 10–11 s, 4: 3.1 s, 8: 2.1–2.3 s, 12: 1.6–1.9 s, 16: 3.5–6.9 s.
 */
const SINK_TARGETS = 12;

/**
 * Successive shortest paths (our own solver: the pairing engine's core). One Dijkstra on reduced
 * costs per unit to route, from a mentee still holding its unit to the nearest node owing one (T,
 * or a mentor that lost a mentee); from T, when it holds units that mentors owe, one Dijkstra for
 * up to `SINK_TARGETS` of them (see `search`). Potentials then move by
 * the distances, which keeps every residual reduced cost ≥ 0, so the flow stays of minimum cost
 * after each path: at the end it is optimal for the candidate pairs (LP duality).
 */
export function routeAll(s: FlowState): void {
  const scratch = s.scratch;
  scratch.sinkValid = false;
  // arc snapshots are taken per mentee on its first pop in this call
  scratch.routeId++;
  const edges = s.rows.mentor.length;
  if (scratch.arcEdge.length < edges) {
    scratch.arcEdge = new Int32Array(edges + (edges >> 2));
    scratch.arcValue = new Float64Array(edges + (edges >> 2));
  }
  for (;;) {
    let moved = false;
    for (let i = 0; i < s.n; i++) {
      if (s.assign[i] !== UNROUTED) continue;
      s.pi[i] = startPotential(s, i);
      search(s, i);
      moved = true;
    }
    while (sinkDeficit(s) < 0) {
      search(s, s.n + s.m, Math.min(SINK_TARGETS, -sinkDeficit(s)));
      moved = true;
    }
    if (!moved) return;
  }
}

/** Smallest potential making every arc out of a mentee holding its unit non-negative. */
function startPotential(s: FlowState, i: number): number {
  const { rows, scaled, pi, capacity } = s;
  const n = s.n;
  const offset = s.scaling.offset;
  const f = s.scaling.stability;
  const prev = s.previous[i];
  let best = pi[n + s.m]!;
  for (let e = rows.start[i]!; e < rows.start[i + 1]!; e++) {
    const j = rows.mentor[e]!;
    if (capacity[j] === 0) continue;
    const value = offset + f * scaled[e]! + (prev === j ? 1 : 0) + pi[n + j]!;
    if (value > best) best = value;
  }
  return best;
}

/**
 * One Dijkstra from `source` on reduced costs, then the potentials move by the distances (capped at
 * the last target's) and the unit goes along the shortest path. From T (units that mentors owe),
 * the search goes on until it has reached `wanted` owing mentors (or every node): with the cap at
 * the last one's distance, every tree path to a mentor reached is made of arcs of reduced cost 0,
 * and augmenting along such a path keeps every reduced cost ≥ 0. So each of them takes a unit along
 * its tree path, nearest first, as long as the arcs of that path still have room (earlier paths of
 * the same search may have used them): one search settles many owed units, where it used to settle
 * one (a search from T explores every mentor it feeds at no cost before it reaches any owing one).
 */
function search(s: FlowState, source: number, wanted = 1): void {
  const n = s.n;
  const m = s.m;
  const sink = n + m;
  const { rows, scaled, pi, capacity, load, tflow, assign, slots, slotStart, previous } = s;
  const { dist, stamp, done, pred, predEdge, popped, heap } = s.scratch;
  const rowStart = rows.start;
  const rowMentor = rows.mentor;
  const assignScaled = s.assignScaled;
  const offset = s.scaling.offset;
  const f = s.scaling.stability;
  const sinkOwes = source !== sink && sinkDeficit(s) > 0;
  const scratch = s.scratch;
  const cursor = sink + 1;
  // heap entries from `arcCursor` on: the next arcs of mentee (entry − arcCursor) to expand
  const arcCursor = sink + 2;
  const { arcEdge, arcValue, arcAt } = scratch;
  const expand = (x: number) => {
    const base = dist[x]! + pi[x]! - offset;
    const own = assign[x]!;
    const prev = previous[x];
    const end = rowStart[x + 1]!;
    let c = arcAt[x]!;
    while (c < end) {
      // the snapshot bounds the reduced cost of this arc, and of every later one, from below
      const low = base - arcValue[c]!;
      if (heap.size > 0 && low > heap.topKey()) {
        heap.push(low, arcCursor + x);
        break;
      }
      const e = arcEdge[c++]!;
      const j = rowMentor[e]!;
      if (j === own || capacity[j] === 0) continue;
      relax(n + j, base - f * scaled[e]! - (prev === j ? 1 : 0) - pi[n + j]!, x, e);
    }
    arcAt[x] = c;
  };
  let cursorAt = 0;
  let sinkDist = 0;
  const id = ++scratch.searchId;
  heap.clear();
  dist[source] = 0;
  stamp[source] = id;
  pred[source] = -1;
  heap.push(0, source);
  let poppedCount = 0;
  let target = -1;
  // owing mentors reached by a search from T, in order
  let reached = 0;
  const reachedAt = scratch.reachedAt;

  const relax = (node: number, d: number, from: number, edge: number) => {
    if (stamp[node] !== id) {
      stamp[node] = id;
    } else if (done[node] === id || d >= dist[node]!) {
      return;
    }
    dist[node] = d;
    pred[node] = from;
    predEdge[node] = edge;
    heap.push(d, node);
  };

  while (heap.size > 0) {
    const d = heap.topKey();
    const x = heap.pop();
    if (x >= arcCursor) {
      expand(x - arcCursor);
      continue;
    }
    if (x === cursor) {
      // T's next arc back to a mentor holding flow; the snapshot key is a lower bound of its cost
      const { sinkOrder, sinkPi, sinkSize } = scratch;
      const pt = pi[sink]!;
      for (;;) {
        const j = sinkOrder[cursorAt++]!;
        scratch.sinkSteps++;
        if (tflow[j]! > 0) relax(n + j, sinkDist + pt - pi[n + j]!, sink, -1);
        if (cursorAt >= sinkSize) break;
        const next = sinkDist + pt - sinkPi[cursorAt]!;
        if (next > d) {
          heap.push(next, cursor);
          break;
        }
      }
      continue;
    }
    if (done[x] === id || d > dist[x]!) continue;
    done[x] = id;
    popped[poppedCount++] = x;
    if (x < n) {
      if (assign[x] !== UNPAIRED) relax(sink, d + pi[x]! - pi[sink]!, x, -1);
      // arcs to mentors, d − W(x, j) + pi[x] − pi[j], lazily (W = offset + f × scaled, + 1 if previous)
      arcAt[x] = rowStart[x]!;
      if (scratch.arcSorted[x] !== scratch.routeId) sortArcs(s, x);
      expand(x);
    } else if (x < sink) {
      const j = x - n;
      if (tflow[j]! > load[j]!) {
        target = x;
        if (source !== sink) break;
        reachedAt[reached++] = x;
        if (reached >= wanted) break;
      }
      const pj = pi[x]!;
      if (tflow[j]! < capacity[j]!) relax(sink, d + pj - pi[sink]!, x, -1);
      for (let t = slotStart[j]!; t < slotStart[j]! + load[j]!; t++) {
        const i = slots[t]!;
        const w = offset + f * assignScaled[i]! + (previous[i] === j ? 1 : 0);
        relax(i, d + w + pj - pi[i]!, x, -1);
      }
    } else {
      if (sinkOwes) {
        target = x;
        break;
      }
      // Only while repairing after a change: T gives back units to mentors and unpaired mentees.
      const pt = pi[sink]!;
      if (!scratch.sinkValid || scratch.sinkSteps > 8 * m) sortSinkArcs(s);
      sinkDist = d;
      cursorAt = 0;
      if (scratch.sinkSize > 0) heap.push(d + pt - scratch.sinkPi[0]!, cursor);
      if (s.unpairedCount > 0) {
        for (let i = 0; i < n; i++) if (assign[i] === UNPAIRED) relax(i, d + pt - pi[i]!, x, -1);
      }
    }
  }
  if (target < 0) throw new Error('No augmenting path: the flow is unbalanced.');
  const reach = dist[target]!;
  for (let t = 0; t < poppedCount; t++) {
    const y = popped[t]!;
    if (dist[y]! < reach) {
      pi[y] = pi[y]! + dist[y]! - reach;
    }
  }
  if (source !== sink) {
    augment(s, source, target);
    return;
  }
  for (let r = 0; r < reached; r++) {
    const t = reachedAt[r]!;
    const j = t - n;
    while (tflow[j]! > load[j]! && pathOpen(s, t)) augment(s, sink, t);
  }
}

/** Whether every arc of the tree path from T to `target` still has room. */
function pathOpen(s: FlowState, target: number): boolean {
  const n = s.n;
  const sink = n + s.m;
  const { assign, tflow } = s;
  const pred = s.scratch.pred;
  let b = target;
  while (b !== sink) {
    const a = pred[b]!;
    if (a === sink) {
      if (b < n ? assign[b] !== UNPAIRED : tflow[b - n]! === 0) return false;
    } else if (a >= n && assign[b] !== a - n) {
      // mentee b leaves mentor a (a mentee's arc to a mentor, the next one on a path, is open as
      // long as the arc into that mentee is: it has not moved)
      return false;
    }
    b = a;
  }
  return true;
}

/** Snapshot of a mentee's arcs by W(i, j) + pi[j] (highest first, then by mentor). */
function sortArcs(s: FlowState, i: number): void {
  const { n, rows, scaled, pi, previous } = s;
  const f = s.scaling.stability;
  const { arcEdge, arcValue } = s.scratch;
  const { start, mentor } = rows;
  const a = start[i]!;
  const b = start[i + 1]!;
  const prev = previous[i];
  for (let e = a; e < b; e++) {
    const j = mentor[e]!;
    const value = f * scaled[e]! + (prev === j ? 1 : 0) + pi[n + j]!;
    // insertion sort (rows are short): equal values keep mentor order
    let c = e;
    while (c > a && arcValue[c - 1]! < value) {
      arcValue[c] = arcValue[c - 1]!;
      arcEdge[c] = arcEdge[c - 1]!;
      c--;
    }
    arcValue[c] = value;
    arcEdge[c] = e;
  }
  s.scratch.arcSorted[i] = s.scratch.routeId;
}

/** Snapshot of the mentors with places, by potential (highest first, then by index). */
function sortSinkArcs(s: FlowState): void {
  const { n, m, pi, capacity } = s;
  const scratch = s.scratch;
  if (scratch.sinkOrder.length < m) {
    scratch.sinkOrder = new Int32Array(m);
    scratch.sinkPi = new Float64Array(m);
  }
  const order: number[] = [];
  for (let j = 0; j < m; j++) if (capacity[j]! > 0) order.push(j);
  order.sort((a, b) => pi[n + b]! - pi[n + a]! || a - b);
  for (let t = 0; t < order.length; t++) {
    scratch.sinkOrder[t] = order[t]!;
    scratch.sinkPi[t] = pi[n + order[t]!]!;
  }
  scratch.sinkSize = order.length;
  scratch.sinkValid = true;
  scratch.sinkSteps = 0;
}

/** Reverses the arcs of the path found, from the target back to the source. */
function augment(s: FlowState, source: number, target: number): void {
  const n = s.n;
  const sink = n + s.m;
  const { pred, predEdge } = s.scratch;
  let b = target;
  while (b !== source) {
    const a = pred[b]!;
    if (a < n && b < sink) {
      // mentee a takes mentor b
      const j = b - n;
      const e = predEdge[b]!;
      s.assign[a] = j;
      s.assignScaled[a] = s.scaled[e]!;
      s.assignScore[a] = s.rows.score[e]!;
      addToMentor(s, j, a);
    } else if (a < n) {
      s.assign[a] = UNPAIRED;
      s.unpairedCount++;
    } else if (a < sink && b < n) {
      // the arc out of b, handled before, already gave b its new place
      removeFromMentor(s, a - n, b);
    } else if (a < sink) {
      s.tflow[a - n]!++;
      s.tflowSum++;
    } else if (b < n) {
      s.unpairedCount--;
    } else {
      s.tflow[b - n]!--;
      s.tflowSum--;
    }
    b = a;
  }
}
