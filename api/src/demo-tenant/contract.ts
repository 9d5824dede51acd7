import type { FastifyPluginAsync } from 'fastify';
import type { JWTPayload } from 'jose';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { DatabaseHandle } from '../store/db';

/** What the service needs from the demo tenant (the Graph-compatible stand-in for Microsoft 365). */
export interface DemoTenantOptions {
  db: DatabaseHandle;
  tenantId: string;
  seed: number;
  /** How many people the seeded directory holds (520 by default; tens of thousands for benchmarks). */
  people: number;
  clock: Clock;
  logger: Logger;
  /** Validates a bearer token sent to the demo Graph (signature, issuer, audience, expiry). */
  verifyToken(token: string): Promise<JWTPayload>;
}

export type DemoPersonaKind = 'admin' | 'sponsor' | 'mentor' | 'mentee';

export interface DemoUserInfo {
  id: string;
  userPrincipalName: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  preferredLanguage: string | null;
  /** App roles the demo directory assigns to this person for Binôme (`Programme.Admin`, `Programme.Sponsor`). */
  appRoles: string[];
}

export interface DemoPersona extends DemoUserInfo {
  persona: DemoPersonaKind;
}

export interface FaultSettings {
  /** Share (0–1) of requests answered 429 with Retry-After, per request and per $batch item. */
  throttleRate: number;
  /** Share (0–1) answered 503 Service Unavailable. */
  unavailableRate: number;
  /** Share (0–1) that never answer in time (held until the client gives up, then 504). */
  timeoutRate: number;
  /** Retry-After seconds sent with injected 429/503. */
  retryAfterSeconds: number;
  /** Seed of the fault sequence, so a run can be replayed. */
  seed: number;
}

export interface DemoTenant {
  readonly tenantId: string;
  readonly displayName: string;
  /** Graph v1.0 routes; the service registers it under the prefix `/_demo/graph/v1.0`. */
  readonly graphRoutes: FastifyPluginAsync;
  /** Demo-only control routes (fault injection, the calendar viewer); registered under `/_demo`. */
  readonly controlRoutes: FastifyPluginAsync;
  findUser(idOrUpn: string): Promise<DemoUserInfo | undefined>;
  /** One admin, one sponsor, one mentor and one mentee (at least), stable for a given seed. */
  personas(): Promise<DemoPersona[]>;
  readonly faults: { get(): FaultSettings; set(settings: Partial<FaultSettings>): FaultSettings };
}
