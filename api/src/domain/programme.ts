import type { ProgrammeStatus } from './programme-status';

export interface Localised {
  fr: string;
  en: string;
}

export const KPI_KINDS = [
  'skill_progression',
  'sessions_held_per_pair',
  'average_rating',
  'nps',
  'objective_attainment',
  'retention',
  'feedback_response_rate',
] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

/** A measurable objective: what the programme is for, with the KPI that tells and its target. */
export interface Objective {
  id: string;
  label: Localised;
  kpi: KpiKind;
  target: number;
}

export interface Skill {
  id: string;
  label: Localised;
}

export interface Eligibility {
  departments: string[];
  offices: string[];
  employeeTypes: string[];
}

export type Cadence = 'weekly' | 'biweekly' | 'monthly';

/** What one session of the series is for: a label, an objective and an agenda in both languages. */
export interface SessionThemeSettings {
  id: string;
  label: Localised;
  objective: Localised;
  agenda: { fr: string[]; en: string[] };
}

/** Whose calendar holds the sessions' events: the mentor's, the mentee's or a shared mailbox. */
export type SessionOrganizer = 'mentor' | 'mentee' | 'shared';

export interface Programme {
  id: string;
  tenantId: string;
  name: string;
  description: string;
  status: ProgrammeStatus;
  cadence: Cadence;
  sessionMinutes: number;
  sessionCount: number;
  startsOn: string | null;
  endsOn: string | null;
  mentorCapacity: number;
  objectives: Objective[];
  eligibility: Eligibility;
  skills: Skill[];
  charter: Localised | null;
  sponsorAadIds: string[];
  adminAadIds: string[];
  /** The zone the programme's dates are read in (IANA). */
  timeZone: string;
  /** The session curriculum, in order; the series cycles through it. */
  sessionThemes: SessionThemeSettings[];
  organizer: SessionOrganizer;
  /** The shared mailbox (directory id) when `organizer` is `shared`. */
  organizerAadId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function charterComplete(charter: Localised | null): boolean {
  return !!charter && charter.fr.trim().length > 0 && charter.en.trim().length > 0;
}

/** Whether a person's directory profile falls in the programme's eligible population (empty = everyone). */
export function isEligible(
  eligibility: Eligibility,
  person: { department: string | null; officeLocation: string | null; employeeType: string | null },
): boolean {
  const within = (allowed: string[], value: string | null) =>
    allowed.length === 0 || (value !== null && allowed.some((a) => a.toLowerCase() === value.toLowerCase()));
  return (
    within(eligibility.departments, person.department) &&
    within(eligibility.offices, person.officeLocation) &&
    within(eligibility.employeeTypes, person.employeeType)
  );
}
