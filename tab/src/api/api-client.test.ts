import { describe, expect, it } from 'vitest';
import type { TokenSource } from '../auth/token-source';
import { createApiClient } from './api-client';
import { type ApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE } from './api-error';
import { filenameOf } from './http';

function countingTokens(): TokenSource & { refreshes: number } {
  let issued = 0;
  const source = {
    refreshes: 0,
    async token({ refresh = false } = {}) {
      if (refresh) source.refreshes++;
      if (refresh || issued === 0) issued++;
      return `token-${issued}`;
    },
  };
  return source;
}

describe('createApiClient', () => {
  it('sends the bearer token', async () => {
    const seen: (string | null)[] = [];
    const send = (async (_path: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return Response.json({ ok: true });
    }) as typeof fetch;
    const client = createApiClient({ tokens: countingTokens(), fetch: send });
    expect(await client.get('/api/v1/me')).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer token-1']);
  });

  it('retries once with a fresh token after a 401', async () => {
    const send = (async (_path: RequestInfo | URL, init?: RequestInit) =>
      new Headers(init?.headers).get('authorization') === 'Bearer token-1'
        ? new Response(null, { status: 401 })
        : Response.json({ ok: true })) as typeof fetch;
    const tokens = countingTokens();
    expect(await createApiClient({ tokens, fetch: send }).get('/api/v1/me')).toEqual({ ok: true });
    expect(tokens.refreshes).toBe(1);
  });

  it('turns a problem+json body into an ApiError carrying it', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
      detail: 'Admins only',
    };
    const send = (async () =>
      new Response(JSON.stringify(problem), {
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
      })) as typeof fetch;
    const failure = await createApiClient({ tokens: countingTokens(), fetch: send })
      .get('/api/v1/programmes')
      .catch((error: unknown) => error);
    expect((failure as ApiError).problem).toEqual(problem);
  });

  it('reports an HTML error page and a network failure with their own codes', async () => {
    const html = (async () => new Response('<h1>Bad gateway</h1>', { status: 502 })) as typeof fetch;
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const codeOf = (send: typeof fetch) =>
      createApiClient({ tokens: countingTokens(), fetch: send })
        .get('/api/v1/me')
        .catch((error: ApiError) => error.problem.code);
    expect(await codeOf(html)).toBe(UNEXPECTED_RESPONSE);
    expect(await codeOf(offline)).toBe(NETWORK_ERROR);
  });
});

describe('download', () => {
  it('fetches a file with the bearer token and keeps the name the service suggests', async () => {
    const seen: (string | null)[] = [];
    const send = (async (_path: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response('BEGIN:VCALENDAR', {
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'attachment; filename="binome-session-42.ics"',
        },
      });
    }) as typeof fetch;
    const file = await createApiClient({ tokens: countingTokens(), fetch: send }).download(
      '/api/v1/sessions/42/ics',
    );
    expect(seen).toEqual(['Bearer token-1']);
    expect(file.filename).toBe('binome-session-42.ics');
    expect(await file.blob.text()).toBe('BEGIN:VCALENDAR');
  });

  it('reads the file name with or without quotes, and none when absent', () => {
    expect(filenameOf('attachment; filename=plan.ics')).toBe('plan.ics');
    expect(filenameOf('attachment')).toBeNull();
    expect(filenameOf(null)).toBeNull();
  });
});
