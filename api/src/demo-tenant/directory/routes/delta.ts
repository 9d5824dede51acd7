import type { FastifyInstance, FastifyRequest } from 'fastify';
import { graphBaseUrl } from '../../graph-core';
import { GraphError } from '../../graph-error';
import { parseTop, type QueryString, queryOptions } from '../list-query';
import { parseSelect, selectionContext, userBody } from '../user-shape';
import { canReadUsers, type DirectoryRoutesOptions, sendOData } from './context';

/**
 * State carried by delta links, opaque to clients: the round's window of change versions
 * (since, until], where the next page starts, and the `$select` of the first request (Graph
 * keeps the initial query options in its tokens, so later links carry none).
 */
interface DeltaState {
  since: number;
  until: number;
  after: number;
  select?: string[];
  size: number;
}

const encode = (state: DeltaState) => Buffer.from(JSON.stringify(state)).toString('base64url');

function decode(raw: string): DeltaState {
  try {
    const state = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as DeltaState;
    if ([state.since, state.until, state.after, state.size].every(Number.isInteger)) return state;
  } catch {
    // answered below like any token Graph did not issue
  }
  throw new GraphError(
    400,
    'Request_BadRequest',
    'The specified delta token value is invalid or has expired.',
  );
}

/** Page size: `Prefer: odata.maxpagesize=n` as Graph honours it, else `$top`, else 100. */
function pageSize(request: FastifyRequest, top: string | undefined): number {
  const prefer = /odata\.maxpagesize=(\d+)/i.exec(String(request.headers.prefer ?? ''))?.[1];
  return parseTop(prefer ?? top);
}

/** `GET /users/delta`: a full first round, then only the users changed since the delta link. */
export function registerDeltaRoutes(app: FastifyInstance, { directory }: DirectoryRoutesOptions): void {
  const handler = async (
    request: FastifyRequest<{ Querystring: QueryString }>,
    reply: import('fastify').FastifyReply,
  ) => {
    canReadUsers(request);
    const options = queryOptions(request.query);
    for (const key of options.keys()) {
      if (key.startsWith('$') && !['$select', '$deltatoken', '$skiptoken', '$top'].includes(key)) {
        throw new GraphError(
          400,
          'Request_UnsupportedQuery',
          `Query option '${key}' is not supported by the demo tenant's delta.`,
        );
      }
    }
    const base = graphBaseUrl(request);
    const skip = options.get('$skiptoken');
    const delta = options.get('$deltatoken');
    let state: DeltaState;
    if (skip) state = decode(skip);
    else if (delta?.toLowerCase() === 'latest') {
      // Graph's way to start tracking from now without reading everything first.
      const select = parseSelect(options.get('$select'));
      const until = await directory.currentVersion();
      return sendOData(reply, {
        '@odata.context': `${base}/$metadata#${selectionContext('users', select)}`,
        '@odata.deltaLink': `${base}/users/delta?$deltatoken=${encode({ since: until, until, after: 0, select, size: pageSize(request, options.get('$top')) })}`,
        value: [],
      });
    } else if (delta) {
      const previous = decode(delta);
      state = { ...previous, since: previous.until, until: await directory.currentVersion(), after: 0 };
    } else {
      state = {
        since: -1,
        until: await directory.currentVersion(),
        after: 0,
        select: parseSelect(options.get('$select')),
        size: pageSize(request, options.get('$top')),
      };
    }

    const rows = await directory.changedSince({
      since: state.since,
      until: state.until,
      afterSeq: state.after,
      limit: state.size + 1,
    });
    const page = rows.slice(0, state.size);
    const value = page.map((row) =>
      row.deletedAt
        ? { id: row.id, '@removed': { reason: 'changed' } }
        : userBody(row, state.select ? [...new Set([...state.select, 'id'])] : undefined),
    );
    const body: Record<string, unknown> = {
      '@odata.context': `${base}/$metadata#${selectionContext('users', state.select)}`,
    };
    if (rows.length > state.size) {
      body['@odata.nextLink'] =
        `${base}/users/delta?$skiptoken=${encode({ ...state, after: page[page.length - 1]!.seq })}`;
    } else {
      body['@odata.deltaLink'] =
        `${base}/users/delta?$deltatoken=${encode({ ...state, since: state.until, after: 0 })}`;
    }
    body.value = value;
    return sendOData(reply, body);
  };
  app.get<{ Querystring: QueryString }>('/users/delta', handler);
  app.get<{ Querystring: QueryString }>('/users/microsoft.graph.delta', handler);
}
