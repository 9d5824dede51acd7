import { ApiError, errorFrom, networkError } from './api-error';

export type Fetch = typeof fetch;

/** One JSON request; every failure becomes an ApiError. */
export async function requestJson<T>(path: string, init: RequestInit & { fetch?: Fetch } = {}): Promise<T> {
  const { fetch: send = fetch, ...options } = init;
  const headers = new Headers(options.headers);
  headers.set('accept', 'application/json, application/problem+json');
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await send(path, { ...options, headers });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError({
      type: 'about:blank',
      title: cause instanceof Error ? cause.message : 'Invalid JSON',
      status: response.status,
      code: 'unexpected_response',
    });
  }
}

/** A file the service sends (an .ics), with the name it suggests; failures become ApiErrors. */
export async function requestFile(
  path: string,
  init: RequestInit & { fetch?: Fetch } = {},
): Promise<{ blob: Blob; filename: string | null }> {
  const { fetch: send = fetch, ...options } = init;
  let response: Response;
  try {
    response = await send(path, options);
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFrom(response);
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
}

/** `attachment; filename="binome-session-….ics"` → `binome-session-….ics`. */
export function filenameOf(disposition: string | null): string | null {
  const match = disposition?.match(/filename="?([^";]+)"?/i);
  return match?.[1]?.trim() || null;
}
