import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { demoPeopleDto, demoTokenRequest, demoTokenResponse } from '../../contract/demo';
import { problemDto } from '../../contract/problem';
import { sendProblem } from '../../http/problem';
import type { DemoTenant } from '../contract';
import type { DemoTokenIssuer } from './token-issuer';

/**
 * The dev sign-in of demo mode: pick a Contoso Banque person, get a token shaped like Entra's.
 * These routes exist only in demo mode; a real tenant signs people in with Teams SSO.
 */
export const demoSignInRoutes: FastifyPluginAsync<{
  tenant: DemoTenant;
  issuer: DemoTokenIssuer;
  audience: string;
}> = async (app, { tenant, issuer, audience }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get('/keys', { schema: { hide: true } }, async () => issuer.jwks());

  typed.get(
    '/people',
    { schema: { tags: ['demo'], summary: 'Demo personas to sign in as', response: { 200: demoPeopleDto } } },
    async () => {
      const personas = await tenant.personas();
      return {
        personas: personas.map((p) => ({
          persona: p.persona,
          userPrincipalName: p.userPrincipalName,
          displayName: p.displayName,
          jobTitle: p.jobTitle,
          department: p.department,
          preferredLanguage: p.preferredLanguage,
        })),
      };
    },
  );

  typed.post(
    '/token',
    {
      schema: {
        tags: ['demo'],
        summary: 'Dev sign-in: a token for one demo person',
        body: demoTokenRequest,
        response: { 200: demoTokenResponse, 400: problemDto, 404: problemDto },
      },
    },
    async (request, reply) => {
      const user = await tenant.findUser(request.body.upn.trim());
      if (!user) {
        return sendProblem(
          reply,
          404,
          'demo_person_not_found',
          `Nobody called ${request.body.upn} works at ${tenant.displayName}. Pick someone from GET /_demo/people.`,
        );
      }
      const token = await issuer.issueUserToken(
        { aadId: user.id, name: user.displayName, upn: user.userPrincipalName, roles: user.appRoles },
        audience,
      );
      return { access_token: token, token_type: 'Bearer' as const, expires_in: issuer.lifetimeSeconds };
    },
  );
};
