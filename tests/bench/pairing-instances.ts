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
  const fillRow = (i: number, out: Float64Array): void => {
    out.fill(0);
    for (let s = 0; s < SKILLS; s++) {
      const w = need[i * SKILLS + s]!;
      const base = s * mentors;
      for (let j = 0; j < mentors; j++) out[j] = out[j]! + w * strength[base + j]!;
    }
    const dept = menteeDept[i]!;
    const lang = menteeLang[i]!;
    const tz = menteeTz[i]!;
    const years = menteeYears[i]!;
    for (let j = 0; j < mentors; j++) {
      // ~0.7 % excluded pairs, from a hash of the pair
      let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(j + 0x632be5ab, 0xc2b2ae35);
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
      if ((lang & mentorLang[j]!) === 0 || ((h ^ (h >>> 13)) >>> 0) % 1000 < 7) {
        out[j] = Number.NaN;
        continue;
      }
      const tzGap = Math.abs(tz - mentorTz[j]!);
      const overlap = tzGap >= 8 ? 0 : (8 - tzGap) * 1.5;
      const seniority = Math.min(20, (years - mentorYears[j]!) * 0.6);
      const cross = dept === mentorDept[j] ? 0 : 8;
      out[j] = Math.round((out[j]! + cross + overlap + seniority) * 1000) / 1000;
    }
  };
  return { mentees, mentors, capacities, slots, fillRow };
}
