import { ATTRIBUTES, normalised } from './admin-criteria';
import type { PairingCandidate } from './types';
import { preferredHoursBitmap, type WeekGrid, WORDS_PER_WEEK, workingHoursBitmap } from './week-slots';

/** Strings turned into small integers once, so that pairs compare integers. */
export class Interner {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

export interface Interners {
  people: Interner;
  departments: Interner;
  languages: Interner;
  skills: Interner;
  attributes: Interner;
}

export const newInterners = (): Interners => ({
  people: new Interner(),
  departments: new Interner(),
  languages: new Interner(),
  skills: new Interner(),
  attributes: new Interner(),
});

/** One side (mentees or mentors) as flat typed arrays, one row per person. */
export interface CompiledSide {
  readonly people: readonly PairingCandidate[];
  readonly self: Int32Array;
  /**
   * Working-hours and preferred-hours bitmaps, stored once per distinct pattern (people share a few):
   * person p's bitmap is the `WORDS_PER_WEEK` words from `hoursPattern[p] × WORDS_PER_WEEK`.
   */
  readonly hoursPattern: Int32Array;
  readonly hoursBits: Uint32Array;
  readonly preferredPattern: Int32Array;
  readonly preferredBits: Uint32Array;
  readonly langLo: Uint32Array;
  readonly langHi: Uint32Array;
  /** −1 when unknown. */
  readonly department: Int32Array;
  /** Per admin attribute (office, site): interned value, −1 when unknown. */
  readonly attributes: Record<(typeof ATTRIBUTES)[number], Int32Array>;
  /** Days since 1970-01-01; NaN when unknown. */
  readonly hireDay: Float64Array;
  readonly level: Float64Array;
  /** Manager chains, CSR: person p's chain is `chain[chainStart[p] .. chainStart[p + 1])`. */
  readonly chainStart: Int32Array;
  readonly chain: Int32Array;
  /** Skills, CSR: interned skill id and level. */
  readonly skillStart: Int32Array;
  readonly skillId: Int32Array;
  readonly skillLevel: Uint8Array;
}

const DAY_MS = 86_400_000;

function hireDayOf(date: string | null): number {
  if (!date) return Number.NaN;
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? ms / DAY_MS : Number.NaN;
}

/** Primary language subtag: `fr-FR` and `FR` are both `fr`. */
export const languageKey = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

function clampLevel(level: number): number {
  return Math.max(1, Math.min(5, Math.round(level)));
}

/** Distinct bitmaps, each built once. */
class Patterns {
  private readonly ids = new Map<string, number>();
  private readonly list: Uint32Array[] = [];
  id(key: string, make: () => Uint32Array): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(make());
      this.ids.set(key, id);
    }
    return id;
  }
  bits(): Uint32Array {
    const all = new Uint32Array(this.list.length * WORDS_PER_WEEK);
    this.list.forEach((bits, k) => {
      all.set(bits, k * WORDS_PER_WEEK);
    });
    return all;
  }
}

export function compileSide(
  people: readonly PairingCandidate[],
  interners: Interners,
  week: WeekGrid,
): CompiledSide {
  const n = people.length;
  const side = {
    people,
    self: new Int32Array(n),
    hoursPattern: new Int32Array(n),
    hoursBits: new Uint32Array(0),
    preferredPattern: new Int32Array(n),
    preferredBits: new Uint32Array(0),
    langLo: new Uint32Array(n),
    langHi: new Uint32Array(n),
    department: new Int32Array(n),
    attributes: { office: new Int32Array(n), site: new Int32Array(n) },
    hireDay: new Float64Array(n),
    level: new Float64Array(n),
    chainStart: new Int32Array(n + 1),
    chain: new Int32Array(people.reduce((sum, p) => sum + p.managerChain.length, 0)),
    skillStart: new Int32Array(n + 1),
    skillId: new Int32Array(people.reduce((sum, p) => sum + p.skills.length, 0)),
    skillLevel: new Uint8Array(people.reduce((sum, p) => sum + p.skills.length, 0)),
  } satisfies CompiledSide;
  const hours = new Patterns();
  const preferred = new Patterns();
  let chainAt = 0;
  let skillAt = 0;
  people.forEach((p, i) => {
    side.self[i] = interners.people.id(p.id);
    const wh = p.workingHours;
    const hoursKey = `${wh.timeZone}|${wh.start}|${wh.end}|${wh.days.join(',')}`;
    side.hoursPattern[i] = hours.id(hoursKey, () => workingHoursBitmap(wh, week));
    const prefKey = `${hoursKey}|${p.availability.days.join(',')}|${p.availability.dayparts.join(',')}`;
    side.preferredPattern[i] = preferred.id(prefKey, () => preferredHoursBitmap(wh, p.availability, week));
    for (const tag of p.languages) {
      const bit = interners.languages.id(languageKey(tag));
      if (bit >= 64) throw new RangeError('Pairing supports at most 64 distinct languages.');
      if (bit < 32) side.langLo[i]! |= 1 << bit;
      else side.langHi[i]! |= 1 << (bit - 32);
    }
    const department = normalised(p.department);
    side.department[i] = department === null ? -1 : interners.departments.id(department);
    for (const attribute of ATTRIBUTES) {
      const value = normalised(p[attribute]);
      side.attributes[attribute][i] = value === null ? -1 : interners.attributes.id(`${attribute}:${value}`);
    }
    side.hireDay[i] = hireDayOf(p.hireDate);
    side.level[i] = p.level ?? Number.NaN;
    side.chainStart[i] = chainAt;
    for (const manager of p.managerChain) side.chain[chainAt++] = interners.people.id(manager);
    side.skillStart[i] = skillAt;
    for (const skill of p.skills) {
      side.skillId[skillAt] = interners.skills.id(skill.skillId);
      side.skillLevel[skillAt++] = clampLevel(skill.level);
    }
  });
  side.chainStart[n] = chainAt;
  side.skillStart[n] = skillAt;
  return { ...side, hoursBits: hours.bits(), preferredBits: preferred.bits() };
}

/** Mentor levels as a dense matrix (mentor × skill, 0 = not offered) for constant-time lookups. */
export function offeredMatrix(mentors: CompiledSide, skillCount: number): Uint8Array {
  const matrix = new Uint8Array(mentors.people.length * skillCount);
  for (let j = 0; j < mentors.people.length; j++) {
    for (let k = mentors.skillStart[j]!; k < mentors.skillStart[j + 1]!; k++) {
      matrix[j * skillCount + mentors.skillId[k]!] = mentors.skillLevel[k]!;
    }
  }
  return matrix;
}

/** Depth (1 = direct manager) of `managerSelf` in `report`'s chain, 0 when not in it. */
export function chainDepth(report: CompiledSide, r: number, managerSelf: number): number {
  const start = report.chainStart[r]!;
  const end = report.chainStart[r + 1]!;
  for (let k = start; k < end; k++) if (report.chain[k] === managerSelf) return k - start + 1;
  return 0;
}
