/**
 * An independent, deliberately plain exact solver to check the pairing solver against: the
 * textbook O(rows² × columns) Hungarian algorithm (shortest augmenting paths with potentials) on a
 * dense matrix where each mentor is expanded into one column per place, plus one "unpaired"
 * column per mentee. Scores are scaled ×1000 to integers; a paired column is worth
 * `big + score` with `big` larger than any total, so more pairs always win.
 */
export interface DenseInstance {
  readonly capacities: readonly number[];
  /** scores[mentee][mentor], null = forbidden. */
  readonly scores: readonly (readonly (number | null)[])[];
}

export interface DenseOptimum {
  readonly paired: number;
  /** Total of the scaled (×1000, rounded) scores, divided back by 1000. */
  readonly total: number;
  /** assignment[mentee] = mentor index or −1. */
  readonly assignment: number[];
}

export function denseHungarian(instance: DenseInstance): DenseOptimum {
  const rows = instance.scores.length;
  const slotMentor: number[] = [];
  instance.capacities.forEach((capacity, j) => {
    for (let c = 0; c < capacity; c++) slotMentor.push(j);
  });
  const cols = slotMentor.length + rows;
  let maxAbs = 0;
  for (const row of instance.scores)
    for (const s of row) if (s !== null) maxAbs = Math.max(maxAbs, Math.abs(s));
  const maxScaled = Math.ceil(maxAbs * 1000);
  const big = (rows + 2) * (2 * maxScaled + 1) + 1;
  // cost[i][c]: minimise −(big + score) on allowed places, 0 on the unpaired columns and forbidden places.
  const cost = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < slotMentor.length; c++) {
      const s = instance.scores[i]![slotMentor[c]!];
      cost[i * cols + c] = s === null || s === undefined ? 0 : -(big + Math.round(s * 1000));
    }
  }
  // e-maxx formulation, 1-based, rows ≤ cols.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(cols + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(cols + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      const base = (i0 - 1) * cols - 1;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost[base + j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const assignment = new Array<number>(rows).fill(-1);
  let paired = 0;
  let scaledTotal = 0;
  for (let c = 1; c <= cols; c++) {
    const i = p[c]! - 1;
    if (i < 0 || c - 1 >= slotMentor.length) continue;
    const j = slotMentor[c - 1]!;
    const s = instance.scores[i]![j];
    if (s === null || s === undefined) continue;
    assignment[i] = j;
    paired++;
    scaledTotal += Math.round(s * 1000);
  }
  return { paired, total: scaledTotal / 1000, assignment };
}
