import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphBaseUrl } from '../../graph-core';
import { GraphError } from '../../graph-error';
import { type QueryString, queryOptions } from '../list-query';
import { mailboxSettingsBody, parseSelect, userBody } from '../user-shape';
import {
  canReadMailboxSettings,
  canReadUsers,
  type DirectoryRoutesOptions,
  loadUser,
  meKey,
  sendOData,
} from './context';

const MAILBOX_PARTS = [
  'timeZone',
  'workingHours',
  'language',
  'dateFormat',
  'timeFormat',
  'automaticRepliesSetting',
];

/** `/users/{id}/manager`, `/directReports`, `/mailboxSettings[/part]`, and the same under `/me`. */
export function registerRelationRoutes(app: FastifyInstance, { directory }: DirectoryRoutesOptions): void {
  const manager = async (request: FastifyRequest, reply: FastifyReply, key: string) => {
    canReadUsers(request);
    const select = parseSelect(queryOptions(request.query as QueryString).get('$select'));
    const user = await loadUser(directory, key);
    const [boss] = await directory.managerChain(user, 1);
    if (!boss) {
      throw new GraphError(
        404,
        'Request_ResourceNotFound',
        "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
      );
    }
    return sendOData(reply, {
      '@odata.context': `${graphBaseUrl(request)}/$metadata#directoryObjects/$entity`,
      '@odata.type': '#microsoft.graph.user',
      ...userBody(boss, select),
    });
  };

  const directReports = async (request: FastifyRequest, reply: FastifyReply, key: string) => {
    canReadUsers(request);
    const select = parseSelect(queryOptions(request.query as QueryString).get('$select'));
    const user = await loadUser(directory, key);
    const reports = await directory.directReports(user.id);
    return sendOData(reply, {
      '@odata.context': `${graphBaseUrl(request)}/$metadata#directoryObjects`,
      value: reports.map((row) => ({ '@odata.type': '#microsoft.graph.user', ...userBody(row, select) })),
    });
  };

  const mailboxSettings = async (request: FastifyRequest, reply: FastifyReply, key: string) => {
    canReadMailboxSettings(request);
    const user = await loadUser(directory, key);
    const settings = mailboxSettingsBody(user);
    const context = `${graphBaseUrl(request)}/$metadata#users('${user.id}')/mailboxSettings`;
    const part = (request.params as { part?: string }).part;
    if (part === undefined) return sendOData(reply, { '@odata.context': context, ...settings });
    const name = MAILBOX_PARTS.find((p) => p.toLowerCase() === part.toLowerCase());
    if (!name) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${part}'.`);
    const value = settings[name];
    const body = typeof value === 'object' ? { ...value } : { value };
    return sendOData(reply, { '@odata.context': `${context}/${name}`, ...body });
  };

  const routes = { manager, directReports, mailboxSettings };
  for (const [segment, handler] of Object.entries(routes)) {
    app.get<{ Params: { id: string }; Querystring: QueryString }>(`/users/:id/${segment}`, (request, reply) =>
      handler(request, reply, request.params.id),
    );
    app.get<{ Querystring: QueryString }>(`/me/${segment}`, (request, reply) =>
      handler(request, reply, meKey(request)),
    );
  }
  app.get<{ Params: { id: string; part: string }; Querystring: QueryString }>(
    '/users/:id/mailboxSettings/:part',
    (request, reply) => mailboxSettings(request, reply, request.params.id),
  );
  app.get<{ Params: { part: string }; Querystring: QueryString }>(
    '/me/mailboxSettings/:part',
    (request, reply) => mailboxSettings(request, reply, meKey(request)),
  );
}
