import { roundHalfUp } from './round';
import type { FillRow } from './score-reader';

/** Candidate pairs per mentee, as compressed rows sorted by mentor index. Scores are the given ones. */
export interface CandidateRows {
  /** `start[i]..start[i + 1]` index mentee i's candidates (i relative to the range selected). */
  readonly start: Int32Array;
  readonly mentor: Int32Array;
  readonly score: Float64Array;
}

export interface CandidateSelection extends CandidateRows {
  /** Largest |score| over every allowed pair seen, pruned or not. */
  readonly maxAbs: number;
  readonly allowedPairs: number;
  /** Per row, the best score left out of the candidates (−∞ when none was). */
  readonly bestPruned: Float64Array;
}

/**
 * Keeps the `k` best-scored allowed mentors of each mentee in [from, to) (ties: lower mentor index),
 * streaming one row at a time. Pure, so callers may split the range across threads.
 */
export function selectCandidates(
  fillRow: FillRow,
  mentorCount: number,
  from: number,
  to: number,
  k: number,
): CandidateSelection {
  const rows = to - from;
  const keep = Math.max(1, Math.min(k, mentorCount));
  const start = new Int32Array(rows + 1);
  let mentor = new Int32Array(Math.max(16, rows * Math.min(keep, 8)));
  let score = new Float64Array(mentor.length);
  const row = new Float64Array(mentorCount);
  const heapScore = new Float64Array(keep);
  const heapMentor = new Int32Array(keep);
  const bestPruned = new Float64Array(rows);
  let maxAbs = 0;
  let allowedPairs = 0;
  let used = 0;
  for (let r = 0; r < rows; r++) {
    fillRow(from + r, row);
    let size = 0;
    let pruned = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < mentorCount; j++) {
      const s = row[j]!;
      if (s - s !== 0) continue;
      allowedPairs++;
      const abs = s < 0 ? -s : s;
      if (abs > maxAbs) maxAbs = abs;
      if (size < keep) {
        siftUp(heapScore, heapMentor, size++, s, j);
      } else if (s > heapScore[0]!) {
        if (heapScore[0]! > pruned) pruned = heapScore[0]!;
        siftDown(heapScore, heapMentor, size, s, j);
      } else if (s > pruned) {
        pruned = s;
      }
    }
    bestPruned[r] = pruned;
    if (used + size > mentor.length) {
      const grown = Math.max(used + size, mentor.length * 2);
      mentor = copyInto(new Int32Array(grown), mentor);
      score = copyInto(new Float64Array(grown), score);
    }
    const order = Array.from({ length: size }, (_, t) => t).sort((a, b) => heapMentor[a]! - heapMentor[b]!);
    for (const t of order) {
      mentor[used] = heapMentor[t]!;
      score[used++] = heapScore[t]!;
    }
    start[r + 1] = used;
  }
  return {
    start,
    mentor: mentor.slice(0, used),
    score: score.slice(0, used),
    maxAbs,
    allowedPairs,
    bestPruned,
  };
}

/** Min-heap on (score, −mentor): the root is the worst kept candidate. */
function worse(sa: number, ja: number, sb: number, jb: number): boolean {
  return sa < sb || (sa === sb && ja > jb);
}

function siftUp(hs: Float64Array, hj: Int32Array, at: number, s: number, j: number): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(s, j, hs[parent]!, hj[parent]!)) break;
    hs[at] = hs[parent]!;
    hj[at] = hj[parent]!;
    at = parent;
  }
  hs[at] = s;
  hj[at] = j;
}

function siftDown(hs: Float64Array, hj: Int32Array, size: number, s: number, j: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && worse(hs[child + 1]!, hj[child + 1]!, hs[child]!, hj[child]!)) child++;
    if (!worse(hs[child]!, hj[child]!, s, j)) break;
    hs[at] = hs[child]!;
    hj[at] = hj[child]!;
    at = child;
  }
  hs[at] = s;
  hj[at] = j;
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}

