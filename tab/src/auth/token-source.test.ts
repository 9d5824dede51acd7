import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { createDemoTokenSource } from './token-source';

function aTokenEndpoint(expiresIn = 3600) {
  const calls: unknown[] = [];
  const send = async (_path: RequestInfo | URL, init?: RequestInit) => {
    calls.push(JSON.parse(String(init?.body)));
    return Response.json({
      access_token: `token-${calls.length}`,
      token_type: 'Bearer',
      expires_in: expiresIn,
    });
  };
  return { calls, send: send as typeof fetch };
}

describe('createDemoTokenSource', () => {
  it('asks for a token for the chosen UPN and reuses it while valid', async () => {
    const endpoint = aTokenEndpoint();
    const tokens = createDemoTokenSource({ upn: 'ada@contoso.test', fetch: endpoint.send, now: () => 0 });
    expect(await tokens.token()).toBe('token-1');
    expect(await tokens.token()).toBe('token-1');
    expect(endpoint.calls).toEqual([{ upn: 'ada@contoso.test' }]);
  });

  it('renews a token a minute before it expires', async () => {
    const endpoint = aTokenEndpoint(3600);
    let now = 0;
    const tokens = createDemoTokenSource({ upn: 'ada@contoso.test', fetch: endpoint.send, now: () => now });
    await tokens.token();
    now = 3540_000;
    expect(await tokens.token()).toBe('token-2');
  });

  it('shares one request between concurrent callers, and refreshes on demand', async () => {
    const endpoint = aTokenEndpoint();
    const tokens = createDemoTokenSource({ upn: 'ada@contoso.test', fetch: endpoint.send });
    expect(await Promise.all([tokens.token(), tokens.token()])).toEqual(['token-1', 'token-1']);
    expect(await tokens.token({ refresh: true })).toBe('token-2');
  });

  it('reports an unknown person as the problem the service sent', async () => {
    const send = (async () =>
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          code: 'unknown_person',
          detail: 'No one',
        }),
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      )) as typeof fetch;
    const failure = await createDemoTokenSource({ upn: 'nobody@contoso.test', fetch: send })
      .token()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem).toMatchObject({
      status: 404,
      code: 'unknown_person',
      detail: 'No one',
    });
  });
});
