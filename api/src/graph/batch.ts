import type { Client } from '@microsoft/microsoft-graph-client';

export interface BatchGet {
  id: string;
  url: string;
}

export interface BatchResult {
  status: number;
  body: unknown;
}

export interface BatchOptions {
  /** Graph's limit of requests in one `$batch`. */
  size?: number;
  /** Batches in flight at once. */
  parallelism?: number;
  /** Rounds of retries for items answered 429/503/504 inside a successful batch. */
  maxRetries?: number;
  /** Waits between rounds; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

const RETRIABLE = new Set([429, 503, 504]);
const MAX_WAIT_SECONDS = 60;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface ItemResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Runs GET requests through `$batch`, at most 20 per batch. The SDK's retry handler only retries
 * the outer request, so throttled items are retried here, after the longest `Retry-After` they
 * carried. Items still failing after the retries come back with their last status.
 */
export async function batchGet(
  client: Client,
  requests: readonly BatchGet[],
  options: BatchOptions = {},
): Promise<Map<string, BatchResult>> {
  const size = Math.min(options.size ?? 20, 20);
  const parallelism = options.parallelism ?? 4;
  const maxRetries = options.maxRetries ?? 8;
  const sleep = options.sleep ?? defaultSleep;
  const results = new Map<string, BatchResult>();
  let pending = [...requests];

  for (let round = 0; pending.length > 0; round++) {
    const chunks: BatchGet[][] = [];
    for (let i = 0; i < pending.length; i += size) chunks.push(pending.slice(i, i + size));
    const retry: BatchGet[] = [];
    let waitSeconds = 0;
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const chunk = chunks[next++] as BatchGet[];
        const body = {
          requests: chunk.map((r) => ({ id: r.id, method: 'GET', url: r.url.replace(/^\/+/, '/') })),
        };
        const response = (await client.api('/$batch').post(body)) as { responses: ItemResponse[] };
        const byId = new Map(response.responses.map((item) => [item.id, item]));
        for (const request of chunk) {
          const item = byId.get(request.id);
          const status = item?.status ?? 500;
          if (RETRIABLE.has(status) && round < maxRetries) {
            retry.push(request);
            waitSeconds = Math.max(waitSeconds, retryAfter(item?.headers));
          } else {
            results.set(request.id, { status, body: item?.body });
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallelism, chunks.length) }, worker));
    pending = retry;
    if (pending.length > 0) await sleep(Math.min(waitSeconds, MAX_WAIT_SECONDS) * 1000);
  }
  return results;
}

function retryAfter(headers: Record<string, string> | undefined): number {
  const raw = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
  const seconds = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}
