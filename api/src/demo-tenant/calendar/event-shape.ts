import { randomBytes } from 'node:crypto';
import type { CalendarPerson } from './directory-port';
import type { StoredEvent } from './event-store';
import type { SeededItem } from './seeded-calendar';
import { formatDateTimeTimeZone } from './time-zones';

/** Graph's "no time" for responseStatus.time of a meeting nobody answered yet. */
export const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';
const STORED_ID_PREFIX = 'AAMkAGRlbW8B';

export const newEventId = () => `${STORED_ID_PREFIX}${randomBytes(24).toString('base64url')}`;
export const newChangeKey = () => randomBytes(12).toString('base64');
/** iCalendar UIDs of Exchange meetings start with this class id; the rest is ours. */
export const newICalUId = () =>
  `040000008200E00074C5B7101A82E008${randomBytes(28).toString('hex').toUpperCase()}`;

export function webLink(id: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

/**
 * A join URL with the shape of a Teams meeting link. It is a demo: no Teams meeting stands behind it,
 * but links, cards and invites built from it look and parse like real ones.
 */
export function teamsJoinUrl(tenantId: string, organizerId: string): string {
  const thread = `19:meeting_${randomBytes(36).toString('base64url')}@thread.v2`;
  const context = JSON.stringify({ Tid: tenantId, Oid: organizerId });
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${encodeURIComponent(context)}`;
}

export function emailOf(person: CalendarPerson): { name: string; address: string } {
  return { name: person.displayName, address: person.mail ?? person.userPrincipalName };
}

export interface StoredEventData {
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  location: Record<string, unknown>;
  locations: Record<string, unknown>[];
  attendees: Array<{
    type: string;
    status: { response: string; time: string };
    emailAddress: { name?: string; address: string };
  }>;
  organizer: { emailAddress: { name: string; address: string } };
  responseStatus: { response: string; time: string };
  categories: string[];
  showAs: string;
  importance: string;
  sensitivity: string;
  isAllDay: boolean;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  changeKey: string;
}

const bodyPreview = (body: StoredEventData['body']) =>
  body.content
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);

/** A stored row as Graph returns it, with times in the zone the caller prefers. */
export function presentStored(row: StoredEvent, zone: string): Record<string, unknown> {
  const data = row.data as unknown as StoredEventData;
  return {
    '@odata.etag': `W/"${data.changeKey}"`,
    id: row.id,
    createdDateTime: row.createdAt.toISOString(),
    lastModifiedDateTime: row.updatedAt.toISOString(),
    changeKey: data.changeKey,
    categories: data.categories,
    transactionId: row.transactionId,
    originalStartTimeZone: data.originalStartTimeZone,
    originalEndTimeZone: data.originalEndTimeZone,
    iCalUId: row.iCalUId,
    reminderMinutesBeforeStart: data.reminderMinutesBeforeStart,
    isReminderOn: data.isReminderOn,
    hasAttachments: false,
    subject: data.subject,
    bodyPreview: bodyPreview(data.body),
    importance: data.importance,
    sensitivity: data.sensitivity,
    isAllDay: data.isAllDay,
    isCancelled: row.isCancelled,
    isOrganizer: row.isOrganizer,
    responseRequested: data.responseRequested,
    seriesMasterId: null,
    showAs: data.showAs,
    type: 'singleInstance',
    webLink: webLink(row.id),
    onlineMeetingUrl: null,
    isOnlineMeeting: data.isOnlineMeeting,
    onlineMeetingProvider: data.onlineMeetingProvider,
    allowNewTimeProposals: data.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: data.responseStatus,
    body: data.body,
    start: formatDateTimeTimeZone(row.startsAt, zone),
    end: formatDateTimeTimeZone(row.endsAt, zone),
    location: data.location,
    locations: data.locations,
    recurrence: null,
    attendees: data.attendees,
    organizer: data.organizer,
    onlineMeeting: data.onlineMeeting,
  };
}

/** A seeded item as Graph returns it: an occurrence of a series, or a single meeting. */
export function presentSeeded(
  item: SeededItem,
  person: CalendarPerson,
  zone: string,
): Record<string, unknown> {
  const changeKey = item.iCalUId.slice(-12);
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id: item.id,
    changeKey,
    categories: item.categories,
    originalStartTimeZone: person.timeZone,
    originalEndTimeZone: person.timeZone,
    iCalUId: item.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: !item.isAllDay,
    hasAttachments: false,
    subject: item.subject,
    bodyPreview: '',
    importance: 'normal',
    sensitivity: item.isPrivate ? 'private' : 'normal',
    isAllDay: item.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: item.seriesMasterId,
    showAs: item.showAs,
    type: item.seriesMasterId ? 'occurrence' : 'singleInstance',
    webLink: webLink(item.id),
    isOnlineMeeting: item.isOnlineMeeting,
    onlineMeetingProvider: item.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    isDraft: false,
    responseStatus: { response: 'organizer', time: NO_RESPONSE_TIME },
    body: { contentType: 'html', content: '' },
    start: formatDateTimeTimeZone(item.start, zone),
    end: formatDateTimeTimeZone(item.end, zone),
    location: { displayName: item.location, locationType: 'default', uniqueIdType: 'unknown' },
    locations: item.location ? [{ displayName: item.location, locationType: 'default' }] : [],
    attendees: [],
    organizer: { emailAddress: emailOf(person) },
    onlineMeeting: null,
  };
}

/** `$select`: Graph keeps `id` and the etag whatever is asked. */
export function applySelect(
  event: Record<string, unknown>,
  select: string | undefined,
): Record<string, unknown> {
  if (!select) return event;
  const wanted = new Set(select.split(',').map((name) => name.trim()));
  return Object.fromEntries(
    Object.entries(event).filter(([key]) => key === 'id' || key === '@odata.etag' || wanted.has(key)),
  );
}
