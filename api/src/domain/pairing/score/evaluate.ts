import { ADMIN_CRITERIA } from './admin-criteria';
import { chainDepth, languageKey } from './compile';
import { type Engine, hoursSlots, isNeverTogether, preferredSlots } from './engine';
import { availabilityValue, covers, hoursValue, reverseValue, SKILL_CREDIT, yearsBetween } from './formulas';
import type { CriterionResult, ForbiddenReason, PairResult } from './types';

const unique = (tags: readonly string[]) => [...new Set(tags.map(languageKey))];

/** Every hard constraint the pair breaks, ignoring locks (the caller decides what a lock overrides). */
export function hardConstraints(engine: Engine, i: number, j: number): ForbiddenReason[] {
  const { mentees: e, mentors: m } = engine;
  const reasons: ForbiddenReason[] = [];
  if (e.self[i] === m.self[j]) reasons.push({ kind: 'same-person' });
  if (isNeverTogether(engine, i, j)) reasons.push({ kind: 'never-together' });
  if ((e.langLo[i]! & m.langLo[j]!) === 0 && (e.langHi[i]! & m.langHi[j]!) === 0) {
    reasons.push({
      kind: 'no-common-language',
      menteeLanguages: unique(e.people[i]!.languages),
      mentorLanguages: unique(m.people[j]!.languages),
    });
  }
  const mentorAbove = chainDepth(e, i, m.self[j]!);
  if (mentorAbove !== 0) reasons.push({ kind: 'reporting-line', manager: 'mentor', depth: mentorAbove });
  const menteeAbove = chainDepth(m, j, e.self[i]!);
  if (menteeAbove !== 0) reasons.push({ kind: 'reporting-line', manager: 'mentee', depth: menteeAbove });
  const slots = hoursSlots(engine, i, j);
  if (slots < engine.minSlots) {
    reasons.push({
      kind: 'too-few-common-hours',
      hours: slots / 4,
      minimum: engine.settings.minWeeklyOverlapHours,
    });
  }
  return reasons;
}

function criteria(engine: Engine, i: number, j: number): CriterionResult[] {
  const { mentees: e, mentors: m, settings } = engine;
  const { weights } = settings;
  const result: CriterionResult[] = [];
  const menteeP = e.people[i]!;
  const mentorP = m.people[j]!;

  // Skills: same summation as the fast scorer, plus the names of the covered skills.
  const from = e.skillStart[i]!;
  const to = e.skillStart[i + 1]!;
  let credit = 0;
  let gaps = 0;
  const covered: string[] = [];
  for (let k = from; k < to; k++) {
    const offered = engine.offered[j * engine.skillCount + e.skillId[k]!]!;
    credit += SKILL_CREDIT[offered * 6 + e.skillLevel[k]!]!;
    if (covers(offered, e.skillLevel[k]!)) {
      covered.push(menteeP.skills[k - from]!.skillId);
      gaps += offered - e.skillLevel[k]!;
    }
  }
  const skills = to > from ? credit / (to - from) : 0;
  result.push({
    id: 'skills',
    weight: weights.skills,
    value: skills,
    points: weights.skills * skills,
    covered,
    wanted: to - from,
    meanGap: covered.length > 0 ? gaps / covered.length : 0,
  });

  const reverse = reverseValue(m.hireDay[j]!, e.hireDay[i]!, m.level[j]!, e.level[i]!);
  const today = settings.now.getTime() / 86_400_000;
  const years = (day: number) => (Number.isNaN(day) ? null : Math.max(0, yearsBetween(day, today)));
  result.push({
    id: 'reverse',
    weight: weights.reverse,
    value: reverse,
    points: weights.reverse * reverse,
    mentorYears: years(m.hireDay[j]!),
    menteeYears: years(e.hireDay[i]!),
    mentorLevel: mentorP.level,
    menteeLevel: menteeP.level,
  });

  const a = e.department[i]!;
  const b = m.department[j]!;
  const cross = a !== -1 && b !== -1 && a !== b ? 1 : 0;
  result.push({
    id: 'crossDepartment',
    weight: weights.crossDepartment,
    value: cross,
    points: weights.crossDepartment * cross,
    menteeDepartment: menteeP.department,
    mentorDepartment: mentorP.department,
  });

  const hours = hoursSlots(engine, i, j) / 4;
  const hv = hoursValue(hours, settings.minWeeklyOverlapHours, settings.fullOverlapHours);
  result.push({
    id: 'workingHours',
    weight: weights.workingHours,
    value: hv,
    points: weights.workingHours * hv,
    hours,
  });

  const preferred = preferredSlots(engine, i, j) / 4;
  const av = availabilityValue(preferred, settings.fullAvailabilityHours);
  result.push({
    id: 'availability',
    weight: weights.availability,
    value: av,
    points: weights.availability * av,
    hours: preferred,
  });

  for (const c of engine.adminCriteria) {
    const rule = ADMIN_CRITERIA[c.id];
    const x = e.attributes[rule.attribute][i]!;
    const y = m.attributes[rule.attribute][j]!;
    const holds = x !== -1 && y !== -1 && (x === y) === (rule.holdsWhen === 'same');
    result.push({
      id: 'admin',
      criterion: c.id,
      weight: c.weight,
      value: holds ? 1 : 0,
      points: holds ? c.weight : 0,
      holds,
      menteeValue: menteeP[rule.attribute],
      mentorValue: mentorP[rule.attribute],
    });
  }
  return result;
}

/** The pair with every criterion and constraint spelled out, for explanations and review screens. */
export function evaluatePair(engine: Engine, i: number, j: number): PairResult {
  const menteeId = engine.mentees.people[i]!.id;
  const mentorId = engine.mentors.people[j]!.id;
  const lockedTo = engine.lockedMentor[i]!;
  if (lockedTo !== -1 && lockedTo !== j) {
    return {
      allowed: false,
      menteeId,
      mentorId,
      reasons: [{ kind: 'locked-elsewhere', mentorId: engine.mentors.people[lockedTo]!.id }],
    };
  }
  const reasons = hardConstraints(engine, i, j);
  const locked = lockedTo === j;
  if (reasons.length > 0 && !locked) return { allowed: false, menteeId, mentorId, reasons };
  const list = criteria(engine, i, j);
  // Same order of additions as the fast scorer, so both give the very same number.
  let score = 0;
  for (const c of list) if (c.weight !== 0) score += c.points;
  return {
    allowed: true,
    menteeId,
    mentorId,
    score,
    criteria: list,
    locked,
    overridden: locked ? reasons : [],
  };
}
