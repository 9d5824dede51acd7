import {
  BOOKING_JOB,
  type BookingJobData,
  resumeStalledBookings,
  runBooking,
  type SessionDeps,
} from './session-booking';
import {
  type SessionNotificationDeps,
  SUBSCRIPTIONS_EVERY_SECONDS,
  SUBSCRIPTIONS_JOB,
  syncSubscriptions,
} from './session-notifications';
import { checkResponses, RESPONSES_JOB } from './sessions';

export const BOOKING_SWEEP_JOB = 'sessions.booking-sweep';

interface TenantJobData {
  tenantId: string;
}

const subscriptionsJobOptions = (tenantId: string) => ({
  singletonKey: `tenant:${tenantId}`,
  retryLimit: 0,
  expireInSeconds: 600,
});

/**
 * Starts this instance's session workers: bulk booking, the sweep that resumes runs whose worker
 * died, the reading of attendees' answers (declines are re-proposed) and, when the service can
 * receive Graph's change notifications, the organizers' subscriptions. Runs left by a crash are
 * resumed at once when their lease has lapsed.
 */
export async function startSessionJobs(
  deps: SessionDeps,
  options: {
    tenantId: string;
    responsesEverySeconds: number;
    /** Change notifications of the organizers' calendars, when the service can receive them. */
    notifications?: SessionNotificationDeps;
  },
): Promise<void> {
  const { jobs } = deps;
  const subscribe = options.notifications
    ? // New organizers get their subscription right after a booking run, not at the next period.
      () =>
        jobs.enqueue<TenantJobData>(
          SUBSCRIPTIONS_JOB,
          { tenantId: options.tenantId },
          subscriptionsJobOptions(options.tenantId),
        )
    : undefined;
  await jobs.work<BookingJobData>(
    BOOKING_JOB,
    async (job) => {
      const result = await runBooking(deps, job.data);
      // The booking stands either way; the periodic run subscribes if this one could not be queued.
      await subscribe?.().catch(() => undefined);
      return result;
    },
    { concurrency: 2 },
  );
  await jobs.work<TenantJobData>(BOOKING_SWEEP_JOB, async () => ({
    resumed: await resumeStalledBookings(deps),
  }));
  await jobs.work<TenantJobData>(RESPONSES_JOB, (job) =>
    checkResponses(deps, job.data.tenantId, { everySeconds: options.responsesEverySeconds }),
  );
  await jobs.schedule<TenantJobData>(
    BOOKING_SWEEP_JOB,
    { everySeconds: 60 },
    { tenantId: options.tenantId },
    { singletonKey: 'sweep', retryLimit: 0, expireInSeconds: 300 },
  );
  await jobs.schedule<TenantJobData>(
    RESPONSES_JOB,
    { everySeconds: options.responsesEverySeconds },
    { tenantId: options.tenantId },
    { singletonKey: `tenant:${options.tenantId}`, retryLimit: 0, expireInSeconds: 600 },
  );
  if (options.notifications) {
    const notifications = options.notifications;
    await jobs.work<TenantJobData>(SUBSCRIPTIONS_JOB, () => syncSubscriptions(notifications));
    await jobs.schedule<TenantJobData>(
      SUBSCRIPTIONS_JOB,
      { everySeconds: SUBSCRIPTIONS_EVERY_SECONDS },
      { tenantId: options.tenantId },
      subscriptionsJobOptions(options.tenantId),
    );
  }
  await resumeStalledBookings(deps);
}
