import { z } from 'zod';
import { localised } from './programme';

const freeText = z.string().trim().max(2000).default('');

/** One person's feedback on a session (bot card or tab form). */
export const feedbackInput = z.object({
  tookPlace: z.enum(['yes', 'no', 'moved'], { message: 'say whether the session took place' }),
  rating: z.number().int().min(1, 'rate from 1 to 5').max(5, 'rate from 1 to 5').nullable().default(null),
  objectiveMet: z.enum(['yes', 'partly', 'no']).nullable().default(null),
  learned: freeText,
  shared: freeText,
  obstacles: freeText,
  wantsSupport: z.boolean().default(false),
  continueWithPartner: z.enum(['yes', 'unsure', 'no']).nullable().default(null),
  private: z.boolean().default(false),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackDto = z.object({
  sessionId: z.uuid(),
  tookPlace: z.enum(['yes', 'no', 'moved']),
  rating: z.number().int().nullable(),
  objectiveMet: z.enum(['yes', 'partly', 'no']).nullable(),
  learned: z.string(),
  shared: z.string(),
  obstacles: z.string(),
  wantsSupport: z.boolean(),
  continueWithPartner: z.enum(['yes', 'unsure', 'no']).nullable(),
  private: z.boolean(),
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  editableUntil: z.iso.datetime(),
});
export type FeedbackDto = z.infer<typeof feedbackDto>;

export const surveyKind = z.enum(['post', 'pulse', 'closing']);
export type SurveyKind = z.infer<typeof surveyKind>;

export const surveyInput = z.object({
  /** Post-programme self-assessment: the same skills and 1–5 scale as at sign-up. */
  skills: z
    .array(z.object({ skillId: z.string().min(1).max(60), level: z.number().int().min(1).max(5) }))
    .max(40)
    .default([]),
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
  /** "Would you recommend Binôme to a colleague?" 0–10. */
  nps: z.number().int().min(0).max(10).nullable().default(null),
  comment: z.string().trim().max(2000).default(''),
  private: z.boolean().default(false),
});
export type SurveyInput = z.infer<typeof surveyInput>;

export const surveyParams = z.object({
  programmeId: z.uuid({ message: 'not a programme id' }),
  kind: surveyKind,
});

export const mySurveyDto = z.object({
  programmeId: z.uuid(),
  programmeName: z.string(),
  kind: surveyKind,
  role: z.enum(['mentor', 'mentee']),
  openedAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  timeZone: z.string(),
  /** The skills to rate again (post survey), with the level given at sign-up. */
  skills: z.array(z.object({ skillId: z.string(), label: localised, before: z.number().int().nullable() })),
  answer: surveyInput.extend({ submittedAt: z.iso.datetime() }).nullable(),
});
export type MySurveyDto = z.infer<typeof mySurveyDto>;

export const surveyRoundDto = z.object({
  kind: surveyKind,
  openedAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  sent: z.number().int(),
  answers: z.number().int(),
});

/** A figure that may be withheld: `value` is null when fewer than `minGroup` people are behind it. */
const guarded = z.object({ value: z.number().nullable(), people: z.number().int(), withheld: z.boolean() });

export const dashboardQuery = z.object({
  department: z.string().trim().min(1).max(200).optional(),
  from: z.iso.date({ message: 'use a date as YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: 'use a date as YYYY-MM-DD' }).optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const dashboardDto = z.object({
  programmeId: z.uuid(),
  programmeName: z.string(),
  /** What the caller sees: `admin` (everything allowed), `sponsor` (aggregates only). */
  view: z.enum(['admin', 'sponsor']),
  filters: dashboardQuery,
  minGroup: z.number().int(),
  /** People behind the figures after the filters; under `minGroup` every figure is withheld. */
  population: z.number().int(),
  /** True when a filtered group is too small to show anything. */
  withheld: z.boolean(),
  funnel: z.object({ volunteers: z.number().int(), approved: z.number().int(), paired: z.number().int() }),
  pairs: z.object({ active: z.number().int(), ended: z.number().int(), atRisk: z.number().int() }),
  sessions: z.object({
    planned: z.number().int(),
    booked: z.number().int(),
    held: z.number().int(),
    cancelled: z.number().int(),
    missed: z.number().int(),
    needsSlot: z.number().int(),
    /** Sessions held per active or completed pair, against the programme's session count. */
    heldPerPair: z.number().nullable(),
    plannedPerPair: z.number().int(),
  }),
  ratings: z.object({
    average: guarded,
    byMonth: z.array(
      z.object({ month: z.string(), average: z.number().nullable(), answers: z.number().int() }),
    ),
  }),
  nps: guarded,
  satisfaction: guarded,
  objectiveAttainment: guarded,
  responseRate: guarded,
  retention: z.object({ value: z.number().nullable(), pairs: z.number().int() }),
  skillProgression: z.array(
    z.object({
      skillId: z.string(),
      label: localised,
      role: z.enum(['mentor', 'mentee']),
      before: z.number().nullable(),
      after: z.number().nullable(),
      delta: z.number().nullable(),
      people: z.number().int(),
      withheld: z.boolean(),
    }),
  ),
  objectives: z.array(
    z.object({
      id: z.string(),
      label: localised,
      kpi: z.string(),
      target: z.number(),
      actual: z.number().nullable(),
      met: z.boolean().nullable(),
    }),
  ),
  byDepartment: z.array(
    z.object({
      department: z.string(),
      people: z.number().int(),
      withheld: z.boolean(),
      heldSessions: z.number().int().nullable(),
      averageRating: z.number().nullable(),
    }),
  ),
  departments: z.array(z.string()),
});
export type DashboardDto = z.infer<typeof dashboardDto>;

export const atRiskPairDto = z.object({
  pairingId: z.uuid(),
  mentee: z.object({ aadId: z.string(), displayName: z.string() }),
  mentor: z.object({ aadId: z.string(), displayName: z.string() }),
  reasons: z.array(z.enum(['no_session_held', 'low_ratings', 'would_not_continue', 'declined_invites'])),
  lastHeldAt: z.iso.datetime().nullable(),
  heldSessions: z.number().int(),
});

export const supportRequestDto = z.object({
  sessionId: z.uuid(),
  pairingId: z.uuid(),
  author: z.object({ aadId: z.string(), displayName: z.string(), role: z.enum(['mentor', 'mentee']) }),
  obstacles: z.string(),
  submittedAt: z.iso.datetime(),
  handledAt: z.iso.datetime().nullable(),
});

export const commentDto = z.object({
  sessionId: z.uuid(),
  authorRole: z.enum(['mentor', 'mentee']),
  learned: z.string(),
  shared: z.string(),
  obstacles: z.string(),
  submittedAt: z.iso.datetime(),
});

export const followUpDto = z.object({
  atRisk: z.array(atRiskPairDto),
  support: z.array(supportRequestDto),
  comments: z.array(commentDto),
});
export type FollowUpDto = z.infer<typeof followUpDto>;

export const myProgressDto = z.object({
  programmeId: z.uuid(),
  programmeName: z.string(),
  role: z.enum(['mentor', 'mentee']),
  sessions: z.object({ held: z.number().int(), planned: z.number().int(), missed: z.number().int() }),
  skills: z.array(
    z.object({
      skillId: z.string(),
      label: localised,
      before: z.number().nullable(),
      after: z.number().nullable(),
    }),
  ),
  goals: z.string(),
  myAverageRating: z.number().nullable(),
});
export type MyProgressDto = z.infer<typeof myProgressDto>;
