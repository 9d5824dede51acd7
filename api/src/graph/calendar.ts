import type { Client } from '@microsoft/microsoft-graph-client';
import type { Calendar } from '../app/ports/calendar';
import type { BatchOptions } from './batch';
import { attendeeResponses, cancelEvent, createEvents, readResponses, updateEvent } from './calendar-events';
import { getSchedules } from './calendar-schedules';

/**
 * Outlook calendars through Microsoft Graph (or the demo tenant, the same way): free/busy with
 * `getSchedule` and Teams meetings created with a `transactionId`, both sent through `$batch`
 * with throttled items retried after their `Retry-After`.
 */
export function createGraphCalendar(client: Client, options: { batch?: BatchOptions } = {}): Calendar {
  return {
    getSchedules: (people, window) => getSchedules(client, people, window, options.batch),
    createEvents: (requests) => createEvents(client, requests, options.batch),
    updateEvent: (organizer, eventId, change) => updateEvent(client, organizer, eventId, change),
    cancelEvent: (organizer, eventId, comment) => cancelEvent(client, organizer, eventId, comment),
    attendeeResponses: (organizer, eventId) => attendeeResponses(client, organizer, eventId),
    readResponses: (events) => readResponses(client, events, options.batch),
  };
}
