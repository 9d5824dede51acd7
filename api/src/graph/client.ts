import {
  Client,
  type Context,
  HTTPMessageHandler,
  type Middleware,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';

/** Supplies the bearer token for Graph: MSAL in tenant mode, the demo issuer in demo mode. */
export type AccessTokenSource = () => Promise<string>;

/**
 * Adds the bearer token to every request. The SDK's own AuthenticationHandler only does so for
 * https Graph hosts, so it would silently send none to the demo tenant; one chain serves both modes.
 */
class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly token: AccessTokenSource) {}

  async execute(context: Context): Promise<void> {
    const token = await this.token();
    const headers = new Headers(context.options?.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    if (!this.next) throw new Error('Graph middleware chain has no next handler');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Counts the HTTP requests that leave for Graph, retries included (round-trips, for figures). */
class CountingMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly onRequest: () => void) {}

  async execute(context: Context): Promise<void> {
    this.onRequest();
    if (!this.next) throw new Error('Graph middleware chain has no next handler');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface GraphClientOptions {
  /** Graph base URL with its version segment, e.g. https://graph.microsoft.com/v1.0 */
  endpoint: string;
  token: AccessTokenSource;
  /** Retries of the outer request on 429/503/504 (the SDK honours Retry-After). */
  maxRetries?: number;
  /** Called for every HTTP request sent, retries included. */
  onRequest?: () => void;
}

export function createGraphClient(options: GraphClientOptions): Client {
  const url = new URL(options.endpoint);
  const segments = url.pathname.replace(/\/+$/, '').split('/');
  const version = segments.pop() || 'v1.0';
  const baseUrl = `${url.origin}${segments.join('/')}`;

  const bearer = new BearerTokenMiddleware(options.token);
  const retry = new RetryHandler(new RetryHandlerOptions(1, options.maxRetries ?? 3));
  const http = new HTTPMessageHandler();
  bearer.setNext(retry);
  if (options.onRequest) {
    const counter = new CountingMiddleware(options.onRequest);
    retry.setNext(counter);
    counter.setNext(http);
  } else {
    retry.setNext(http);
  }
  return Client.initWithMiddleware({ middleware: bearer, baseUrl, defaultVersion: version });
}
