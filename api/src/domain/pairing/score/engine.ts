import { ADMIN_CRITERIA } from './admin-criteria';
import {
  type CompiledSide,
  chainDepth,
  compileSide,
  type Interners,
  newInterners,
  offeredMatrix,
} from './compile';
import { availabilityValue, hoursValue, reverseValue, SKILL_CREDIT } from './formulas';
import type { AdminCriterion, PairingCandidate, PairingSettings } from './types';
import { commonSlots, WeekGrid, WORDS_PER_WEEK } from './week-slots';

/** Everything precomputed for one programme's candidates; shared by the fast and detailed scorers. */
export interface Engine {
  readonly settings: PairingSettings;
  readonly mentees: CompiledSide;
  readonly mentors: CompiledSide;
  readonly interners: Interners;
  readonly skillCount: number;
  /** Mentor × skill levels (0 = not offered). */
  readonly offered: Uint8Array;
  /** Mentor index locked to each mentee, −1 when none. */
  readonly lockedMentor: Int32Array;
  /** Mentors an admin keeps away from each mentee (CSR over mentees). */
  readonly neverStart: Int32Array;
  readonly never: Int32Array;
  readonly adminCriteria: readonly AdminCriterion[];
  /** Minimum common slots (15 min) a week. */
  readonly minSlots: number;
  /** Common slots per (mentee pattern, mentor pattern), filled on first use; null when too large. */
  readonly hoursTable: Uint16Array | null;
  readonly preferredTable: Uint16Array | null;
}

/** Largest memo table (entries) per bitmap kind: 8 MB. */
const MAX_TABLE = 4_000_000;
const UNKNOWN = 0xffff;

function memoTable(menteePatterns: number, mentorPatterns: number): Uint16Array | null {
  const size = menteePatterns * mentorPatterns;
  return size <= MAX_TABLE ? new Uint16Array(size).fill(UNKNOWN) : null;
}

/** Common working-hours slots of (mentee i, mentor j). */
export function hoursSlots(engine: Engine, i: number, j: number): number {
  const { mentees: e, mentors: m } = engine;
  return commonSlots(
    e.hoursBits,
    e.hoursPattern[i]! * WORDS_PER_WEEK,
    m.hoursBits,
    m.hoursPattern[j]! * WORDS_PER_WEEK,
  );
}

/** Common preferred slots of (mentee i, mentor j). */
export function preferredSlots(engine: Engine, i: number, j: number): number {
  const { mentees: e, mentors: m } = engine;
  return commonSlots(
    e.preferredBits,
    e.preferredPattern[i]! * WORDS_PER_WEEK,
    m.preferredBits,
    m.preferredPattern[j]! * WORDS_PER_WEEK,
  );
}

function indexById(side: readonly PairingCandidate[]): Map<string, number> {
  const index = new Map<string, number>();
  side.forEach((p, i) => {
    if (index.has(p.id)) throw new RangeError(`Candidate ${p.id} appears twice on the same side.`);
    index.set(p.id, i);
  });
  return index;
}

export function createEngine(
  mentees: readonly PairingCandidate[],
  mentors: readonly PairingCandidate[],
  settings: PairingSettings,
): Engine {
  const interners = newInterners();
  const week = new WeekGrid(settings.referenceWeek);
  const menteeSide = compileSide(mentees, interners, week);
  const mentorSide = compileSide(mentors, interners, week);
  const menteeIndex = indexById(mentees);
  const mentorIndex = indexById(mentors);

  const lockedMentor = new Int32Array(mentees.length).fill(-1);
  for (const { menteeId, mentorId } of settings.locked) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    // A lock on someone no longer in the programme has nothing to constrain.
    if (i === undefined || j === undefined) continue;
    if (lockedMentor[i] !== -1 && lockedMentor[i] !== j) {
      throw new RangeError(`Mentee ${menteeId} is locked with two mentors.`);
    }
    lockedMentor[i] = j;
  }

  const neverLists: number[][] = mentees.map(() => []);
  for (const { menteeId, mentorId } of settings.neverTogether) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i !== undefined && j !== undefined) neverLists[i]!.push(j);
  }
  const neverStart = new Int32Array(mentees.length + 1);
  const never = new Int32Array(neverLists.reduce((s, l) => s + l.length, 0));
  let at = 0;
  neverLists.forEach((list, i) => {
    neverStart[i] = at;
    for (const j of list) never[at++] = j;
  });
  neverStart[mentees.length] = at;

  const skillCount = interners.skills.size;
  return {
    settings,
    mentees: menteeSide,
    mentors: mentorSide,
    interners,
    skillCount,
    offered: offeredMatrix(mentorSide, skillCount),
    lockedMentor,
    neverStart,
    never,
    adminCriteria: settings.adminCriteria.filter((c) => c.weight !== 0),
    minSlots: settings.minWeeklyOverlapHours * 4,
    hoursTable: memoTable(
      menteeSide.hoursBits.length / WORDS_PER_WEEK,
      mentorSide.hoursBits.length / WORDS_PER_WEEK,
    ),
    preferredTable: memoTable(
      menteeSide.preferredBits.length / WORDS_PER_WEEK,
      mentorSide.preferredBits.length / WORDS_PER_WEEK,
    ),
  };
}

