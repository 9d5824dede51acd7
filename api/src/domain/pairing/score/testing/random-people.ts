import { DAYPARTS, WEEKDAYS } from '../../../application';
import { DEFAULT_SKILLS } from '../../../programme-defaults';
import type { PairingCandidate, WorkDay } from '../types';

/** Small seeded generator (mulberry32): the same seed gives the same people on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = [
  ['Europe/Paris', 60],
  ['Europe/London', 15],
  ['America/New_York', 12],
  ['Asia/Singapore', 8],
  ['Europe/Luxembourg', 5],
] as const;
const DEPARTMENTS = [
  'Banque de détail',
  'Risques',
  'Conformité',
  'IT',
  'Data & IA',
  'Marketing',
  'RH',
  'Finance',
  'Opérations',
];
const PATTERNS = [
  ['09:00', '18:00'],
  ['08:30', '17:30'],
  ['08:00', '17:00'],
  ['07:30', '16:00'],
  ['10:00', '19:00'],
  ['09:00', '13:00'],
] as const;
const WEEK: WorkDay[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * A realistic crowd: most people in Paris, some in London, New York, Singapore; French and English
 * speakers; an org tree eight wide (ids `p<k>`, manager of `p<k>` is `p<floor(k / 8)>`) so that some
 * pairs share a reporting line; mentees senior, mentors junior.
 */
export function randomPeople(
  count: number,
  role: 'mentor' | 'mentee',
  seed: number,
  firstId = 0,
): PairingCandidate[] {
  const next = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    let r = next() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[0]![0];
  };
  const people: PairingCandidate[] = [];
  for (let n = 0; n < count; n++) {
    const k = firstId + n;
    const chain: string[] = [];
    for (let m = Math.floor(k / 8); m > 0; m = Math.floor(m / 8)) chain.push(`p${m}`);
    if (k > 0) chain.push('p0');
    const zone = weighted(ZONES);
    const [start, end] = pick(PATTERNS);
    const senior = role === 'mentee';
    const year = senior ? 1985 + Math.floor(next() * 25) : 2012 + Math.floor(next() * 14);
    const languages = zone.startsWith('Europe/Paris') || zone === 'Europe/Luxembourg' ? ['fr'] : ['en'];
    if (next() < 0.55) languages.push(languages[0] === 'fr' ? 'en' : 'fr');
    const skills = DEFAULT_SKILLS.filter(() => next() < 0.4).map((s) => ({
      skillId: s.id,
      level: senior ? 1 + Math.floor(next() * 3) : 2 + Math.floor(next() * 4),
    }));
    people.push({
      id: `p${k}`,
      name: `Person ${k}`,
      department: pick(DEPARTMENTS),
      office: `${zone.split('/')[1]} ${1 + Math.floor(next() * 3)}`,
      site: zone.split('/')[1]!,
      hireDate: `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01`,
      level: senior ? 1 + Math.floor(next() * 3) : 3 + Math.floor(next() * 3),
      managerChain: chain,
      languages,
      skills: skills.length > 0 ? skills : [{ skillId: pick(DEFAULT_SKILLS).id, level: senior ? 1 : 4 }],
      availability: {
        days: WEEKDAYS.filter(() => next() < 0.6),
        dayparts: DAYPARTS.filter(() => next() < 0.7),
      },
      workingHours: {
        days: next() < 0.85 ? WEEK : WEEK.filter((d) => d !== 'wednesday'),
        start,
        end,
        timeZone: zone,
      },
      capacity: 1 + Math.floor(next() * 2),
    });
  }
  return people;
}
