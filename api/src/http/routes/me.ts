import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type GetMeDeps, getMe } from '../../app/get-me';
import { meDto } from '../../contract/me';
import { problemDto } from '../../contract/problem';
import { principalOf } from '../authenticate';

export const meRoutes: FastifyPluginAsync<{ deps: GetMeDeps }> = async (app, { deps }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/me',
    {
      schema: {
        summary: 'Who is signed in: person (from the directory), tenant and tenant-wide roles',
        tags: ['me'],
        security: [{ bearer: [] }],
        response: { 200: meDto, 401: problemDto, 404: problemDto },
      },
    },
    async (request) => {
      const me = await getMe(deps, principalOf(request));
      return {
        person: {
          id: me.person.id,
          aadId: me.person.aadId,
          displayName: me.person.displayName,
          userPrincipalName: me.person.userPrincipalName,
          mail: me.person.mail,
          department: me.person.department,
          jobTitle: me.person.jobTitle,
          officeLocation: me.person.officeLocation,
          preferredLanguage: me.person.preferredLanguage,
          timeZone: me.person.timeZone,
        },
        tenant: me.tenant,
        roles: me.roles,
      };
    },
  );
};
