/**
 * Realistic, deterministic pairing instances for the benchmarks (same seed → same instance).
 * Mentors are junior and digitally fluent, mentees senior. A pair scores (about 0–100):
 * - skills: mentor strengths × mentee wants weighted by the mentee's gap (60 points at most);
 * - +8 when they work in different departments (the programme wants cross-department pairs);
 * - time-zone overlap of working days, up to 12 points;
 * - reverse seniority: the mentee's extra years, up to 20 points;
 * hard constraints: a shared language, and ~0.7 % of pairs excluded (same reporting line, conflicts).
 * Scores are rounded to 0.001 so that the solver's integer scaling is exact.
 */
export const SKILLS = 8;
const LANGUAGES = 6;

export interface PairingInstance {
  readonly mentees: number;
  readonly mentors: number;
  readonly capacities: Int32Array;
  readonly slots: number;
  /** Writes mentee i's scores with every mentor; NaN = forbidden. */
  fillRow(mentee: number, out: Float64Array): void;
  /** The same scores for the listed mentors only: out[t] for mentors[t]. */
  fillPairs(mentee: number, mentors: Int32Array, count: number, out: Float64Array): void;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function languages(random: () => number): number {
  let mask = random() < 0.85 ? 1 : 0; // English
  mask |= 1 << (1 + Math.floor(random() * (LANGUAGES - 1))); // a first language
  if (random() < 0.2) mask |= 1 << Math.floor(random() * LANGUAGES);
  return mask;
}

/** 1.5 × 2^52: adding and subtracting it rounds a double below 2^51 to an integer (ties to even). */
const MAGIC = 6755399441055744;

export function pairingInstance(mentees: number, mentors: number, seed = 2027): PairingInstance {
  const random = mulberry32(seed);
  // Mentor side, stored skill-major so a row is a few tight loops over mentors.
  const strength = new Float64Array(SKILLS * mentors);
  const mentorDept = new Int32Array(mentors);
  const mentorLang = new Int32Array(mentors);
  const mentorTz = new Float64Array(mentors);
  const mentorYears = new Float64Array(mentors);
  const capacities = new Int32Array(mentors);
  let slots = 0;
  for (let j = 0; j < mentors; j++) {
    for (let s = 0; s < SKILLS; s++) strength[s * mentors + j] = random() ** 1.5;
    mentorDept[j] = Math.floor(random() * 24);
    mentorLang[j] = languages(random);
    mentorTz[j] = random() < 0.8 ? Math.floor(random() * 3) : Math.floor(random() * 14) - 5;
    mentorYears[j] = random() * 8;
    capacities[j] = 1 + Math.floor(random() * 3);
    slots += capacities[j]!;
  }
  // Mentee side: wants × gap folded into one weight per skill.
  const need = new Float64Array(mentees * SKILLS);
  const menteeDept = new Int32Array(mentees);
  const menteeLang = new Int32Array(mentees);
  const menteeTz = new Float64Array(mentees);
  const menteeYears = new Float64Array(mentees);
  for (let i = 0; i < mentees; i++) {
    let sum = 0;
    for (let s = 0; s < SKILLS; s++) {
      const want = random();
      const gap = 1 - random() * 0.8;
      need[i * SKILLS + s] = want * want * gap;
      sum += need[i * SKILLS + s]!;
    }
    for (let s = 0; s < SKILLS; s++) need[i * SKILLS + s] = (need[i * SKILLS + s]! / sum) * 60;
    menteeDept[i] = Math.floor(random() * 24);
    menteeLang[i] = languages(random);
    menteeTz[i] = random() < 0.8 ? Math.floor(random() * 3) : Math.floor(random() * 14) - 5;
    menteeYears[i] = 10 + random() * 25;
  }
  // Per-row work is the benchmark's score cost: mentor-major strengths and the mentor half of the
  // exclusion hash are laid out once, so a row is one pass over the mentors (same arithmetic, same
  // order of operations as summing skill by skill: identical scores).
  const strengthByMentor = new Float64Array(SKILLS * mentors);
  for (let s = 0; s < SKILLS; s++)
    for (let j = 0; j < mentors; j++) strengthByMentor[j * SKILLS + s] = strength[s * mentors + j]!;
  const mentorHash = new Int32Array(mentors);
  for (let j = 0; j < mentors; j++) mentorHash[j] = Math.imul(j + 0x632be5ab, 0xc2b2ae35);
  /** Scores of mentee i with `list[t]` (every mentor in order when `list` is null) into out[t]. */
  const fill = (i: number, list: Int32Array | null, count: number, out: Float64Array): void => {
    const at = i * SKILLS;
    const w0 = need[at]!;
    const w1 = need[at + 1]!;
    const w2 = need[at + 2]!;
    const w3 = need[at + 3]!;
    const w4 = need[at + 4]!;
    const w5 = need[at + 5]!;
    const w6 = need[at + 6]!;
    const w7 = need[at + 7]!;
    const dept = menteeDept[i]!;
    const lang = menteeLang[i]!;
    const tz = menteeTz[i]!;
    const years = menteeYears[i]!;
    const rowHash = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
    for (let t = 0; t < count; t++) {
      const j = list === null ? t : list[t]!;
      // ~0.7 % excluded pairs, from a hash of the pair
      let h = rowHash ^ mentorHash[j]!;
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
      const u = (h ^ (h >>> 13)) >>> 0;
      // u % 1000 without a floating-point remainder (exact: u < 2^32)
      if ((lang & mentorLang[j]!) === 0 || u - Math.floor(u / 1000) * 1000 < 7) {
        out[t] = Number.NaN;
        continue;
      }
      const b = j * SKILLS;
      let skills = 0 + w0 * strengthByMentor[b]!;
      skills += w1 * strengthByMentor[b + 1]!;
      skills += w2 * strengthByMentor[b + 2]!;
      skills += w3 * strengthByMentor[b + 3]!;
      skills += w4 * strengthByMentor[b + 4]!;
      skills += w5 * strengthByMentor[b + 5]!;
      skills += w6 * strengthByMentor[b + 6]!;
      skills += w7 * strengthByMentor[b + 7]!;
      const tzGap = Math.abs(tz - mentorTz[j]!);
      const overlap = tzGap >= 8 ? 0 : (8 - tzGap) * 1.5;
      const seniority = Math.min(20, (years - mentorYears[j]!) * 0.6);
      const cross = dept === mentorDept[j] ? 0 : 8;
      // Math.round(x) / 1000 bit for bit (0 ≤ x < 2^51 here), without the data-dependent branch V8
      // emits for Math.round: it mispredicted on half the pairs and took two thirds of the row's time
      const x = (skills + cross + overlap + seniority) * 1000;
      const r = x + MAGIC - MAGIC;
      out[t] = (r - x === -0.5 ? r + 1 : r) / 1000;
    }
  };
  const fillRow = (i: number, out: Float64Array): void => fill(i, null, mentors, out);
  const fillPairs = (i: number, list: Int32Array, count: number, out: Float64Array): void =>
    fill(i, list, count, out);
  return { mentees, mentors, capacities, slots, fillRow, fillPairs };
}
