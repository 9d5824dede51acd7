import type { Client } from '@microsoft/microsoft-graph-client';
import {
  type AttendeeResponse,
  type AttendeeResponseStatus,
  CalendarError,
  type CreateEventResult,
  type EventChange,
  type NewEvent,
} from '../app/ports/calendar';
import type { BatchOptions } from './batch';
import { batchSend, graphError, PREFER_UTC, RETRYABLE_STATUSES, utcDateTime } from './calendar-batch';

const userEvents = (organizer: string) => `/users/${encodeURIComponent(organizer)}/events`;
const userEvent = (organizer: string, eventId: string) =>
  `${userEvents(organizer)}/${encodeURIComponent(eventId)}`;

export function eventBody(request: NewEvent) {
  return {
    subject: request.subject,
    body: { contentType: 'html', content: request.bodyHtml },
    start: utcDateTime(request.start),
    end: utcDateTime(request.end),
    attendees: request.attendees.map((a) => ({
      emailAddress: { address: a.email, name: a.name },
      type: 'required',
    })),
    categories: [...request.categories],
    isReminderOn: true,
    reminderMinutesBeforeStart: request.reminderMinutes,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: request.transactionId,
  };
}

interface GraphEvent {
  id?: string;
  iCalUId?: string;
  onlineMeeting?: { joinUrl?: string | null } | null;
  attendees?: { emailAddress?: { address?: string }; status?: { response?: string } }[];
}

export async function createEvents(
  client: Client,
  requests: readonly NewEvent[],
  batch: BatchOptions | undefined,
): Promise<CreateEventResult[]> {
  if (requests.length === 0) return [];
  const results = await batchSend(
    client,
    requests.map((request, index) => ({
      id: String(index),
      method: 'POST' as const,
      url: userEvents(request.organizer),
      headers: PREFER_UTC,
      body: eventBody(request),
    })),
    batch,
  );
  return requests.map((_, index): CreateEventResult => {
    const result = results.get(String(index));
    if (result?.status !== 200 && result?.status !== 201) return { ok: false, ...graphError(result) };
    const event = (result.body ?? {}) as GraphEvent;
    if (!event.id) {
      return {
        ok: false,
        code: 'no_event_id',
        message: 'Graph created an event without an id',
        retryable: true,
      };
    }
    const joinUrl = event.onlineMeeting?.joinUrl;
    if (!joinUrl) {
      // Without a Teams link the invitation is useless; report it rather than pass it on.
      return {
        ok: false,
        code: 'no_join_url',
        message: 'The event was created without a Teams join link',
        retryable: false,
        eventId: event.id,
      };
    }
    return { ok: true, eventId: event.id, iCalUId: event.iCalUId ?? '', joinUrl };
  });
}

/** The SDK's GraphError (or a network failure) as a CalendarError. */
function toCalendarError(error: unknown, what: string): CalendarError {
  const e = error as { statusCode?: number; code?: string | null; message?: string };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  return new CalendarError(
    `${what}: ${e.message ?? String(error)}`,
    e.code ?? (status ? `http_${status}` : 'network_error'),
    status,
    status === 0 || status === -1 || RETRYABLE_STATUSES.has(status),
  );
}

async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toCalendarError(error, what);
  }
}

export async function updateEvent(
  client: Client,
  organizer: string,
  eventId: string,
  change: EventChange,
): Promise<void> {
  const body: Record<string, unknown> = { start: utcDateTime(change.start), end: utcDateTime(change.end) };
  if (change.subject !== undefined) body.subject = change.subject;
  if (change.bodyHtml !== undefined) body.body = { contentType: 'html', content: change.bodyHtml };
  await call(`Updating event ${eventId}`, () =>
    client.api(userEvent(organizer, eventId)).headers(PREFER_UTC).patch(body),
  );
}

export async function cancelEvent(
  client: Client,
  organizer: string,
  eventId: string,
  comment: string,
): Promise<void> {
  await call(`Cancelling event ${eventId}`, () =>
    client.api(`${userEvent(organizer, eventId)}/cancel`).post({ comment }),
  );
}

const RESPONSES = new Set<string>([
  'none',
  'organizer',
  'tentativelyAccepted',
  'accepted',
  'declined',
  'notResponded',
]);

function responsesOf(event: GraphEvent): AttendeeResponse[] {
  return (event.attendees ?? [])
    .filter((a) => a.emailAddress?.address)
    .map((a) => {
      const response = a.status?.response ?? 'none';
      return {
        email: a.emailAddress!.address!,
        response: (RESPONSES.has(response) ? response : 'none') as AttendeeResponseStatus,
      };
    });
}

export async function readResponses(
  client: Client,
  events: readonly { organizer: string; eventId: string }[],
  batch: BatchOptions | undefined,
): Promise<(AttendeeResponse[] | CalendarError)[]> {
  if (events.length === 0) return [];
  const results = await batchSend(
    client,
    events.map((e, index) => ({
      id: String(index),
      method: 'GET' as const,
      url: `${userEvent(e.organizer, e.eventId)}?$select=attendees`,
    })),
    batch,
  );
  return events.map((e, index) => {
    const result = results.get(String(index));
    if (result?.status !== 200) {
      const error = graphError(result);
      return new CalendarError(
        `Reading event ${e.eventId}: ${error.message}`,
        error.code,
        result?.status ?? 0,
        error.retryable,
      );
    }
    return responsesOf((result.body ?? {}) as GraphEvent);
  });
}

export async function attendeeResponses(
  client: Client,
  organizer: string,
  eventId: string,
): Promise<AttendeeResponse[]> {
  const event = (await call(`Reading event ${eventId}`, () =>
    client.api(userEvent(organizer, eventId)).select('attendees').get(),
  )) as GraphEvent;
  return responsesOf(event);
}
