import type { Daypart, RatedSkill, Weekday } from '../../application';

export const WORK_DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type WorkDay = (typeof WORK_DAYS)[number];

/** A person's usual working hours, as Outlook's mailbox settings give them, in an IANA time zone. */
export interface WorkingHours {
  days: readonly WorkDay[];
  /** Local time `HH:mm`; an end at or before the start runs past midnight. */
  start: string;
  end: string;
  /** IANA zone, e.g. `Europe/Paris` (map Windows names before scoring). */
  timeZone: string;
}

/**
 * One approved application with the directory facts pairing needs. The same shape serves mentors
 * (skills = offered) and mentees (skills = wanted, level = where they stand today).
 */
export interface PairingCandidate {
  /** Directory (aad) id. */
  id: string;
  /** Name used in explanations, usually the given name. */
  name: string;
  department: string | null;
  office: string | null;
  /** Campus or city, for admin criteria about sites. */
  site: string | null;
  /** `YYYY-MM-DD`. */
  hireDate: string | null;
  /** Rank in the organisation: 0 = chief executive, larger = more junior. */
  level: number | null;
  /** Aad ids of the managers, direct manager first, up to the chief executive. */
  managerChain: readonly string[];
  languages: readonly string[];
  skills: readonly RatedSkill[];
  availability: { days: readonly Weekday[]; dayparts: readonly Daypart[] };
  workingHours: WorkingHours;
  /** Mentors: how many mentees they may take. Ignored for mentees. */
  capacity: number;
}

export const WEIGHTED_CRITERIA = [
  'skills',
  'reverse',
  'crossDepartment',
  'workingHours',
  'availability',
] as const;
export type WeightedCriterion = (typeof WEIGHTED_CRITERIA)[number];
export type PairingWeights = Record<WeightedCriterion, number>;

export const ADMIN_CRITERION_IDS = [
  'same-office',
  'different-office',
  'same-site',
  'different-site',
] as const;
export type AdminCriterionId = (typeof ADMIN_CRITERION_IDS)[number];
export interface AdminCriterion {
  id: AdminCriterionId;
  weight: number;
}

export interface PairIds {
  menteeId: string;
  mentorId: string;
}

export interface PairingSettings {
  weights: PairingWeights;
  adminCriteria: readonly AdminCriterion[];
  /** Below this many common working hours a week the pair is forbidden. */
  minWeeklyOverlapHours: number;
  /** Common working hours a week that earn the whole working-hours bonus. */
  fullOverlapHours: number;
  /** Common preferred hours a week that earn the whole availability bonus. */
  fullAvailabilityHours: number;
  /** Any date (`YYYY-MM-DD`) of the week whose time-zone offsets apply; the week runs Monday to Sunday. */
  referenceWeek: string;
  /** Today, for tenures in explanations. */
  now: Date;
  neverTogether: readonly PairIds[];
  locked: readonly PairIds[];
}

export type ForbiddenReason =
  | { kind: 'same-person' }
  | { kind: 'locked-elsewhere'; mentorId: string }
  | { kind: 'never-together' }
  | { kind: 'no-common-language'; menteeLanguages: string[]; mentorLanguages: string[] }
  /** `manager`: who sits above the other; `depth` 1 = direct manager, 2 = manager's manager, … */
  | { kind: 'reporting-line'; manager: 'mentee' | 'mentor'; depth: number }
  | { kind: 'too-few-common-hours'; hours: number; minimum: number };
export type ForbiddenKind = ForbiddenReason['kind'];

interface Scored {
  weight: number;
  /** 0…1 (−1…1 for `reverse`); points = weight × value. */
  value: number;
  points: number;
}

export type CriterionResult =
  | (Scored & { id: 'skills'; covered: string[]; wanted: number; meanGap: number })
  | (Scored & {
      id: 'reverse';
      mentorYears: number | null;
      menteeYears: number | null;
      mentorLevel: number | null;
      menteeLevel: number | null;
    })
  | (Scored & { id: 'crossDepartment'; mentorDepartment: string | null; menteeDepartment: string | null })
  | (Scored & { id: 'workingHours'; hours: number })
  | (Scored & { id: 'availability'; hours: number })
  | (Scored & {
      id: 'admin';
      criterion: AdminCriterionId;
      holds: boolean;
      mentorValue: string | null;
      menteeValue: string | null;
    });

export type PairResult =
  | {
      allowed: true;
      menteeId: string;
      mentorId: string;
      score: number;
      criteria: CriterionResult[];
      locked: boolean;
      /** Hard constraints a lock overrides (empty when not locked). */
      overridden: ForbiddenReason[];
    }
  | { allowed: false; menteeId: string; mentorId: string; reasons: ForbiddenReason[] };

export type UnmatchedReason =
  | { kind: 'no-candidates'; role: 'mentee' | 'mentor' }
  /** Every candidate is forbidden; `byKind` counts candidates per reason (one candidate may count twice). */
  | {
      kind: 'no-eligible-partner';
      role: 'mentee' | 'mentor';
      candidates: number;
      byKind: Partial<Record<ForbiddenKind, number>>;
    }
  /** A mentee with eligible mentors, all of whom were filled by better-suited pairs. */
  | { kind: 'capacity-exhausted'; eligible: number }
  /** A mentor whose eligible mentees were all better paired with someone else. */
  | { kind: 'others-preferred'; eligible: number };

export type Locale = 'fr' | 'en';
