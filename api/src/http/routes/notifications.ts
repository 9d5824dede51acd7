import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  type CalendarNotification,
  handleChangeNotifications,
  handleLifecycleNotifications,
  type SessionNotificationDeps,
} from '../../app/session-notifications';
import { sendProblem } from '../problem';

/** Graph batches notifications; a few hundred without resource data stay far below this. */
const BODY_LIMIT = 256 * 1024;
const MAX_TOKEN_LENGTH = 4096;

const id = z.string().min(1).max(200);
const notification = z.looseObject({
  subscriptionId: id,
  clientState: z.string().max(256).nullish(),
  tenantId: z.string().max(200).nullish(),
  changeType: z.string().max(100).nullish(),
  resource: z.string().max(2048).nullish(),
  resourceData: z.looseObject({ id: z.string().max(1024).nullish() }).nullish(),
  lifecycleEvent: z.string().max(100).nullish(),
});
const notificationCollection = z.looseObject({ value: z.array(notification).min(1).max(1000) });

function readCollection(body: unknown, reply: FastifyReply): CalendarNotification[] | undefined {
  const parsed = notificationCollection.safeParse(body);
  if (parsed.success) return parsed.data.value;
  const issue = parsed.error.issues[0]!;
  sendProblem(
    reply,
    400,
    'invalid_notification',
    `Not a Graph notification collection: ${issue.path.join('.') || 'body'} ${issue.message}.`,
  );
  return undefined;
}

/**
 * Where Microsoft Graph posts change and lifecycle notifications of the organizers' calendars.
 * Graph sends no token: each notification proves itself by its subscription's secret
 * `clientState`, and one that does not is accepted and ignored, telling nothing to the sender.
 * Registered outside the authenticated `/api/v1` scope.
 */
export const notificationRoutes: FastifyPluginAsync<{ deps: SessionNotificationDeps }> = async (
  app,
  { deps },
) => {
  // The validation handshake, before any body parsing: the token back as text/plain within 10 s.
  app.addHook('onRequest', async (request, reply) => {
    const token = (request.query as Record<string, unknown>).validationToken;
    if (typeof token !== 'string') return;
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
      return sendProblem(
        reply,
        400,
        'invalid_validation_token',
        'The validation token is empty or too long.',
      );
    }
    return reply.code(200).type('text/plain; charset=utf-8').send(token);
  });

  const options = { bodyLimit: BODY_LIMIT, schema: { hide: true } };

  app.post('/api/notifications/calendar', options, async (request, reply) => {
    const items = readCollection(request.body, reply);
    if (!items) return reply;
    // Quick (a lookup and an update per item); a failure answers 500 so Graph delivers it again.
    const result = await handleChangeNotifications(deps, items);
    if (result.ignored > 0) {
      request.log.warn({ ...result }, 'calendar notifications ignored: unknown subscription or secret');
    }
    return reply.code(202).send();
  });

  app.post('/api/notifications/calendar/lifecycle', options, async (request, reply) => {
    const items = readCollection(request.body, reply);
    if (!items) return reply;
    // Renewing or subscribing again calls Graph: answered first, done after.
    reply.code(202).send();
    handleLifecycleNotifications(deps, items).then(
      (result) => request.log.info({ ...result }, 'calendar lifecycle notifications handled'),
      (error) => request.log.error({ err: error }, 'calendar lifecycle notifications failed'),
    );
    return reply;
  });
};