/** Joins consecutive selections (e.g. computed by several threads) into one set of rows. */
export function concatCandidates(parts: readonly CandidateRows[]): CandidateRows {
  const rows = parts.reduce((sum, p) => sum + p.start.length - 1, 0);
  const total = parts.reduce((sum, p) => sum + p.mentor.length, 0);
  const start = new Int32Array(rows + 1);
  const mentor = new Int32Array(total);
  const score = new Float64Array(total);
  let r = 0;
  let used = 0;
  for (const part of parts) {
    for (let i = 1; i < part.start.length; i++) start[++r] = used + part.start[i]!;
    mentor.set(part.mentor, used);
    score.set(part.score, used);
    used += part.mentor.length;
  }
  return { start, mentor, score };
}

/** A pair to add to the candidates. */
export interface ExtraPair {
  readonly mentee: number;
  readonly mentor: number;
  readonly score: number;
}

/** Adds pairs (not already present) to the rows; `rowCount` may exceed the current rows (new mentees). */
export function addCandidates(
  rows: CandidateRows,
  extra: readonly ExtraPair[],
  rowCount: number,
): CandidateRows {
  const byMentee = new Map<number, ExtraPair[]>();
  for (const pair of extra) {
    const list = byMentee.get(pair.mentee);
    if (list) list.push(pair);
    else byMentee.set(pair.mentee, [pair]);
  }
  const oldRows = rows.start.length - 1;
  const start = new Int32Array(rowCount + 1);
  const mentor = new Int32Array(rows.mentor.length + extra.length);
  const score = new Float64Array(mentor.length);
  let used = 0;
  for (let i = 0; i < rowCount; i++) {
    const from = i < oldRows ? rows.start[i]! : 0;
    const to = i < oldRows ? rows.start[i + 1]! : 0;
    const added = (byMentee.get(i) ?? []).slice().sort((a, b) => a.mentor - b.mentor);
    let e = from;
    let a = 0;
    while (e < to || a < added.length) {
      const takeOld = a >= added.length || (e < to && rows.mentor[e]! <= added[a]!.mentor);
      if (takeOld) {
        if (a < added.length && rows.mentor[e] === added[a]!.mentor) a++;
        mentor[used] = rows.mentor[e]!;
        score[used++] = rows.score[e++]!;
      } else {
        mentor[used] = added[a]!.mentor;
        score[used++] = added[a++]!.score;
      }
    }
    start[i + 1] = used;
  }
  return { start, mentor: mentor.slice(0, used), score: score.slice(0, used) };
}

/**
 * Merges extra candidates into the rows: `add` holds one row per entry of `mentees` (ascending),
 * each sorted by mentor and disjoint from the mentee's current candidates.
 */
export function mergeRows(
  rows: CandidateRows,
  rowCount: number,
  mentees: ArrayLike<number>,
  add: CandidateRows,
): CandidateRows {
  const oldRows = rows.start.length - 1;
  const start = new Int32Array(rowCount + 1);
  const total = rows.mentor.length + add.mentor.length;
  const mentor = new Int32Array(total);
  const score = new Float64Array(total);
  let used = 0;
  let copied = 0;
  const copyOld = (to: number) => {
    // rows [copied, to) unchanged: one block copy
    if (to <= copied) return;
    const a = copied < oldRows ? rows.start[copied]! : rows.mentor.length;
    const b = to < oldRows ? rows.start[to]! : rows.mentor.length;
    mentor.set(rows.mentor.subarray(a, b), used);
    score.set(rows.score.subarray(a, b), used);
    const shift = used - a;
    for (let r = copied; r < to; r++) start[r + 1] = (r + 1 < oldRows ? rows.start[r + 1]! : b) + shift;
    used += b - a;
    copied = to;
  };
  for (let t = 0; t < mentees.length; t++) {
    const i = mentees[t]!;
    copyOld(i);
    let e = i < oldRows ? rows.start[i]! : 0;
    const eEnd = i < oldRows ? rows.start[i + 1]! : 0;
    let a = add.start[t]!;
    const aEnd = add.start[t + 1]!;
    while (e < eEnd || a < aEnd) {
      if (a >= aEnd || (e < eEnd && rows.mentor[e]! < add.mentor[a]!)) {
        mentor[used] = rows.mentor[e]!;
        score[used++] = rows.score[e++]!;
      } else {
        mentor[used] = add.mentor[a]!;
        score[used++] = add.score[a++]!;
      }
    }
    start[i + 1] = used;
    copied = i + 1;
  }
  copyOld(rowCount);
  return { start, mentor: mentor.subarray(0, used), score: score.subarray(0, used) };
}

