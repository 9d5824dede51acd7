import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../domain/clock';
import { CalendarError } from './ports/calendar';
import type { Jobs } from './ports/jobs';
import type { SessionRepository } from './ports/sessions';
import type {
  CalendarSubscriptionRecord,
  CalendarSubscriptionStore,
  CalendarSubscriptions,
} from './ports/subscriptions';
import { RESPONSES_JOB } from './sessions';

/**
 * Graph change notifications on the organizers' calendars: when an attendee answers a session,
 * Outlook updates the organizer's event and Graph tells Binôme, which reads the answers of that
 * session at once instead of waiting for the next poll.
 */

export const SUBSCRIPTIONS_JOB = 'sessions.subscriptions';
/** Graph keeps a subscription on Outlook events at most 4230 minutes; a little less absorbs clock skew. */
export const SUBSCRIPTION_MINUTES = 4200;
/** Subscriptions expiring sooner than this are renewed by the job. */
export const RENEW_WITHIN_MS = 12 * 60 * 60 * 1000;
export const SUBSCRIPTIONS_EVERY_SECONDS = 15 * 60;
/** The default of `SESSION_RESPONSES_POLL_SECONDS`. */
export const DEFAULT_POLL_SECONDS = 60;
/** The safety-net poll while notifications tell of the answers. */
export const POLL_WITH_NOTIFICATIONS_SECONDS = 15 * 60;

export interface SessionNotificationDeps {
  tenantId: string;
  sessions: Pick<SessionRepository, 'bookedOrganizers' | 'markForCheck'>;
  store: CalendarSubscriptionStore;
  graph: CalendarSubscriptions;
  jobs: Pick<Jobs, 'enqueue'>;
  clock: Clock;
  /** Where Graph posts change notifications, and lifecycle notifications. */
  notificationUrl: string;
  lifecycleNotificationUrl: string;
  /** A new secret per subscription; random by default. */
  newClientState?: () => string;
}

/** One item of a notification collection, as the route has checked its shape. */
export interface CalendarNotification {
  subscriptionId: string;
  clientState?: string | null;
  tenantId?: string | null;
  changeType?: string | null;
  resource?: string | null;
  resourceData?: { id?: string | null } | null;
  lifecycleEvent?: string | null;
}

export interface SubscriptionPlan {
  create: string[];
  renew: CalendarSubscriptionRecord[];
  remove: CalendarSubscriptionRecord[];
}

/**
 * What the job does with the subscriptions: one per organizer with booked sessions ahead,
 * renewed when it expires within `renewWithinMs`, made again when it has expired (Graph removed it),
 * deleted when its organizer has nothing booked ahead any more.
 */
export function planSubscriptions(input: {
  organizers: readonly string[];
  held: readonly CalendarSubscriptionRecord[];
  now: Date;
  renewWithinMs?: number;
}): SubscriptionPlan {
  const renewBefore = input.now.getTime() + (input.renewWithinMs ?? RENEW_WITHIN_MS);
  const needed = new Set(input.organizers);
  const plan: SubscriptionPlan = { create: [], renew: [], remove: [] };
  const held = new Set<string>();
  for (const record of input.held) {
    const expired = record.expiresAt.getTime() <= input.now.getTime();
    if (!needed.has(record.organizerAadId)) {
      plan.remove.push(record);
      continue;
    }
    held.add(record.organizerAadId);
    if (expired) plan.create.push(record.organizerAadId);
    else if (record.expiresAt.getTime() <= renewBefore) plan.renew.push(record);
  }
  for (const organizer of needed) if (!held.has(organizer)) plan.create.push(organizer);
  return plan;
}

/**
 * How often the answers are polled: `SESSION_RESPONSES_POLL_SECONDS` when set; otherwise every
 * 15 minutes while notifications tell of the answers, every minute without them.
 */
export function responsesPollSeconds(input: {
  configured: number;
  explicit: boolean;
  notifications: boolean;
}): number {
  return input.explicit || !input.notifications ? input.configured : POLL_WITH_NOTIFICATIONS_SECONDS;
}

