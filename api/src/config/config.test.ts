import { describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, loadConfig } from './config';
import { ConfigError } from './env';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.variable);
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs in demo mode on the embedded database when nothing is set', () => {
    const config = loadConfig({});
    expect(config.microsoft.mode).toBe('demo');
    expect(config.microsoft.tenantId).toBe(DEMO_TENANT_ID);
    expect(config.database.kind).toBe('pglite');
    expect(config.port).toBe(3978);
    expect(config.matching.threadMinPairs).toBe(250_000);
  });

  it('sends matchings to their thread from the size given', () => {
    expect(loadConfig({ MATCHING_THREAD_MIN_PAIRS: '0' }).matching.threadMinPairs).toBe(0);
  });

  it('uses a PostgreSQL server when DATABASE_URL is given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db.example:5432/binome' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db.example:5432/binome' });
  });

  it('switches to tenant mode with national-cloud endpoints as settings', () => {
    const config = loadConfig({
      TENANT_ID: TENANT,
      CLIENT_ID: CLIENT,
      CLIENT_SECRET: 's3cret',
      MICROSOFT_APP_ID: CLIENT,
      GRAPH_ENDPOINT: 'https://graph.microsoft.us/v1.0/',
      AUTHORITY_HOST: 'https://login.microsoftonline.us',
    });
    expect(config.microsoft).toMatchObject({
      mode: 'tenant',
      tenantId: TENANT,
      graphEndpoint: 'https://graph.microsoft.us/v1.0',
      authorityHost: 'https://login.microsoftonline.us',
      credential: { kind: 'secret', clientSecret: 's3cret' },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, ['PORT']],
    [{ PORT: '70000' }, ['PORT']],
    [{ DATABASE_URL: 'mysql://x' }, ['DATABASE_URL']],
    [{ LOG_LEVEL: 'loud' }, ['LOG_LEVEL']],
    [{ MATCHING_THREAD_MIN_PAIRS: '-1' }, ['MATCHING_THREAD_MIN_PAIRS']],
    [{ MATCHING_THREAD_MIN_PAIRS: 'many' }, ['MATCHING_THREAD_MIN_PAIRS']],
    [{ TENANT_ID: 'contoso' }, ['TENANT_ID']],
    [{ TENANT_ID: TENANT }, ['CLIENT_ID', 'CLIENT_SECRET', 'MICROSOFT_APP_ID']],
    [{ TENANT_ID: TENANT, CLIENT_ID: CLIENT, MICROSOFT_APP_ID: CLIENT }, ['CLIENT_SECRET']],
    [{ CLIENT_SECRET: 'x', MICROSOFT_APP_ID: CLIENT }, ['TENANT_ID', 'CLIENT_ID']],
    [{ TENANT_ID: TENANT, CLIENT_ID: CLIENT, CLIENT_SECRET: 'x' }, ['MICROSOFT_APP_ID']],
    [
      { TENANT_ID: TENANT, CLIENT_ID: CLIENT, CLIENT_CERTIFICATE_PATH: '/k.pem', MICROSOFT_APP_ID: CLIENT },
      ['CLIENT_CERTIFICATE_THUMBPRINT'],
    ],
    [
      {
        TENANT_ID: TENANT,
        CLIENT_ID: CLIENT,
        CLIENT_SECRET: 'x',
        GRAPH_ENDPOINT: 'graph',
        MICROSOFT_APP_ID: CLIENT,
      },
      ['GRAPH_ENDPOINT'],
    ],
  ])('names the variable at fault for %j', (env, variables) => {
    expect(problemsOf(env)).toEqual(variables);
  });
});
