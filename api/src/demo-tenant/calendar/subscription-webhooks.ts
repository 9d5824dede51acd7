import { randomUUID } from 'node:crypto';
import { GraphError } from '../graph-error';

/** Graph gives the endpoint 10 s to answer the validation request. */
export const VALIDATION_TIMEOUT_MS = 10_000;
/** Graph publishes notifications with a 3-second timeout. */
export const NOTIFICATION_TIMEOUT_MS = 3_000;

/** A token shaped like Graph's (opaque, with spaces and colons, so the endpoint must URL-decode it). */
export const newValidationToken = () =>
  `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;

/** The notification URL with `validationToken` added to its own query, encoded. */
export function validationUrl(url: string, token: string): string {
  const target = new URL(url);
  target.searchParams.set('validationToken', token);
  return target.toString();
}

const failed = (detail: string) =>
  new GraphError(400, 'ValidationError', `Subscription validation request failed. ${detail}`);

/**
 * Graph's check of a notification URL before it creates a subscription: a POST with
 * `?validationToken=…` that must answer 200, `text/plain`, the token itself, within 10 s.
 */
export async function validateEndpoint(url: string, timeoutMs = VALIDATION_TIMEOUT_MS): Promise<void> {
  const token = newValidationToken();
  let response: Response;
  try {
    response = await fetch(validationUrl(url, token), {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: '',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      throw new GraphError(400, 'InvalidRequest', 'Subscription validation request timed out.');
    }
    throw failed('Notification endpoint must respond with 200 OK to validation request.');
  }
  const body = await response.text().catch(() => '');
  if (response.status !== 200) {
    throw failed('Notification endpoint must respond with 200 OK to validation request.');
  }
  if (!(response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/plain')) {
    throw failed('Notification endpoint must respond with a text/plain body.');
  }
  if (body !== token) throw failed('Response must exactly match validationToken query parameter.');
}

/** Posts one notification collection; the status, or the reason it did not arrive. */
export async function postNotifications(
  url: string,
  collection: { value: unknown[] },
  timeoutMs = NOTIFICATION_TIMEOUT_MS,
): Promise<{ ok: boolean; status: number; error?: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(collection),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { ok: response.status >= 200 && response.status < 300, status: response.status };
  } catch (error) {
    return { ok: false, status: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
