import { existsSync } from 'node:fs';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { tabConfigDto } from '../contract/demo';
import { registerProblemHandlers } from './problem';
import { registerSecurityHeaders } from './security-headers';

export interface HttpShellOptions {
  logger: Logger;
  tabDist: string;
  tabConfig: { mode: 'demo' | 'tenant'; clientId: string; demoSignIn: boolean };
}

/** Fastify with what every route relies on: zod validation, problem+json errors, security headers, docs. */
export async function buildHttpShell(options: HttpShellOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  await registerSecurityHeaders(app);
  await app.register(rateLimit, {
    global: true,
    max: 1200,
    timeWindow: '1 minute',
    // The demo tenant models Graph's own throttling; the bot is called by the Bot Connector service.
    allowList: (request) =>
      request.url.startsWith('/_demo/graph/') || request.url.startsWith('/api/messages'),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Binôme API', version: '1', description: 'Reverse mentoring for Microsoft 365.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/tab-config.json',
      { schema: { hide: true, response: { 200: tabConfigDto } } },
      async () => options.tabConfig,
    );

  if (existsSync(options.tabDist)) {
    await app.register(fastifyStatic, { root: options.tabDist, prefix: '/', wildcard: false });
  } else {
    options.logger.warn({ tabDist: options.tabDist }, 'the tab is not built: run `npm run build:tab`');
  }
  return app;
}
