import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../../domain/clock';
import { graphCaller, requireRole } from '../../graph-core';
import { GraphError } from '../../graph-error';
import type { DirectoryRepository } from '../repository';
import type { DemoUserRow } from '../schema';

export interface DirectoryRoutesOptions {
  directory: DirectoryRepository;
  clock: Clock;
}

/** The content type Graph answers JSON with. */
export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export const READ_USERS = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'User.ReadBasic.All',
];
export const READ_MAILBOX_SETTINGS = ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];

export function sendOData(reply: FastifyReply, body: unknown): FastifyReply {
  return reply.type(ODATA_JSON).send(body);
}

export function userNotFound(key: string): GraphError {
  return new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** Loads `/users/{id | userPrincipalName}` or answers Graph's 404. */
export async function loadUser(directory: DirectoryRepository, key: string): Promise<DemoUserRow> {
  const row = await directory.find(key);
  if (!row) throw userNotFound(key);
  return row;
}

/** `/me/…` is the signed-in user; with an application token Graph refuses it. */
export function meKey(request: FastifyRequest): string {
  const caller = graphCaller(request);
  if (caller.kind === 'app' || !caller.userId) {
    throw new GraphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  }
  return caller.userId;
}

export function canReadUsers(request: FastifyRequest): void {
  requireRole(request, READ_USERS);
}

export function canReadMailboxSettings(request: FastifyRequest): void {
  requireRole(
    request,
    READ_MAILBOX_SETTINGS,
    new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  );
}
