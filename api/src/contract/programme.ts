import { z } from 'zod';

export const programmeStatus = z.enum(['draft', 'recruiting', 'matching', 'running', 'closing', 'closed']);
export type ProgrammeStatusDto = z.infer<typeof programmeStatus>;

export const cadence = z.enum(['weekly', 'biweekly', 'monthly']);

/** The caller's relation to a programme. */
export const programmeRole = z.enum(['admin', 'sponsor', 'mentor', 'mentee']);

export const localised = z.object({
  fr: z.string().trim().max(4000),
  en: z.string().trim().max(4000),
});

const slug = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

export const kpiKind = z.enum([
  'skill_progression',
  'sessions_held_per_pair',
  'average_rating',
  'nps',
  'objective_attainment',
  'retention',
  'feedback_response_rate',
]);

export const objectiveDto = z.object({
  id: slug,
  label: localised.refine(
    (l) => l.fr.length > 0 && l.en.length > 0,
    'give the objective in French and English',
  ),
  kpi: kpiKind,
  target: z.number().min(0).max(10_000),
});

export const skillDto = z.object({
  id: slug,
  label: localised.refine((l) => l.fr.length > 0 && l.en.length > 0, 'name the skill in French and English'),
});

export const eligibilityDto = z.object({
  departments: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  offices: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  employeeTypes: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});

const agendaItems = z.array(z.string().trim().min(1).max(300)).min(1).max(12);

export const sessionThemeDto = z.object({
  id: slug,
  label: localised.refine((l) => l.fr.length > 0 && l.en.length > 0, 'name the theme in French and English'),
  objective: localised.refine(
    (l) => l.fr.length > 0 && l.en.length > 0,
    'give the objective in French and English',
  ),
  agenda: z.object({ fr: agendaItems, en: agendaItems }),
});

/** An IANA zone name Node knows (e.g. Europe/Paris). */
export const timeZoneName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'use a time zone name such as Europe/Paris');

export const sessionOrganizer = z.enum(['mentor', 'mentee', 'shared']);

const isoDate = z.iso.date({ message: 'use a date as YYYY-MM-DD' });

export const programmeSummaryDto = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  status: programmeStatus,
  cadence,
  sessionMinutes: z.number().int(),
  sessionCount: z.number().int(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  myRoles: z.array(programmeRole),
});
export type ProgrammeSummaryDto = z.infer<typeof programmeSummaryDto>;

export const programmeListDto = z.object({ items: z.array(programmeSummaryDto) });
export type ProgrammeListDto = z.infer<typeof programmeListDto>;

export const personRefDto = z.object({
  aadId: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
});

export const programmeDto = programmeSummaryDto.extend({
  mentorCapacity: z.number().int(),
  objectives: z.array(objectiveDto),
  eligibility: eligibilityDto,
  skills: z.array(skillDto),
  charter: localised.nullable(),
  sponsors: z.array(personRefDto),
  admins: z.array(personRefDto),
  timeZone: z.string(),
  sessionThemes: z.array(sessionThemeDto),
  organizer: sessionOrganizer,
  organizerMailbox: personRefDto.nullable(),
  allowedTransitions: z.array(programmeStatus),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProgrammeDto = z.infer<typeof programmeDto>;

const uniqueIds = <T extends { id: string }>(items: T[]) =>
  new Set(items.map((i) => i.id)).size === items.length;

/** Create or replace a programme's settings (admin console). */
export const programmeInput = z
  .object({
    name: z.string().trim().min(3, 'name the programme (3 characters at least)').max(120),
    description: z.string().trim().max(2000).default(''),
    cadence: cadence.default('monthly'),
    sessionMinutes: z.number().int().min(15).max(240).default(60),
    sessionCount: z.number().int().min(1).max(52).default(6),
    startsOn: isoDate.nullable().default(null),
    endsOn: isoDate.nullable().default(null),
    mentorCapacity: z.number().int().min(1).max(3).default(1),
    objectives: z.array(objectiveDto).max(20).refine(uniqueIds, 'objective ids must be unique').default([]),
    eligibility: eligibilityDto.default({ departments: [], offices: [], employeeTypes: [] }),
    skills: z.array(skillDto).max(40).refine(uniqueIds, 'skill ids must be unique').optional(),
    charter: localised.nullable().optional(),
    sponsorAadIds: z.array(z.string().min(1).max(64)).max(20).default([]),
    adminAadIds: z.array(z.string().min(1).max(64)).max(20).default([]),
    timeZone: timeZoneName.default('Europe/Paris'),
    sessionThemes: z
      .array(sessionThemeDto)
      .min(1, 'keep at least one session theme')
      .max(24)
      .refine(uniqueIds, 'theme ids must be unique')
      .optional(),
    organizer: sessionOrganizer.default('mentor'),
    organizerAadId: z.string().min(1).max(64).nullable().default(null),
  })
  .refine((p) => p.organizer !== 'shared' || !!p.organizerAadId, {
    message: 'pick the shared mailbox that organises the sessions',
    path: ['organizerAadId'],
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.startsOn < p.endsOn, {
    message: 'the programme must end after it starts',
    path: ['endsOn'],
  });
export type ProgrammeInput = z.infer<typeof programmeInput>;

export const transitionInput = z.object({ to: programmeStatus });

export const programmeIdParams = z.object({ programmeId: z.uuid({ message: 'not a programme id' }) });
