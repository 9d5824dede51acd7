import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';

export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * The path of an `@odata.nextLink` / `@odata.deltaLink` relative to the configured endpoint.
 * SDK 3.0.7 takes only `https://` URLs as absolute, so a plain-http link (the demo tenant) would
 * be appended to the base URL; passing the part after the version segment works for both.
 */
export function relativeLink(endpoint: string, link: string): string {
  const base = endpoint.replace(/\/+$/, '');
  if (link.toLowerCase().startsWith(`${base.toLowerCase()}/`)) return link.slice(base.length);
  const url = new URL(link);
  const version = new URL(base).pathname.split('/').filter(Boolean).at(-1);
  const segments = url.pathname.split('/');
  const at = version ? segments.indexOf(version) : -1;
  if (at < 0) throw new Error(`Graph link ${url.origin}${url.pathname} is not under ${base}`);
  return `/${segments.slice(at + 1).join('/')}${url.search}`;
}

/**
 * Reads a collection page by page, following `@odata.nextLink`, and returns the final
 * `@odata.deltaLink` when the collection is a delta round.
 */
export async function readPages<T>(
  client: Client,
  endpoint: string,
  first: GraphRequest,
  onPage: (items: T[]) => Promise<void>,
  headers: Record<string, string> = {},
): Promise<string | undefined> {
  let page = (await first.headers(headers).get()) as GraphPage<T>;
  for (;;) {
    await onPage(page.value ?? []);
    const next = page['@odata.nextLink'];
    if (!next) return page['@odata.deltaLink'];
    page = (await client.api(relativeLink(endpoint, next)).headers(headers).get()) as GraphPage<T>;
  }
}
