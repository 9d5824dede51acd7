/**
 * Price pilot: approximate mentor prices (score units, ≥ 0) for the whole market, read from a
 * small sample of mentees before the first pass. Each sampled mentee stands for `n / sample`
 * mentees; a mentor's price rises until the sample's demand for it fits its capacity at that
 * scale (coordinate steps on the dual of the sampled transportation problem, damped). Pure and
 * deterministic. Only candidate choice uses these prices: exactness never depends on them.
 */

type FillRow = (mentee: number, out: Float64Array) => void;

/** Pairs kept per sampled mentee (its best by score). */
const PILOT_WIDTH = 64;
const SWEEPS = 40;

export function pilotPrices(
  fillRow: FillRow,
  mentorCount: number,
  menteeCount: number,
  capacities: Int32Array,
  share: number,
): Float64Array {
  const m = mentorCount;
  const sample = Math.max(1, Math.ceil(menteeCount * share));
  const weight = menteeCount / sample;
  const width = Math.min(PILOT_WIDTH, m);
  const listMentor = new Int32Array(sample * width).fill(-1);
  const listScore = new Float64Array(sample * width);
  const row = new Float64Array(m);
  const order: number[] = [];
  for (let t = 0; t < sample; t++) {
    const i = Math.min(menteeCount - 1, Math.floor(((t + 0.5) * menteeCount) / sample));
    fillRow(i, row);
    order.length = 0;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s - s === 0 && capacities[j]! > 0) order.push(j);
    }
    order.sort((a, b) => row[b]! - row[a]! || a - b);
    for (let e = 0; e < width && e < order.length; e++) {
      listMentor[t * width + e] = order[e]!;
      listScore[t * width + e] = row[order[e]!]!;
    }
  }
  // who lists each mentor
  const count = new Int32Array(m + 1);
  for (let e = 0; e < listMentor.length; e++) if (listMentor[e]! >= 0) count[listMentor[e]! + 1]!++;
  for (let j = 0; j < m; j++) count[j + 1]! += count[j]!;
  const byMentor = new Int32Array(count[m]!);
  const fill = count.slice(0, m);
  for (let e = 0; e < listMentor.length; e++) {
    const j = listMentor[e]!;
    if (j >= 0) byMentor[fill[j]!++] = e;
  }
  const price = new Float64Array(m);
  const best = new Float64Array(sample);
  const bestMentor = new Int32Array(sample);
  const second = new Float64Array(sample);
  const values: number[] = [];
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let t = 0; t < sample; t++) {
      let b1 = Number.NEGATIVE_INFINITY;
      let b2 = Number.NEGATIVE_INFINITY;
      let j1 = -1;
      for (let e = t * width; e < (t + 1) * width; e++) {
        const j = listMentor[e]!;
        if (j < 0) break;
        const v = listScore[e]! - price[j]!;
        if (v > b1) {
          b2 = b1;
          b1 = v;
          j1 = j;
        } else if (v > b2) b2 = v;
      }
      best[t] = b1;
      second[t] = b2;
      bestMentor[t] = j1;
    }
    const damping = sweep < SWEEPS / 2 ? 0.5 : 0.25;
    for (let j = 0; j < m; j++) {
      values.length = 0;
      for (let q = count[j]!; q < count[j + 1]!; q++) {
        const e = byMentor[q]!;
        const t = (e / width) | 0;
        const other = bestMentor[t] === j ? second[t]! : best[t]!;
        // the highest price at which mentee t would still take j (its best alternative otherwise)
        if (other > Number.NEGATIVE_INFINITY) values.push(listScore[e]! - other);
      }
      // the sample may send `capacity / weight` mentees' worth to j: price at that rank
      const rank = Math.max(1, Math.floor(capacities[j]! / weight));
      let target = 0;
      if (values.length >= rank) {
        values.sort((a, b) => b - a);
        target = Math.max(0, values[rank - 1]!);
      }
      price[j] = price[j]! + damping * (target - price[j]!);
    }
  }
  return price;
}
