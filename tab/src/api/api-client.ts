import type { MeDto, ProgrammeListDto } from '../../../api/src/contract';
import type { TokenSource } from '../auth/token-source';
import { ApiError } from './api-error';
import { type Fetch, requestFile, requestJson } from './http';

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  /** `body` for the few DELETEs that name what to remove (a matching rule). */
  delete<T>(path: string, body?: unknown): Promise<T>;
  /** A file to save (an .ics): fetched with the token, since a plain link would carry none. */
  download(path: string): Promise<{ blob: Blob; filename: string | null }>;
}

/**
 * Calls `/api/v1` with a bearer token. A 401 (token expired, service restarted with a new key)
 * gets one fresh token and one retry before it is reported.
 */
export function createApiClient({ tokens, fetch: send }: { tokens: TokenSource; fetch?: Fetch }): ApiClient {
  async function withToken<T>(attempt: (authorization: string) => Promise<T>): Promise<T> {
    try {
      return await attempt(`Bearer ${await tokens.token()}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        return attempt(`Bearer ${await tokens.token({ refresh: true })}`);
      }
      throw error;
    }
  }
  const call = <T>(method: string, path: string, body?: unknown): Promise<T> =>
    withToken((authorization) =>
      requestJson<T>(path, {
        method,
        headers: { authorization },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(send ? { fetch: send } : {}),
      }),
    );
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    delete: (path, body) => call('DELETE', path, body),
    download: (path) =>
      withToken((authorization) =>
        requestFile(path, { headers: { authorization }, ...(send ? { fetch: send } : {}) }),
      ),
  };
}

export const api = {
  me: (client: ApiClient) => client.get<MeDto>('/api/v1/me'),
  programmes: (client: ApiClient) => client.get<ProgrammeListDto>('/api/v1/programmes'),
};
