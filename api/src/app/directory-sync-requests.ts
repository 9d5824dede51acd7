import { ForbiddenError, NotFoundError } from '../domain/errors';
import type { Caller } from './caller';
import type { DirectorySyncState, DirectorySyncStore } from './ports/directory-sync';
import type { JobInfo, Jobs } from './ports/jobs';
import { type SyncDirectoryDeps, syncDirectory } from './sync-directory';

export const DIRECTORY_SYNC_JOB = 'directory.sync';

export interface DirectorySyncJobData {
  tenantId: string;
  full?: boolean;
}

export interface DirectorySyncRequestDeps {
  jobs: Jobs;
  store: DirectorySyncStore;
}

function requireTenantAdmin(caller: Caller): void {
  if (!caller.tenantRoles.includes('admin')) {
    throw new ForbiddenError('not_tenant_admin', 'Only tenant admins can run or watch the directory sync.');
  }
}

/** One job per tenant waits at a time: asking again while one waits returns the same job. */
export function enqueueDirectorySync(jobs: Jobs, data: DirectorySyncJobData): Promise<string> {
  return jobs.enqueue(DIRECTORY_SYNC_JOB, data, {
    singletonKey: `tenant:${data.tenantId}`,
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 60 * 60,
  });
}

export async function requestDirectorySync(
  deps: DirectorySyncRequestDeps,
  caller: Caller,
  options: { full: boolean },
): Promise<string> {
  requireTenantAdmin(caller);
  return enqueueDirectorySync(deps.jobs, { tenantId: caller.tenantId, full: options.full });
}

export async function getDirectorySyncState(
  deps: DirectorySyncRequestDeps,
  caller: Caller,
): Promise<DirectorySyncState | undefined> {
  requireTenantAdmin(caller);
  return deps.store.getState(caller.tenantId);
}

export async function getDirectorySyncJob(
  deps: DirectorySyncRequestDeps,
  caller: Caller,
  jobId: string,
): Promise<JobInfo<DirectorySyncJobData>> {
  requireTenantAdmin(caller);
  const job = await deps.jobs.get<DirectorySyncJobData>(DIRECTORY_SYNC_JOB, jobId);
  if (!job || job.data.tenantId !== caller.tenantId) {
    throw new NotFoundError('sync_job_not_found', `No directory sync job ${jobId} in this tenant.`);
  }
  return job;
}

/** Runs the sync for each `directory.sync` job, reporting progress on the job. */
export async function workDirectorySync(jobs: Jobs, deps: SyncDirectoryDeps): Promise<void> {
  await jobs.work<DirectorySyncJobData>(DIRECTORY_SYNC_JOB, (job) =>
    syncDirectory(deps, {
      tenantId: job.data.tenantId,
      full: job.data.full ?? false,
      progress: job.progress,
    }),
  );
}

/**
 * Starts this instance's sync worker and the nightly run (02:00 UTC, once across instances);
 * `initial` also asks for a run now (the demo tenant, so `person` mirrors it from the start).
 */
export async function startDirectorySync(
  jobs: Jobs,
  deps: SyncDirectoryDeps,
  options: { tenantId: string; initial: boolean },
): Promise<void> {
  await workDirectorySync(jobs, deps);
  await jobs.schedule<DirectorySyncJobData>(
    DIRECTORY_SYNC_JOB,
    { dailyAtUtc: '02:00' },
    { tenantId: options.tenantId },
    {
      singletonKey: `tenant:${options.tenantId}`,
      retryLimit: 3,
      retryDelaySeconds: 60,
      expireInSeconds: 3600,
    },
  );
  if (options.initial) await enqueueDirectorySync(jobs, { tenantId: options.tenantId });
}
