import { authentication } from '@microsoft/teams-js';
import { type Fetch, requestJson } from '../api/http';

export interface TokenSource {
  /** A bearer token for the API; `refresh` skips any cached one. */
  token(options?: { refresh?: boolean }): Promise<string>;
}

/** Teams, Outlook and the Microsoft 365 app hand out (and cache) the SSO token themselves. */
export function createHostTokenSource(
  getAuthToken: () => Promise<string> = () => authentication.getAuthToken(),
): TokenSource {
  return { token: () => getAuthToken() };
}

interface DemoToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

// Renew a little before expiry so a token never dies in flight.
const EXPIRY_MARGIN_MS = 60_000;

/** Dev sign-in: the demo tenant issues a token for any of its employees. */
export function createDemoTokenSource({
  upn,
  fetch: send,
  now = Date.now,
}: {
  upn: string;
  fetch?: Fetch;
  now?: () => number;
}): TokenSource {
  let cached: { value: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function issue(): Promise<string> {
    const answer = await requestJson<DemoToken>('/_demo/token', {
      method: 'POST',
      body: JSON.stringify({ upn }),
      ...(send ? { fetch: send } : {}),
    });
    cached = { value: answer.access_token, renewAt: now() + answer.expires_in * 1000 - EXPIRY_MARGIN_MS };
    return answer.access_token;
  }

  return {
    token({ refresh = false } = {}) {
      if (!refresh && cached && now() < cached.renewAt) return Promise.resolve(cached.value);
      // Concurrent queries share one sign-in request.
      pending ??= issue().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}
