import { DateTime } from 'luxon';
import type { CalendarService } from '../calendar/calendar-service';
import type { CalendarPerson } from '../calendar/directory-port';
import type { StoredEventData } from '../calendar/event-shape';
import type { StoredEvent } from '../calendar/event-store';
import type { SeededItem } from '../calendar/seeded-calendar';
import { toIana } from '../calendar/time-zones';

/** How much of a mailbox one page shows: eight weeks from its first day. */
export const VIEW_DAYS = 56;

export interface ViewerAttendee {
  name: string;
  address: string;
  type: string;
  /** none, notResponded, accepted, tentativelyAccepted or declined, as the organizer's event records it. */
  response: string;
}

export interface ViewerEvent {
  id: string;
  /** `graph`: created through the demo Graph; `seeded`: the generated busy calendar. */
  source: 'graph' | 'seeded';
  subject: string;
  /** ISO 8601 in the person's own zone, with its offset. */
  start: string;
  end: string;
  isAllDay: boolean;
  showAs: string;
  isPrivate: boolean;
  location: string;
  isCancelled: boolean;
  isOrganizer: boolean;
  /** This person's own answer: organizer, notResponded, accepted, tentativelyAccepted or declined. */
  response: string;
  organizer: { name: string; address: string } | null;
  attendees: ViewerAttendee[];
  joinUrl: string | null;
  /** Whether this person can still accept, tentatively accept or decline. */
  canRespond: boolean;
}

export interface MailboxDay {
  /** The local date, YYYY-MM-DD. */
  date: string;
  events: ViewerEvent[];
}

export interface MailboxView {
  person: {
    id: string;
    userPrincipalName: string;
    displayName: string;
    mail: string | null;
    /** mailboxSettings.timeZone, as the directory holds it (usually a Windows name). */
    timeZone: string;
    /** The IANA zone the times are shown in. */
    ianaTimeZone: string;
  };
  /** First day shown and the day after the last one, local dates. */
  from: string;
  to: string;
  /** Whether the seeded busy items are included. */
  busy: boolean;
  days: MailboxDay[];
}

/** The IANA zone of a person's mailbox; UTC when the directory holds a name nobody maps. */
export const zoneOf = (person: Pick<CalendarPerson, 'timeZone'>): string => toIana(person.timeZone) ?? 'UTC';

const local = (at: Date, zone: string) =>
  DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? at.toISOString();

/** A stored row for the viewer; `organizerRow` (the meeting's original) carries everyone's answers. */
export function storedViewerEvent(
  row: StoredEvent,
  organizerRow: StoredEvent | undefined,
  zone: string,
): ViewerEvent {
  const data = row.data as unknown as StoredEventData;
  const tracking = (organizerRow?.data ?? row.data) as unknown as StoredEventData;
  return {
    id: row.id,
    source: 'graph',
    subject: data.subject,
    start: local(row.startsAt, zone),
    end: local(row.endsAt, zone),
    isAllDay: data.isAllDay,
    showAs: data.showAs,
    isPrivate: data.sensitivity === 'private',
    location: String(data.location.displayName ?? ''),
    isCancelled: row.isCancelled,
    isOrganizer: row.isOrganizer,
    response: data.responseStatus.response,
    organizer: {
      name: data.organizer.emailAddress.name,
      address: data.organizer.emailAddress.address,
    },
    attendees: tracking.attendees.map((a) => ({
      name: a.emailAddress.name ?? a.emailAddress.address,
      address: a.emailAddress.address,
      type: a.type,
      response: a.status.response,
    })),
    joinUrl: data.onlineMeeting?.joinUrl ?? null,
    canRespond: !row.isOrganizer && !row.isCancelled,
  };
}

/** A seeded item: the person's own, read-only, without a join link. */
export function seededViewerEvent(item: SeededItem, person: CalendarPerson, zone: string): ViewerEvent {
  return {
    id: item.id,
    source: 'seeded',
    subject: item.subject,
    start: local(item.start, zone),
    end: local(item.end, zone),
    isAllDay: item.isAllDay,
    showAs: item.showAs,
    isPrivate: item.isPrivate,
    location: item.location,
    isCancelled: false,
    isOrganizer: true,
    response: 'organizer',
    organizer: { name: person.displayName, address: person.mail ?? person.userPrincipalName },
    attendees: [],
    joinUrl: null,
    canRespond: false,
  };
}

/** Events grouped by the local date they start on (their `start` is already local), in time order. */
export function groupByDay(events: ViewerEvent[]): MailboxDay[] {
  const sorted = [...events].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id),
  );
  const days: MailboxDay[] = [];
  for (const event of sorted) {
    const date = event.start.slice(0, 10);
    const last = days.at(-1);
    if (last?.date === date) last.events.push(event);
    else days.push({ date, events: [event] });
  }
  return days;
}

/** The first day shown: the given local date, or today in the person's zone. */
export function firstDay(date: string | undefined, zone: string, now: Date): DateTime | undefined {
  const day = date ? DateTime.fromISO(date, { zone }) : DateTime.fromJSDate(now, { zone });
  return day.isValid ? day.startOf('day') : undefined;
}

/** One person's mailbox for VIEW_DAYS from `from` (a local start of day): events created through Graph, and optionally the seeded ones. */
export async function readMailbox(
  service: CalendarService,
  request: { person: CalendarPerson; from: DateTime; busy: boolean },
): Promise<MailboxView> {
  const { person, busy } = request;
  const zone = zoneOf(person);
  const from = request.from.setZone(zone).startOf('day');
  const to = from.plus({ days: VIEW_DAYS });
  const range = { from: from.toJSDate(), to: to.toJSDate() };
  const rows = await service.store.list(person.id, range);
  const copies = rows.filter((row) => !row.isOrganizer);
  const organizers = new Map(
    (await service.store.organizerEvents([...new Set(copies.map((row) => row.iCalUId))])).map((row) => [
      row.iCalUId,
      row,
    ]),
  );
  const events = rows.map((row) =>
    storedViewerEvent(row, row.isOrganizer ? row : organizers.get(row.iCalUId), zone),
  );
  if (busy) {
    const seeded = await service.seeded(person, range.from, range.to);
    events.push(...seeded.map((item) => seededViewerEvent(item, person, zone)));
  }
  return {
    person: {
      id: person.id,
      userPrincipalName: person.userPrincipalName,
      displayName: person.displayName,
      mail: person.mail,
      timeZone: person.timeZone,
      ianaTimeZone: zone,
    },
    from: from.toISODate()!,
    to: to.toISODate()!,
    busy,
    days: groupByDay(events),
  };
}
