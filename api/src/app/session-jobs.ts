import {
  BOOKING_JOB,
  type BookingJobData,
  resumeStalledBookings,
  runBooking,
  type SessionDeps,
} from './session-booking';
import { checkResponses, RESPONSES_JOB } from './sessions';

export const BOOKING_SWEEP_JOB = 'sessions.booking-sweep';

interface TenantJobData {
  tenantId: string;
}

/**
 * Starts this instance's session workers: bulk booking, the sweep that resumes runs whose worker
 * died, and the reading of attendees' answers (declines are re-proposed). Runs left by a crash
 * are resumed at once when their lease has lapsed.
 */
export async function startSessionJobs(
  deps: SessionDeps,
  options: { tenantId: string; responsesEverySeconds: number },
): Promise<void> {
  const { jobs } = deps;
  await jobs.work<BookingJobData>(BOOKING_JOB, (job) => runBooking(deps, job.data), { concurrency: 2 });
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
  await resumeStalledBookings(deps);
}
