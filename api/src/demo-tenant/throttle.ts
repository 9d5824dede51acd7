import type {
  FastifyInstance,
  FastifyPluginAsync,
  FastifyRequest,
  onRequestHookHandler,
  onResponseAsyncHookHandler,
} from 'fastify';
import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { FaultSettings } from './contract';
import { createRandom, type Random } from './directory/seed/prng';
import { GraphError } from './graph-error';

/** Outlook's documented limits per app and mailbox, plus a cap on the app's requests in flight overall. */
export interface ThrottleLimits {
  mailboxConcurrency: number;
  mailboxRequests: number;
  mailboxWindowMs: number;
  appConcurrency: number;
}

export const OUTLOOK_LIMITS: ThrottleLimits = {
  mailboxConcurrency: 4,
  mailboxRequests: 10_000,
  mailboxWindowMs: 10 * 60_000,
  appConcurrency: 128,
};

export interface ThrottleOptions {
  clock: Clock;
  limits?: Partial<ThrottleLimits>;
  faults?: Partial<FaultSettings>;
  /** How long a request picked for a timeout fault is held before its 504 (the client usually gives up first). */
  timeoutMs?: number;
  /** Maps `/users/{id|upn}` to one mailbox key, so an id and a UPN share a budget. */
  resolveMailbox?: (idOrUpn: string) => Promise<string | undefined>;
}

export interface Throttle {
  /**
   * Adds the hooks to a scope (the Graph routes' scope, so $batch items pass through them too).
   * Install before the scope's authentication hook: the fault roll is taken on arrival, so a
   * batch's items get the same faults in every run whatever the time their tokens take to verify.
   * The limits and faults themselves are enforced in `preParsing`, after authentication.
   */
  install(app: FastifyInstance): void;
  /** Takes the request's fault roll (synchronous, in arrival order). */
  onRequest: onRequestHookHandler;
  /** Applies faults and limits: throws a GraphError (429/503/504 with Retry-After) or lets the request through. */
  enforce(request: FastifyRequest): Promise<void>;
  onResponse: onResponseAsyncHookHandler;
  faults: { get(): FaultSettings; set(settings: Partial<FaultSettings>): FaultSettings };
  /** GET/PUT /faults; register under `/_demo`. */
  controlRoutes: FastifyPluginAsync;
}

export const NO_FAULTS: FaultSettings = {
  throttleRate: 0,
  unavailableRate: 0,
  timeoutRate: 0,
  retryAfterSeconds: 0,
  seed: 1,
};

const rate = z.number().min(0).max(1);
export const faultSettingsPatch = z
  .strictObject({
    throttleRate: rate,
    unavailableRate: rate,
    timeoutRate: rate,
    retryAfterSeconds: z.number().int().min(0).max(3600),
    seed: z.number().int(),
  })
  .partial();

const HELD = Symbol('throttle-held');
const ROLL = Symbol('throttle-roll');
type Held = { app: string; mailbox?: string };

/** The app a token belongs to, read without verifying: authentication is the core's job, this only buckets. */
function appOf(request: FastifyRequest): string {
  const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  try {
    const payload = JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return String(payload.appid ?? payload.azp ?? 'anonymous');
  } catch {
    return 'anonymous';
  }
}

const mailboxSegment = (url: string) => /\/users\/([^/?]+)/.exec(url)?.[1];
const isBatch = (url: string) => /\/\$batch(\?|$)/.test(url);

