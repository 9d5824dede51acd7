import type { Client } from '@microsoft/microsoft-graph-client';
import { CalendarError } from '../app/ports/calendar';
import type { CalendarSubscriptions, CreatedSubscription } from '../app/ports/subscriptions';
import { RETRYABLE_STATUSES } from './calendar-batch';

interface GraphSubscription {
  id?: string;
  expirationDateTime?: string;
}

const subscriptionPath = (id: string) => `/subscriptions/${encodeURIComponent(id)}`;

function created(body: GraphSubscription, what: string): CreatedSubscription {
  const expiresAt = new Date(body.expirationDateTime ?? '');
  if (!body.id || Number.isNaN(expiresAt.getTime())) {
    throw new CalendarError(
      `${what}: Graph answered without an id or an expiry`,
      'no_subscription',
      502,
      true,
    );
  }
  return { id: body.id, expiresAt };
}

/** The SDK's GraphError (or a network failure) as a CalendarError with Graph's code. */
function toCalendarError(error: unknown, what: string): CalendarError {
  if (error instanceof CalendarError) return error;
  const e = error as { statusCode?: number; code?: string | null; message?: string };
  const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : 0;
  return new CalendarError(
    `${what}: ${e.message ?? String(error)}`,
    e.code ?? (status ? `http_${status}` : 'network_error'),
    status,
    status === 0 || RETRYABLE_STATUSES.has(status),
  );
}

async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toCalendarError(error, what);
  }
}

/**
 * Graph change-notification subscriptions on users' events (`changeType: updated`): created with
 * the notification and lifecycle URLs and a secret `clientState`; renewed with PATCH; deleted.
 */
export function createGraphSubscriptions(client: Client): CalendarSubscriptions {
  return {
    async create(request) {
      const what = `Subscribing to the events of ${request.organizer}`;
      const body = await call(what, () =>
        client.api('/subscriptions').post({
          changeType: 'updated',
          resource: `users/${encodeURIComponent(request.organizer)}/events`,
          notificationUrl: request.notificationUrl,
          lifecycleNotificationUrl: request.lifecycleNotificationUrl,
          expirationDateTime: request.expiresAt.toISOString(),
          clientState: request.clientState,
          latestSupportedTlsVersion: 'v1_2',
        }),
      );
      return created(body as GraphSubscription, what);
    },

    async renew(subscriptionId, expiresAt) {
      const what = `Renewing subscription ${subscriptionId}`;
      const body = await call(what, () =>
        client.api(subscriptionPath(subscriptionId)).patch({ expirationDateTime: expiresAt.toISOString() }),
      );
      return created(body as GraphSubscription, what);
    },

    async remove(subscriptionId) {
      try {
        await call(`Deleting subscription ${subscriptionId}`, () =>
          client.api(subscriptionPath(subscriptionId)).delete(),
        );
      } catch (error) {
        if (error instanceof CalendarError && error.status === 404) return;
        throw error;
      }
    },
  };
}
