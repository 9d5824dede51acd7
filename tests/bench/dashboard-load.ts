/**
 * One autocannon run on a GET route with a bearer token, summed up for the dashboard bench.
 * autocannon's own latency histogram stops at p90 and p97.5: every response time is kept here
 * instead, and the percentiles are read from them (nearest rank), so p95 is a true p95.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  token: string;
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

/** The value at rank ⌈p·n⌉ of the sorted times (0 when there are none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1]!;
}

/** Client addresses the requests take in turn (X-Forwarded-For, which the service trusts). */
const CLIENTS = 1000;

/**
 * Requests come from a thousand client addresses in turn, as the people of a tenant would: the
 * per-address rate limit (1,200 a minute) is not what is measured.
 */
function clientAddress(i: number): string {
  return `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}

export async function load(options: LoadOptions): Promise<LoadFigures> {
  const times: number[] = [];
  let sent = 0;
  const headers = { authorization: `Bearer ${options.token}` };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              headers: { ...headers, 'x-forwarded-for': clientAddress(sent++ % CLIENTS) },
            }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: times.length,
    perSecond: Math.round(times.length / options.seconds),
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    p99Ms: round(percentile(times, 0.99)),
    maxMs: round(times.at(-1) ?? 0),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
