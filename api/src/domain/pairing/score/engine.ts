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
import { commonSlots, WORDS_PER_WEEK } from './week-slots';

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
  const menteeSide = compileSide(mentees, interners, settings.referenceWeek);
  const mentorSide = compileSide(mentors, interners, settings.referenceWeek);
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
  };
}

export const isNeverTogether = (engine: Engine, i: number, j: number): boolean => {
  for (let k = engine.neverStart[i]!; k < engine.neverStart[i + 1]!; k++)
    if (engine.never[k] === j) return true;
  return false;
};

/**
 * The fast scorer: `null` when the pair is forbidden, else the weighted sum of the criteria. Cheap
 * hard constraints run first so most forbidden pairs cost a few integer operations.
 */
export function fastScorer(engine: Engine): (i: number, j: number) => number | null {
  const { mentees: e, mentors: m, offered, skillCount, lockedMentor, neverStart, minSlots } = engine;
  const { weights, minWeeklyOverlapHours, fullOverlapHours, fullAvailabilityHours } = engine.settings;
  const wSkills = weights.skills;
  const wReverse = weights.reverse;
  const wCross = weights.crossDepartment;
  const wHours = weights.workingHours;
  const wAvail = weights.availability;
  const admin = engine.adminCriteria.map((c) => ({ ...ADMIN_CRITERIA[c.id], weight: c.weight }));
  const W = WORDS_PER_WEEK;

  return (i, j) => {
    const locked = lockedMentor[i]!;
    if (locked !== -1 && locked !== j) return null;
    if (locked !== j) {
      if (e.self[i] === m.self[j]) return null;
      if ((e.langLo[i]! & m.langLo[j]!) === 0 && (e.langHi[i]! & m.langHi[j]!) === 0) return null;
      if (chainDepth(e, i, m.self[j]!) !== 0 || chainDepth(m, j, e.self[i]!) !== 0) return null;
      if (neverStart[i + 1]! > neverStart[i]! && isNeverTogether(engine, i, j)) return null;
    }
    const slots = commonSlots(e.hours, i * W, m.hours, j * W);
    if (slots < minSlots && locked !== j) return null;

    let score = 0;
    if (wSkills !== 0) {
      const from = e.skillStart[i]!;
      const to = e.skillStart[i + 1]!;
      if (to > from) {
        let credit = 0;
        const row = j * skillCount;
        for (let k = from; k < to; k++)
          credit += SKILL_CREDIT[offered[row + e.skillId[k]!]! * 6 + e.skillLevel[k]!]!;
        score += wSkills * (credit / (to - from));
      }
    }
    if (wReverse !== 0)
      score += wReverse * reverseValue(m.hireDay[j]!, e.hireDay[i]!, m.level[j]!, e.level[i]!);
    if (wCross !== 0) {
      const a = e.department[i]!;
      const b = m.department[j]!;
      if (a !== -1 && b !== -1 && a !== b) score += wCross;
    }
    if (wHours !== 0) score += wHours * hoursValue(slots / 4, minWeeklyOverlapHours, fullOverlapHours);
    if (wAvail !== 0) {
      score +=
        wAvail *
        availabilityValue(commonSlots(e.preferred, i * W, m.preferred, j * W) / 4, fullAvailabilityHours);
    }
    for (const c of admin) {
      const a = e.attributes[c.attribute][i]!;
      const b = m.attributes[c.attribute][j]!;
      if (a !== -1 && b !== -1 && (a === b) === (c.holdsWhen === 'same')) score += c.weight;
    }
    return score;
  };
}
