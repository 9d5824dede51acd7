/**
 * In-place selection of (value, mentor) pairs held in two parallel typed arrays, best first: the
 * higher value, then the lower mentor. Used per row by `scanRows`; our own because no library
 * selects in parallel typed arrays in place without allocating per call.
 */

function better(v: Float64Array, j: Int32Array, a: number, b: number): boolean {
  return v[a]! > v[b]! || (v[a] === v[b] && j[a]! < j[b]!);
}

function swap(v: Float64Array, j: Int32Array, a: number, b: number): void {
  const tv = v[a]!;
  v[a] = v[b]!;
  v[b] = tv;
  const tj = j[a]!;
  j[a] = j[b]!;
  j[b] = tj;
}

/** Partitions [lo, hi] around a median-of-three pivot; returns the pivot's final place. */
function partition(v: Float64Array, j: Int32Array, lo: number, hi: number): number {
  const mid = (lo + hi) >> 1;
  if (better(v, j, mid, lo)) swap(v, j, mid, lo);
  if (better(v, j, hi, lo)) swap(v, j, hi, lo);
  if (better(v, j, hi, mid)) swap(v, j, hi, mid);
  // best at lo, median at mid, worst at hi: the median becomes the pivot, at hi
  swap(v, j, mid, hi);
  const pivotValue = v[hi]!;
  const pivotMentor = j[hi]!;
  let store = lo;
  for (let t = lo; t < hi; t++) {
    const tv = v[t]!;
    const tj = j[t]!;
    if (tv > pivotValue || (tv === pivotValue && tj < pivotMentor)) {
      v[t] = v[store]!;
      j[t] = j[store]!;
      v[store] = tv;
      j[store++] = tj;
    }
  }
  swap(v, j, store, hi);
  return store;
}

function insertionSort(v: Float64Array, j: Int32Array, lo: number, hi: number): void {
  for (let t = lo + 1; t <= hi; t++) {
    const tv = v[t]!;
    const tj = j[t]!;
    let at = t;
    while (at > lo && (v[at - 1]! < tv || (v[at - 1] === tv && j[at - 1]! > tj))) {
      v[at] = v[at - 1]!;
      j[at] = j[at - 1]!;
      at--;
    }
    v[at] = tv;
    j[at] = tj;
  }
}

/** Rearranges [0, length) so that the `k` best come first (in any order) and the k-th best is at k − 1. */
export function selectBest(v: Float64Array, j: Int32Array, length: number, k: number): void {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (hi - lo > 16) {
    const p = partition(v, j, lo, hi);
    if (p === target) return;
    if (p < target) lo = p + 1;
    else hi = p - 1;
  }
  insertionSort(v, j, lo, hi);
}

/** Sorts [lo, hi] best first (quicksort, insertion sort on short ranges). */
export function sortBest(v: Float64Array, j: Int32Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const p = partition(v, j, lo, hi);
    // the shorter side by recursion, the longer one by the loop: depth stays logarithmic
    if (p - lo < hi - p) {
      sortBest(v, j, lo, p - 1);
      lo = p + 1;
    } else {
      sortBest(v, j, p + 1, hi);
      hi = p - 1;
    }
  }
  insertionSort(v, j, lo, hi);
}

/**
 * Streams `value[0..count)` (NaN never taken) and leaves the `want` best (ties to the lower index:
 * indices come in ascending order, so a value equal to the threshold is never better) at the front
 * of the buffers, the want-th best at want − 1; returns how many are there (fewer when fewer
 * values). Values above the threshold are appended; a full buffer (≥ want + 1 long) is cut back to
 * its best `want`, whose worst becomes the threshold.
 */
export function selectStream(
  value: Float64Array,
  count: number,
  want: number,
  bufferValue: Float64Array,
  bufferMentor: Int32Array,
): number {
  const bufferSize = bufferValue.length;
  let size = 0;
  let threshold = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < count; j++) {
    const v = value[j]!;
    if (!(v > threshold)) continue;
    bufferValue[size] = v;
    bufferMentor[size++] = j;
    if (size === bufferSize) {
      selectBest(bufferValue, bufferMentor, size, want);
      size = want;
      threshold = bufferValue[want - 1]!;
    }
  }
  // also at exactly `want`: the want-th best must end at want − 1
  if (size >= want) selectBest(bufferValue, bufferMentor, size, want);
  return Math.min(size, want);
}
