import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../../domain/clock';
import { GraphError } from '../graph-error';
import type { CalendarService } from './calendar-service';
import { readBody } from './event-input';
import type { StoredEventChange } from './event-store';
import type { StoredSubscription, SubscriptionStore } from './subscription-store';
import { postNotifications, validateEndpoint } from './subscription-webhooks';

/** Graph's longest subscription on Outlook events, in minutes. */
export const MAX_EVENT_SUBSCRIPTION_MINUTES = 4230;
const CHANGE_TYPES = ['created', 'updated', 'deleted'] as const;
export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

const url = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' });
const dateTime = z.iso.datetime({ offset: true, local: true, error: 'must be an ISO 8601 date and time' });
export const subscriptionInput = z.looseObject({
  changeType: z.string().min(1),
  notificationUrl: url,
  lifecycleNotificationUrl: url.nullish(),
  resource: z.string().min(1).max(2048),
  expirationDateTime: dateTime,
  clientState: z.string().max(128, 'must be 128 characters or fewer').nullish(),
  includeResourceData: z.boolean().nullish(),
  latestSupportedTlsVersion: z.string().nullish(),
});
export const subscriptionPatch = z.looseObject({
  expirationDateTime: dateTime.optional(),
  notificationUrl: url.optional(),
});

/** The mailbox an events resource names: `users/{id | upn}/events` (or `…/calendar/events`), or `me/events`. */
export function eventsResourceOwner(resource: string): { user: string } | { me: true } | undefined {
  const match = /^\/?(?:users\/([^/]+)|(me))\/(?:calendar\/)?events$/i.exec(resource.trim());
  if (!match) return undefined;
  return match[2] ? { me: true } : { user: decodeURIComponent(match[1]!) };
}

/** Graph's rule on an expiry: ahead of now, at most 4230 minutes ahead for Outlook resources. */
export function checkExpiry(value: string, now: Date): Date {
  const at = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  if (at.getTime() <= now.getTime()) {
    throw new GraphError(400, 'InvalidRequest', 'Subscription expiration must be in the future.');
  }
  if (at.getTime() > now.getTime() + MAX_EVENT_SUBSCRIPTION_MINUTES * 60_000) {
    throw new GraphError(
      400,
      'ExtensionError',
      `Subscription expiration can only be ${MAX_EVENT_SUBSCRIPTION_MINUTES} minutes in the future.`,
    );
  }
  return at;
}

function changeTypes(value: string): string {
  const types = value.split(',').map((t) => t.trim());
  if (types.some((t) => !(CHANGE_TYPES as readonly string[]).includes(t))) {
    throw new GraphError(400, 'InvalidRequest', `Invalid 'changeType' attribute: '${value}'.`);
  }
  return [...new Set(types)].join(',');
}

export const notFoundSubscription = () =>
  new GraphError(404, 'ResourceNotFound', 'The object was not found.');

export interface SubscriptionServiceOptions {
  store: SubscriptionStore;
  calendar: CalendarService;
  clock: Clock;
  logger: Logger;
}

/**
 * The demo tenant's change notifications on events: `/subscriptions` (created after the
 * notification URLs pass Graph's validation handshake) and the notifications themselves, posted
 * when a stored event of a watched mailbox changes.
 */
export class SubscriptionService {
  /** Mailboxes with a subscription, so the changes of all others (bulk bookings) cost no query. */
  private watched: Promise<Set<string>> | undefined;

  constructor(private readonly options: SubscriptionServiceOptions) {}

  private watchedMailboxes(): Promise<Set<string>> {
    if (!this.watched) {
      this.watched = this.store.mailboxes(this.options.clock.now()).then((ids) => new Set(ids));
      this.watched.catch(() => {
        this.watched = undefined;
      });
    }
    return this.watched;
  }

  private get store() {
    return this.options.store;
  }

