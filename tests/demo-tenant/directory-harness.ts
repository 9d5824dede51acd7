import type { Client } from '@microsoft/microsoft-graph-client';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { createDemoTenant } from '../../api/src/demo-tenant';
import {
  createDemoTokenIssuer,
  type DemoTokenIssuer,
  GRAPH_AUDIENCE,
} from '../../api/src/demo-tenant/sign-in/token-issuer';
import { systemClock } from '../../api/src/domain/clock';
import { createGraphClient } from '../../api/src/graph/client';
import { type DatabaseHandle, openDatabase } from '../../api/src/store/db';
import { type Backend, freshDatabase, type TestDatabase } from '../support/databases';

export const TENANT_ID = '6f3c2a1e-7b5d-4c8e-9a0f-b1d2e3c4f5a6';
const CLIENT_ID = '0d7e5b2c-3a4f-4e6d-8c9b-a1b2c3d4e5f6';

/** A demo tenant served over real HTTP on a free port, with the service's own Graph client. */
export interface RunningDemoGraph {
  client: Client;
  baseUrl: string;
  issuer: DemoTokenIssuer;
  handle: DatabaseHandle;
  tenant: Awaited<ReturnType<typeof createDemoTenant>>;
  /** Raw HTTP with an app token, for status codes and error bodies. */
  fetch(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  /** Starts another demo tenant on the same database: a restart, or with overrides another tenant. */
  restart(overrides?: {
    tenantId?: string;
    seed?: number;
  }): Promise<Awaited<ReturnType<typeof createDemoTenant>>>;
  close(): Promise<void>;
}

export async function startDemoGraph(
  backend: Backend,
  seed: number,
  people: number,
): Promise<RunningDemoGraph> {
  const database: TestDatabase = await freshDatabase(backend);
  const handle = await openDatabase(database.config);
  const issuer = await createDemoTokenIssuer({
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    issuer: `https://login.demo.test/${TENANT_ID}/v2.0`,
    clock: systemClock,
  });
  const make = (overrides: { tenantId?: string; seed?: number } = {}) =>
    createDemoTenant({
      db: handle,
      tenantId: overrides.tenantId ?? TENANT_ID,
      seed: overrides.seed ?? seed,
      people,
      clock: systemClock,
      logger: pino({ level: 'silent' }),
      verifyToken: (token) => issuer.verify(token, [GRAPH_AUDIENCE]),
    });
  const tenant = await make();
  const app: FastifyInstance = Fastify();
  await app.register(tenant.graphRoutes, { prefix: '/_demo/graph/v1.0' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}/_demo/graph/v1.0`;
  return {
    client: createGraphClient({ endpoint: baseUrl, token: () => issuer.issueAppToken(), maxRetries: 0 }),
    baseUrl,
    issuer,
    handle,
    tenant,
    async fetch(path, init = {}) {
      const { token, ...rest } = init;
      const headers = new Headers(rest.headers);
      const bearer = token === undefined ? await issuer.issueAppToken() : token;
      if (bearer !== null) headers.set('Authorization', `Bearer ${bearer}`);
      return fetch(`${baseUrl}${path}`, { ...rest, headers });
    },
    restart: make,
    async close() {
      await app.close();
      await handle.close();
      await database.drop();
    },
  };
}
