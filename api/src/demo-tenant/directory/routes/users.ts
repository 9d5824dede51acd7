import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { graphBaseUrl } from '../../graph-core';
import { GraphError } from '../../graph-error';
import { expandUsers } from '../expand';
import {
  isEventual,
  nextLink,
  parseExpand,
  parseListQuery,
  type QueryString,
  queryOptions,
} from '../list-query';
import type { UserChanges } from '../repository';
import { parseSelect, selectionContext, userBody } from '../user-shape';
import { canReadUsers, type DirectoryRoutesOptions, loadUser, meKey, sendOData } from './context';

const userChanges = z
  .strictObject({
    department: z.string().max(64).nullable(),
    jobTitle: z.string().max(128).nullable(),
    officeLocation: z.string().max(128).nullable(),
    employeeType: z.string().max(64).nullable(),
    accountEnabled: z.boolean(),
    mobilePhone: z.string().max(64).nullable(),
  })
  .partial();

type UserRequest = FastifyRequest<{ Params: { id: string }; Querystring: QueryString }>;

/** `GET /users`, `GET /users/$count`, `GET|PATCH|DELETE /users/{id}` and `GET /me`. */
export function registerUserRoutes(app: FastifyInstance, { directory, clock }: DirectoryRoutesOptions): void {
  app.get<{ Querystring: QueryString }>('/users', async (request, reply) => {
    canReadUsers(request);
    const query = parseListQuery(request.query, request.headers);
    const rows = await directory.list({
      where: query.where,
      order: query.order,
      offset: query.offset,
      limit: query.top + 1,
    });
    const page = rows.slice(0, query.top);
    const bodies = page.map((row) => userBody(row, query.select));
    if (query.expand) await expandUsers(directory, page, bodies, query.expand);
    const base = graphBaseUrl(request);
    const body: Record<string, unknown> = {
      '@odata.context': `${base}/$metadata#${selectionContext('users', query.select)}`,
    };
    if (query.count) body['@odata.count'] = await directory.count(query.where);
    if (rows.length > query.top)
      body['@odata.nextLink'] = nextLink(base, '/users', request.query, query.offset + query.top);
    body.value = bodies;
    return sendOData(reply, body);
  });

  app.get<{ Querystring: QueryString }>('/users/$count', async (request, reply) => {
    canReadUsers(request);
    if (!isEventual(request.headers))
      throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
    const query = parseListQuery({ ...request.query, $count: 'true' }, request.headers);
    return reply.type('text/plain;charset=utf-8').send(String(await directory.count(query.where)));
  });

  const getUser = async (request: UserRequest, reply: FastifyReply, key: string) => {
    canReadUsers(request);
    const options = queryOptions(request.query);
    const select = parseSelect(options.get('$select'));
    const expand = parseExpand(
      options.get('$expand'),
      isEventual(request.headers) && options.get('$count') === 'true',
    );
    const row = await loadUser(directory, key);
    const body = userBody(row, select);
    if (expand) await expandUsers(directory, [row], [body], expand);
    const context = `${graphBaseUrl(request)}/$metadata#${selectionContext('users', select)}/$entity`;
    return sendOData(reply, { '@odata.context': context, ...body });
  };
  app.get<{ Params: { id: string }; Querystring: QueryString }>('/users/:id', (request, reply) =>
    getUser(request, reply, request.params.id),
  );
  app.get<{ Params: { id: string }; Querystring: QueryString }>('/me', (request, reply) =>
    getUser(request, reply, meKey(request)),
  );

  // Graph needs User.ReadWrite.All here; the demo takes any valid token so demos can stage
  // directory changes (a promotion, a move) that `users/delta` then reports.
  app.patch<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
    const parsed = userChanges.safeParse(request.body ?? {});
    if (!parsed.success) throw invalidChange(parsed.error);
    const row = await loadUser(directory, request.params.id);
    const changes: UserChanges = parsed.data;
    if (Object.keys(changes).length > 0 && !(await directory.update(row.id, changes))) {
      throw new GraphError(
        404,
        'Request_ResourceNotFound',
        `Resource '${request.params.id}' does not exist.`,
      );
    }
    return reply.code(204).send();
  });

  app.delete<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
    const row = await loadUser(directory, request.params.id);
    await directory.update(row.id, { deletedAt: clock.now() });
    return reply.code(204).send();
  });
}

function invalidChange(error: z.ZodError): GraphError {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    return new GraphError(
      400,
      'Request_BadRequest',
      `Property '${issue.keys[0]}' is read-only or not supported for update by the demo tenant.`,
    );
  }
  const property = String(issue?.path[0] ?? 'body');
  return new GraphError(
    400,
    'Request_BadRequest',
    `Invalid value specified for property '${property}' of resource 'User'.`,
  );
}