/** Candidate rows written one row after another, at most `width` pairs a row (what a scan returns). */
export class RowsBuilder {
  private readonly start: Int32Array;
  private readonly mentor: Int32Array;
  private readonly score: Float64Array;
  private used = 0;
  private row = 0;

  constructor(rows: number, width: number) {
    this.start = new Int32Array(rows + 1);
    this.mentor = new Int32Array(rows * width);
    this.score = new Float64Array(rows * width);
  }

  push(mentor: number, score: number): void {
    this.mentor[this.used] = mentor;
    this.score[this.used++] = score;
  }

  endRow(): void {
    this.start[++this.row] = this.used;
  }

  build(): CandidateRows {
    return {
      start: this.start,
      mentor: this.mentor.subarray(0, this.used),
      score: this.score.subarray(0, this.used),
    };
  }
}

/**
 * The first pass's candidate rows, which arrive block after block in mentee order: each block is
 * appended after the rows so far, into arrays with room for all of them, and the rows (with their
 * scaled scores) are views of those arrays. Merging instead copied and rescaled every row so far
 * at each block: a tenth of the first pass's time on this thread at 10,000 mentees.
 */
export class RowAppender {
  private mentor: Int32Array;
  private score: Float64Array;
  private scaled: Float64Array;
  private used = 0;

  constructor(
    private readonly rowCount: number,
    capacity: number,
    private readonly scale: number,
  ) {
    this.mentor = new Int32Array(capacity);
    this.score = new Float64Array(capacity);
    this.scaled = new Float64Array(capacity);
  }

  /**
   * Whether `rows` can take the rows of mentees from `from` on by appending: its pairs are all
   * this appender's (or none) and every row from `from` on is empty.
   */
  canAppend(rows: CandidateRows, from: number): boolean {
    const total = rows.mentor.length;
    return (
      total === this.used &&
      (total === 0 || rows.mentor.buffer === this.mentor.buffer) &&
      rows.start[from] === total
    );
  }

  /** `rows` with the rows of `add` (mentees from, from + 1, …) appended, and their scaled scores. */
  append(
    rows: CandidateRows,
    from: number,
    add: CandidateRows,
  ): { rows: CandidateRows; scaled: Float64Array } {
    const added = add.mentor.length;
    if (this.used + added > this.mentor.length) {
      const capacity = Math.max(this.used + added, 2 * this.mentor.length);
      this.mentor = copyInto(new Int32Array(capacity), this.mentor);
      this.score = copyInto(new Float64Array(capacity), this.score);
      this.scaled = copyInto(new Float64Array(capacity), this.scaled);
    }
    this.mentor.set(add.mentor, this.used);
    this.score.set(add.score, this.used);
    for (let e = this.used; e < this.used + added; e++) {
      this.scaled[e] = roundHalfUp(this.score[e]! * this.scale);
    }
    const start = new Int32Array(this.rowCount + 1);
    start.set(rows.start.subarray(0, from + 1));
    const blockRows = add.start.length - 1;
    for (let r = 1; r <= blockRows; r++) start[from + r] = this.used + add.start[r]!;
    this.used += added;
    start.fill(this.used, from + blockRows + 1);
    return {
      rows: {
        start,
        mentor: this.mentor.subarray(0, this.used),
        score: this.score.subarray(0, this.used),
      },
      scaled: this.scaled.subarray(0, this.used),
    };
  }
}
