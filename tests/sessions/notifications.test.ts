import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';
import { type FakeEntra, startFakeEntra } from '../support/fake-entra';
import { apiClient } from '../support/http';
import { readyToMatch } from '../support/scenarios';

interface SubscriptionRow {
  organizer_aad_id: string;
  subscription_id: string;
  client_state: string;
  expires_at: Date | string;
}

const HOUR = 60 * 60 * 1000;

/**
 * Declines told by Graph change notifications: Binôme subscribes to the organizers' events in the
 * demo tenant, which posts a notification when an attendee answers. The poll is set to an hour,
 * so only a notification can explain a decline handled within seconds.
 */
describe.each(backends())('calendar change notifications on %s', (database) => {
  let app: TestApp;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  let programmeId: string;
  let graphToken: string;
  const base = () => `/api/v1/programmes/${programmeId}`;
  const graph = async (method: string, path: string, body?: unknown) =>
    call(method, `/_demo/graph/v1.0${path}`, { token: graphToken, ...(body ? { body } : {}) });
  const subscriptions = () =>
    app.service.db.query<SubscriptionRow>(
      'select organizer_aad_id, subscription_id, client_state, expires_at from calendar_subscription',
    );
  const booked = async () =>
    (await call('GET', `${base()}/sessions?status=booked&limit=500`, { token: admin })).body.items as any[];
  const notify = (body: unknown, path = '/api/notifications/calendar') => call('POST', path, { body });

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
    const deadline = Date.now() + ms;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      value = await read();
    }
    return value;
  }

  beforeAll(async () => {
    app = await startTestApp({
      database,
      env: { DEMO_EMPTY: 'true', SESSION_RESPONSES_POLL_SECONDS: '3600' },
    });
    call = apiClient(app.baseUrl);
    const scenario = await readyToMatch(app, { mentors: 3, mentees: 4 });
    admin = scenario.adminToken;
    programmeId = scenario.programmeId;
    graphToken = await app.service.demo!.issuer.issueAppToken();
    const run = await call('POST', `${base()}/matching/run`, { token: admin });
    const ids = run.body.proposals.map((p: { id: string }) => p.id);
    await call('POST', `${base()}/matching/approve`, { token: admin, body: { pairingIds: ids } });
    await call('POST', `${base()}/transitions`, { token: admin, body: { to: 'running' } });
    await call('POST', `${base()}/sessions/booking`, { token: admin });
    const done = await until(
      async () => (await call('GET', `${base()}/sessions/booking`, { token: admin })).body,
      (progress) => progress.state === 'done' || progress.state === 'failed',
      60_000,
    );
    expect(done.state).toBe('done');
    expect(done.counts.booked).toBeGreaterThan(0);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('subscribes to the events of every organizer with sessions booked ahead, each with its own secret', async () => {
    const organizers = new Set((await booked()).map((s) => s.organizerAadId as string));
    // The booking run ends by running the subscriptions job.
    const rows = await until(subscriptions, (r) => r.length >= organizers.size, 20_000);
    expect(new Set(rows.map((r) => r.organizer_aad_id))).toEqual(organizers);
    expect(new Set(rows.map((r) => r.client_state)).size).toBe(rows.length);

    const listed = await graph('GET', '/subscriptions');
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.value).toHaveLength(rows.length);
    for (const row of rows) {
      const s = listed.body.value.find((x: any) => x.id === row.subscription_id);
      expect(s).toMatchObject({
        changeType: 'updated',
        resource: `users/${row.organizer_aad_id}/events`,
        notificationUrl: `${app.baseUrl}/api/notifications/calendar`,
        lifecycleNotificationUrl: `${app.baseUrl}/api/notifications/calendar/lifecycle`,
      });
      const expiry = new Date(s.expirationDateTime).getTime();
      expect(expiry).toBeGreaterThan(Date.now() + 60 * HOUR);
      expect(expiry).toBeLessThanOrEqual(Date.now() + 4230 * 60_000);
    }
    // Nothing more to do on another run.
    expect(await app.service.calendarNotifications!.sync()).toEqual({
      created: 0,
      renewed: 0,
      removed: 0,
      failures: [],
    });
  });

  it("answers Graph's validation handshake with the decoded token as text/plain", async () => {
    const token = 'Validation: Testing client application reachability for subscription Request-Id: 42';
    for (const path of ['/api/notifications/calendar', '/api/notifications/calendar/lifecycle']) {
      const response = await fetch(`${app.baseUrl}${path}?validationToken=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: '',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toBe(token);
    }
  });

  it('changes nothing for a notification without the subscription secret, and refuses what is no notification', async () => {
    const [s] = await booked();
    const [row] = (await subscriptions()).filter((r) => r.organizer_aad_id === s.organizerAadId);
    const checkedAt = '2020-01-01T00:00:00.000Z';
    await app.service.db.query('update session set responses_checked_at = $1 where id = $2', [
      checkedAt,
      s.id,
    ]);
    const item = {
      subscriptionId: row!.subscription_id,
      changeType: 'updated',
      resource: `Users/${s.organizerAadId}/Events/x`,
      resourceData: { id: 'not-the-event' },
    };
    const forged = [
      { ...item, clientState: 'guessed', resourceData: { id: 'x' } },
      { ...item, clientState: null },
      { ...item, subscriptionId: '00000000-0000-0000-0000-000000000000', clientState: row!.client_state },
    ];
    for (const notification of forged) {
      const answer = await notify({ value: [{ ...notification, resourceData: { id: s.eventId ?? 'x' } }] });
      expect(answer.status).toBe(202);
    }
    const lifecycle = await notify(
      { value: [{ ...item, clientState: 'guessed', lifecycleEvent: 'subscriptionRemoved' }] },
      '/api/notifications/calendar/lifecycle',
    );
    expect(lifecycle.status).toBe(202);
    const [after] = await app.service.db.query<{ responses_checked_at: Date }>(
      'select responses_checked_at from session where id = $1',
      [s.id],
    );
    expect(new Date(after!.responses_checked_at).toISOString()).toBe(checkedAt);
    expect((await subscriptions()).find((r) => r.subscription_id === row!.subscription_id)).toBeTruthy();

    expect((await notify({ value: 'nope' })).status).toBe(400);
    expect((await notify({ value: [{ clientState: 'x' }] })).status).toBe(400);
    const tooBig = await notify({ value: [{ subscriptionId: 'a', clientState: 'x'.repeat(300 * 1024) }] });
    expect(tooBig.status).toBe(413);
  });

  it("re-proposes a declined session within seconds of the attendee's answer, with an hourly poll", async () => {
    // No session is due for the poll: only a notification can make one due.
    await app.service.db.query(`update session set responses_checked_at = now() where status = 'booked'`);
    const s = (await booked())[1];
    const attendee = s.organizerAadId === s.mentor.aadId ? s.mentee : s.mentor;
    const copies = await graph('GET', `/users/${attendee.aadId}/events?$top=999`);
    const copy = copies.body.value.find(
      (e: any) => new Date(`${e.start.dateTime}Z`).toISOString() === s.startsAt && !e.isCancelled,
    );
    const started = Date.now();
    const declined = await graph('POST', `/users/${attendee.aadId}/events/${copy.id}/decline`, {
      comment: 'Pas disponible',
      sendResponse: true,
    });
    expect(declined.status, JSON.stringify(declined.body)).toBe(202);
    const after = await until(
      async () => (await call('GET', `/api/v1/sessions/${s.id}`, { token: admin })).body,
      (x) => x.reproposals > 0,
      20_000,
    );
    expect(after.reproposals).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(after.status).toBe('booked');
    expect(after.startsAt).not.toBe(s.startsAt);
    expect(after.problem).toMatchObject({ code: 'reproposed', detail: { by: attendee.aadId } });
  }, 40_000);

  it('renews a subscription that expires within 12 hours, in Graph and in its record', async () => {
    const [row] = await subscriptions();
    const soon = new Date(Date.now() + HOUR).toISOString();
    const patched = await graph('PATCH', `/subscriptions/${row!.subscription_id}`, {
      expirationDateTime: soon,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await app.service.db.query(
      'update calendar_subscription set expires_at = $1 where subscription_id = $2',
      [soon, row!.subscription_id],
    );
    const result = await app.service.calendarNotifications!.sync();
    expect(result).toMatchObject({ renewed: 1, created: 0, failures: [] });
    const renewed = (await subscriptions()).find((r) => r.subscription_id === row!.subscription_id)!;
    expect(new Date(renewed.expires_at).getTime()).toBeGreaterThan(Date.now() + 60 * HOUR);
    const inGraph = await graph('GET', `/subscriptions/${row!.subscription_id}`);
    expect(new Date(inGraph.body.expirationDateTime).getTime()).toBe(new Date(renewed.expires_at).getTime());
  });

  it('subscribes again when Graph says it removed a subscription', async () => {
    const [row] = await subscriptions();
    const sent = await call('POST', `/_demo/subscriptions/${row!.subscription_id}/lifecycle`, {
      body: { lifecycleEvent: 'subscriptionRemoved' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.delivered).toBe(true);
    const replaced = await until(
      async () => (await subscriptions()).find((r) => r.organizer_aad_id === row!.organizer_aad_id),
      (r) => !!r && r.subscription_id !== row!.subscription_id,
      10_000,
    );
    expect(replaced?.subscription_id).not.toBe(row!.subscription_id);
    expect((await graph('GET', `/subscriptions/${row!.subscription_id}`)).status).toBe(404);
    expect((await graph('GET', `/subscriptions/${replaced!.subscription_id}`)).status).toBe(200);
  });

  it('refuses subscriptions as Graph does: too long, or to an endpoint that fails the handshake', async () => {
    const organizer = (await subscriptions())[0]!.organizer_aad_id;
    const request = {
      changeType: 'updated',
      resource: `users/${organizer}/events`,
      notificationUrl: `${app.baseUrl}/api/notifications/calendar`,
      expirationDateTime: new Date(Date.now() + 4231 * 60_000).toISOString(),
      clientState: 'secret',
    };
    const tooLong = await graph('POST', '/subscriptions', request);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.code).toBe('ExtensionError');
    const deaf = await graph('POST', '/subscriptions', {
      ...request,
      notificationUrl: `${app.baseUrl}/healthz`,
      expirationDateTime: new Date(Date.now() + HOUR).toISOString(),
    });
    expect(deaf.status).toBe(400);
    expect(deaf.body.error.code).toBe('ValidationError');
  });
});

/** In tenant mode Graph posts only to https: without an https PUBLIC_URL there is nothing to post to. */
describe('calendar change notifications in tenant mode', () => {
  const TENANT = '11111111-2222-4333-8444-555555555555';
  const CLIENT = '66666666-7777-4888-9999-000000000000';
  let entra: FakeEntra;
  beforeAll(async () => {
    entra = await startFakeEntra(TENANT);
  });
  afterAll(async () => {
    await entra?.close();
  });
  const tenantApp = (publicUrl: string) =>
    startTestApp({
      env: {
        TENANT_ID: TENANT,
        CLIENT_ID: CLIENT,
        CLIENT_SECRET: 'not-a-real-secret',
        MICROSOFT_APP_ID: CLIENT,
        AUTHORITY_HOST: entra.authorityHost,
        GRAPH_ENDPOINT: 'http://127.0.0.1:9/v1.0',
        PUBLIC_URL: publicUrl,
      },
    });
  const handshake = (app: TestApp) =>
    fetch(`${app.baseUrl}/api/notifications/calendar?validationToken=abc`, { method: 'POST' });

  it('serves the notification URL with an https PUBLIC_URL', async () => {
    const app = await tenantApp('https://binome.contoso.example');
    try {
      expect(app.service.calendarNotifications).toBeDefined();
      const answer = await handshake(app);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe('abc');
    } finally {
      await app.close();
    }
  });

  it('has no notification URL without one', async () => {
    const app = await tenantApp('http://binome.contoso.example');
    try {
      expect(app.service.calendarNotifications).toBeUndefined();
      expect((await handshake(app)).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
