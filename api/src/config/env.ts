import { z } from 'zod';

/**
 * Every setting Binôme reads from the environment, validated once at start.
 * Demo mode: no Microsoft 365 settings at all. Tenant mode: TENANT_ID + CLIENT_ID + a secret or a certificate.
 */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url({ message: 'must be an absolute URL such as https://example.org' }).optional())
  .optional();

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
  .optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('.data'),
  /** Unset: 60 s, or 15 min while change notifications report the answers. */
  SESSION_RESPONSES_POLL_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number')
    .min(5, 'must be 5 seconds or more')
    .max(86_400, 'must be a day or less')
    .optional(),
  FEEDBACK_CHECK_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number')
    .min(5, 'must be 5 seconds or more')
    .max(3600, 'must be an hour or less')
    .default(60),
  MATCHING_THREAD_MIN_PAIRS: z.coerce
    .number({ message: 'must be a number of pairs' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .default(250_000),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
  ),
  DEMO_SEED: z.coerce.number().int().min(0).default(2027),
  DEMO_PEOPLE: z.coerce.number().int().min(50, 'must be at least 50').max(200_000).default(520),
  DEMO_EMPTY: booleanFlag,
  TENANT_ID: optionalText.pipe(z.uuid({ message: 'must be the directory (tenant) id, a GUID' }).optional()),
  CLIENT_ID: optionalText.pipe(z.uuid({ message: 'must be the application (client) id, a GUID' }).optional()),
  CLIENT_SECRET: optionalText,
  CLIENT_CERTIFICATE_PATH: optionalText,
  CLIENT_CERTIFICATE_THUMBPRINT: optionalText,
  API_AUDIENCE: optionalText,
  GRAPH_ENDPOINT: optionalUrl,
  AUTHORITY_HOST: optionalUrl,
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MICROSOFT_APP_TENANT_ID: optionalText,
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Binôme cannot start: the configuration is not valid.\n${problems
        .map((p) => `  - ${p.variable}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(environment)'),
        message: issue.message,
      })),
    );
  }
  return result.data;
}
