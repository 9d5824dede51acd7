import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ApplicationDeps,
  listApplications,
  recruitmentStats,
  reviewApplication,
  submitApplication,
  withdrawApplication,
} from '../../app/applications';
import { type Caller, callerOf } from '../../app/caller';
import {
  applicationDto,
  applicationFilters,
  applicationInput,
  recruitmentStatsDto,
  reviewInput,
} from '../../contract/application';
import { problemDto } from '../../contract/problem';
import { programmeIdParams } from '../../contract/programme';
import { NotFoundError } from '../../domain/errors';
import { principalOf } from '../authenticate';
import { applicationToDto } from '../dto';

const errors = { 400: problemDto, 401: problemDto, 403: problemDto, 404: problemDto, 409: problemDto };
const security = [{ bearer: [] }];

export const applicationRoutes: FastifyPluginAsync<{ deps: ApplicationDeps }> = async (app, { deps }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  const mine = async (caller: Caller, programmeId: string) => {
    const record = await deps.participants.find(caller.tenantId, programmeId, caller.aadId);
    const full = record && (await deps.participants.get(caller.tenantId, programmeId, record.id));
    if (!full) throw new NotFoundError('no_application', 'You have not applied to this programme.');
    return applicationToDto(full);
  };

  typed.get(
    '/programmes/:programmeId/my-application',
    {
      schema: {
        summary: "The caller's own application to a programme",
        tags: ['applications'],
        security,
        params: programmeIdParams,
        response: { 200: applicationDto, ...errors },
      },
    },
    async (request) => mine(callerOf(principalOf(request)), request.params.programmeId),
  );

  typed.put(
    '/programmes/:programmeId/my-application',
    {
      schema: {
        summary:
          'Volunteer (or update the application): role, skills with levels, goals, availability, charter',
        tags: ['applications'],
        security,
        params: programmeIdParams,
        body: applicationInput,
        response: { 200: applicationDto, ...errors },
      },
    },
    async (request) => {
      const caller = callerOf(principalOf(request));
      await submitApplication(deps, caller, request.params.programmeId, request.body, 'tab');
      return mine(caller, request.params.programmeId);
    },
  );

  typed.delete(
    '/programmes/:programmeId/my-application',
    {
      schema: {
        summary: 'Withdraw the application (any time before pairing)',
        tags: ['applications'],
        security,
        params: programmeIdParams,
        response: { 200: applicationDto, ...errors },
      },
    },
    async (request) => {
      const caller = callerOf(principalOf(request));
      await withdrawApplication(deps, caller, request.params.programmeId);
      return mine(caller, request.params.programmeId);
    },
  );

  typed.get(
    '/programmes/:programmeId/applications',
    {
      schema: {
        summary: 'Volunteers of a programme, filtered (programme admins)',
        tags: ['applications'],
        security,
        params: programmeIdParams,
        querystring: applicationFilters,
        response: { 200: z.object({ items: z.array(applicationDto) }), ...errors },
      },
    },
    async (request) => {
      const items = await listApplications(
        deps,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.query,
      );
      return { items: items.map(applicationToDto) };
    },
  );

  typed.get(
    '/programmes/:programmeId/applications/stats',
    {
      schema: {
        summary: 'Counts per role, status and department, and the mentor:mentee balance',
        tags: ['applications'],
        security,
        params: programmeIdParams,
        response: { 200: recruitmentStatsDto, ...errors },
      },
    },
    async (request) => recruitmentStats(deps, callerOf(principalOf(request)), request.params.programmeId),
  );

  typed.post(
    '/programmes/:programmeId/applications/:applicationId/review',
    {
      schema: {
        summary: 'Approve, decline or waitlist a volunteer, with an optional message the bot passes on',
        tags: ['applications'],
        security,
        params: programmeIdParams.extend({ applicationId: z.uuid({ message: 'not an application id' }) }),
        body: reviewInput,
        response: {
          200: z.object({
            application: applicationDto,
            notification: z.enum(['sent', 'no_conversation', 'failed']),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const result = await reviewApplication(
        deps,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.params.applicationId,
        request.body,
      );
      return { application: applicationToDto(result.application), notification: result.notification };
    },
  );
};