/** Compares secrets in constant time; an absent one never matches. */
export function sameSecret(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

const newSecret = () => randomBytes(32).toString('base64url');

export interface SubscriptionSyncResult {
  created: number;
  renewed: number;
  removed: number;
  failures: { organizer: string; code: string; message: string }[];
}

async function subscribe(deps: SessionNotificationDeps, organizer: string): Promise<void> {
  const clientState = (deps.newClientState ?? newSecret)();
  const expiresAt = new Date(deps.clock.now().getTime() + SUBSCRIPTION_MINUTES * 60_000);
  const created = await deps.graph.create({
    organizer,
    notificationUrl: deps.notificationUrl,
    lifecycleNotificationUrl: deps.lifecycleNotificationUrl,
    clientState,
    expiresAt,
  });
  await deps.store.save({
    tenantId: deps.tenantId,
    organizerAadId: organizer,
    subscriptionId: created.id,
    clientState,
    expiresAt: created.expiresAt,
    createdAt: deps.clock.now(),
  });
}

/** Renews; a subscription Graph no longer has is made again. Returns whether it was renewed. */
async function renew(deps: SessionNotificationDeps, record: CalendarSubscriptionRecord): Promise<boolean> {
  const expiresAt = new Date(deps.clock.now().getTime() + SUBSCRIPTION_MINUTES * 60_000);
  try {
    const renewed = await deps.graph.renew(record.subscriptionId, expiresAt);
    await deps.store.setExpiry(deps.tenantId, record.subscriptionId, renewed.expiresAt);
    return true;
  } catch (error) {
    if (!(error instanceof CalendarError) || error.status !== 404) throw error;
    await subscribe(deps, record.organizerAadId);
    return false;
  }
}

const failureOf = (organizer: string, error: unknown) => ({
  organizer,
  code: error instanceof CalendarError ? error.code : 'subscription_failed',
  message: error instanceof Error ? error.message : String(error),
});

/** The job: subscriptions made, renewed and deleted as `planSubscriptions` says; failures kept as data. */
export async function syncSubscriptions(deps: SessionNotificationDeps): Promise<SubscriptionSyncResult> {
  const now = deps.clock.now();
  const plan = planSubscriptions({
    organizers: await deps.sessions.bookedOrganizers(deps.tenantId, now),
    held: await deps.store.list(deps.tenantId),
    now,
  });
  const result: SubscriptionSyncResult = { created: 0, renewed: 0, removed: 0, failures: [] };
  for (const organizer of plan.create) {
    try {
      await subscribe(deps, organizer);
      result.created++;
    } catch (error) {
      result.failures.push(failureOf(organizer, error));
    }
  }
  for (const record of plan.renew) {
    try {
      if (await renew(deps, record)) result.renewed++;
      else result.created++;
    } catch (error) {
      result.failures.push(failureOf(record.organizerAadId, error));
    }
  }
  for (const record of plan.remove) {
    try {
      await deps.graph.remove(record.subscriptionId);
      await deps.store.remove(deps.tenantId, record.subscriptionId);
      result.removed++;
    } catch (error) {
      result.failures.push(failureOf(record.organizerAadId, error));
    }
  }
  return result;
}

/** The stored subscription a notification claims to come from, only when it carries its secret. */
async function verified(deps: SessionNotificationDeps, item: CalendarNotification) {
  if (item.tenantId && item.tenantId.toLowerCase() !== deps.tenantId.toLowerCase()) return undefined;
  const record = await deps.store.find(deps.tenantId, item.subscriptionId);
  return record && sameSecret(record.clientState, item.clientState) ? record : undefined;
}

/** The answers job at once; the same singleton as the schedule's, so a burst of notifications runs it once or twice. */
async function checkNow(deps: SessionNotificationDeps): Promise<void> {
  await deps.jobs.enqueue(
    RESPONSES_JOB,
    { tenantId: deps.tenantId },
    { singletonKey: `tenant:${deps.tenantId}`, retryLimit: 0, expireInSeconds: 600 },
  );
}

export interface NotificationResult {
  accepted: number;
  ignored: number;
  /** Sessions made due for a check. */
  sessions: number;
}

/**
 * Change notifications: each one whose subscription and secret match makes the organizer's
 * session with that event due for a check, then the answers job runs. Anything else is ignored:
 * the payload is trusted for nothing but the ids it names.
 */
export async function handleChangeNotifications(
  deps: SessionNotificationDeps,
  items: readonly CalendarNotification[],
): Promise<NotificationResult> {
  const result: NotificationResult = { accepted: 0, ignored: 0, sessions: 0 };
  const now = deps.clock.now();
  for (const item of items) {
    const record = await verified(deps, item);
    if (!record) {
      result.ignored++;
      continue;
    }
    result.accepted++;
    // Without the event's id (not expected for events), every session of the organizer is read.
    const eventId = item.resourceData?.id ?? undefined;
    result.sessions += await deps.sessions.markForCheck(deps.tenantId, record.organizerAadId, now, eventId);
  }
  if (result.sessions > 0) await checkNow(deps);
  return result;
}

export interface LifecycleResult {
  renewed: number;
  recreated: number;
  resynced: number;
  ignored: number;
  failures: { organizer: string; code: string; message: string }[];
}

/**
 * Lifecycle notifications: `reauthorizationRequired` renews the subscription (which reauthorizes
 * it), `subscriptionRemoved` makes it again, `missed` reads all of the organizer's sessions ahead;
 * after a removal, answers given meanwhile are read the same way.
 */
export async function handleLifecycleNotifications(
  deps: SessionNotificationDeps,
  items: readonly CalendarNotification[],
): Promise<LifecycleResult> {
  const result: LifecycleResult = { renewed: 0, recreated: 0, resynced: 0, ignored: 0, failures: [] };
  const now = deps.clock.now();
  let resync = false;
  for (const item of items) {
    const record = await verified(deps, item);
    if (!record) {
      result.ignored++;
      continue;
    }
    try {
      switch (item.lifecycleEvent) {
        case 'reauthorizationRequired':
          if (await renew(deps, record)) result.renewed++;
          else result.recreated++;
          break;
        case 'subscriptionRemoved':
          // Answers given while it was gone are read anyway; a failed re-subscription is left to the job.
          await deps.store.remove(deps.tenantId, record.subscriptionId);
          await deps.sessions.markForCheck(deps.tenantId, record.organizerAadId, now);
          resync = true;
          await subscribe(deps, record.organizerAadId);
          result.recreated++;
          break;
        case 'missed':
          await deps.sessions.markForCheck(deps.tenantId, record.organizerAadId, now);
          result.resynced++;
          resync = true;
          break;
        default:
          result.ignored++;
      }
    } catch (error) {
      result.failures.push(failureOf(record.organizerAadId, error));
    }
  }
  if (resync) await checkNow(deps);
  return result;
}
