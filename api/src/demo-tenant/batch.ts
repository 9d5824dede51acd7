import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { GraphError } from './graph-error';

export interface BatchRoutesOptions {
  /** Graph's limit of requests in one batch. */
  maxRequests?: number;
  /** Graph hands at most four items of a batch to Outlook at a time. */
  parallelism?: number;
}

const batchRequest = z.object({
  id: z.string().min(1),
  method: z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});
type BatchItem = z.infer<typeof batchRequest>;
const batchBody = z.object({ requests: z.array(batchRequest) });

export interface BatchItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Response headers worth returning per item; transport headers of the in-process call are not. */
const ITEM_HEADERS = [
  'content-type',
  'location',
  'retry-after',
  'preference-applied',
  'odata-version',
  'etag',
];

function invalid(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

function checkBatch(body: unknown, maxRequests: number): BatchItem[] {
  const parsed = batchBody.safeParse(body);
  if (!parsed.success) throw invalid('Invalid batch payload format.');
  const items = parsed.data.requests;
  if (items.length === 0) throw invalid('Invalid batch payload format.');
  if (items.length > maxRequests) {
    throw invalid(
      `The number of requests in the batch (${items.length}) exceeds the limit of ${maxRequests}.`,
    );
  }
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id.toLowerCase()))
      throw invalid(`Batch request ids must be unique: '${item.id}' repeats.`);
    ids.add(item.id.toLowerCase());
    if (/^[a-z]+:\/\//i.test(item.url)) throw invalid(`Batch request urls must be relative: '${item.url}'.`);
    if (
      item.body !== undefined &&
      !Object.keys(item.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')
    ) {
      throw invalid(`Batch request '${item.id}' has a body but no Content-Type header.`);
    }
  }
  const known = new Set(items.map((item) => item.id));
  for (const item of items) {
    for (const dependency of item.dependsOn ?? []) {
      if (!known.has(dependency) || dependency === item.id) {
        throw invalid(`Batch request '${item.id}' depends on an unknown request '${dependency}'.`);
      }
    }
  }
  return items;
}

async function runItem(
  app: FastifyInstance,
  request: FastifyRequest,
  prefix: string,
  item: BatchItem,
): Promise<BatchItemResponse> {
  const headers: Record<string, string> = { ...item.headers };
  if (request.headers.authorization) headers.authorization = request.headers.authorization;
  const url = `${prefix}/${item.url.replace(/^\/+/, '')}`;
  const response = await app.inject({
    method: item.method,
    url,
    headers,
    ...(item.body !== undefined ? { payload: JSON.stringify(item.body) } : {}),
  });
  const itemHeaders: Record<string, string> = {};
  for (const name of ITEM_HEADERS) {
    const value = response.headers[name];
    if (value !== undefined) itemHeaders[name === 'retry-after' ? 'Retry-After' : name] = String(value);
  }
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  const body = response.body.length === 0 ? undefined : isJson ? response.json() : response.body;
  return {
    id: item.id,
    status: response.statusCode,
    headers: itemHeaders,
    ...(body !== undefined ? { body } : {}),
  };
}

/**
 * POST /$batch (JSON batching): every item runs through the same routes in-process, with the
 * caller's token, so authentication, throttling and fault injection apply to each item.
 * An item whose dependency failed is answered 424 without running.
 */
export const batchRoutes: FastifyPluginAsync<BatchRoutesOptions> = async (app, options) => {
  const maxRequests = options.maxRequests ?? 20;
  const parallelism = options.parallelism ?? 4;

  app.post('/$batch', async (request) => {
    const items = checkBatch(request.body, maxRequests);
    const prefix = request.url.split('?')[0]!.replace(/\/\$batch$/, '');
    const results = new Map<string, BatchItemResponse>();
    const pending = new Set(items);
    const running = new Map<string, Promise<void>>();

    while (pending.size > 0 || running.size > 0) {
      let answered = false;
      for (const item of [...pending]) {
        if (running.size >= parallelism) break;
        const dependencies = item.dependsOn ?? [];
        if (!dependencies.every((d) => results.has(d))) continue;
        pending.delete(item);
        if (dependencies.some((d) => results.get(d)!.status >= 400)) {
          results.set(item.id, {
            id: item.id,
            status: 424,
            headers: { 'content-type': 'application/json' },
            body: {
              error: { code: 'FailedDependency', message: 'A request this request depends on failed.' },
            },
          });
          answered = true;
          continue;
        }
        running.set(
          item.id,
          runItem(app, request, prefix, item).then((result) => {
            results.set(item.id, result);
            running.delete(item.id);
          }),
        );
      }
      if (running.size === 0) {
        if (answered) continue;
        // Nothing runnable and nothing running: the rest wait on each other.
        if (pending.size > 0) throw invalid('The dependsOn of the batch requests form a cycle.');
        break;
      }
      await Promise.race(running.values());
    }
    return { responses: items.map((item) => results.get(item.id)!) };
  });
};
