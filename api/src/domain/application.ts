import { isEligible, type Programme } from './programme';

export const PARTICIPANT_ROLES = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const APPLICATION_STATUSES = [
  'applied',
  'approved',
  'waitlisted',
  'declined',
  'withdrawn',
  'paired',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAYPARTS = ['morning', 'afternoon'] as const;
export type Daypart = (typeof DAYPARTS)[number];

/** A skill with the person's own level, 1 (beginner) to 5 (expert): the pre-programme self-assessment. */
export interface RatedSkill {
  skillId: string;
  level: number;
}

export interface ApplicationInput {
  role: ParticipantRole;
  skills: RatedSkill[];
  goals: string;
  availability: { days: Weekday[]; dayparts: Daypart[] };
  languages: string[];
  /** Mentors only: how many mentees they can take (1 to the programme's maximum). */
  capacity: number;
  charterAccepted: boolean;
  dataUseAccepted: boolean;
}

export type ApplicationProblem =
  | { code: 'programme_not_recruiting' }
  | { code: 'not_eligible' }
  | { code: 'unknown_skill'; skillId: string }
  | { code: 'no_skills' }
  | { code: 'duplicate_skill'; skillId: string }
  | { code: 'capacity_out_of_range'; max: number }
  | { code: 'charter_not_accepted' }
  | { code: 'data_use_not_accepted' };

/** Statuses in which the person may still change or withdraw their application. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = [
  'applied',
  'approved',
  'waitlisted',
  'withdrawn',
];

/**
 * Status after the person edits their application: a changed role needs a new review; otherwise a
 * decision already taken stands, and a withdrawn application comes back as a new one.
 */
export function statusAfterEdit(
  existing: { role: ParticipantRole; status: ApplicationStatus } | undefined,
  role: ParticipantRole,
): ApplicationStatus {
  if (!existing || existing.status === 'withdrawn' || existing.role !== role) return 'applied';
  return existing.status;
}

/** Rules an application must meet beyond its shape; every problem is reported, not just the first. */
export function applicationProblems(
  programme: Pick<Programme, 'status' | 'skills' | 'mentorCapacity' | 'eligibility'>,
  person: { department: string | null; officeLocation: string | null; employeeType: string | null },
  input: ApplicationInput,
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  if (programme.status !== 'recruiting') problems.push({ code: 'programme_not_recruiting' });
  if (!isEligible(programme.eligibility, person)) problems.push({ code: 'not_eligible' });
  if (input.skills.length === 0) problems.push({ code: 'no_skills' });
  const known = new Set(programme.skills.map((s) => s.id));
  const seen = new Set<string>();
  for (const skill of input.skills) {
    if (!known.has(skill.skillId)) problems.push({ code: 'unknown_skill', skillId: skill.skillId });
    if (seen.has(skill.skillId)) problems.push({ code: 'duplicate_skill', skillId: skill.skillId });
    seen.add(skill.skillId);
  }
  if (input.role === 'mentor' && (input.capacity < 1 || input.capacity > programme.mentorCapacity)) {
    problems.push({ code: 'capacity_out_of_range', max: programme.mentorCapacity });
  }
  if (!input.charterAccepted) problems.push({ code: 'charter_not_accepted' });
  if (!input.dataUseAccepted) problems.push({ code: 'data_use_not_accepted' });
  return problems;
}

/** Mentors per mentee among approved people, weighted by capacity: ≥ 1 means every mentee can be paired. */
export function mentorBalance(approved: { role: ParticipantRole; capacity: number }[]): {
  mentors: number;
  mentees: number;
  mentorSlots: number;
  ratio: number | null;
} {
  const mentors = approved.filter((a) => a.role === 'mentor');
  const mentees = approved.filter((a) => a.role === 'mentee').length;
  const mentorSlots = mentors.reduce((sum, m) => sum + m.capacity, 0);
  return {
    mentors: mentors.length,
    mentees,
    mentorSlots,
    ratio: mentees === 0 ? null : mentorSlots / mentees,
  };
}
