import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callerOf } from '../../app/caller';
import { listProgrammes } from '../../app/list-programmes';
import {
  createProgramme,
  getProgramme,
  type ProgrammeDeps,
  transitionProgramme,
  updateProgramme,
} from '../../app/programmes';
import { problemDto } from '../../contract/problem';
import {
  programmeDto,
  programmeIdParams,
  programmeInput,
  programmeListDto,
  transitionInput,
} from '../../contract/programme';
import { principalOf } from '../authenticate';
import { programmeSummaryToDto, programmeToDto } from '../dto';

const errors = { 400: problemDto, 401: problemDto, 403: problemDto, 404: problemDto, 409: problemDto };

export const programmeRoutes: FastifyPluginAsync<{ deps: ProgrammeDeps }> = async (app, { deps }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/programmes',
    {
      schema: {
        summary: 'Programmes the caller may see, with their roles in each',
        tags: ['programmes'],
        security: [{ bearer: [] }],
        response: { 200: programmeListDto, 401: problemDto },
      },
    },
    async (request) => {
      const items = await listProgrammes(deps, principalOf(request));
      return { items: items.map((p) => programmeSummaryToDto(p, p.myRoles)) };
    },
  );

  typed.post(
    '/programmes',
    {
      schema: {
        summary: 'Create a programme (tenant admins); it starts as a draft',
        tags: ['programmes'],
        security: [{ bearer: [] }],
        body: programmeInput,
        response: { 201: programmeDto, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createProgramme(deps, callerOf(principalOf(request)), request.body);
      return reply.status(201).send(programmeToDto(created));
    },
  );

  typed.get(
    '/programmes/:programmeId',
    {
      schema: {
        summary: 'One programme with its objectives, skills, charter, sponsors and admins',
        tags: ['programmes'],
        security: [{ bearer: [] }],
        params: programmeIdParams,
        response: { 200: programmeDto, ...errors },
      },
    },
    async (request) =>
      programmeToDto(await getProgramme(deps, callerOf(principalOf(request)), request.params.programmeId)),
  );

  typed.put(
    '/programmes/:programmeId',
    {
      schema: {
        summary: "Replace a programme's settings (its admins)",
        tags: ['programmes'],
        security: [{ bearer: [] }],
        params: programmeIdParams,
        body: programmeInput,
        response: { 200: programmeDto, ...errors },
      },
    },
    async (request) =>
      programmeToDto(
        await updateProgramme(deps, callerOf(principalOf(request)), request.params.programmeId, request.body),
      ),
  );

  typed.post(
    '/programmes/:programmeId/transitions',
    {
      schema: {
        summary: 'Move a programme along draft → recruiting → matching → running → closing → closed',
        tags: ['programmes'],
        security: [{ bearer: [] }],
        params: programmeIdParams,
        body: transitionInput,
        response: { 200: programmeDto, ...errors },
      },
    },
    async (request) =>
      programmeToDto(
        await transitionProgramme(
          deps,
          callerOf(principalOf(request)),
          request.params.programmeId,
          request.body.to,
        ),
      ),
  );
};