export function createThrottle(options: ThrottleOptions): Throttle {
  const limits = { ...OUTLOOK_LIMITS, ...options.limits };
  let settings: FaultSettings = { ...NO_FAULTS, ...options.faults };
  let random: Random = createRandom(settings.seed);
  const inFlightByApp = new Map<string, number>();
  const inFlightByMailbox = new Map<string, number>();
  const recent = new Map<string, number[]>();

  const faults = {
    get: () => ({ ...settings }),
    set(patch: Partial<FaultSettings>) {
      settings = { ...settings, ...faultSettingsPatch.parse(patch) };
      // A new setting restarts the sequence, so a run replays exactly from the same seed.
      random = createRandom(settings.seed);
      return { ...settings };
    },
  };

  const injectedFault = async (request: FastifyRequest) => {
    const { throttleRate, unavailableRate, timeoutRate, retryAfterSeconds } = settings;
    const roll = (request as unknown as Record<symbol, number | undefined>)[ROLL];
    if (roll === undefined || throttleRate + unavailableRate + timeoutRate === 0) return;
    const retryAfter = { 'Retry-After': String(retryAfterSeconds) };
    if (roll < throttleRate) {
      throw new GraphError(429, 'TooManyRequests', 'Too many requests.', retryAfter);
    }
    if (roll < throttleRate + unavailableRate) {
      throw new GraphError(503, 'serviceNotAvailable', 'Service unavailable.', retryAfter);
    }
    if (roll < throttleRate + unavailableRate + timeoutRate) {
      await new Promise((resolve) => setTimeout(resolve, options.timeoutMs ?? 30_000));
      throw new GraphError(504, 'gatewayTimeout', 'The request timed out.');
    }
  };

  const release = (request: FastifyRequest) => {
    const held = (request as unknown as Record<symbol, Held | undefined>)[HELD];
    if (!held) return;
    (request as unknown as Record<symbol, Held | undefined>)[HELD] = undefined;
    inFlightByApp.set(held.app, (inFlightByApp.get(held.app) ?? 1) - 1);
    if (held.mailbox) inFlightByMailbox.set(held.mailbox, (inFlightByMailbox.get(held.mailbox) ?? 1) - 1);
  };

  const onRequest: onRequestHookHandler = (request, _reply, done) => {
    // The $batch envelope is not an Outlook request; its items are throttled one by one.
    if (!isBatch(request.url)) (request as unknown as Record<symbol, number>)[ROLL] = random.next();
    done();
  };

  const enforce = async (request: FastifyRequest) => {
    if (isBatch(request.url)) return;
    await injectedFault(request);

    const app = appOf(request);
    if ((inFlightByApp.get(app) ?? 0) >= limits.appConcurrency) {
      const error = new GraphError(
        429,
        'ApplicationThrottled',
        'Application is over its concurrency limit.',
        {
          'Retry-After': '1',
        },
      );
      throw error;
    }
    const segment = mailboxSegment(request.url);
    let mailbox: string | undefined;
    if (segment) {
      const decoded = decodeURIComponent(segment).toLowerCase();
      mailbox = `${app}|${((await options.resolveMailbox?.(decoded)) ?? decoded).toLowerCase()}`;
      if ((inFlightByMailbox.get(mailbox) ?? 0) >= limits.mailboxConcurrency) {
        const error = new GraphError(
          429,
          'ApplicationThrottled',
          'Application is over its MailboxConcurrency limit.',
          {
            'Retry-After': '1',
          },
        );
        throw error;
      }
      const now = options.clock.now().getTime();
      const times = (recent.get(mailbox) ?? []).filter((t) => t > now - limits.mailboxWindowMs);
      if (times.length >= limits.mailboxRequests) {
        recent.set(mailbox, times);
        const wait = Math.max(1, Math.ceil((times[0]! + limits.mailboxWindowMs - now) / 1000));
        const error = new GraphError(
          429,
          'ApplicationThrottled',
          'Application is over its MailboxRequestLimit: too many requests to this mailbox in the last 10 minutes.',
          { 'Retry-After': String(wait) },
        );
        throw error;
      }
      times.push(now);
      recent.set(mailbox, times);
      inFlightByMailbox.set(mailbox, (inFlightByMailbox.get(mailbox) ?? 0) + 1);
    }
    inFlightByApp.set(app, (inFlightByApp.get(app) ?? 0) + 1);
    (request as unknown as Record<symbol, Held>)[HELD] = { app, mailbox };
  };

  const onResponse: onResponseAsyncHookHandler = async (request) => release(request);

  const controlRoutes: FastifyPluginAsync = async (app) => {
    app.get('/faults', async () => faults.get());
    app.put('/faults', async (request, reply) => {
      const parsed = faultSettingsPatch.safeParse(request.body ?? {});
      if (!parsed.success) {
        return reply
          .code(400)
          .type('application/problem+json; charset=utf-8')
          .send({
            type: 'urn:binome:problem:invalid_fault_settings',
            title: 'Bad Request',
            status: 400,
            code: 'invalid_fault_settings',
            detail: 'The fault settings are not valid.',
            instance: request.url,
            errors: parsed.error.issues.map((issue) => ({
              path: `body.${issue.path.join('.')}`,
              message: issue.message,
            })),
          });
      }
      return faults.set(parsed.data);
    });
  };

  return {
    install(app) {
      app.addHook('onRequest', onRequest);
      app.addHook('preParsing', async (request, _reply, payload) => {
        await enforce(request);
        return payload;
      });
      app.addHook('onResponse', onResponse);
      app.addHook('onRequestAbort', async (request) => release(request));
    },
    onRequest,
    enforce,
    onResponse,
    faults,
    controlRoutes,
  };
}
