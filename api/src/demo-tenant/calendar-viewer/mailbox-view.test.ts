import { describe, expect, it } from 'vitest';
import type { StoredEventData } from '../calendar/event-shape';
import type { StoredEvent } from '../calendar/event-store';
import { firstDay, groupByDay, storedViewerEvent } from './mailbox-view';

/** A stored row as the demo calendars keep one, changed only where a test cares. */
function aStoredEvent(
  overrides: Partial<StoredEvent> = {},
  data: Partial<StoredEventData> = {},
): StoredEvent {
  const eventData: StoredEventData = {
    subject: 'Séance binôme',
    body: { contentType: 'html', content: '' },
    start: { dateTime: '2026-03-09T23:30:00.000Z', timeZone: 'UTC' },
    end: { dateTime: '2026-03-10T00:30:00.000Z', timeZone: 'UTC' },
    originalStartTimeZone: 'UTC',
    originalEndTimeZone: 'UTC',
    location: { displayName: '' },
    locations: [],
    attendees: [
      {
        type: 'required',
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
        emailAddress: { name: 'Sam', address: 'sam@contoso.example' },
      },
    ],
    organizer: { emailAddress: { name: 'Amélie', address: 'amelie@contoso.example' } },
    responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
    categories: [],
    showAs: 'busy',
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isReminderOn: true,
    reminderMinutesBeforeStart: 15,
    responseRequested: true,
    allowNewTimeProposals: true,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
    changeKey: 'k',
    ...data,
  };
  return {
    id: 'copy-1',
    tenantId: 't',
    mailboxId: 'sam',
    iCalUId: 'ical-1',
    organizerId: 'amelie',
    isOrganizer: false,
    transactionId: null,
    startsAt: new Date('2026-03-09T23:30:00Z'),
    endsAt: new Date('2026-03-10T00:30:00Z'),
    isCancelled: false,
    data: eventData as unknown as Record<string, unknown>,
    createdAt: new Date('2026-03-01T00:00:00Z'),
    updatedAt: new Date('2026-03-01T00:00:00Z'),
    ...overrides,
  };
}

describe('a stored meeting in the viewer', () => {
  it('is shown at the local time of the mailbox, on the local day', () => {
    const singapore = storedViewerEvent(aStoredEvent(), undefined, 'Asia/Singapore');
    expect(singapore).toMatchObject({ start: '2026-03-10T07:30:00+08:00', end: '2026-03-10T08:30:00+08:00' });
    const newYork = storedViewerEvent(aStoredEvent(), undefined, 'America/New_York');
    expect(newYork.start).toBe('2026-03-09T19:30:00-04:00');
    expect(groupByDay([singapore]).map((day) => day.date)).toEqual(['2026-03-10']);
    expect(groupByDay([newYork]).map((day) => day.date)).toEqual(['2026-03-09']);
  });

  it('takes the attendees’ answers from the organizer’s event, and the person’s own from the copy', () => {
    const organizerRow = aStoredEvent(
      { id: 'original', isOrganizer: true, mailboxId: 'amelie' },
      {
        responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
        attendees: [
          {
            type: 'required',
            status: { response: 'declined', time: '2026-03-05T10:00:00Z' },
            emailAddress: { name: 'Sam', address: 'sam@contoso.example' },
          },
        ],
      },
    );
    const copy = aStoredEvent({}, { responseStatus: { response: 'declined', time: '2026-03-05T10:00:00Z' } });
    const event = storedViewerEvent(copy, organizerRow, 'UTC');
    expect(event).toMatchObject({
      response: 'declined',
      isOrganizer: false,
      canRespond: true,
      attendees: [{ address: 'sam@contoso.example', response: 'declined' }],
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
    });
  });

  it('cannot be answered by its organizer nor once cancelled', () => {
    expect(storedViewerEvent(aStoredEvent({ isOrganizer: true }), undefined, 'UTC').canRespond).toBe(false);
    expect(storedViewerEvent(aStoredEvent({ isCancelled: true }), undefined, 'UTC').canRespond).toBe(false);
  });
});

describe('groupByDay', () => {
  it('orders days and the events inside them by time', () => {
    const at = (id: string, start: string) =>
      storedViewerEvent(
        aStoredEvent({ id, startsAt: new Date(start), endsAt: new Date(start) }),
        undefined,
        'Europe/Paris',
      );
    const days = groupByDay([
      at('c', '2026-03-11T08:00:00Z'),
      at('b', '2026-03-10T13:00:00Z'),
      at('a', '2026-03-10T08:00:00Z'),
    ]);
    expect(days.map((day) => [day.date, day.events.map((e) => e.id)])).toEqual([
      ['2026-03-10', ['a', 'b']],
      ['2026-03-11', ['c']],
    ]);
  });
});

describe('firstDay', () => {
  const now = new Date('2026-03-09T20:00:00Z');

  it('is today in the mailbox’s zone, whatever the machine’s zone', () => {
    expect(firstDay(undefined, 'Asia/Singapore', now)?.toISO()).toBe('2026-03-10T00:00:00.000+08:00');
    expect(firstDay(undefined, 'America/New_York', now)?.toISO()).toBe('2026-03-09T00:00:00.000-04:00');
  });

  it('starts at the local midnight of a given date, and refuses an impossible one', () => {
    expect(firstDay('2026-03-29', 'Europe/Paris', now)?.toISO()).toBe('2026-03-29T00:00:00.000+01:00');
    expect(firstDay('2026-02-30', 'Europe/Paris', now)).toBeUndefined();
  });
});
