import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../app/caller';
import {
  type DirectorySyncRequestDeps,
  getDirectorySyncJob,
  getDirectorySyncState,
  requestDirectorySync,
} from '../../app/directory-sync-requests';
import {
  directorySyncAcceptedDto,
  directorySyncJobDto,
  directorySyncRequest,
  directorySyncStateDto,
} from '../../contract/directory-sync';
import { problemDto } from '../../contract/problem';
import { principalOf } from '../authenticate';

const iso = (at: Date | null) => (at ? at.toISOString() : null);
const errors = { 400: problemDto, 401: problemDto, 403: problemDto, 404: problemDto };

/** Tenant admins start the directory sync on demand and watch it (it also runs nightly). */
export const directorySyncRoutes: FastifyPluginAsync<{ deps: DirectorySyncRequestDeps }> = async (
  app,
  { deps },
) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/directory/sync',
    {
      schema: {
        summary: 'Start a directory sync now (tenant admins); answers the job to watch',
        tags: ['directory'],
        security: [{ bearer: [] }],
        body: directorySyncRequest.optional(),
        response: { 202: directorySyncAcceptedDto, ...errors },
      },
    },
    async (request, reply) => {
      const jobId = await requestDirectorySync(deps, callerOf(principalOf(request)), {
        full: request.body?.full ?? false,
      });
      return reply.status(202).send({ jobId });
    },
  );

  typed.get(
    '/directory/sync',
    {
      schema: {
        summary: 'The directory sync state: last runs, counts, last error (tenant admins)',
        tags: ['directory'],
        security: [{ bearer: [] }],
        response: { 200: directorySyncStateDto, ...errors },
      },
    },
    async (request) => {
      const state = await getDirectorySyncState(deps, callerOf(principalOf(request)));
      return {
        lastFullSyncAt: iso(state?.lastFullSyncAt ?? null),
        lastDeltaAt: iso(state?.lastDeltaAt ?? null),
        lastRunKind: state?.lastRunKind ?? null,
        lastRunStartedAt: iso(state?.lastRunStartedAt ?? null),
        lastRunFinishedAt: iso(state?.lastRunFinishedAt ?? null),
        incremental: Boolean(state?.deltaLink),
        counts: state?.counts ?? null,
        lastError: state?.lastError ?? null,
        lastErrorAt: iso(state?.lastErrorAt ?? null),
      };
    },
  );

  typed.get(
    '/directory/sync/jobs/:jobId',
    {
      schema: {
        summary: 'One directory sync job: its state and progress counters (tenant admins)',
        tags: ['directory'],
        security: [{ bearer: [] }],
        params: z.object({ jobId: z.uuid() }),
        response: { 200: directorySyncJobDto, ...errors },
      },
    },
    async (request) => {
      const job = await getDirectorySyncJob(deps, callerOf(principalOf(request)), request.params.jobId);
      return {
        id: job.id,
        state: job.state,
        full: job.data.full ?? false,
        retryCount: job.retryCount,
        progress: job.progress,
        error: job.error,
        createdAt: job.createdAt.toISOString(),
        startedAt: iso(job.startedAt),
        completedAt: iso(job.completedAt),
      };
    },
  );
};
