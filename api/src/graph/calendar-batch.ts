import type { Client } from '@microsoft/microsoft-graph-client';
import { type BatchOptions, type BatchResult, batchGet } from './batch';

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

interface BatchEnvelope {
  requests: { id: string; method: string; url: string }[];
}

/**
 * Sends any requests through `$batch` with the shared helper (chunks of 20, per-item retries after
 * `Retry-After`): the helper builds GET envelopes, and this hands it a client whose `$batch` post
 * puts each item's method, headers and body back before sending.
 */
export async function batchSend(
  client: Client,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<Map<string, BatchResult>> {
  const byId = new Map(requests.map((request) => [request.id, request]));
  if (byId.size !== requests.length) throw new Error('batch request ids must be unique');
  const envelopeClient = {
    api(path: string) {
      const request = client.api(path);
      return {
        post(envelope: BatchEnvelope) {
          return request.post({
            requests: envelope.requests.map((item) => {
              const original = byId.get(item.id);
              if (!original) return item;
              const headers = { ...original.headers };
              if (original.body !== undefined) headers['Content-Type'] = 'application/json';
              return {
                ...item,
                method: original.method,
                ...(Object.keys(headers).length > 0 ? { headers } : {}),
                ...(original.body !== undefined ? { body: original.body } : {}),
              };
            }),
          });
        },
      };
    },
  } as unknown as Client;
  return batchGet(
    envelopeClient,
    requests.map((request) => ({ id: request.id, url: request.url })),
    options,
  );
}

export const RETRYABLE_STATUSES = new Set([408, 424, 429, 500, 502, 503, 504]);

/** The `{ error: { code, message } }` of a Graph error body, with fallbacks from the status. */
export function graphError(result: BatchResult | undefined): {
  code: string;
  message: string;
  retryable: boolean;
} {
  const status = result?.status ?? 500;
  const error = (result?.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return {
    code: error?.code ?? `http_${status}`,
    message: error?.message ?? `Graph answered ${status}`,
    retryable: RETRYABLE_STATUSES.has(status),
  };
}

/** A `dateTimeTimeZone` in UTC, as Graph takes it. */
export const utcDateTime = (date: Date) => ({
  dateTime: date.toISOString().replace(/Z$/, ''),
  timeZone: 'UTC',
});

export const PREFER_UTC = { Prefer: 'outlook.timezone="UTC"' };
