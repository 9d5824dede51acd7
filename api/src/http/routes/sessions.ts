import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../app/caller';
import type { SessionWithPair } from '../../app/ports/sessions';
import {
  type BookingProgress,
  bookingProgress,
  type SessionDeps,
  startBooking,
} from '../../app/session-booking';
import {
  cancelSession,
  getSession,
  listProgrammeSessions,
  mySessions,
  rescheduleSession,
  type SessionView,
  sessionIcs,
  updateSessionAgenda,
} from '../../app/sessions';
import { problemDto } from '../../contract/problem';
import { programmeIdParams } from '../../contract/programme';
import {
  bookingProgressDto,
  cancelSessionInput,
  programmeSessionsQuery,
  rescheduleInput,
  sessionAgendaInput,
  sessionDto,
  sessionIdParams,
  sessionListDto,
} from '../../contract/session';
import { principalOf } from '../authenticate';

const errors = { 400: problemDto, 401: problemDto, 403: problemDto, 404: problemDto, 409: problemDto };
const calendarErrors = { 502: problemDto, 503: problemDto };
const security = [{ bearer: [] }];
const tags = ['sessions'];

const explanationOf = (problem: SessionWithPair['problem']) => {
  const e = problem?.detail?.explanation as { fr?: unknown; en?: unknown } | undefined;
  return e && typeof e.fr === 'string' && typeof e.en === 'string' ? { fr: e.fr, en: e.en } : undefined;
};

function personDto(s: SessionWithPair, who: SessionWithPair['mentee']) {
  const answer = s.responses.find((r) => r.email.toLowerCase() === who.email.toLowerCase());
  return {
    aadId: who.aadId,
    displayName: who.displayName,
    email: who.email,
    timeZone: who.timeZone,
    response: who.aadId === s.organizerAadId ? 'organizer' : (answer?.response ?? null),
  };
}

export function sessionToDto(s: SessionView): z.infer<typeof sessionDto> {
  const explanation = explanationOf(s.problem);
  return {
    id: s.id,
    programmeId: s.programmeId,
    programmeName: s.programmeName,
    pairingId: s.pairingId,
    number: s.number,
    of: Math.max(s.seriesLength, s.number),
    status: s.status,
    themeId: s.theme.id,
    label: s.theme.label,
    objective: s.theme.objective,
    agenda: s.theme.agenda,
    window: { from: s.windowFrom, to: s.windowTo, target: s.targetDate },
    startsAt: s.startsAt?.toISOString() ?? null,
    endsAt: s.endsAt?.toISOString() ?? null,
    durationMinutes: s.durationMinutes,
    joinUrl: s.status === 'booked' ? s.joinUrl : null,
    organizerAadId: s.organizerAadId,
    mentee: personDto(s, s.mentee),
    mentor: personDto(s, s.mentor),
    problem: s.problem
      ? {
          code: s.problem.code,
          ...(s.problem.message ? { message: s.problem.message } : {}),
          ...(explanation ? { explanation } : {}),
          ...(s.problem.detail
            ? {
                detail: Object.fromEntries(
                  Object.entries(s.problem.detail).filter(([k]) => k !== 'explanation'),
                ),
              }
            : {}),
        }
      : null,
    reproposals: s.reproposals,
    cancelReason: s.cancelReason,
    can: s.can,
  };
}

export function progressToDto(p: BookingProgress): z.infer<typeof bookingProgressDto> {
  return {
    programmeId: p.programmeId,
    state: p.run?.state ?? 'idle',
    startedAt: p.run?.startedAt.toISOString() ?? null,
    finishedAt: p.run?.finishedAt?.toISOString() ?? null,
    lastError: p.run?.lastError ?? null,
    counts: p.counts,
    pairsToPlan: p.pairsToPlan,
    figures: p.run?.figures ?? {},
  };
}

