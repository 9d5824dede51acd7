import { DateTime } from 'luxon';
import type { Clock } from '../../domain/clock';
import { GraphError } from '../graph-error';
import type { CalendarDirectory, CalendarPerson } from './directory-port';
import type { EventInput, EventPatch } from './event-input';
import {
  emailOf,
  NO_RESPONSE_TIME,
  newChangeKey,
  newEventId,
  newICalUId,
  type StoredEventData,
  teamsJoinUrl,
} from './event-shape';
import type { EventStore, NewStoredEvent, StoredEvent } from './event-store';
import type { BusyItem } from './schedule';
import { type FreeBusyStatus, type SeededItem, seededItemById, seededItems } from './seeded-calendar';
import { parseDateTimeTimeZone } from './time-zones';

export const notFound = () =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export interface CalendarServiceOptions {
  store: EventStore;
  directory: CalendarDirectory;
  tenantId: string;
  seed: number;
  clock: Clock;
}

export type Found = { kind: 'stored'; row: StoredEvent } | { kind: 'seeded'; item: SeededItem };

/** The demo calendars: seeded meetings merged with stored ones, and the meeting rules between mailboxes. */
export class CalendarService {
  private epochPromise: Promise<Date> | undefined;

  constructor(private readonly options: CalendarServiceOptions) {}

  get store(): EventStore {
    return this.options.store;
  }

  get tenantId(): string {
    return this.options.tenantId;
  }

  /** The seeded calendars start on the Monday (UTC) of the week of the first start. */
  epoch(): Promise<Date> {
    if (!this.epochPromise) {
      const monday = DateTime.fromJSDate(this.options.clock.now(), { zone: 'UTC' }).startOf('week');
      this.epochPromise = this.options.store.epoch(monday.toJSDate());
      this.epochPromise.catch(() => {
        this.epochPromise = undefined;
      });
    }
    return this.epochPromise;
  }

