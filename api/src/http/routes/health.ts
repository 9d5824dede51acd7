import type { FastifyPluginAsync } from 'fastify';
import type { DatabaseHandle } from '../../store/db';
import { sendProblem } from '../problem';

/** Liveness (`/healthz`) and readiness (`/readyz`: the database answers). */
export const healthRoutes: FastifyPluginAsync<{ db: DatabaseHandle }> = async (app, { db }) => {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await db.query('select 1');
      return { status: 'ready', database: db.kind };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return sendProblem(reply, 503, 'database_unavailable', 'The database does not answer.');
    }
  });
};
