import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installActivity } from '../bot/support/activities';
import { type RecordingConnector, startRecordingConnector } from '../bot/support/recording-connector';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';
import { readyToMatch, type Volunteer } from '../support/scenarios';

/** Matching over real volunteers of the demo tenant, synced from its Graph into the person mirror. */
describe.each(backends())('matching a programme on %s', (database) => {
  let app: TestApp;
  let connector: RecordingConnector;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  let programmeId: string;
  const volunteers: Volunteer[] = [];
  const base = () => `/api/v1/programmes/${programmeId}`;
  const onThread = database === 'pglite';

  beforeAll(async () => {
    // On the embedded database every matching runs on the matching thread; on the server, here.
    app = await startTestApp({
      database,
      env: { DEMO_EMPTY: 'true', ...(onThread ? { MATCHING_THREAD_MIN_PAIRS: '0' } : {}) },
    });
    connector = await startRecordingConnector();
    call = apiClient(app.baseUrl);
    const scenario = await readyToMatch(app, { mentors: 5, mentees: 7 });
    admin = scenario.adminToken;
    programmeId = scenario.programmeId;
    volunteers.push(...scenario.volunteers);
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it('proposes the best pairs, proved optimal, each explained in French and English', async () => {
    const run = await call('POST', `${base()}/matching/run`, { token: admin });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    const mentees = volunteers.filter((v) => v.role === 'mentee').length;
    expect(run.body.figures).toMatchObject({ mentees, mentors: 5, optimal: true });
    expect(app.service.matchingThread.runsOnThread).toBe(onThread ? 1 : 0);
    expect(run.body.proposals.length).toBe(run.body.figures.paired);
    expect(
      run.body.proposals.length +
        run.body.unmatched.filter((u: { role: string }) => u.role === 'mentee').length,
    ).toBe(mentees);
    for (const proposal of run.body.proposals) {
      expect(proposal.explanation.en).toMatch(/\w/);
      expect(proposal.explanation.fr).toMatch(/\w/);
      expect(proposal.mentor.displayName).not.toBe(proposal.mentor.aadId);
    }
    const load = new Map<string, number>();
    for (const p of run.body.proposals) load.set(p.mentor.aadId, (load.get(p.mentor.aadId) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(2);
    for (const u of run.body.unmatched) expect(u.explanation.en.length).toBeGreaterThan(0);
  });

  it('proposes the same pairs when run again with nothing changed', async () => {
    const pairsOf = (view: any) =>
      view.proposals.map((p: any) => `${p.mentee.aadId}>${p.mentor.aadId}`).sort();
    const first = (await call('GET', `${base()}/matching`, { token: admin })).body;
    const again = (await call('POST', `${base()}/matching/run`, { token: admin })).body;
    expect(pairsOf(again)).toEqual(pairsOf(first));
  });

  it('keeps a locked pair and never forms a forbidden one', async () => {
    const mentee = volunteers.find((v) => v.role === 'mentee')!;
    const before = (await call('GET', `${base()}/matching`, { token: admin })).body;
    const current = before.proposals.find((p: any) => p.mentee.aadId === mentee.aadId);
    const otherMentor = volunteers.find((v) => v.role === 'mentor' && v.aadId !== current?.mentor.aadId)!;
    const locked = await call('POST', `${base()}/matching/rules`, {
      token: admin,
      body: { kind: 'lock', menteeAadId: mentee.aadId, mentorAadId: otherMentor.aadId },
    });
    expect(locked.status, JSON.stringify(locked.body)).toBe(200);
    const pair = locked.body.proposals.find((p: any) => p.mentee.aadId === mentee.aadId);
    expect(pair).toMatchObject({ mentor: { aadId: otherMentor.aadId }, locked: true });

    await call('DELETE', `${base()}/matching/rules`, {
      token: admin,
      body: { kind: 'lock', menteeAadId: mentee.aadId, mentorAadId: otherMentor.aadId },
    });
    const forbidden = await call('POST', `${base()}/matching/rules`, {
      token: admin,
      body: { kind: 'never', menteeAadId: mentee.aadId, mentorAadId: otherMentor.aadId },
    });
    expect(
      forbidden.body.proposals.some(
        (p: any) => p.mentee.aadId === mentee.aadId && p.mentor.aadId === otherMentor.aadId,
      ),
    ).toBe(false);
    expect(forbidden.body.rules).toEqual([
      { kind: 'never', menteeAadId: mentee.aadId, mentorAadId: otherMentor.aadId },
    ]);
  });

  it('approves the pairs, introduces each person in chat, and shows them why', async () => {
    const view = (await call('GET', `${base()}/matching`, { token: admin })).body;
    const first = view.proposals[0];
    for (const aadId of [first.mentee.aadId, first.mentor.aadId]) {
      const install = await fetch(`${app.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          installActivity({
            serviceUrl: connector.url,
            locale: 'fr-FR',
            tenantId: app.service.config.microsoft.tenantId,
            aadObjectId: aadId,
          }),
        ),
      });
      expect(install.status).toBe(200);
    }
    connector.clear();
    const approved = await call('POST', `${base()}/matching/approve`, {
      token: admin,
      body: { pairingIds: 'all' },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.approved).toBe(view.proposals.length);
    // Both people of the first pair talked to the bot (the mentor may have a second mentee).
    const expected = view.proposals.filter((p: any) => p.mentor.aadId === first.mentor.aadId).length + 1;
    expect(approved.body.introductions).toBe(expected);
    const cards = connector.sent.map((s) => JSON.stringify(s.body));
    expect(cards).toHaveLength(expected);
    expect(cards.some((c) => c.includes(first.mentor.displayName))).toBe(true);
    expect(cards.every((c) => c.includes('Voici votre binôme') || c.includes('Meet your binôme'))).toBe(true);

    const mentee = volunteers.find((v) => v.aadId === first.mentee.aadId)!;
    const mine = await call('GET', '/api/v1/me/pairings', { token: mentee.token });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      myRole: 'mentee',
      status: 'active',
      partner: { aadId: first.mentor.aadId },
    });
    expect(mine.body.items[0].why.en).toBe(first.explanation.en);

    const applications = await call('GET', `${base()}/applications?status=paired`, { token: admin });
    expect(applications.body.items.length).toBeGreaterThanOrEqual(2);
    const running = await call('POST', `${base()}/transitions`, { token: admin, body: { to: 'running' } });
    expect(running.status, JSON.stringify(running.body)).toBe(200);
  });

  it('ends a pair with a reason and re-pairs the mentee', async () => {
    const view = (await call('GET', `${base()}/matching`, { token: admin })).body;
    const pair = view.active[0];
    const noReason = await call('POST', `${base()}/pairings/${pair.id}/end`, {
      token: admin,
      body: { reason: '' },
    });
    expect(noReason.status).toBe(400);
    const ended = await call('POST', `${base()}/pairings/${pair.id}/end`, {
      token: admin,
      body: { reason: 'Schedules never matched' },
    });
    expect(ended.body).toEqual({ id: pair.id, status: 'ended' });
    const again = await call('POST', `${base()}/pairings/${pair.id}/end`, {
      token: admin,
      body: { reason: 'twice' },
    });
    expect(again.status).toBe(409);
    await call('POST', `${base()}/matching/rules`, {
      token: admin,
      body: { kind: 'never', menteeAadId: pair.mentee.aadId, mentorAadId: pair.mentor.aadId },
    });
    const rerun = (await call('POST', `${base()}/matching/run`, { token: admin })).body;
    const repaired = rerun.proposals.find((p: any) => p.mentee.aadId === pair.mentee.aadId);
    if (repaired) expect(repaired.mentor.aadId).not.toBe(pair.mentor.aadId);
    else expect(rerun.unmatched.some((u: any) => u.aadId === pair.mentee.aadId)).toBe(true);
  });

  it('is for the programme admins only', async () => {
    const mentee = volunteers.find((v) => v.role === 'mentee')!;
    expect((await call('POST', `${base()}/matching/run`, { token: mentee.token })).status).toBe(403);
    expect((await call('GET', `${base()}/matching`, { token: mentee.token })).status).toBe(403);
  });
});
