import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/databases';
import { aPerson, type CalendarHarness, startCalendarHarness, TENANT_ID } from './calendar-harness';

const amelie = aPerson('Amelie');
const bruno = aPerson('Bruno');
const sam = aPerson('Sam', {
  country: 'SG',
  timeZone: 'Singapore Standard Time',
  workingHours: {
    daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    startTime: '08:30:00.0000000',
    endTime: '17:30:00.0000000',
    timeZone: { name: 'Singapore Standard Time' },
  },
});
const people = [amelie, bruno, sam];

/** Saturday 7 March 2026: nobody has seeded meetings, so anything busy was created by the test. */
const saturday = (time: string) => ({ dateTime: `2026-03-07T${time}:00`, timeZone: 'Romance Standard Time' });

async function graphFailure(call: Promise<unknown>): Promise<{ statusCode: number; code: string }> {
  try {
    await call;
  } catch (error) {
    return error as { statusCode: number; code: string };
  }
  throw new Error('the Graph call succeeded');
}

describe.each(backends())('demo calendars over %s', (backend) => {
  let h: CalendarHarness;
  beforeAll(async () => {
    h = await startCalendarHarness(backend, people, { delayMs: () => 15 });
  }, 60_000);
  afterAll(async () => h?.close());

  const schedule = (body: Record<string, unknown>, prefer?: string) => {
    const request = h.graph.api(`/users/${amelie.userPrincipalName}/calendar/getSchedule`);
    return (prefer ? request.header('Prefer', prefer) : request).post(body);
  };
  const week = {
    startTime: { dateTime: '2026-03-02T00:00:00', timeZone: 'UTC' },
    endTime: { dateTime: '2026-03-07T00:00:00', timeZone: 'UTC' },
  };

  describe('getSchedule', () => {
    it('answers seeded free/busy, working hours and an error item for an unknown mailbox', async () => {
      const { value } = await schedule({
        schedules: [amelie.mail, sam.userPrincipalName, 'nobody@contoso-banque.example'],
        ...week,
        availabilityViewInterval: 30,
      });
      expect(value).toHaveLength(3);
      expect(value[0].scheduleId).toBe(amelie.mail);
      expect(value[0].availabilityView).toMatch(/^[0-4]{240}$/);
      expect(value[0].availabilityView).toMatch(/[1-4]/);
      expect(value[0].workingHours).toEqual(amelie.workingHours);
      const item = value[0].scheduleItems[0];
      expect(item).toMatchObject({
        isPrivate: expect.any(Boolean),
        status: expect.stringMatching(/tentative|busy|oof|workingElsewhere/),
      });
      expect(item.start).toEqual({ dateTime: expect.stringMatching(/\.0000000$/), timeZone: 'UTC' });
      expect(value[2]).toEqual({
        scheduleId: 'nobody@contoso-banque.example',
        error: { message: expect.stringContaining('Unable to resolve'), responseCode: '5009' },
      });
    });

    it('keeps seeded meetings inside working hours, in the person’s own zone', async () => {
      const { value } = await schedule(
        { schedules: [sam.mail], ...week },
        'outlook.timezone="Singapore Standard Time"',
      );
      for (const item of value[0].scheduleItems.filter((i: { status: string }) => i.status !== 'oof')) {
        expect(item.start.timeZone).toBe('Singapore Standard Time');
        expect(item.start.dateTime.slice(11, 16) >= '08:30').toBe(true);
        expect(item.end.dateTime.slice(11, 16) <= '17:30').toBe(true);
      }
    });

    it.each([
      [
        { schedules: Array.from({ length: 101 }, (_, i) => `p${i}@contoso-banque.example`), ...week },
        'ErrorMailboxDataArrayTooBig',
      ],
      [
        {
          schedules: [amelie.mail],
          startTime: week.startTime,
          endTime: { dateTime: '2026-05-04T00:00:00', timeZone: 'UTC' },
        },
        'ErrorTimeIntervalTooBig',
      ],
      [
        { schedules: [amelie.mail], ...week, availabilityViewInterval: 4 },
        'ErrorInvalidMergedFreeBusyInterval',
      ],
    ])('refuses what the real service refuses (%#)', async (body, code) => {
      expect(await graphFailure(schedule(body))).toMatchObject({ statusCode: 400, code });
    });
  });

  describe('meetings', () => {
    let eventId: string;
    let joinUrl: string;

    it('creates an online meeting once per transactionId, busy for organizer and attendee', async () => {
      const body = {
        subject: 'Séance binôme',
        body: { contentType: 'html', content: '<p>Objectif : Copilot</p>' },
        start: saturday('10:00'),
        end: saturday('11:00'),
        attendees: [{ emailAddress: { address: bruno.mail, name: 'Bruno' }, type: 'required' }],
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        transactionId: 'session-42',
      };
      const first = await h.graph.api(`/users/${amelie.id}/events`).post(body);
      const again = await h.graph.api(`/users/${amelie.id}/calendar/events`).post(body);
      expect(again.id).toBe(first.id);
      eventId = first.id;
      joinUrl = first.onlineMeeting.joinUrl;
      expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
      expect(decodeURIComponent(joinUrl)).toContain(TENANT_ID);
      expect(first).toMatchObject({
        isOrganizer: true,
        responseStatus: { response: 'organizer' },
        transactionId: 'session-42',
      });
      expect(first.attendees[0].status.response).toBe('none');
      const listed = await h.graph.api(`/users/${amelie.id}/events`).get();
      expect(listed.value.map((e: { id: string }) => e.id)).toEqual([first.id]);

      const { value } = await schedule({
        schedules: [amelie.mail, bruno.mail],
        startTime: saturday('09:00'),
        endTime: saturday('12:00'),
        availabilityViewInterval: 60,
      });
      expect(value.map((v: { availabilityView: string }) => v.availabilityView)).toEqual(['020', '020']);
    });

    it('gives the attendee a copy with the same iCalUId, awaiting an answer', async () => {
      const view = await h.graph
        .api(`/users/${bruno.id}/calendarView`)
        .query({ startDateTime: '2026-03-07T00:00:00Z', endDateTime: '2026-03-08T00:00:00Z' })
        .get();
      expect(view.value).toHaveLength(1);
      const copy = view.value[0];
      const original = await h.graph.api(`/users/${amelie.id}/events/${eventId}`).get();
      expect(copy.id).not.toBe(eventId);
      expect(copy).toMatchObject({
        iCalUId: original.iCalUId,
        isOrganizer: false,
        responseStatus: { response: 'notResponded' },
      });
      expect(copy.onlineMeeting.joinUrl).toBe(joinUrl);
    });

    it('carries the organizer’s changes to the copies and refuses cancel by an attendee', async () => {
      await h.graph
        .api(`/users/${amelie.id}/events/${eventId}`)
        .patch({ subject: 'Séance binôme (déplacée)', start: saturday('14:00'), end: saturday('15:00') });
      const [copy] = (await h.graph.api(`/users/${bruno.id}/events`).get()).value;
      expect(copy.subject).toBe('Séance binôme (déplacée)');
      expect(copy.start).toEqual({ dateTime: '2026-03-07T13:00:00.0000000', timeZone: 'UTC' });
      const paris = await h.graph
        .api(`/users/${bruno.id}/events/${copy.id}`)
        .header('Prefer', 'outlook.timezone="Europe/Paris"')
        .select('start,subject')
        .get();
      expect(paris).toEqual({
        '@odata.etag': expect.any(String),
        id: copy.id,
        subject: copy.subject,
        start: { dateTime: '2026-03-07T14:00:00.0000000', timeZone: 'Europe/Paris' },
      });
      const refused = await graphFailure(
        h.graph.api(`/users/${bruno.id}/events/${copy.id}/cancel`).post({ comment: 'non' }),
      );
      expect(refused).toMatchObject({ statusCode: 400, code: 'ErrorAccessDenied' });
    });

    it('shows an attendee’s decline to the organizer', async () => {
      const [copy] = (await h.graph.api(`/users/${bruno.id}/events`).get()).value;
      await h.graph
        .api(`/users/${bruno.id}/events/${copy.id}/decline`)
        .post({ comment: 'Indisponible', sendResponse: true });
      const organizer = await h.graph.api(`/users/${amelie.id}/events/${eventId}`).get();
      expect(organizer.attendees[0].status.response).toBe('declined');
      const declined = await h.graph.api(`/users/${bruno.id}/events/${copy.id}`).get();
      expect(declined).toMatchObject({ showAs: 'free', responseStatus: { response: 'declined' } });
    });

    it('cancels for everyone when the organizer cancels', async () => {
      await h.graph.api(`/users/${amelie.id}/events/${eventId}/cancel`).post({ comment: 'Reportée' });
      const [copy] = (await h.graph.api(`/users/${bruno.id}/events`).get()).value;
      expect(copy).toMatchObject({ isCancelled: true, subject: expect.stringMatching(/^Canceled: /) });
      expect(await graphFailure(h.graph.api(`/users/${amelie.id}/events/${eventId}`).get())).toMatchObject({
        statusCode: 404,
      });
    });

    it('pages the calendar view over seeded and stored events', async () => {
      const seen: string[] = [];
      let page = await h.graph
        .api(`/users/${amelie.id}/calendarView`)
        .query({ startDateTime: '2026-03-02T00:00:00Z', endDateTime: '2026-03-14T00:00:00Z', $top: '7' })
        .get();
      for (;;) {
        seen.push(...page.value.map((e: { id: string }) => e.id));
        if (!page['@odata.nextLink']) break;
        // The SDK takes only https Graph hosts as absolute URLs; against the http demo, go relative.
        page = await h.graph.api(page['@odata.nextLink'].slice(h.endpoint.length)).get();
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThan(7);
      const seeded = await h.graph.api(`/users/${amelie.id}/events/${seen[0]}`).get();
      expect(seeded.id).toBe(seen[0]);
    });
  });

  describe('$batch', () => {
    it('runs items in dependency order and answers 424 after a failed dependency', async () => {
      const { responses } = await h.graph.api('/$batch').post({
        requests: [
          { id: '1', method: 'GET', url: `/users/${amelie.id}/events/AAMkAGRlbW8Bmissing` },
          { id: '2', method: 'GET', url: `/users/${amelie.id}/events`, dependsOn: ['1'] },
          {
            id: '3',
            method: 'POST',
            url: `/users/${amelie.id}/events`,
            headers: { 'Content-Type': 'application/json' },
            body: { subject: 'Par lot', start: saturday('16:00'), end: saturday('16:30') },
          },
          { id: '4', method: 'GET', url: `users/${amelie.id}/events?$top=50`, dependsOn: ['3'] },
        ],
      });
      const byId = Object.fromEntries(responses.map((r: { id: string }) => [r.id, r]));
      expect(byId['1'].status).toBe(404);
      expect(byId['1'].body.error.code).toBe('ErrorItemNotFound');
      expect(byId['2'].status).toBe(424);
      expect(byId['3'].status).toBe(201);
      expect(byId['4'].status).toBe(200);
      expect(byId['4'].body.value.map((e: { subject: string }) => e.subject)).toContain('Par lot');
    });

    it('refuses more than 20 requests', async () => {
      const requests = Array.from({ length: 21 }, (_, i) => ({
        id: `${i}`,
        method: 'GET',
        url: `/users/${amelie.id}/events`,
      }));
      expect(await graphFailure(h.graph.api('/$batch').post({ requests }))).toMatchObject({
        statusCode: 400,
      });
    });
  });

  describe('throttling and faults', () => {
    it('answers 429 with Retry-After past four concurrent requests per mailbox; the SDK retries through', async () => {
      const body = { schedules: [amelie.mail], ...week };
      const raw = await Promise.allSettled(
        Array.from({ length: 8 }, () => h.rawGraph.api(`/users/${bruno.id}/calendar/getSchedule`).post(body)),
      );
      const throttled = raw
        .filter((r) => r.status === 'rejected')
        .map((r) => (r as PromiseRejectedResult).reason);
      expect(throttled.length).toBeGreaterThan(0);
      expect(throttled[0]).toMatchObject({ statusCode: 429, code: 'ApplicationThrottled' });
      expect(throttled[0].headers.get('Retry-After')).toBe('1');

      const retried = await Promise.all(
        Array.from({ length: 8 }, () => h.graph.api(`/users/${bruno.id}/calendar/getSchedule`).post(body)),
      );
      expect(retried.every((r) => r.value.length === 1)).toBe(true);
    }, 20_000);

    it('injects faults per batch item, the same sequence for the same seed', async () => {
      const put = (settings: object) =>
        fetch(`${h.baseUrl}/_demo/faults`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(settings),
        });
      expect((await put({ throttleRate: 2 })).status).toBe(400);
      const statuses = async () => {
        expect((await put({ throttleRate: 0.5, retryAfterSeconds: 3, seed: 7 })).status).toBe(200);
        const requests = Array.from({ length: 12 }, (_, i) => ({
          id: `${i}`,
          method: 'GET',
          url: `/users/${people[i % 3]!.id}/events?$top=1`,
        }));
        const { responses } = await h.graph.api('/$batch').post({ requests });
        return responses as Array<{ status: number; headers: Record<string, string> }>;
      };
      try {
        const first = await statuses();
        const codes = first.map((r) => r.status);
        expect(codes).toContain(429);
        expect(codes).toContain(200);
        expect(first.find((r) => r.status === 429)!.headers['Retry-After']).toBe('3');
        expect((await statuses()).map((r) => r.status)).toEqual(codes);
      } finally {
        await put({ throttleRate: 0, retryAfterSeconds: 0 });
      }
      const faults = await (await fetch(`${h.baseUrl}/_demo/faults`)).json();
      expect(faults).toEqual({
        throttleRate: 0,
        unavailableRate: 0,
        timeoutRate: 0,
        retryAfterSeconds: 0,
        seed: 7,
      });
    });
  });
});
