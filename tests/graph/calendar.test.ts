import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Calendar,
  isScheduleError,
  type NewEvent,
  type Schedule,
} from '../../api/src/app/ports/calendar';
import { createGraphCalendar } from '../../api/src/graph/calendar';
import { createGraphClient } from '../../api/src/graph/client';
import { readPages } from '../../api/src/graph/paging';
import { startTestApp, type TestApp } from '../support/app';
import { apiClient } from '../support/http';

interface Person {
  aadId: string;
  email: string;
  name: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('Graph calendar adapter against the demo tenant', () => {
  let app: TestApp;
  let client: Client;
  let endpoint: string;
  let calendar: Calendar;
  let people: Person[];
  let call: ReturnType<typeof apiClient>;
  /** Midnight UTC, some weeks ahead, where the test's meetings go. */
  let base: number;

  const eventsOf = async (aadId: string) => {
    const events: { id: string; iCalUId: string; subject: string; isCancelled?: boolean }[] = [];
    await readPages<(typeof events)[number]>(
      client,
      endpoint,
      client.api(`/users/${aadId}/events`).select('id,iCalUId,subject,isCancelled').top(100),
      async (page) => {
        events.push(...page);
      },
    );
    return events;
  };

  const meeting = (organizer: Person, attendee: Person, index: number, tag: string): NewEvent => ({
    organizer: organizer.aadId,
    transactionId: `${tag}-${index}`,
    subject: `Binôme session ${tag} ${index}`,
    bodyHtml: `<p>Session ${index}</p>`,
    start: new Date(base + index * HOUR),
    end: new Date(base + index * HOUR + 30 * 60_000),
    attendees: [{ email: attendee.email, name: attendee.name }],
    categories: ['Binôme'],
    reminderMinutes: 15,
  });

  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_EMPTY: 'true' } });
    call = apiClient(app.baseUrl);
    endpoint = `${app.baseUrl}/_demo/graph/v1.0`;
    client = createGraphClient({ endpoint, token: () => app.service.demo!.issuer.issueAppToken() });
    calendar = createGraphCalendar(client);
    const users: { id: string; mail: string | null; displayName: string }[] = [];
    await readPages<(typeof users)[number]>(
      client,
      endpoint,
      client.api('/users').select('id,mail,displayName').top(30),
      async (page) => {
        users.push(...page);
      },
    );
    people = users
      .filter((u) => u.mail)
      .map((u) => ({ aadId: u.id, email: u.mail!, name: u.displayName }))
      .slice(0, 60);
    expect(people.length).toBeGreaterThanOrEqual(50);
    const today = new Date();
    base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + 40 * DAY;
  });
  afterAll(async () => app?.close());

  it('reads the schedules of 45 people over 70 days, in chunks and windows, in UTC', async () => {
    const start = new Date(base - 35 * DAY);
    const end = new Date(start.getTime() + 70 * DAY);
    const asked = people.slice(0, 45);
    const unknown = { aadId: 'no-such-person', email: 'nobody@nowhere.invalid' };
    const schedules = await calendar.getSchedules([...asked, unknown], { start, end });
    expect(schedules.size).toBe(46);
    for (const person of asked) {
      const schedule = schedules.get(person.aadId)!;
      expect(isScheduleError(schedule)).toBe(false);
      const { items, workingHours } = schedule as Schedule;
      expect(items.length).toBeGreaterThan(0);
      // Items from both windows (the split is at 60 days).
      expect(items.some((i) => i.start.getTime() < start.getTime() + 60 * DAY)).toBe(true);
      expect(items.some((i) => i.start.getTime() >= start.getTime() + 60 * DAY)).toBe(true);
      for (const item of items) {
        expect(item.end.getTime()).toBeGreaterThan(item.start.getTime());
        expect(['busy', 'tentative', 'oof', 'workingElsewhere', 'unknown']).toContain(item.status);
      }
      expect(workingHours?.startTime).toMatch(/^\d{2}:\d{2}$/);
    }
    const missing = schedules.get(unknown.aadId)!;
    expect(isScheduleError(missing) && missing.error.code).toBe('5009');
  });

  it('creates 30 Teams meetings in one call, idempotently, and they show as busy', async () => {
    const [organizer, ...others] = people;
    const requests = others.slice(0, 30).map((attendee, i) => meeting(organizer!, attendee, i, 'first'));
    const created = await calendar.createEvents(requests);
    expect(created).toHaveLength(30);
    for (const result of created) {
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      expect(result.joinUrl).toMatch(/^https:\/\//);
      expect(result.iCalUId).not.toBe('');
    }
    const ids = created.map((r) => (r.ok ? r.eventId : ''));
    expect(new Set(ids).size).toBe(30);

    const again = await calendar.createEvents(requests);
    expect(again.map((r) => (r.ok ? r.eventId : r.code))).toEqual(ids);
    expect((await eventsOf(organizer!.aadId)).length).toBe(30);

    const attendee = others[3]!;
    const slot = requests[3]!;
    const schedules = await calendar.getSchedules([organizer!, attendee], {
      start: new Date(slot.start.getTime() - DAY),
      end: new Date(slot.end.getTime() + DAY),
    });
    for (const person of [organizer!, attendee]) {
      const schedule = schedules.get(person.aadId) as Schedule;
      expect(
        schedule.items.some(
          (i) =>
            i.status === 'busy' &&
            i.start.getTime() <= slot.start.getTime() &&
            i.end.getTime() >= slot.end.getTime(),
        ),
      ).toBe(true);
    }
  });

  it('still creates every meeting once when a third of the batch items are throttled', async () => {
    const set = await call('PUT', '/_demo/faults', { body: { throttleRate: 0.3, seed: 7 } });
    expect(set.status).toBe(200);
    try {
      let rounds = 0;
      const retrying = createGraphCalendar(client, {
        batch: { sleep: async () => void rounds++ },
      });
      const organizer = people[40]!;
      const requests = people.slice(0, 20).map((attendee, i) => meeting(organizer, attendee, i, 'faults'));
      const created = await retrying.createEvents(requests);
      const repeated = await retrying.createEvents(requests);
      expect(rounds).toBeGreaterThan(0);
      for (const result of [...created, ...repeated]) {
        if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      }
      expect(repeated.map((r) => (r.ok ? r.eventId : ''))).toEqual(
        created.map((r) => (r.ok ? r.eventId : '')),
      );
      expect((await eventsOf(organizer.aadId)).length).toBe(20);
    } finally {
      await call('PUT', '/_demo/faults', { body: { throttleRate: 0 } });
    }
  });

  it('updates, follows answers and cancels a meeting', async () => {
    const organizer = people[45]!;
    const attendee = people[46]!;
    const [created] = await calendar.createEvents([meeting(organizer, attendee, 3, 'life')]);
    if (!created?.ok) throw new Error(JSON.stringify(created));

    const start = new Date(base + 5 * DAY + 2 * HOUR);
    await calendar.updateEvent(organizer.aadId, created.eventId, {
      start,
      end: new Date(start.getTime() + HOUR),
      subject: 'Binôme session (moved)',
    });
    const moved = await client.api(`/users/${organizer.aadId}/events/${created.eventId}`).get();
    expect(moved.subject).toBe('Binôme session (moved)');

    // Graph shows 'none' on the organizer's side until the attendee answers.
    const [before] = await calendar.attendeeResponses(organizer.aadId, created.eventId);
    expect(before?.email).toBe(attendee.email);
    expect(['none', 'notResponded']).toContain(before?.response);
    const copy = (await eventsOf(attendee.aadId)).find((e) => e.iCalUId === created.iCalUId);
    expect(copy).toBeDefined();
    await client
      .api(`/users/${attendee.aadId}/events/${copy!.id}/decline`)
      .post({ comment: 'Not this week', sendResponse: true });
    expect(await calendar.attendeeResponses(organizer.aadId, created.eventId)).toEqual([
      { email: attendee.email, response: 'declined' },
    ]);

    await calendar.cancelEvent(organizer.aadId, created.eventId, 'Pair closed');
    const cancelled = (await eventsOf(attendee.aadId)).find((e) => e.iCalUId === created.iCalUId);
    expect(cancelled?.isCancelled).toBe(true);
    // Only the organizer may cancel.
    await expect(calendar.cancelEvent(attendee.aadId, copy!.id, 'no')).rejects.toMatchObject({
      name: 'CalendarError',
      status: 400,
    });
  });
});