export const isNeverTogether = (engine: Engine, i: number, j: number): boolean => {
  for (let k = engine.neverStart[i]!; k < engine.neverStart[i + 1]!; k++)
    if (engine.never[k] === j) return true;
  return false;
};

/**
 * The fast scorer: `NaN` when the pair is forbidden, else the weighted sum of the criteria. Cheap
 * hard constraints run first so most forbidden pairs cost a few integer operations; the result is
 * always a double (never `null`), which spares V8 a heap allocation per pair.
 */
export function fastScorer(engine: Engine): (i: number, j: number) => number {
  const { mentees: e, mentors: m, offered, skillCount, lockedMentor, neverStart, minSlots } = engine;
  const { hoursTable, preferredTable } = engine;
  const hoursStride = m.hoursBits.length / WORDS_PER_WEEK;
  const preferredStride = m.preferredBits.length / WORDS_PER_WEEK;
  const { weights, minWeeklyOverlapHours, fullOverlapHours, fullAvailabilityHours } = engine.settings;
  const wSkills = weights.skills;
  const wReverse = weights.reverse;
  const wCross = weights.crossDepartment;
  const wHours = weights.workingHours;
  const wAvail = weights.availability;
  const admin = engine.adminCriteria.map((c) => ({ ...ADMIN_CRITERIA[c.id], weight: c.weight }));
  const W = WORDS_PER_WEEK;
  // Local aliases: module bindings can cost a property load per use once transpiled.
  const credits = SKILL_CREDIT;
  const common = commonSlots;
  const depth = chainDepth;
  const reverse = reverseValue;
  const hoursOf = hoursValue;
  const availabilityOf = availabilityValue;

  return (i, j) => {
    const locked = lockedMentor[i]!;
    if (locked !== -1 && locked !== j) return Number.NaN;
    if (locked !== j) {
      if (e.self[i] === m.self[j]) return Number.NaN;
      if ((e.langLo[i]! & m.langLo[j]!) === 0 && (e.langHi[i]! & m.langHi[j]!) === 0) return Number.NaN;
      if (depth(e, i, m.self[j]!) !== 0 || depth(m, j, e.self[i]!) !== 0) return Number.NaN;
      if (neverStart[i + 1]! > neverStart[i]! && isNeverTogether(engine, i, j)) return Number.NaN;
    }
    const ph = e.hoursPattern[i]!;
    const mh = m.hoursPattern[j]!;
    let slots: number;
    if (hoursTable === null) slots = common(e.hoursBits, ph * W, m.hoursBits, mh * W);
    else {
      slots = hoursTable[ph * hoursStride + mh]!;
      if (slots === UNKNOWN) {
        slots = common(e.hoursBits, ph * W, m.hoursBits, mh * W);
        hoursTable[ph * hoursStride + mh] = slots;
      }
    }
    if (slots < minSlots && locked !== j) return Number.NaN;

    let score = 0;
    if (wSkills !== 0) {
      const from = e.skillStart[i]!;
      const to = e.skillStart[i + 1]!;
      if (to > from) {
        let credit = 0;
        const row = j * skillCount;
        for (let k = from; k < to; k++)
          credit += credits[offered[row + e.skillId[k]!]! * 6 + e.skillLevel[k]!]!;
        score += wSkills * (credit / (to - from));
      }
    }
    if (wReverse !== 0) score += wReverse * reverse(m.hireDay[j]!, e.hireDay[i]!, m.level[j]!, e.level[i]!);
    if (wCross !== 0) {
      const a = e.department[i]!;
      const b = m.department[j]!;
      if (a !== -1 && b !== -1 && a !== b) score += wCross;
    }
    if (wHours !== 0) score += wHours * hoursOf(slots / 4, minWeeklyOverlapHours, fullOverlapHours);
    if (wAvail !== 0) {
      const pp = e.preferredPattern[i]!;
      const mp = m.preferredPattern[j]!;
      let preferred: number;
      if (preferredTable === null) preferred = common(e.preferredBits, pp * W, m.preferredBits, mp * W);
      else {
        preferred = preferredTable[pp * preferredStride + mp]!;
        if (preferred === UNKNOWN) {
          preferred = common(e.preferredBits, pp * W, m.preferredBits, mp * W);
          preferredTable[pp * preferredStride + mp] = preferred;
        }
      }
      score += wAvail * availabilityOf(preferred / 4, fullAvailabilityHours);
    }
    for (const c of admin) {
      const a = e.attributes[c.attribute][i]!;
      const b = m.attributes[c.attribute][j]!;
      if (a !== -1 && b !== -1 && (a === b) === (c.holdsWhen === 'same')) score += c.weight;
    }
    return score;
  };
}
