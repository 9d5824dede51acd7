import type { FastifyPluginAsync } from 'fastify';
import type { DirectoryRoutesOptions } from './context';
import { registerDeltaRoutes } from './delta';
import { registerRelationRoutes } from './relations';
import { registerUserRoutes } from './users';

export type { DirectoryRoutesOptions } from './context';

/** The demo tenant's Graph v1.0 directory subset (users, manager, directReports, delta, mailboxSettings). */
export const directoryRoutes: FastifyPluginAsync<DirectoryRoutesOptions> = async (app, options) => {
  registerUserRoutes(app, options);
  registerRelationRoutes(app, options);
  registerDeltaRoutes(app, options);
};
