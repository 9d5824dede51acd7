/**
 * Change notifications on the organizers' calendars: Graph subscriptions (`/subscriptions`) and
 * the record Binôme keeps of each, with the secret that proves a notification came from Graph.
 */

export interface NewCalendarSubscription {
  /** Directory id of the mailbox whose events are watched. */
  organizer: string;
  notificationUrl: string;
  lifecycleNotificationUrl: string;
  /** Sent back with every notification of this subscription; at most 128 characters. */
  clientState: string;
  expiresAt: Date;
}

/** A subscription as Graph answered it. */
export interface CreatedSubscription {
  id: string;
  expiresAt: Date;
}

/** What Binôme needs of Graph's `/subscriptions`; failures are `CalendarError`s. */
export interface CalendarSubscriptions {
  create(request: NewCalendarSubscription): Promise<CreatedSubscription>;
  /** Moves the expiry (which also reauthorizes the subscription); `CalendarError` 404 when it is gone. */
  renew(subscriptionId: string, expiresAt: Date): Promise<CreatedSubscription>;
  /** Deletes it; one already gone counts as deleted. */
  remove(subscriptionId: string): Promise<void>;
}

export interface CalendarSubscriptionRecord {
  tenantId: string;
  organizerAadId: string;
  subscriptionId: string;
  clientState: string;
  expiresAt: Date;
  createdAt: Date;
}

/** One subscription per organizer mailbox and tenant. */
export interface CalendarSubscriptionStore {
  list(tenantId: string): Promise<CalendarSubscriptionRecord[]>;
  find(tenantId: string, subscriptionId: string): Promise<CalendarSubscriptionRecord | undefined>;
  /** Records the organizer's subscription, replacing the one held before. */
  save(record: Omit<CalendarSubscriptionRecord, 'createdAt'> & { createdAt?: Date }): Promise<void>;
  setExpiry(tenantId: string, subscriptionId: string, expiresAt: Date): Promise<void>;
  remove(tenantId: string, subscriptionId: string): Promise<void>;
}
