/**
 * Random score rows for the scan tests: a seeded generator, and scores on few distinct levels (ties
 * common), a fifth forbidden, the lowest ones negative.
 */
export function scanScores(seed: number, n: number, m: number, levels: number) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const level = () => Math.floor(random() * levels);
  const scores = Array.from({ length: n }, () =>
    Float64Array.from({ length: m }, () => (random() < 0.2 ? Number.NaN : level() * 0.5 - 3)),
  );
  return { random, level, scores };
}

/** Candidate rows: each (mentee, mentor) pair in with probability `share` (scores 0: unused). */
export function randomCandidates(random: () => number, n: number, m: number, share: number) {
  const start = new Int32Array(n + 1);
  const mentor: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) if (random() < share) mentor.push(j);
    start[i + 1] = mentor.length;
  }
  return { start, mentor: Int32Array.from(mentor), score: Float64Array.from(mentor, () => 0) };
}
