import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../api/src/domain/clock';
import { createGraphClient } from '../../api/src/graph/client';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';

interface DemoPerson {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
}

interface ViewerEvent {
  id: string;
  source: string;
  subject: string;
  start: string;
  end: string;
  isCancelled: boolean;
  isOrganizer: boolean;
  response: string;
  attendees: { address: string; response: string }[];
  joinUrl: string | null;
  canRespond: boolean;
}

/** Wednesday 4 March 2026, 10:00 in Paris; the clock runs on from there, so the test's "today" is known. */
const TODAY = '2026-03-04';
const startedAt = Date.now();
const clock: Clock = { now: () => new Date(Date.parse(`${TODAY}T09:00:00Z`) + Date.now() - startedAt) };

/**
 * Tuesday 10 March 2026 at 15:00 in Paris (still UTC+1) is 14:00 UTC and 10:00 in New York,
 * which moved to daylight saving time (UTC−4) on 8 March.
 */
const paris = (date: string, time: string) => ({
  dateTime: `${date}T${time}:00`,
  timeZone: 'Romance Standard Time',
});

/** A Teams meeting from `organizer` with `attendee`, as Binôme books one through Graph. */
function aMeeting(attendee: DemoPerson, overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Séance binôme : Copilot au quotidien',
    body: { contentType: 'html', content: '<p>Objectif : un rapport hebdomadaire avec Copilot</p>' },
    start: paris('2026-03-10', '15:00'),
    end: paris('2026-03-10', '16:00'),
    attendees: [{ emailAddress: { address: attendee.mail, name: attendee.displayName }, type: 'required' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...overrides,
  };
}

const htmlEscaped = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describe.each(backends())('demo calendar viewer on %s', (backend) => {
  let app: TestApp;
  let graph: Client;
  let organizer: DemoPerson;
  let attendee: DemoPerson;
  let meeting: { id: string; subject: string; onlineMeeting: { joinUrl: string } };

  const get = (path: string) => fetch(`${app.baseUrl}${path}`, { redirect: 'manual' });
  const post = (path: string, form: Record<string, string>) =>
    fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  const page = (person: string) => `/_demo/calendar/${encodeURIComponent(person)}`;
  const eventsOf = async (person: string, query = ''): Promise<ViewerEvent[]> => {
    const response = await get(`${page(person)}?format=json${query}`);
    expect(response.status).toBe(200);
    const view = (await response.json()) as { days: { events: ViewerEvent[] }[] };
    return view.days.flatMap((day) => day.events);
  };
  const copyOf = async (subject: string) => {
    const copy = (await eventsOf(attendee.userPrincipalName)).find((e) => e.subject === subject);
    if (!copy) throw new Error(`no copy of "${subject}" in the attendee's calendar`);
    return copy;
  };

  beforeAll(async () => {
    app = await startTestApp({ database: backend, env: { DEMO_EMPTY: 'true' }, clock });
    graph = createGraphClient({
      endpoint: `${app.baseUrl}/_demo/graph/v1.0`,
      token: () => app.service.demo!.issuer.issueAppToken(),
    });
    const select = 'id,userPrincipalName,mail,displayName';
    [organizer] = (
      await graph.api('/users').filter("startsWith(officeLocation,'Paris')").select(select).top(1).get()
    ).value;
    [attendee] = (
      await graph.api('/users').filter("startsWith(officeLocation,'New York')").select(select).top(1).get()
    ).value;
    meeting = await graph.api(`/users/${organizer.id}/events`).post(aMeeting(attendee));
  });
  afterAll(async () => app?.close());

  describe('an attendee’s calendar', () => {
    it('shows the meeting at the attendee’s local time, with its organizer and join link', async () => {
      const settings = await graph.api(`/users/${attendee.id}/mailboxSettings/timeZone`).get();
      expect(settings.value).toBe('Eastern Standard Time');

      const response = await get(page(attendee.userPrincipalName));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      const html = await response.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain(htmlEscaped(meeting.subject));
      expect(html).toContain('Eastern Standard Time (America/New_York)');
      expect(html).toContain('<time datetime="2026-03-10T10:00:00-04:00">10:00</time>');
      expect(html).toContain('Tuesday 10 March 2026');
      expect(html).toContain(`href="${htmlEscaped(meeting.onlineMeeting.joinUrl)}"`);
      expect(html).toContain(htmlEscaped(organizer.displayName));
      expect(html).toContain('Your response: Not responded');
      const copy = await copyOf(meeting.subject);
      expect(html).toContain(
        `formaction="${page(attendee.userPrincipalName)}/events/${encodeURIComponent(copy.id)}/decline"`,
      );
    });

    it('shows the same meeting in the organizer’s calendar at Paris time, without answer buttons', async () => {
      const html = await (await get(page(organizer.id))).text();
      expect(html).toContain('Romance Standard Time (Europe/Paris)');
      expect(html).toContain('<time datetime="2026-03-10T15:00:00+01:00">15:00</time>');
      expect(html).toContain('You organize this meeting');
      expect(html).not.toContain('<form class="respond"');
    });

    it('answers the same data as JSON for scripts', async () => {
      const response = await get(`${page(attendee.userPrincipalName)}?format=json`);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const view = await response.json();
      expect(view).toMatchObject({
        person: {
          id: attendee.id,
          userPrincipalName: attendee.userPrincipalName,
          timeZone: 'Eastern Standard Time',
          ianaTimeZone: 'America/New_York',
        },
        from: TODAY,
        to: '2026-04-29',
        busy: false,
      });
      expect(view.days).toEqual([
        {
          date: '2026-03-10',
          events: [
            expect.objectContaining({
              source: 'graph',
              subject: meeting.subject,
              start: '2026-03-10T10:00:00-04:00',
              end: '2026-03-10T11:00:00-04:00',
              isOrganizer: false,
              response: 'notResponded',
              joinUrl: meeting.onlineMeeting.joinUrl,
              canRespond: true,
              attendees: [expect.objectContaining({ address: attendee.mail, response: 'none' })],
            }),
          ],
        },
      ]);
    });

    it('adds the seeded busy calendar on request, and starts where `from` says', async () => {
      const withBusy = await eventsOf(attendee.userPrincipalName, '&busy=1');
      expect(withBusy.some((e) => e.source === 'seeded')).toBe(true);
      expect(withBusy.filter((e) => e.source === 'graph')).toHaveLength(1);
      expect(await eventsOf(attendee.userPrincipalName, '&from=2026-03-11')).toEqual([]);
    });
  });

  describe('answering through the viewer', () => {
    it('declines as Graph’s decline does, and the organizer’s event records it', async () => {
      const copy = await copyOf(meeting.subject);
      const response = await post(`${page(attendee.userPrincipalName)}/events/${copy.id}/decline`, {
        comment: 'Désolé, je suis en déplacement.',
        from: TODAY,
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(
        `${page(attendee.userPrincipalName)}?from=${TODAY}#event-${encodeURIComponent(copy.id)}`,
      );

      const original = await graph.api(`/users/${organizer.id}/events/${meeting.id}`).get();
      expect(original.attendees).toEqual([
        expect.objectContaining({
          emailAddress: expect.objectContaining({ address: attendee.mail }),
          status: { response: 'declined', time: expect.stringMatching(/^2026-03-04T/) },
        }),
      ]);
      const declined = await graph.api(`/users/${attendee.id}/events/${copy.id}`).get();
      expect(declined).toMatchObject({ showAs: 'free', responseStatus: { response: 'declined' } });

      expect(await (await get(page(attendee.userPrincipalName))).text()).toContain('Your response: Declined');
      const [tracked] = await eventsOf(organizer.userPrincipalName);
      expect(tracked!.attendees).toEqual([expect.objectContaining({ response: 'declined' })]);
    });

    it('refuses an answer that is not one (400) and an answer from the organizer (as Graph, 400)', async () => {
      const copy = await copyOf(meeting.subject);
      const unknown = await post(`${page(attendee.userPrincipalName)}/events/${copy.id}/maybe`, {});
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toContain('use accept, tentativelyAccept, decline');

      const own = await post(`${page(organizer.userPrincipalName)}/events/${meeting.id}/accept`, {});
      expect(own.status).toBe(400);
      expect(await own.text()).toContain('You can&#39;t respond to a meeting you organized.');
    });
  });

  describe('what a subject can hold', () => {
    it('escapes it, and shows a cancelled meeting without answer buttons', async () => {
      const subject = '<script>alert("pwned")</script> & co';
      const created = await graph.api(`/users/${organizer.id}/events`).post(
        aMeeting(attendee, {
          subject,
          start: paris('2026-03-12', '09:00'),
          end: paris('2026-03-12', '09:30'),
        }),
      );
      const before = await (await get(page(attendee.userPrincipalName))).text();
      expect(before).not.toContain('<script>');
      expect(before).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; co');

      await graph.api(`/users/${organizer.id}/events/${created.id}/cancel`).post({ comment: 'Reportée' });
      const copy = await copyOf(`Canceled: ${subject}`);
      expect(copy).toMatchObject({ isCancelled: true, canRespond: false });
      const after = await (await get(page(attendee.userPrincipalName))).text();
      expect(after).toContain('Cancelled by the organizer');
      expect(after).not.toContain(`/events/${encodeURIComponent(copy.id)}/decline`);
    });
  });

  describe('finding a calendar', () => {
    it('lists the people with meetings created through Graph, and the personas', async () => {
      const html = await (await get('/_demo/calendar')).text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain(`href="${page(organizer.userPrincipalName)}"`);
      expect(html).toContain(`href="${page(attendee.userPrincipalName)}"`);
      const list = await (await get('/_demo/calendar?format=json')).json();
      expect(list.mailboxes.map((m: { userPrincipalName: string }) => m.userPrincipalName).sort()).toEqual(
        [organizer.userPrincipalName, attendee.userPrincipalName].sort(),
      );
      expect(list.personas.length).toBeGreaterThanOrEqual(4);
    });

    it('opens the calendar picked in the form', async () => {
      const response = await get(`/_demo/calendar?person=${encodeURIComponent(attendee.mail)}`);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(page(attendee.mail));
      expect((await get(page(attendee.mail))).status).toBe(200);
    });

    it('says so when nobody has that name (404), with a way back to the list', async () => {
      const response = await get(page('nobody@contosobanque.onmicrosoft.com'));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('Unknown person');
      expect(html).toContain('nobody@contosobanque.onmicrosoft.com');
      expect(html).toContain('href="/_demo/calendar"');
      const json = await get(`${page('nobody@contosobanque.onmicrosoft.com')}?format=json`);
      expect(json.status).toBe(404);
      expect(await json.json()).toMatchObject({ status: 404, code: 'demo_person_not_found' });
    });

    it('refuses a `from` that is no date (400)', async () => {
      expect((await get(`${page(attendee.userPrincipalName)}?from=next-week`)).status).toBe(400);
      expect((await get(`${page(attendee.userPrincipalName)}?from=2026-02-30`)).status).toBe(400);
    });
  });
});
