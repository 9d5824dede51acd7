import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendProblem } from '../../http/problem';
import { graphBaseUrl, graphCaller, requireRole } from '../graph-core';
import { GraphError } from '../graph-error';
import type { StoredSubscription } from './subscription-store';
import type { SubscriptionService } from './subscriptions';

type IdParams = { Params: { id: string } };

/** Subscribing to events needs read access to calendars, as in Graph. */
const CALENDAR_ROLES = ['Calendars.Read', 'Calendars.ReadBasic', 'Calendars.ReadWrite'];

export function presentSubscription(row: StoredSubscription) {
  return {
    id: row.id,
    resource: row.resource,
    applicationId: row.applicationId,
    changeType: row.changeType,
    clientState: row.clientState,
    notificationUrl: row.notificationUrl,
    notificationQueryOptions: null,
    lifecycleNotificationUrl: row.lifecycleNotificationUrl,
    expirationDateTime: row.expiresAt.toISOString(),
    creatorId: row.applicationId,
    includeResourceData: false,
    latestSupportedTlsVersion: 'v1_2',
    encryptionCertificate: null,
    encryptionCertificateId: null,
    notificationUrlAppId: null,
  };
}

/** The calling application (`appid`, or `azp` for v2 tokens) and, for delegated tokens, the user. */
function callerOf(request: FastifyRequest): { applicationId: string; userId?: string } {
  requireRole(request, CALENDAR_ROLES);
  const caller = graphCaller(request);
  const applicationId = String(caller.token.appid ?? caller.token.azp ?? '');
  if (!applicationId) {
    throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
  }
  return { applicationId, ...(caller.userId ? { userId: caller.userId } : {}) };
}

/** Graph's `/subscriptions` for events; register inside the demo Graph scope. */
export function registerSubscriptionRoutes(app: FastifyInstance, service: SubscriptionService): void {
  const context = (request: FastifyRequest, entity: boolean) =>
    `${graphBaseUrl(request)}/$metadata#subscriptions${entity ? '/$entity' : ''}`;

  app.post('/subscriptions', async (request, reply) => {
    const row = await service.create(callerOf(request), request.body);
    return reply.code(201).send({ '@odata.context': context(request, true), ...presentSubscription(row) });
  });
  app.get('/subscriptions', async (request) => {
    const rows = await service.list(callerOf(request).applicationId);
    return { '@odata.context': context(request, false), value: rows.map(presentSubscription) };
  });
  app.get<IdParams>('/subscriptions/:id', async (request) => {
    const row = await service.get(callerOf(request).applicationId, request.params.id);
    return { '@odata.context': context(request, true), ...presentSubscription(row) };
  });
  app.patch<IdParams>('/subscriptions/:id', async (request) => {
    const row = await service.update(callerOf(request).applicationId, request.params.id, request.body);
    return { '@odata.context': context(request, true), ...presentSubscription(row) };
  });
  app.delete<IdParams>('/subscriptions/:id', async (request, reply) => {
    await service.remove(callerOf(request).applicationId, request.params.id);
    return reply.code(204).send();
  });
}

const lifecycleInput = z.object({
  lifecycleEvent: z.enum(['reauthorizationRequired', 'subscriptionRemoved', 'missed']),
});

/**
 * Demo control (under `/_demo`): makes the demo Graph send a lifecycle notification for a
 * subscription, as Microsoft Graph does on its own; `subscriptionRemoved` also deletes it.
 */
export const subscriptionControlRoutes: FastifyPluginAsync<{ service: SubscriptionService }> = async (
  app,
  { service },
) => {
  app.post<IdParams>(
    '/subscriptions/:id/lifecycle',
    { schema: { hide: true } },
    async (request, reply: FastifyReply) => {
      const parsed = lifecycleInput.safeParse(request.body ?? {});
      if (!parsed.success) {
        return sendProblem(
          reply,
          400,
          'invalid_request',
          'lifecycleEvent must be reauthorizationRequired, subscriptionRemoved or missed.',
        );
      }
      try {
        return await service.sendLifecycle(request.params.id, parsed.data.lifecycleEvent);
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) {
          return sendProblem(
            reply,
            404,
            'subscription_not_found',
            `No live subscription ${request.params.id}.`,
          );
        }
        throw error;
      }
    },
  );
};
