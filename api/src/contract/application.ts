import { z } from 'zod';
import { personRefDto } from './programme';

export const participantRole = z.enum(['mentor', 'mentee']);
export const applicationStatus = z.enum([
  'applied',
  'approved',
  'waitlisted',
  'declined',
  'withdrawn',
  'paired',
]);
export const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
export const daypart = z.enum(['morning', 'afternoon']);
export const language = z.enum(['fr', 'en']);

export const ratedSkill = z.object({
  skillId: z.string().min(1).max(60),
  level: z.number().int().min(1, 'levels go from 1 to 5').max(5, 'levels go from 1 to 5'),
});

/** The sign-up form, the same in the bot and in the tab. */
export const applicationInput = z.object({
  role: participantRole,
  skills: z.array(ratedSkill).min(1, 'choose at least one skill').max(12),
  goals: z.string().trim().max(2000).default(''),
  availability: z.object({
    days: z.array(weekday).min(1, 'choose at least one day').max(5),
    dayparts: z.array(daypart).min(1, 'choose morning, afternoon or both').max(2),
  }),
  languages: z.array(language).min(1, 'choose at least one language').max(2),
  capacity: z.number().int().min(1).max(3).default(1),
  charterAccepted: z.literal(true, { message: 'the trust charter must be accepted' }),
  dataUseAccepted: z.literal(true, { message: 'the data-use notice must be accepted' }),
});
export type ApplicationInputDto = z.infer<typeof applicationInput>;

export const applicationDto = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  person: personRefDto.extend({
    officeLocation: z.string().nullable(),
    preferredLanguage: z.string().nullable(),
    managerName: z.string().nullable(),
  }),
  role: participantRole,
  status: applicationStatus,
  skills: z.array(ratedSkill),
  goals: z.string(),
  availability: z.object({ days: z.array(weekday), dayparts: z.array(daypart) }),
  languages: z.array(language),
  capacity: z.number().int(),
  charterAcceptedAt: z.iso.datetime().nullable(),
  source: z.enum(['bot', 'tab']),
  reviewMessage: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ApplicationDto = z.infer<typeof applicationDto>;

export const applicationFilters = z.object({
  role: participantRole.optional(),
  status: applicationStatus.optional(),
  department: z.string().max(200).optional(),
  language: language.optional(),
});

export const reviewInput = z.object({
  decision: z.enum(['approve', 'decline', 'waitlist']),
  message: z.string().trim().max(1000).optional(),
});

export const recruitmentStatsDto = z.object({
  byRole: z.object({ mentor: z.number().int(), mentee: z.number().int() }),
  byStatus: z.partialRecord(applicationStatus, z.number().int()),
  byDepartment: z.array(
    z.object({ department: z.string(), mentor: z.number().int(), mentee: z.number().int() }),
  ),
  balance: z.object({
    mentors: z.number().int(),
    mentees: z.number().int(),
    mentorSlots: z.number().int(),
    ratio: z.number().nullable(),
  }),
});
