import { z } from 'zod';
import { localised } from './programme';

export const sessionStatus = z.enum([
  'planned',
  'booked',
  'needs_slot',
  'failed',
  'cancelled',
  'held',
  'missed',
]);
export type SessionStatusDto = z.infer<typeof sessionStatus>;

/** Why a session has no booking (no slot, a declined invitation, a Graph failure), as codes to localise. */
export const sessionProblemDto = z.object({
  code: z.string(),
  message: z.string().optional(),
  /** Localised explanation when the service can give one. */
  explanation: localised.optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

const sessionPersonDto = z.object({
  aadId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  timeZone: z.string().nullable(),
  response: z.string().nullable(),
});

export const sessionAgendaDto = z.object({
  objective: localised,
  agenda: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }),
});

export const sessionDto = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  pairingId: z.uuid(),
  number: z.number().int(),
  of: z.number().int(),
  status: sessionStatus,
  themeId: z.string(),
  label: localised,
  objective: localised,
  agenda: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }),
  window: z.object({ from: z.iso.date(), to: z.iso.date(), target: z.iso.date() }),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  durationMinutes: z.number().int(),
  joinUrl: z.string().nullable(),
  organizerAadId: z.string(),
  mentee: sessionPersonDto,
  mentor: sessionPersonDto,
  problem: sessionProblemDto.nullable(),
  reproposals: z.number().int(),
  cancelReason: z.string().nullable(),
  /** What the caller may do with it. */
  can: z.object({ reschedule: z.boolean(), cancel: z.boolean(), editAgenda: z.boolean() }),
});
export type SessionDto = z.infer<typeof sessionDto>;

export const sessionListDto = z.object({ items: z.array(sessionDto) });
export type SessionListDto = z.infer<typeof sessionListDto>;

export const sessionCountsDto = z.object({
  total: z.number().int(),
  planned: z.number().int(),
  booked: z.number().int(),
  needsSlot: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  held: z.number().int(),
  missed: z.number().int(),
});
export type SessionCountsDto = z.infer<typeof sessionCountsDto>;

export const bookingStateDto = z.enum(['idle', 'queued', 'running', 'done', 'failed']);

/** Where the programme's bulk booking stands: the progress bar reads `counts`. */
export const bookingProgressDto = z.object({
  programmeId: z.uuid(),
  state: bookingStateDto,
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  counts: sessionCountsDto,
  /** Active pairs whose series is not planned yet (booking plans them first). */
  pairsToPlan: z.number().int(),
  figures: z.record(z.string(), z.number()),
});
export type BookingProgressDto = z.infer<typeof bookingProgressDto>;

export const sessionIdParams = z.object({ sessionId: z.uuid({ message: 'not a session id' }) });

export const programmeSessionsQuery = z.object({
  status: sessionStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A new time chosen by a person, or none to let Binôme find the next good slot. */
export const rescheduleInput = z.object({
  startsAt: z.iso.datetime({ offset: true, message: 'give the new start as an ISO date-time' }).optional(),
});
export type RescheduleInput = z.infer<typeof rescheduleInput>;

export const cancelSessionInput = z.object({
  message: z.string().trim().min(1, 'say why, for the other person').max(1000),
});

const agendaLines = z.array(z.string().trim().min(1).max(300)).min(1).max(12);

export const sessionAgendaInput = z.object({
  objective: localised.refine(
    (l) => l.fr.length > 0 && l.en.length > 0,
    'give the objective in French and English',
  ),
  agenda: z.object({ fr: agendaLines, en: agendaLines }),
});
export type SessionAgendaInput = z.infer<typeof sessionAgendaInput>;
