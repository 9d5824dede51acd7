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

/** Largest memo table (entries) per bitmap kind: 32 MB. */
const MAX_TABLE = 16_000_000;
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

/** Scores of one mentee with the listed mentors (all of them, in order, when `list` is null) into `out`. */
export type RowFiller = (i: number, list: Int32Array | null, count: number, out: Float64Array) => void;

/**
 * The fast scorers: `pair(i, j)` and `fill` (a mentee's row, or some of its pairs), `NaN` when the
 * pair is forbidden, else the weighted sum of the criteria; always a double (never `null`), which
 * spares V8 a heap allocation per pair. Cheap hard constraints run first so most forbidden pairs
 * cost a few integer operations. Both share `allowedScore`, so they always agree (and agree with
 * `evaluatePair`: tested).
 */
export function fastScorers(engine: Engine): { pair: (i: number, j: number) => number; fill: RowFiller } {
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

  /** The score of a pair past the cheap hard constraints; NaN when too few common hours (unless locked). */
  const allowedScore = (i: number, j: number, locked: number): number => {
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

  const pair = (i: number, j: number): number => {
    const locked = lockedMentor[i]!;
    if (locked !== -1 && locked !== j) return Number.NaN;
    if (locked !== j) {
      if (e.self[i] === m.self[j]) return Number.NaN;
      if ((e.langLo[i]! & m.langLo[j]!) === 0 && (e.langHi[i]! & m.langHi[j]!) === 0) return Number.NaN;
      if (depth(e, i, m.self[j]!) !== 0 || depth(m, j, e.self[i]!) !== 0) return Number.NaN;
      if (neverStart[i + 1]! > neverStart[i]! && isNeverTogether(engine, i, j)) return Number.NaN;
    }
    return allowedScore(i, j, locked);
  };

  // For whole rows, the pairs a mentee may not form (same person, reporting line either way, never
  // together) are marked once per row, rather than both manager chains scanned for every pair:
  // 15 of the ~67 ns a pair took at 10,000 × 6,000. `banned[j] === i + 1` marks mentor j for mentee i.
  let lines: { mentorOfPerson: Int32Array; reportStart: Int32Array; reports: Int32Array } | undefined;
  const banned = new Int32Array(m.self.length);
  const reportingLines = () => {
    const people = engine.interners.people.size;
    const mentorOfPerson = new Int32Array(people).fill(-1);
    for (let j = 0; j < m.self.length; j++) mentorOfPerson[m.self[j]!] = j;
    // mentors below each person (that person is in their chain), as lists per person
    const reportStart = new Int32Array(people + 1);
    for (let k = 0; k < m.chain.length; k++) reportStart[m.chain[k]! + 1]!++;
    for (let p = 0; p < people; p++) reportStart[p + 1]! += reportStart[p]!;
    const reports = new Int32Array(m.chain.length);
    const at = reportStart.slice(0, people);
    for (let j = 0; j < m.self.length; j++) {
      for (let k = m.chainStart[j]!; k < m.chainStart[j + 1]!; k++) reports[at[m.chain[k]!]!++] = j;
    }
    return { mentorOfPerson, reportStart, reports };
  };

  const fill: RowFiller = (i, list, count, out) => {
    if (lockedMentor[i] !== -1) {
      for (let t = 0; t < count; t++) out[t] = pair(i, list === null ? t : list[t]!);
      return;
    }
    lines ??= reportingLines();
    const { mentorOfPerson, reportStart, reports } = lines;
    const mark = i + 1;
    const self = e.self[i]!;
    const same = mentorOfPerson[self]!;
    if (same !== -1) banned[same] = mark;
    for (let k = e.chainStart[i]!; k < e.chainStart[i + 1]!; k++) {
      const manager = mentorOfPerson[e.chain[k]!]!;
      if (manager !== -1) banned[manager] = mark;
    }
    for (let k = reportStart[self]!; k < reportStart[self + 1]!; k++) banned[reports[k]!] = mark;
    for (let k = neverStart[i]!; k < neverStart[i + 1]!; k++) banned[engine.never[k]!] = mark;
    const lo = e.langLo[i]!;
    const hi = e.langHi[i]!;
    for (let t = 0; t < count; t++) {
      const j = list === null ? t : list[t]!;
      out[t] =
        banned[j] === mark || ((lo & m.langLo[j]!) === 0 && (hi & m.langHi[j]!) === 0)
          ? Number.NaN
          : allowedScore(i, j, -1);
    }
  };

  return { pair, fill };
}
