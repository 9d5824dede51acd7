import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';
import { readyToMatch, type Volunteer } from '../support/scenarios';

interface GraphEvent {
  id: string;
  iCalUId: string;
  subject: string;
  isCancelled: boolean;
  transactionId: string | null;
  categories: string[];
  start: { dateTime: string };
  end: { dateTime: string };
  body: { content: string };
  onlineMeeting: { joinUrl: string } | null;
  attendees: { emailAddress: { address: string }; status: { response: string } }[];
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Booking a programme's sessions in both people's Outlook calendars, through the demo tenant's Graph. */
describe.each(backends())('booking sessions on %s', (database) => {
  let app: TestApp;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  let programmeId: string;
  let graphToken: string;
  const volunteers: Volunteer[] = [];
  const base = () => `/api/v1/programmes/${programmeId}`;
  const graph = async (method: string, path: string, body?: unknown) =>
    call(method, `/_demo/graph/v1.0${path}`, { token: graphToken, ...(body ? { body } : {}) });
  const tokenOf = (aadId: string) => volunteers.find((v) => v.aadId === aadId)!.token;

  /** Every event Binôme created in someone's mailbox (the seeded busy items are not events). */
  async function binomeEvents(aadId: string): Promise<GraphEvent[]> {
    const response = await graph('GET', `/users/${aadId}/events?$top=999`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body.value as GraphEvent[]).filter((e) => e.categories.includes('Binôme'));
  }

  async function bookingDone() {
    for (let i = 0; i < 240; i++) {
      const progress = await call('GET', `${base()}/sessions/booking`, { token: admin });
      expect(progress.status, JSON.stringify(progress.body)).toBe(200);
      if (progress.body.state === 'done' || progress.body.state === 'failed') return progress.body;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('booking did not finish in time');
  }

  beforeAll(async () => {
    app = await startTestApp({ database, env: { DEMO_EMPTY: 'true', SESSION_RESPONSES_POLL_SECONDS: '5' } });
    call = apiClient(app.baseUrl);
    const scenario = await readyToMatch(app, { mentors: 4, mentees: 6 });
    admin = scenario.adminToken;
    programmeId = scenario.programmeId;
    volunteers.push(...scenario.volunteers);
    graphToken = await app.service.demo!.issuer.issueAppToken();
    const run = await call('POST', `${base()}/matching/run`, { token: admin });
    const ids = run.body.proposals.map((p: { id: string }) => p.id);
    const approved = await call('POST', `${base()}/matching/approve`, {
      token: admin,
      body: { pairingIds: ids },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const running = await call('POST', `${base()}/transitions`, { token: admin, body: { to: 'running' } });
    expect(running.status, JSON.stringify(running.body)).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('refuses to book for someone who is not an admin of the programme', async () => {
    const mentee = volunteers.find((v) => v.role === 'mentee')!;
    const refused = await call('POST', `${base()}/sessions/booking`, { token: mentee.token });
    expect(refused.status).toBe(403);
    expect(refused.type).toContain('application/problem+json');
    const listing = await call('GET', `${base()}/sessions`, { token: mentee.token });
    expect(listing.status).toBe(403);
  });

  it("books every session of every pair once, with Teams links, inside both people's working hours", async () => {
    const started = await call('POST', `${base()}/sessions/booking`, { token: admin });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(['queued', 'running', 'done']).toContain(started.body.state);
    const done = await bookingDone();
    expect(done.state).toBe('done');
    const pairs = (await call('GET', `${base()}/matching`, { token: admin })).body.active.length as number;
    expect(pairs).toBeGreaterThan(0);
    // Six monthly sessions from January to July.
    expect(done.counts.total).toBe(pairs * 6);
    expect(done.counts.failed).toBe(0);
    expect(done.counts.booked + done.counts.needsSlot).toBe(done.counts.total);
    expect(done.counts.booked).toBeGreaterThan(done.counts.total * 0.8);
    // Calendars read and events created through $batch: far fewer round-trips than sessions.
    expect(done.figures.graphRequests / done.counts.booked).toBeLessThanOrEqual(0.25);

    const listing = await call('GET', `${base()}/sessions?limit=500`, { token: admin });
    expect(listing.status).toBe(200);
    expect(listing.body.total).toBe(done.counts.total);
    const booked = listing.body.items.filter((s: any) => s.status === 'booked');
    const settings = new Map<string, any>();
    for (const s of booked) {
      expect(s.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
      // Inside its window and inside both people's working hours, each in their own zone.
      const start = DateTime.fromISO(s.startsAt);
      expect(
        start.toISODate()! >= s.window.from || start.setZone('Europe/Paris').toISODate()! >= s.window.from,
      ).toBe(true);
      for (const who of [s.mentee, s.mentor]) {
        if (!settings.has(who.aadId)) {
          settings.set(who.aadId, (await graph('GET', `/users/${who.aadId}/mailboxSettings`)).body);
        }
      }
      for (const who of [s.mentee, s.mentor]) {
        const hours = settings.get(who.aadId).workingHours;
        const zone = who.timeZone as string;
        const local = DateTime.fromISO(s.startsAt, { zone });
        const localEnd = DateTime.fromISO(s.endsAt, { zone });
        expect(hours.daysOfWeek.map((d: string) => d.toLowerCase())).toContain(WEEKDAYS[local.weekday - 1]);
        expect(local.toFormat('HH:mm:ss') >= hours.startTime.slice(0, 8)).toBe(true);
        expect(localEnd.toFormat('HH:mm:ss') <= hours.endTime.slice(0, 8)).toBe(true);
      }
    }
    // One session a week at most for a pair.
    const byPair = new Map<string, string[]>();
    for (const s of booked) {
      const week = DateTime.fromISO(s.startsAt, { zone: 'Europe/Paris' }).toFormat("kkkk-'W'WW");
      byPair.set(s.pairingId, [...(byPair.get(s.pairingId) ?? []), week]);
    }
    for (const weeks of byPair.values()) expect(new Set(weeks).size).toBe(weeks.length);

    // In Outlook: exactly one event per booked session in the organizer's calendar, and a copy for the other.
    const organizers = new Set<string>(booked.map((s: any) => s.organizerAadId));
    let events = 0;
    for (const organizer of organizers) {
      const mine = (await binomeEvents(organizer)).filter((e) => e.transactionId);
      const sessionsHere = booked.filter((s: any) => s.organizerAadId === organizer);
      expect(mine.length).toBe(sessionsHere.length);
      events += mine.length;
      for (const e of mine) {
        expect(e.onlineMeeting?.joinUrl).toMatch(/^https:\/\//);
        expect(e.body.content).toContain('Ordre du jour');
        expect(e.body.content).toContain('Agenda');
        expect(e.attendees.length).toBe(1);
      }
    }
    expect(events).toBe(booked.length);
    const first = booked[0];
    const other = first.organizerAadId === first.mentor.aadId ? first.mentee : first.mentor;
    const copies = await binomeEvents(other.aadId);
    expect(copies.some((e) => new Date(`${e.start.dateTime}Z`).toISOString() === first.startsAt)).toBe(true);
  }, 120_000);

  it('books nothing twice when asked again, even for a session whose event was created but not recorded', async () => {
    const before = (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body
      .items;
    const victim = before[0];
    // A crash after Outlook created the event but before Binôme wrote it down.
    await app.service.db.query(
      `update session set status = 'planned', event_id = null, join_url = null where id = $1`,
      [victim.id],
    );
    const again = await call('POST', `${base()}/sessions/booking`, { token: admin });
    expect(again.status).toBe(202);
    const done = await bookingDone();
    expect(done.counts.booked).toBe(before.length);
    const after = (await call('GET', `/api/v1/sessions/${victim.id}`, { token: admin })).body;
    expect(after.status).toBe('booked');
    expect(after.startsAt).toBe(victim.startsAt);
    const organizerEvents = (await binomeEvents(victim.organizerAadId)).filter((e) => e.transactionId);
    const sameSlot = organizerEvents.filter(
      (e) => new Date(`${e.start.dateTime}Z`).toISOString() === victim.startsAt,
    );
    expect(sameSlot.length).toBe(1);
    expect(sameSlot[0]!.onlineMeeting?.joinUrl).toBe(after.joinUrl);
  }, 60_000);

  it("shows each person their own sessions and nobody else's", async () => {
    const mentee = volunteers.find((v) => v.role === 'mentee' && v.aadId)!;
    const mine = await call('GET', '/api/v1/me/sessions', { token: mentee.token });
    expect(mine.status).toBe(200);
    for (const s of mine.body.items) expect([s.mentee.aadId, s.mentor.aadId]).toContain(mentee.aadId);
    const all = (await call('GET', `${base()}/sessions?limit=500`, { token: admin })).body.items;
    const foreign = all.find((s: any) => s.mentee.aadId !== mentee.aadId && s.mentor.aadId !== mentee.aadId);
    if (foreign) {
      const peek = await call('GET', `/api/v1/sessions/${foreign.id}`, { token: mentee.token });
      expect(peek.status).toBe(404);
      const move = await call('POST', `/api/v1/sessions/${foreign.id}/reschedule`, {
        token: mentee.token,
        body: {},
      });
      expect(move.status).toBe(404);
    }
    const unknown = await call('GET', '/api/v1/sessions/not-an-id', { token: mentee.token });
    expect(unknown.status).toBe(400);
  });

  it('moves a session to the next good slot, or to a chosen time only when it suits both', async () => {
    const all = (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body
      .items;
    const s = all[1];
    const member = tokenOf(s.mentee.aadId);
    const moved = await call('POST', `/api/v1/sessions/${s.id}/reschedule`, { token: member, body: {} });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.status).toBe('booked');
    expect(moved.body.startsAt).not.toBe(s.startsAt);
    const event = (await binomeEvents(s.organizerAadId)).find(
      (e) => e.onlineMeeting?.joinUrl === moved.body.joinUrl,
    )!;
    expect(new Date(`${event.start.dateTime}Z`).toISOString()).toBe(moved.body.startsAt);
    // Asking again moves on, never back to the slot just left.
    const again = await call('POST', `/api/v1/sessions/${s.id}/reschedule`, { token: member, body: {} });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.startsAt > moved.body.startsAt).toBe(true);
    moved.body = again.body;

    // Sunday at 03:00 in Paris suits nobody.
    const sunday = DateTime.fromISO(moved.body.startsAt, { zone: 'Europe/Paris' })
      .set({ weekday: 7, hour: 3, minute: 0 })
      .toUTC()
      .toISO();
    const refused = await call('POST', `/api/v1/sessions/${s.id}/reschedule`, {
      token: member,
      body: { startsAt: sunday },
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.code).toBe('slot_unavailable');
    expect(refused.body.reasons).toEqual(['no_common_working_hours']);

    const garbage = await call('POST', `/api/v1/sessions/${s.id}/reschedule`, {
      token: member,
      body: { startsAt: 'next tuesday' },
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors[0].path).toBe('body.startsAt');
    const past = await call('POST', `/api/v1/sessions/${s.id}/reschedule`, {
      token: member,
      body: { startsAt: '2020-01-07T09:00:00Z' },
    });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('start_in_past');
    const still = (await call('GET', `/api/v1/sessions/${s.id}`, { token: member })).body;
    expect(still.startsAt).toBe(moved.body.startsAt);
  }, 60_000);

  it('updates the agenda in the invitation, and gives the session as an .ics file', async () => {
    const s = (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body
      .items[2];
    const member = tokenOf(s.mentor.aadId);
    const updated = await call('PUT', `/api/v1/sessions/${s.id}/agenda`, {
      token: member,
      body: {
        objective: { fr: 'Maîtriser Copilot dans Outlook', en: 'Master Copilot in Outlook' },
        agenda: { fr: ['Résumer un fil de mails'], en: ['Summarise a mail thread'] },
      },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.objective.en).toBe('Master Copilot in Outlook');
    const event = (await binomeEvents(s.organizerAadId)).find((e) => e.onlineMeeting?.joinUrl === s.joinUrl)!;
    expect(event.body.content).toContain('Summarise a mail thread');
    expect(event.body.content).toContain('Résumer un fil de mails');
    const empty = await call('PUT', `/api/v1/sessions/${s.id}/agenda`, {
      token: member,
      body: { objective: { fr: '', en: 'x' }, agenda: { fr: [], en: [] } },
    });
    expect(empty.status).toBe(400);

    const ics = await call('GET', `/api/v1/sessions/${s.id}/ics`, { token: member });
    expect(ics.status).toBe(200);
    expect(ics.type).toContain('text/calendar');
    // iCalendar folds long lines: a line break followed by a space or a tab continues the line.
    const unfolded = (ics.body as string).replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain(`UID:${event.iCalUId}`);
    const start = DateTime.fromISO(s.startsAt, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmm");
    expect(unfolded).toContain(`DTSTART:${start}`);
    expect(unfolded).toContain('Summarise a mail thread');
  }, 60_000);

  it('cancels a session in Outlook with the message', async () => {
    const s = (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body
      .items[3];
    const member = tokenOf(s.mentee.aadId);
    const noReason = await call('POST', `/api/v1/sessions/${s.id}/cancel`, {
      token: member,
      body: { message: ' ' },
    });
    expect(noReason.status).toBe(400);
    const cancelled = await call('POST', `/api/v1/sessions/${s.id}/cancel`, {
      token: member,
      body: { message: 'Déplacement à Lyon ce jour-là' },
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Déplacement à Lyon ce jour-là',
    });
    expect(cancelled.body.can).toEqual({ reschedule: false, cancel: false, editAgenda: false });
    // Outlook removes a cancelled meeting from the organizer's calendar and marks the attendees' copies.
    expect((await binomeEvents(s.organizerAadId)).some((e) => e.onlineMeeting?.joinUrl === s.joinUrl)).toBe(
      false,
    );
    const attendee = s.organizerAadId === s.mentor.aadId ? s.mentee : s.mentor;
    const copy = (await binomeEvents(attendee.aadId)).find((e) => e.onlineMeeting?.joinUrl === s.joinUrl)!;
    expect(copy.isCancelled).toBe(true);
    expect(copy.body.content).toContain('Déplacement à Lyon');
    const twice = await call('POST', `/api/v1/sessions/${s.id}/cancel`, {
      token: member,
      body: { message: 'again' },
    });
    expect(twice.status).toBe(409);
  });

  it('re-proposes a session the other person declined', async () => {
    const s = (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body
      .items[4];
    const attendee = s.organizerAadId === s.mentor.aadId ? s.mentee : s.mentor;
    const copy = (await binomeEvents(attendee.aadId)).find(
      (e) => new Date(`${e.start.dateTime}Z`).toISOString() === s.startsAt && !e.isCancelled,
    )!;
    const declined = await graph('POST', `/users/${attendee.aadId}/events/${copy.id}/decline`, {
      comment: 'Pas disponible',
      sendResponse: true,
    });
    expect(declined.status, JSON.stringify(declined.body)).toBe(202);
    let after: any;
    for (let i = 0; i < 120; i++) {
      after = (await call('GET', `/api/v1/sessions/${s.id}`, { token: admin })).body;
      if (after.reproposals > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(after.reproposals).toBe(1);
    expect(after.status).toBe('booked');
    expect(after.startsAt).not.toBe(s.startsAt);
    expect(after.problem).toMatchObject({ code: 'reproposed', detail: { by: attendee.aadId } });
    const moved = (await binomeEvents(s.organizerAadId)).find((e) => e.onlineMeeting?.joinUrl === s.joinUrl)!;
    expect(new Date(`${moved.start.dateTime}Z`).toISOString()).toBe(after.startsAt);
    // A new time asks the attendee again.
    expect(moved.attendees[0]!.status.response).toBe('none');
  }, 60_000);

  it('cancels what an ended pair still had ahead', async () => {
    const s = (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body
      .items[5];
    const ended = await call('POST', `${base()}/pairings/${s.pairingId}/end`, {
      token: admin,
      body: { reason: 'Changement de poste' },
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const left = (await call('GET', `${base()}/sessions?limit=500`, { token: admin })).body.items.filter(
      (x: any) => x.pairingId === s.pairingId,
    );
    expect(left.every((x: any) => x.status === 'cancelled')).toBe(true);
    const joinUrls = new Set(left.map((x: any) => x.joinUrl).filter(Boolean));
    const organizerStill = (await binomeEvents(s.organizerAadId)).filter((e) =>
      joinUrls.has(e.onlineMeeting?.joinUrl),
    );
    expect(organizerStill).toEqual([]);
    const attendee = s.organizerAadId === s.mentor.aadId ? s.mentee : s.mentor;
    const copies = (await binomeEvents(attendee.aadId)).filter((e) =>
      left.some((x: any) => new Date(`${e.start.dateTime}Z`).toISOString() === x.startsAt),
    );
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.every((e) => e.isCancelled)).toBe(true);
  });
});