export const sessionRoutes: FastifyPluginAsync<{ deps: SessionDeps }> = async (app, { deps }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const programmeBase = '/programmes/:programmeId/sessions';

  typed.get(
    programmeBase,
    {
      schema: {
        summary: "A programme's sessions, soonest first (programme admins)",
        tags,
        security,
        params: programmeIdParams,
        querystring: programmeSessionsQuery,
        response: { 200: sessionListDto.extend({ total: z.number().int() }), ...errors },
      },
    },
    async (request) => {
      const { items, total } = await listProgrammeSessions(
        deps,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.query,
      );
      return { items: items.map(sessionToDto), total };
    },
  );

  typed.get(
    `${programmeBase}/booking`,
    {
      schema: {
        summary: 'Where the bulk booking stands: booked, failed, remaining',
        tags,
        security,
        params: programmeIdParams,
        response: { 200: bookingProgressDto, ...errors },
      },
    },
    async (request) =>
      progressToDto(await bookingProgress(deps, callerOf(principalOf(request)), request.params.programmeId)),
  );

  typed.post(
    `${programmeBase}/booking`,
    {
      schema: {
        summary:
          "Book all sessions: plans each active pair's series and books it in Outlook, in the background",
        tags,
        security,
        params: programmeIdParams,
        response: { 202: bookingProgressDto, ...errors },
      },
    },
    async (request, reply) => {
      const progress = await startBooking(deps, callerOf(principalOf(request)), request.params.programmeId);
      return reply.status(202).send(progressToDto(progress));
    },
  );

  typed.get(
    '/me/sessions',
    {
      schema: {
        summary: "The caller's sessions in every programme, soonest first",
        tags,
        security,
        response: { 200: sessionListDto, 401: problemDto },
      },
    },
    async (request) => ({
      items: (await mySessions(deps, callerOf(principalOf(request)))).map(sessionToDto),
    }),
  );

  typed.get(
    '/sessions/:sessionId',
    {
      schema: {
        summary: 'One session',
        tags,
        security,
        params: sessionIdParams,
        response: { 200: sessionDto, ...errors },
      },
    },
    async (request) =>
      sessionToDto(await getSession(deps, callerOf(principalOf(request)), request.params.sessionId)),
  );

  typed.post(
    '/sessions/:sessionId/reschedule',
    {
      schema: {
        summary: 'Move a session to a chosen time (checked against both calendars) or to the next good slot',
        tags,
        security,
        params: sessionIdParams,
        body: rescheduleInput,
        response: { 200: sessionDto, ...errors, ...calendarErrors },
      },
    },
    async (request) =>
      sessionToDto(
        await rescheduleSession(deps, callerOf(principalOf(request)), request.params.sessionId, request.body),
      ),
  );

  typed.post(
    '/sessions/:sessionId/cancel',
    {
      schema: {
        summary: 'Cancel a session; Outlook sends the message to the other person',
        tags,
        security,
        params: sessionIdParams,
        body: cancelSessionInput,
        response: { 200: sessionDto, ...errors, ...calendarErrors },
      },
    },
    async (request) =>
      sessionToDto(
        await cancelSession(deps, callerOf(principalOf(request)), request.params.sessionId, request.body),
      ),
  );

  typed.put(
    '/sessions/:sessionId/agenda',
    {
      schema: {
        summary: "Change a session's objective and agenda (the pair); the invitation is updated",
        tags,
        security,
        params: sessionIdParams,
        body: sessionAgendaInput,
        response: { 200: sessionDto, ...errors, ...calendarErrors },
      },
    },
    async (request) =>
      sessionToDto(
        await updateSessionAgenda(
          deps,
          callerOf(principalOf(request)),
          request.params.sessionId,
          request.body,
        ),
      ),
  );

  typed.get(
    '/sessions/:sessionId/ics',
    {
      schema: {
        summary: 'The session as an iCalendar (.ics) file',
        tags,
        security,
        params: sessionIdParams,
        produces: ['text/calendar'],
        response: { 200: z.string(), 409: problemDto, 401: problemDto, 404: problemDto },
      },
    },
    async (request, reply) => {
      const ics = await sessionIcs(deps, callerOf(principalOf(request)), request.params.sessionId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="binome-session-${request.params.sessionId}.ics"`,
        )
        .send(ics);
    },
  );
};
