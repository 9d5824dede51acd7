import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The demo tenant's calendars. Seeded meetings are computed on the fly (a pure function of seed,
 * person and day); only what clients create is stored here, plus the seeded calendar's epoch.
 */
export const demoCalendarState = pgTable('demo_calendar_state', {
  tenantId: text('tenant_id').primaryKey(),
  /** First day of the seeded calendars (a Monday, UTC), fixed at the first start so ids stay stable. */
  epoch: timestamp('epoch', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One stored event in one mailbox: the organizer's event and each attendee's copy are separate rows. */
export const demoEvent = pgTable(
  'demo_event',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    /** Directory id of the mailbox whose calendar holds this row. */
    mailboxId: text('mailbox_id').notNull(),
    iCalUId: text('ical_uid').notNull(),
    organizerId: text('organizer_id').notNull(),
    isOrganizer: boolean('is_organizer').notNull(),
    /** Only on the organizer's row: the client's idempotency key for creation. */
    transactionId: text('transaction_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    isCancelled: boolean('is_cancelled').notNull().default(false),
    /** The Graph representation (subject, body, attendees, …) with times in UTC. */
    data: jsonb('data').notNull().$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('demo_event_mailbox_time_idx').on(t.tenantId, t.mailboxId, t.startsAt),
    index('demo_event_ical_idx').on(t.tenantId, t.iCalUId),
    uniqueIndex('demo_event_transaction_uq')
      .on(t.tenantId, t.mailboxId, t.transactionId)
      .where(sql`${t.transactionId} is not null`),
  ],
);

/** A change-notification subscription on one mailbox's events (`POST /subscriptions`). */
export const demoSubscription = pgTable(
  'demo_subscription',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    /** The `appid` of the token that created it: an app sees and manages only its own. */
    applicationId: text('application_id').notNull(),
    /** As the client wrote it, e.g. `users/{id}/events`. */
    resource: text('resource').notNull(),
    /** Directory id of the mailbox whose events are watched. */
    mailboxId: text('mailbox_id').notNull(),
    /** Comma-separated, as Graph takes it: `created`, `updated`, `deleted`. */
    changeType: text('change_type').notNull(),
    notificationUrl: text('notification_url').notNull(),
    lifecycleNotificationUrl: text('lifecycle_notification_url'),
    clientState: text('client_state'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('demo_subscription_mailbox_idx').on(t.tenantId, t.mailboxId)],
);
