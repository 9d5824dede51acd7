import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type FeedbackDeps, runFeedbackPrompts } from '../app/feedback';
import type { Calendar } from '../app/ports/calendar';
import { sendProblem } from '../http/problem';

const QUARTER = 15 * 60_000;

/**
 * Demo only: "this session just ended". A newcomer cannot wait a month for a session to take
 * place, so this moves a booked session (and its Outlook event) to end a few minutes ago and runs
 * the feedback job at once: the feedback cards go out as they would after a real session.
 */
export const finishSessionRoutes: FastifyPluginAsync<{
  tenantId: string;
  feedback: FeedbackDeps;
  calendar: Calendar;
}> = async (app, { tenantId, feedback, calendar }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/sessions/:sessionId/finish',
    {
      schema: {
        hide: true,
        params: z.object({ sessionId: z.uuid({ message: 'not a session id' }) }),
      },
    },
    async (request, reply) => {
      const s = await feedback.sessions.get(tenantId, request.params.sessionId);
      if (!s)
        return sendProblem(
          reply,
          404,
          'session_not_found',
          `Session ${request.params.sessionId} does not exist.`,
        );
      if (s.status !== 'booked' || !s.eventId) {
        return sendProblem(
          reply,
          409,
          'session_not_booked',
          `Session ${s.number} is ${s.status}, not booked.`,
        );
      }
      const now = feedback.clock.now().getTime();
      const end = new Date(Math.floor((now - 10 * 60_000) / QUARTER) * QUARTER);
      const start = new Date(end.getTime() - s.durationMinutes * 60_000);
      await calendar.updateEvent(s.organizerAadId, s.eventId, { start, end });
      await feedback.sessions.update(tenantId, s.id, { startsAt: start, endsAt: end }, { status: 'booked' });
      const prompts = await runFeedbackPrompts(feedback, tenantId);
      return reply.send({
        sessionId: s.id,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        prompts,
      });
    },
  );
};
