import type { AdminCriterionId, ForbiddenKind } from './types';

export interface Names {
  mentee: string;
  mentor: string;
}

/** The explanation templates; both catalogues implement every key. */
export interface PairingMessages {
  /** Between the parts of one explanation. */
  separator: string;
  list(items: readonly string[]): string;
  language(code: string): string;
  hours(hours: number): string;
  years(years: number): string;

  skillsCovered(p: Names & { covered: number; wanted: number; skills: string }): string;
  skillsNone(p: Names & { wanted: number }): string;
  skillsNoGoals(p: Names): string;
  crossDepartment(p: { menteeDepartment: string; mentorDepartment: string }): string;
  sameDepartment(p: { department: string }): string;
  departmentUnknown(): string;
  workingHours(p: { hours: string }): string;
  availability(p: { hours: string }): string;
  availabilityNone(): string;
  reverseTenure(p: Names & { mentorYears: string; menteeYears: string }): string;
  reverseLevel(p: Names & { mentorLevel: number; menteeLevel: number }): string;
  reverseUnknown(): string;
  /** Suffix by direction: the mentor is the junior one (1), the senior one (−1), or neither (0). */
  reverseDirection(direction: -1 | 0 | 1): string;
  admin(p: {
    criterion: AdminCriterionId;
    holds: boolean;
    mentorValue: string | null;
    menteeValue: string | null;
  }): string;
  locked(): string;
  lockOverrides(p: { reasons: string }): string;

  forbidden(p: { reasons: string }): string;
  samePerson(): string;
  lockedElsewhere(p: Names): string;
  neverTogether(): string;
  noCommonLanguage(p: Names & { menteeLanguages: string; mentorLanguages: string }): string;
  /** `boss` sits `depth` levels above `report` (1 = direct manager). */
  reportingLine(p: { boss: string; report: string; depth: number }): string;
  tooFewHours(p: { hours: string; minimum: string }): string;

  noCandidates(p: { name: string; role: 'mentee' | 'mentor' }): string;
  /** `role` is the unmatched person's; `counts` lists how many candidates each reason rules out. */
  noEligible(p: { name: string; role: 'mentee' | 'mentor'; candidates: number; counts: string }): string;
  countOf(p: { kind: ForbiddenKind; count: number; role: 'mentee' | 'mentor' }): string;
  capacityExhausted(p: { name: string; eligible: number }): string;
  othersPreferred(p: { name: string; eligible: number }): string;
}

/** `2 h 30`, `2 h`, `45 min`: the same in French and English. */
export function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