  async person(idOrUpn: string): Promise<CalendarPerson> {
    const person = await this.options.directory.findPerson(idOrUpn);
    if (!person) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`);
    return person;
  }

  findPerson(idOrUpn: string): Promise<CalendarPerson | undefined> {
    return this.options.directory.findPerson(idOrUpn);
  }

  async seeded(person: CalendarPerson, from: Date, to: Date): Promise<SeededItem[]> {
    return seededItems({ seed: this.options.seed, person, epoch: await this.epoch(), from, to });
  }

  /** What makes a person unavailable in [from, to): seeded and stored, cancelled and free ones left out. */
  async busy(person: CalendarPerson, from: Date, to: Date): Promise<BusyItem[]> {
    const seeded = (await this.seeded(person, from, to)).map((item) => ({
      start: item.start,
      end: item.end,
      status: item.showAs,
      subject: item.subject,
      location: item.location,
      isPrivate: item.isPrivate,
    }));
    const stored = (await this.store.list(person.id, { from, to }))
      .filter((row) => !row.isCancelled)
      .map((row) => {
        const data = row.data as unknown as StoredEventData;
        return {
          start: row.startsAt,
          end: row.endsAt,
          status: data.showAs as FreeBusyStatus,
          subject: data.subject,
          location: String(data.location.displayName ?? ''),
          isPrivate: data.sensitivity === 'private',
        };
      });
    return [...seeded, ...stored]
      .filter((item) => item.status !== 'free')
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  async find(person: CalendarPerson, id: string): Promise<Found> {
    const row = await this.store.find(person.id, id);
    if (row) return { kind: 'stored', row };
    const item = seededItemById(this.options.seed, person, await this.epoch(), id);
    if (item) return { kind: 'seeded', item };
    throw notFound();
  }

  async findStored(person: CalendarPerson, id: string): Promise<StoredEvent> {
    const found = await this.find(person, id);
    if (found.kind === 'seeded') {
      throw new GraphError(400, 'ErrorInvalidRequest', 'Seeded meetings of the demo tenant are read-only.');
    }
    return found.row;
  }

  /** Creates a meeting in the organizer's calendar and a copy in each attendee's; a repeated transactionId creates nothing. */
  async create(organizer: CalendarPerson, input: EventInput): Promise<StoredEvent> {
    if (input.transactionId) {
      const existing = await this.store.findByTransactionId(organizer.id, input.transactionId);
      if (existing) return existing;
    }
    const { startsAt, endsAt } = this.times(input.start, input.end);
    const now = this.options.clock.now();
    const iCalUId = newICalUId();
    const online = input.isOnlineMeeting === true;
    const provider = online ? (input.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown';
    const data: StoredEventData = {
      subject: input.subject ?? '',
      body: { contentType: input.body?.contentType ?? 'html', content: input.body?.content ?? '' },
      start: { dateTime: startsAt.toISOString(), timeZone: 'UTC' },
      end: { dateTime: endsAt.toISOString(), timeZone: 'UTC' },
      originalStartTimeZone: input.start.timeZone ?? 'UTC',
      originalEndTimeZone: input.end.timeZone ?? 'UTC',
      location: normalizeLocation(input.location),
      locations: (input.locations ?? (input.location?.displayName ? [input.location] : [])).map(
        normalizeLocation,
      ),
      attendees: (input.attendees ?? []).map((a) => ({
        type: a.type ?? 'required',
        status: { response: 'none', time: NO_RESPONSE_TIME },
        emailAddress: {
          name: a.emailAddress.name ?? a.emailAddress.address,
          address: a.emailAddress.address,
        },
      })),
      organizer: { emailAddress: emailOf(organizer) },
      responseStatus: { response: 'organizer', time: NO_RESPONSE_TIME },
      categories: input.categories ?? [],
      showAs: input.showAs ?? 'busy',
      importance: input.importance ?? 'normal',
      sensitivity: input.sensitivity ?? 'normal',
      isAllDay: input.isAllDay ?? false,
      isReminderOn: input.isReminderOn ?? true,
      reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
      responseRequested: input.responseRequested ?? true,
      allowNewTimeProposals: input.allowNewTimeProposals ?? true,
      isOnlineMeeting: online,
      onlineMeetingProvider: provider,
      onlineMeeting:
        online && provider === 'teamsForBusiness'
          ? { joinUrl: teamsJoinUrl(this.options.tenantId, organizer.id) }
          : null,
      changeKey: newChangeKey(),
    };
    const row: NewStoredEvent = {
      id: newEventId(),
      tenantId: this.options.tenantId,
      mailboxId: organizer.id,
      iCalUId,
      organizerId: organizer.id,
      isOrganizer: true,
      transactionId: input.transactionId ?? null,
      startsAt,
      endsAt,
      data: data as unknown as Record<string, unknown>,
      createdAt: now,
      updatedAt: now,
    };
    const copies = await this.attendeeCopies(row, data, data.attendees, now);
    const { event } = await this.store.create(row, copies);
    return event;
  }

  /** One copy per attendee who has a mailbox here (not the organizer, not rooms, once each). */
  async attendeeCopies(
    organizerRow: Pick<NewStoredEvent, 'iCalUId' | 'organizerId' | 'startsAt' | 'endsAt'>,
    data: StoredEventData,
    attendees: StoredEventData['attendees'],
    now: Date,
  ): Promise<NewStoredEvent[]> {
    const seen = new Set<string>([organizerRow.organizerId]);
    const copies: NewStoredEvent[] = [];
    for (const attendee of attendees) {
      if (attendee.type === 'resource') continue;
      const person = await this.options.directory.findPerson(attendee.emailAddress.address);
      if (!person || seen.has(person.id)) continue;
      seen.add(person.id);
      copies.push({
        id: newEventId(),
        tenantId: this.options.tenantId,
        mailboxId: person.id,
        iCalUId: organizerRow.iCalUId,
        organizerId: organizerRow.organizerId,
        isOrganizer: false,
        transactionId: null,
        startsAt: organizerRow.startsAt,
        endsAt: organizerRow.endsAt,
        data: {
          ...data,
          responseStatus: { response: 'notResponded', time: NO_RESPONSE_TIME },
          changeKey: newChangeKey(),
        } as unknown as Record<string, unknown>,
        createdAt: now,
        updatedAt: now,
      });
    }
    return copies;
  }

  times(start: EventPatch['start'], end: EventPatch['end']): { startsAt: Date; endsAt: Date } {
    if (!start || !end) throw new GraphError(400, 'ErrorInvalidRequest', 'Both start and end are required.');
    const startsAt = parseDateTimeTimeZone(start).toJSDate();
    const endsAt = parseDateTimeTimeZone(end).toJSDate();
    if (endsAt < startsAt) {
      throw new GraphError(
        400,
        'ErrorInvalidRequest',
        'The end of the event must not be earlier than its start.',
      );
    }
    return { startsAt, endsAt };
  }

  /** Whether `person` is the mailbox named by an attendee address (mail or UPN, any case). */
  static isAddressOf(person: CalendarPerson, address: string): boolean {
    const lower = address.toLowerCase();
    return lower === person.userPrincipalName.toLowerCase() || lower === (person.mail ?? '').toLowerCase();
  }
}

export function normalizeLocation(
  location: { displayName?: string | null } | null | undefined,
): Record<string, unknown> {
  return {
    ...location,
    displayName: location?.displayName ?? '',
    locationType: 'default',
    uniqueIdType: location?.displayName ? 'private' : 'unknown',
  };
}