  async create(caller: { applicationId: string; userId?: string }, body: unknown) {
    const input = readBody(subscriptionInput, body);
    const now = this.options.clock.now();
    const changeType = changeTypes(input.changeType);
    const owner = eventsResourceOwner(input.resource);
    if (!owner) {
      throw new GraphError(
        400,
        'InvalidRequest',
        `The demo tenant supports subscriptions on users/{id}/events only, not '${input.resource}'.`,
      );
    }
    if (input.includeResourceData) {
      throw new GraphError(
        400,
        'InvalidRequest',
        'The demo tenant sends notifications without resource data (includeResourceData: false).',
      );
    }
    if ('me' in owner && !caller.userId) {
      throw new GraphError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      );
    }
    const person = await this.options.calendar.person('me' in owner ? caller.userId! : owner.user);
    const expiresAt = checkExpiry(input.expirationDateTime, now);
    await validateEndpoint(input.notificationUrl);
    if (input.lifecycleNotificationUrl) await validateEndpoint(input.lifecycleNotificationUrl);
    const created = await this.store.create(
      {
        id: randomUUID(),
        tenantId: this.options.calendar.tenantId,
        applicationId: caller.applicationId,
        resource: input.resource,
        mailboxId: person.id,
        changeType,
        notificationUrl: input.notificationUrl,
        lifecycleNotificationUrl: input.lifecycleNotificationUrl ?? null,
        clientState: input.clientState ?? null,
        expiresAt,
        createdAt: now,
      },
      now,
    );
    // Forgotten once written, so the next change reads the mailbox set afresh.
    this.watched = undefined;
    return created;
  }

  async get(applicationId: string, id: string): Promise<StoredSubscription> {
    const row = await this.store.find(applicationId, id, this.options.clock.now());
    if (!row) throw notFoundSubscription();
    return row;
  }

  list(applicationId: string): Promise<StoredSubscription[]> {
    return this.store.list(applicationId, this.options.clock.now());
  }

  async update(applicationId: string, id: string, body: unknown): Promise<StoredSubscription> {
    const patch = readBody(subscriptionPatch, body);
    await this.get(applicationId, id);
    const expiresAt = patch.expirationDateTime
      ? checkExpiry(patch.expirationDateTime, this.options.clock.now())
      : undefined;
    if (patch.notificationUrl) await validateEndpoint(patch.notificationUrl);
    const row = await this.store.update(id, {
      ...(expiresAt ? { expiresAt } : {}),
      ...(patch.notificationUrl ? { notificationUrl: patch.notificationUrl } : {}),
    });
    if (!row) throw notFoundSubscription();
    return row;
  }

  async remove(applicationId: string, id: string): Promise<void> {
    await this.get(applicationId, id);
    await this.store.remove(id);
    this.watched = undefined;
  }

  /** Posts a change notification to each live subscription on the mailbox that asked for this kind of change. */
  async notifyChange(change: StoredEventChange): Promise<void> {
    if (!(await this.watchedMailboxes()).has(change.mailboxId)) return;
    const now = this.options.clock.now();
    const watching = (await this.store.forMailbox(change.mailboxId, now)).filter((s) =>
      s.changeType.split(',').includes(change.changeType),
    );
    await Promise.all(
      watching.map((subscription) => {
        const resource = `Users/${change.mailboxId}/Events/${change.eventId}`;
        return this.deliver(subscription, subscription.notificationUrl, {
          ...this.envelope(subscription),
          changeType: change.changeType,
          resource,
          resourceData: {
            '@odata.type': '#Microsoft.Graph.Event',
            '@odata.id': resource,
            id: change.eventId,
          },
        });
      }),
    );
  }

  /**
   * Sends a lifecycle notification, as Graph does when a subscription needs reauthorizing, was
   * removed (it is deleted here too) or missed notifications. Demo control only.
   */
  async sendLifecycle(id: string, lifecycleEvent: LifecycleEvent): Promise<{ delivered: boolean }> {
    const subscription = await this.store.findById(id, this.options.clock.now());
    if (!subscription) throw notFoundSubscription();
    if (lifecycleEvent === 'subscriptionRemoved') {
      await this.store.remove(subscription.id);
      this.watched = undefined;
    }
    if (!subscription.lifecycleNotificationUrl) return { delivered: false };
    const delivered = await this.deliver(subscription, subscription.lifecycleNotificationUrl, {
      ...this.envelope(subscription),
      lifecycleEvent,
    });
    return { delivered };
  }

  private envelope(subscription: StoredSubscription) {
    return {
      subscriptionId: subscription.id,
      subscriptionExpirationDateTime: subscription.expiresAt.toISOString(),
      tenantId: this.options.calendar.tenantId,
      clientState: subscription.clientState,
    };
  }

  /** Fire and forget for the caller: a failed delivery is logged, not retried (Graph would retry for 4 hours). */
  private async deliver(subscription: StoredSubscription, url: string, item: object): Promise<boolean> {
    const result = await postNotifications(url, { value: [item] });
    if (!result.ok) {
      this.options.logger.warn(
        { subscriptionId: subscription.id, url, status: result.status, error: result.error },
        'demo Graph could not deliver a notification',
      );
    }
    return result.ok;
  }
}
