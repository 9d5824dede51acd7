import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/clock';
import { GraphError } from '../graph-error';
import type { CalendarService } from './calendar-service';
import { eventInput, eventPatch, readBody, responseInput } from './event-input';
import { applySelect, presentSeeded, presentStored } from './event-shape';
import {
  answerMeeting,
  cancelEvent,
  deleteEvent,
  RESPONSE_ACTIONS,
  type ResponseAction,
  updateEvent,
} from './meeting-changes';
import { preferredTimeZone } from './time-zones';

type UserParams = { Params: { user: string } };
type EventParams = { Params: { user: string; id: string } };
type Query = Record<string, string | undefined>;

const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;

function page(query: Query): { top: number; skip: number } {
  const top = query.$top === undefined ? DEFAULT_PAGE : Number(query.$top);
  const skip = query.$skip === undefined ? 0 : Number(query.$skip);
  if (!Number.isInteger(top) || top < 1 || !Number.isInteger(skip) || skip < 0) {
    throw new GraphError(400, 'BadRequest', 'Invalid $top or $skip value.');
  }
  return { top: Math.min(top, MAX_PAGE), skip };
}

/** The absolute link to the next page: the same request with $skip moved on, as the SDK's iterator follows it. */
function nextLink(request: FastifyRequest, skip: number): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.set('$skip', String(skip));
  return url.toString();
}

/** `$filter` on start/end, the subset Binôme uses: `start/dateTime ge '…' and end/dateTime le '…'`. */
function filterRange(filter: string | undefined): { from?: Date; to?: Date } {
  if (!filter) return {};
  const range: { from?: Date; to?: Date } = {};
  const clause = /(start|end)\/dateTime\s+(ge|gt|le|lt)\s+'([^']+)'/gi;
  for (const match of filter.matchAll(clause)) {
    const at = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(match[3]!) ? match[3]! : `${match[3]}Z`);
    if (Number.isNaN(at.getTime()))
      throw new GraphError(400, 'BadRequest', `Invalid filter value '${match[3]}'.`);
    if (match[2]!.toLowerCase().startsWith('g')) range.from = at;
    else range.to = at;
  }
  if (!range.from && !range.to) throw new GraphError(400, 'BadRequest', `Unsupported $filter: ${filter}`);
  return range;
}

function instant(value: string | undefined, name: string): Date {
  const at = value ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`) : undefined;
  if (!at || Number.isNaN(at.getTime())) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      `This request requires a time window specified by the query string parameters StartDateTime and EndDateTime. Invalid ${name}.`,
    );
  }
  return at;
}

export function registerEventRoutes(app: FastifyInstance, service: CalendarService, clock: Clock): void {
  const zoneOf = (request: FastifyRequest) => preferredTimeZone(request.headers.prefer);
  const both = (path: string) => [`/users/:user${path}`, `/users/:user/calendar${path}`];

  const create = async (request: FastifyRequest<UserParams>, reply: FastifyReply) => {
    const person = await service.person(request.params.user);
    const input = readBody(eventInput, request.body);
    const row = await service.create(person, input);
    reply.code(201).header('Location', locationOf(request, row.id));
    return presentStored(row, zoneOf(request));
  };
  const locationOf = (request: FastifyRequest, id: string) =>
    `${request.protocol}://${request.host}${request.url.split('?')[0]}/${encodeURIComponent(id)}`;

  const get = async (request: FastifyRequest<EventParams>) => {
    const person = await service.person(request.params.user);
    const found = await service.find(person, request.params.id);
    const zone = zoneOf(request);
    const event =
      found.kind === 'stored' ? presentStored(found.row, zone) : presentSeeded(found.item, person, zone);
    return applySelect(event, (request.query as Query).$select);
  };

  const list = async (request: FastifyRequest<UserParams>) => {
    const person = await service.person(request.params.user);
    const query = request.query as Query;
    const { top, skip } = page(query);
    const rows = await service.store.list(person.id, {
      ...filterRange(query.$filter),
      limit: top + 1,
      offset: skip,
    });
    const zone = zoneOf(request);
    const value = rows.slice(0, top).map((row) => applySelect(presentStored(row, zone), query.$select));
    return { value, ...(rows.length > top ? { '@odata.nextLink': nextLink(request, skip + top) } : {}) };
  };

  const calendarView = async (request: FastifyRequest<UserParams>) => {
    const person = await service.person(request.params.user);
    const query = request.query as Query;
    const from = instant(query.startDateTime ?? query.StartDateTime, 'startDateTime');
    const to = instant(query.endDateTime ?? query.EndDateTime, 'endDateTime');
    const { top, skip } = page(query);
    const zone = zoneOf(request);
    const stored = (await service.store.list(person.id, { from, to })).map((row) => ({
      start: row.startsAt,
      event: () => presentStored(row, zone),
    }));
    const seeded = (await service.seeded(person, from, to)).map((item) => ({
      start: item.start,
      event: () => presentSeeded(item, person, zone),
    }));
    const all = [...seeded, ...stored].sort((a, b) => a.start.getTime() - b.start.getTime());
    const value = all.slice(skip, skip + top).map((entry) => applySelect(entry.event(), query.$select));
    return {
      value,
      ...(all.length > skip + top ? { '@odata.nextLink': nextLink(request, skip + top) } : {}),
    };
  };

  const patch = async (request: FastifyRequest<EventParams>) => {
    const person = await service.person(request.params.user);
    const changes = readBody(eventPatch, request.body);
    const row = await updateEvent(service, service.tenantId, person, request.params.id, changes, clock.now());
    return presentStored(row, zoneOf(request));
  };

  const remove = async (request: FastifyRequest<EventParams>, reply: FastifyReply) => {
    const person = await service.person(request.params.user);
    await deleteEvent(service, person, request.params.id, clock.now());
    return reply.code(204).send();
  };

  const cancel = async (request: FastifyRequest<EventParams>, reply: FastifyReply) => {
    const person = await service.person(request.params.user);
    const { comment } = readBody(responseInput, request.body);
    await cancelEvent(service, person, request.params.id, comment ?? undefined, clock.now());
    return reply.code(202).send();
  };

  const respond =
    (action: ResponseAction) => async (request: FastifyRequest<EventParams>, reply: FastifyReply) => {
      const { user, id } = request.params;
      await answerMeeting(service, { user, id, action, body: request.body, now: clock.now() });
      return reply.code(202).send();
    };

  for (const path of both('/events')) {
    app.post(path, create);
    app.get(path, list);
  }
  for (const path of both('/events/:id')) {
    app.get(path, get);
    app.patch(path, patch);
    app.delete(path, remove);
    app.post(`${path}/cancel`, cancel);
    for (const action of RESPONSE_ACTIONS) app.post(`${path}/${action}`, respond(action));
  }
  for (const path of both('/calendarView')) app.get(path, calendarView);
}
