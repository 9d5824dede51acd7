import path from 'node:path';
import { ConfigError, type Env, parseEnv } from './env';

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type MicrosoftCredential =
  | { kind: 'secret'; clientSecret: string }
  | { kind: 'certificate'; certificatePath: string; thumbprint: string };

export interface TenantModeConfig {
  mode: 'tenant';
  tenantId: string;
  clientId: string;
  credential: MicrosoftCredential;
  /** Graph base URL including the version segment, e.g. https://graph.microsoft.com/v1.0 */
  graphEndpoint: string;
  /** e.g. https://login.microsoftonline.com (or a national cloud's) */
  authorityHost: string;
  /** Accepted `aud` values of incoming tokens. */
  audiences: string[];
}

export interface DemoModeConfig {
  mode: 'demo';
  /** The demo tenant's fixed directory id. */
  tenantId: string;
  clientId: string;
  audiences: string[];
  seed: number;
  people: number;
  /** Start with the directory only, without the sample programmes. */
  empty: boolean;
}

export interface BotConfig {
  appId?: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  appTenantId?: string;
}

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  /** Where people and Teams reach this service (PUBLIC_URL); by default http://localhost:<port>. */
  publicUrl: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  database: DatabaseConfig;
  microsoft: TenantModeConfig | DemoModeConfig;
  bot: BotConfig;
  sessions: { responsesPollSeconds: number | undefined; feedbackCheckSeconds: number };
  /** Matchings of at least this many (mentee, mentor) pairs run on a thread of their own. */
  matching: { threadMinPairs: number };
}

/** The demo tenant's identity: fixed, so tokens and links stay valid across restarts. */
export const DEMO_TENANT_ID = '6f3c2a1e-7b5d-4c8e-9a0f-b1d2e3c4f5a6';
export const DEMO_CLIENT_ID = '0d7e5b2c-3a4f-4e6d-8c9b-a1b2c3d4e5f6';

const TENANT_SETTINGS = [
  'TENANT_ID',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'CLIENT_CERTIFICATE_PATH',
  'CLIENT_CERTIFICATE_THUMBPRINT',
  'GRAPH_ENDPOINT',
  'AUTHORITY_HOST',
  'API_AUDIENCE',
] as const;

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const env = parseEnv(source);
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR, 'pglite') };

  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    database,
    microsoft: microsoftConfig(env),
    sessions: {
      responsesPollSeconds: env.SESSION_RESPONSES_POLL_SECONDS,
      feedbackCheckSeconds: env.FEEDBACK_CHECK_SECONDS,
    },
    matching: { threadMinPairs: env.MATCHING_THREAD_MIN_PAIRS },
    bot: {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      appType: env.MICROSOFT_APP_TYPE ?? (env.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant'),
      appTenantId: env.MICROSOFT_APP_TENANT_ID,
    },
  };
}

function microsoftConfig(env: Env): TenantModeConfig | DemoModeConfig {
  const given = TENANT_SETTINGS.filter((name) => env[name] !== undefined);
  if (given.length === 0) {
    return {
      mode: 'demo',
      tenantId: DEMO_TENANT_ID,
      clientId: DEMO_CLIENT_ID,
      audiences: [DEMO_CLIENT_ID, `api://binome-demo/${DEMO_CLIENT_ID}`],
      seed: env.DEMO_SEED,
      people: env.DEMO_PEOPLE,
      empty: env.DEMO_EMPTY ?? false,
    };
  }
  const problems: { variable: string; message: string }[] = [];
  const why = `is required in tenant mode (set because ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} given)`;
  if (!env.TENANT_ID) problems.push({ variable: 'TENANT_ID', message: why });
  if (!env.CLIENT_ID) problems.push({ variable: 'CLIENT_ID', message: why });
  let credential: MicrosoftCredential | undefined;
  if (env.CLIENT_SECRET && env.CLIENT_CERTIFICATE_PATH) {
    problems.push({
      variable: 'CLIENT_SECRET',
      message: 'give either CLIENT_SECRET or CLIENT_CERTIFICATE_PATH, not both',
    });
  } else if (env.CLIENT_SECRET) {
    credential = { kind: 'secret', clientSecret: env.CLIENT_SECRET };
  } else if (env.CLIENT_CERTIFICATE_PATH) {
    if (!env.CLIENT_CERTIFICATE_THUMBPRINT) {
      problems.push({
        variable: 'CLIENT_CERTIFICATE_THUMBPRINT',
        message: 'is required with CLIENT_CERTIFICATE_PATH (the certificate thumbprint shown in Entra)',
      });
    } else {
      credential = {
        kind: 'certificate',
        certificatePath: env.CLIENT_CERTIFICATE_PATH,
        thumbprint: env.CLIENT_CERTIFICATE_THUMBPRINT,
      };
    }
  } else {
    problems.push({
      variable: 'CLIENT_SECRET',
      message:
        'a client secret (or CLIENT_CERTIFICATE_PATH + CLIENT_CERTIFICATE_THUMBPRINT) is required in tenant mode',
    });
  }
  if (!env.MICROSOFT_APP_ID) {
    // Without it the bot endpoint would take unsigned activities from anyone.
    problems.push({
      variable: 'MICROSOFT_APP_ID',
      message:
        "is required in tenant mode: the bot's app id, so /api/messages accepts only Bot Framework-signed activities",
    });
  }
  if (problems.length > 0 || !env.TENANT_ID || !env.CLIENT_ID || !credential) throw new ConfigError(problems);
  const clientId = env.CLIENT_ID;
  return {
    mode: 'tenant',
    tenantId: env.TENANT_ID,
    clientId,
    credential,
    graphEndpoint: (env.GRAPH_ENDPOINT ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, ''),
    authorityHost: (env.AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
    audiences: [clientId, `api://${clientId}`, ...(env.API_AUDIENCE ? [env.API_AUDIENCE] : [])],
  };
}
