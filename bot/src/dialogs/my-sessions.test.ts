import { describe, expect, it } from 'vitest';
import type { SessionPerson } from '../../../api/src/app/ports/sessions';
import type { SessionView } from '../../../api/src/app/sessions';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { nextToMove, noteOf, sessionEntry, summaryOf, upcomingSessions, whenOf, zoneOf } from './my-sessions';

const person = (aadId: string, displayName: string, timeZone: string | null): SessionPerson => ({
  aadId,
  displayName,
  email: `${aadId}@contoso.test`,
  preferredLanguage: null,
  timeZone,
  workingHours: null,
  availability: { days: [], dayparts: [] },
});

/** A booked session of Anne (mentee, New York) and Marc (mentor, Paris); override what the case needs. */
function aSession(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 's1',
    tenantId: 't1',
    programmeId: 'p1',
    pairingId: 'pair1',
    number: 2,
    status: 'booked',
    targetDate: '2027-02-04',
    windowFrom: '2027-02-01',
    windowTo: '2027-02-12',
    startsAt: new Date('2027-02-04T15:00:00Z'),
    endsAt: new Date('2027-02-04T16:00:00Z'),
    durationMinutes: 60,
    theme: {
      id: 'hands-on-workshop',
      label: { fr: 'Atelier pratique', en: 'Hands-on workshop' },
      objective: { fr: '', en: '' },
      agenda: { fr: [], en: [] },
    },
    organizerAadId: 'marc',
    transactionId: 'binome-session-s1',
    eventId: 'e1',
    iCalUId: null,
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/s1',
    problem: null,
    attempts: 0,
    responses: [],
    responsesCheckedAt: null,
    reproposals: 0,
    bookedAt: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    programmeName: 'Digital leaders',
    seriesLength: 6,
    pairingStatus: 'active',
    mentee: person('anne', 'Anne Roux', 'America/New_York'),
    mentor: person('marc', 'Marc Petit', 'Europe/Paris'),
    can: { reschedule: true, cancel: true, editAgenda: true },
    ...overrides,
  };
}

const now = new Date('2027-01-20T10:00:00Z');

describe('upcomingSessions and nextToMove', () => {
  it('keeps sessions still to come, soonest first, those without a time by their target date', () => {
    const later = aSession({ id: 'later', number: 3, startsAt: new Date('2027-03-04T15:00:00Z') });
    const waiting = aSession({ id: 'waiting', status: 'needs_slot', startsAt: null, endsAt: null });
    const held = aSession({ id: 'held', status: 'held', number: 1 });
    const over = aSession({ id: 'over', number: 1, endsAt: new Date('2027-01-10T10:00:00Z') });
    const cancelled = aSession({ id: 'cancelled', status: 'cancelled' });
    expect(upcomingSessions([later, held, waiting, over, cancelled], now).map((s) => s.id)).toEqual([
      'waiting',
      'later',
    ]);
  });

  it('moves the soonest booked or waiting session the person may move, never one still being booked', () => {
    const planned = aSession({ id: 'planned', status: 'planned', startsAt: null, endsAt: null });
    const locked = aSession({ id: 'locked', can: { reschedule: false, cancel: true, editAgenda: false } });
    const next = aSession({ id: 'next', number: 3 });
    expect(nextToMove([planned, locked, next])?.id).toBe('next');
    expect(nextToMove([planned, locked])).toBeUndefined();
  });
});

describe('times in the person’s own zone', () => {
  it('shows each side of the pair the same session in their own zone', () => {
    const s = aSession();
    expect(whenOf(summaryOf(s, 'anne'), 'en', en)).toBe(
      'Thursday 4 February 2027, 10:00–11:00 (America/New_York)',
    );
    expect(whenOf(summaryOf(s, 'marc'), 'fr', fr)).toBe('jeudi 4 février 2027, 16:00–17:00 (Europe/Paris)');
  });

  it('falls back to the programme’s zone, then UTC, when the person has none usable', () => {
    expect(zoneOf(null, 'Europe/Paris')).toBe('Europe/Paris');
    expect(zoneOf('Romance Standard Time', 'Europe/Paris')).toBe('Europe/Paris');
    expect(zoneOf(null, undefined)).toBe('UTC');
    const noZone = aSession({ mentee: person('anne', 'Anne Roux', null) });
    expect(summaryOf(noZone, 'anne', 'Europe/Paris').zone).toBe('Europe/Paris');
  });

  it('says so when the session has no time yet', () => {
    const waiting = aSession({ status: 'needs_slot', startsAt: null, endsAt: null });
    expect(whenOf(summaryOf(waiting, 'anne'), 'fr', fr)).toBe(fr.sessions.notScheduled);
  });
});

describe('noteOf', () => {
  it('explains a session that needs a new time in the person’s language', () => {
    const waiting = aSession({
      status: 'needs_slot',
      problem: {
        code: 'calendars_full_in_window',
        detail: { explanation: { fr: 'Agendas pleins.', en: 'Calendars full.' } },
      },
    });
    expect(noteOf(waiting, 'fr', fr)).toEqual({ text: 'Agendas pleins.', attention: true });
    expect(noteOf(waiting, 'en', en)).toEqual({ text: 'Calendars full.', attention: true });
  });

  it('names who declined, before the explanation when no new time was found', () => {
    const declined = aSession({
      status: 'needs_slot',
      problem: { code: 'declined', detail: { name: 'Marc Petit', explanation: { fr: 'x', en: 'No slot.' } } },
    });
    expect(noteOf(declined, 'en', en)?.text).toBe('Marc Petit declined the time proposed. No slot.');
  });

  it('mentions a time moved after a decline without asking for anything', () => {
    const moved = aSession({ problem: { code: 'reproposed', detail: { name: 'Marc Petit' } } });
    expect(noteOf(moved, 'fr', fr)).toEqual({
      text: 'Nouvel horaire proposé après le refus de Marc Petit.',
      attention: false,
    });
    expect(noteOf(aSession(), 'fr', fr)).toBeUndefined();
  });
});

describe('sessionEntry', () => {
  it('gives the heading, the partner, the status and a Teams link only while booked', () => {
    expect(sessionEntry(aSession(), 'anne', undefined, 'fr', fr)).toMatchObject({
      heading: 'Séance 2 sur 6 · Atelier pratique',
      partner: 'Marc Petit',
      status: fr.sessions.statuses.booked,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/s1',
      canReschedule: true,
      canCancel: true,
    });
    const waiting = sessionEntry(aSession({ status: 'needs_slot' }), 'marc', undefined, 'en', en);
    expect(waiting).toMatchObject({ partner: 'Anne Roux', status: en.sessions.statuses.needs_slot });
    expect(waiting.joinUrl).toBeUndefined();
  });
});
