import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { type FakeEntra, startFakeEntra } from '../support/fake-entra';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

async function getProgrammes(app: TestApp, authorization?: string) {
  const response = await fetch(`${app.baseUrl}/api/v1/programmes`, {
    headers: authorization ? { authorization } : {},
  });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('API authentication in tenant mode (Entra ID tokens)', () => {
  let entra: FakeEntra;
  let app: TestApp;
  const issuer = () => `${entra.authorityHost}/${TENANT}/v2.0`;
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: issuer(),
    aud: CLIENT,
    tid: TENANT,
    oid: 'f0f0f0f0-1111-4222-8333-444444444444',
    name: 'Camille Martin',
    preferred_username: 'camille.martin@example.org',
    scp: 'access_as_user',
    ver: '2.0',
    ...overrides,
  });

  beforeAll(async () => {
    entra = await startFakeEntra(TENANT);
    app = await startTestApp({
      env: {
        TENANT_ID: TENANT,
        CLIENT_ID: CLIENT,
        CLIENT_SECRET: 'not-a-real-secret',
        MICROSOFT_APP_ID: CLIENT,
        AUTHORITY_HOST: entra.authorityHost,
        GRAPH_ENDPOINT: 'http://127.0.0.1:9/v1.0',
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await entra?.close();
  });

  it('accepts a valid token', async () => {
    const result = await getProgrammes(app, `Bearer ${await entra.sign(claims())}`);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ items: [] });
  });

  it('accepts the api:// audience form too', async () => {
    const result = await getProgrammes(app, `Bearer ${await entra.sign(claims({ aud: `api://${CLIENT}` }))}`);
    expect(result.status).toBe(200);
  });

  const refusals: [string, () => Promise<string | undefined>, string][] = [
    ['no Authorization header', async () => undefined, 'missing_token'],
    ['a non-bearer scheme', async () => 'Basic dXNlcjpwYXNz', 'missing_token'],
    [
      'an expired token',
      async () => `Bearer ${await entra.sign(claims(), { expiresInSeconds: -600 })}`,
      'invalid_token',
    ],
    [
      'the wrong audience',
      async () => `Bearer ${await entra.sign(claims({ aud: 'api://someone-else' }))}`,
      'invalid_token',
    ],
    [
      'the wrong issuer',
      async () =>
        `Bearer ${await entra.sign(claims({ iss: `${entra.authorityHost}/${OTHER_TENANT}/v2.0` }))}`,
      'invalid_token',
    ],
    [
      'a bad signature',
      async () => `Bearer ${await entra.sign(claims(), { key: 'untrusted' })}`,
      'invalid_token',
    ],
    [
      'alg: none',
      async () => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        return `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims(), exp: now + 600 })}.`;
      },
      'invalid_token',
    ],
    [
      'another tenant',
      async () => `Bearer ${await entra.sign(claims({ tid: OTHER_TENANT }))}`,
      'wrong_tenant',
    ],
    ['garbage', async () => 'Bearer not.a.token', 'invalid_token'],
    [
      'an app-only token',
      async () =>
        `Bearer ${await entra.sign(claims({ scp: undefined, roles: ['Programme.Admin'], idtyp: 'app' }))}`,
      'user_token_required',
    ],
  ];

  it.each(refusals)('refuses %s with 401 problem+json', async (_label, header, code) => {
    const result = await getProgrammes(app, await header());
    expect(result.status).toBe(401);
    expect(result.type).toMatch(/^application\/problem\+json/);
    expect(result.body).toMatchObject({ status: 401, code, title: 'Unauthorized' });
    expect(typeof result.body.detail).toBe('string');
  });

  it('has no demo routes in tenant mode', async () => {
    for (const path of ['/_demo/keys', '/_demo/people', '/_demo/graph/v1.0/users']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect(response.status, path).toBe(404);
    }
    const token = await fetch(`${app.baseUrl}/_demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"upn":"x@y.z"}',
    });
    expect(token.status).toBe(404);
  });
});
