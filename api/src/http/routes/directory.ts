import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Directory } from '../../app/ports/directory';
import { problemDto } from '../../contract/problem';

/** The people picker (sponsors, admins): a prefix search of the directory, as in Teams. */
export const directoryRoutes: FastifyPluginAsync<{ directory: Directory }> = async (app, { directory }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/directory/people',
    {
      schema: {
        summary: 'Search the directory by the start of a name or e-mail address',
        tags: ['directory'],
        security: [{ bearer: [] }],
        querystring: z.object({
          q: z.string().trim().min(2, 'type at least 2 characters').max(100),
          top: z.coerce.number().int().min(1).max(25).default(10),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                aadId: z.string(),
                displayName: z.string(),
                mail: z.string().nullable(),
                jobTitle: z.string().nullable(),
                department: z.string().nullable(),
              }),
            ),
          }),
          400: problemDto,
          401: problemDto,
        },
      },
    },
    async (request) => {
      const users = await directory.searchUsers(request.query.q, request.query.top);
      return {
        items: users
          .filter((u) => u.accountEnabled)
          .map((u) => ({
            aadId: u.aadId,
            displayName: u.displayName,
            mail: u.mail,
            jobTitle: u.jobTitle,
            department: u.department,
          })),
      };
    },
  );
};
