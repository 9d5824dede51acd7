import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionsBooked } from '../bot/support/booked-sessions';
import { startTestApp, type TestApp } from '../support/app';
import { aProgramme } from '../support/builders';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';
import type { Volunteer } from '../support/scenarios';

interface Session {
  id: string;
  number: number;
  pairingId: string;
  status: string;
  mentee: { aadId: string };
  mentor: { aadId: string };
}

/**
 * Feedback after sessions, the dashboard built from it, and the privacy rules around it, through
 * the real API on both databases. Each rule has a test that tries to break it.
 */
describe.each(backends())('feedback and dashboard on %s', (database) => {
  let app: TestApp;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  let sponsor: string;
  let programmeId: string;
  let firstSessions: Session[] = [];
  const volunteers: Volunteer[] = [];
  const tokenOf = (aadId: string) => volunteers.find((v) => v.aadId === aadId)!.token;
  const base = () => `/api/v1/programmes/${programmeId}`;
  const give = (s: Session, who: string, body: Record<string, unknown>) =>
    call('PUT', `/api/v1/sessions/${s.id}/feedback`, { token: tokenOf(who), body });

  beforeAll(async () => {
    app = await startTestApp({ database, env: { DEMO_EMPTY: 'true', FEEDBACK_CHECK_SECONDS: '3600' } });
    call = apiClient(app.baseUrl);
    const scenario = await sessionsBooked(app, { mentors: 5, mentees: 8 });
    admin = scenario.adminToken;
    programmeId = scenario.programmeId;
    volunteers.push(...scenario.volunteers);
    const sponsorPersona = (await app.service.demo!.tenant.personas()).find((p) => p.persona === 'sponsor')!;
    sponsor = await app.tokenFor(sponsorPersona.userPrincipalName);
    const current = (await call('GET', base(), { token: admin })).body;
    const updated = await call('PUT', base(), {
      token: admin,
      body: {
        ...aProgramme({ mentorCapacity: 2 }),
        name: current.name,
        adminAadIds: current.admins.map((p: { aadId: string }) => p.aadId),
        sponsorAadIds: [sponsorPersona.id],
      },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    // The first session of every pair took place two days ago.
    await app.service.db.query(
      `update session set starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '1 hour'
       where programme_id = $1 and number = 1 and status = 'booked'`,
      [programmeId],
    );
    const listing = (await call('GET', `${base()}/sessions?limit=500`, { token: admin })).body
      .items as Session[];
    firstSessions = listing.filter((s) => s.number === 1);
    expect(firstSessions.length).toBeGreaterThanOrEqual(5);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('takes a complete answer only, and not before the session has taken place', async () => {
    const s = firstSessions[0]!;
    const incomplete = await give(s, s.mentee.aadId, { tookPlace: 'yes' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.type).toContain('application/problem+json');
    expect(incomplete.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.objectiveMet',
      'body.rating',
    ]);
    const outOfScale = await give(s, s.mentee.aadId, { tookPlace: 'yes', rating: 6, objectiveMet: 'yes' });
    expect(outOfScale.status).toBe(400);
    expect(
      (await call('GET', `/api/v1/sessions/${s.id}/feedback`, { token: tokenOf(s.mentee.aadId) })).status,
    ).toBe(404);
    const later = (await call('GET', `${base()}/sessions?limit=500`, { token: admin })).body.items.find(
      (x: Session) => x.pairingId === s.pairingId && x.number === 2,
    );
    const tooEarly = await give(later, s.mentee.aadId, { tookPlace: 'yes', rating: 4, objectiveMet: 'yes' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('session_not_started');
  });

  it('marks a session held on the first "yes", and a repeated answer updates rather than duplicates', async () => {
    const s = firstSessions[0]!;
    const first = await give(s, s.mentee.aadId, {
      tookPlace: 'yes',
      rating: 4,
      objectiveMet: 'partly',
      learned: 'Résumer un fil de mails avec Copilot',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await give(s, s.mentee.aadId, {
      tookPlace: 'yes',
      rating: 5,
      objectiveMet: 'yes',
      learned: 'Résumer un fil de mails avec Copilot',
    });
    expect(again.status).toBe(200);
    expect(again.body.submittedAt).toBe(first.body.submittedAt);
    expect(again.body.rating).toBe(5);
    const session = (await call('GET', `/api/v1/sessions/${s.id}`, { token: admin })).body;
    expect(session.status).toBe('held');
    const rows = await app.service.db.query<{ n: number }>(
      'select count(*)::int as n from feedback where session_id = $1',
      [s.id],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it("never shows anyone their partner's answer, and hides sessions from outsiders", async () => {
    const s = firstSessions[0]!;
    const partner = await call('GET', `/api/v1/sessions/${s.id}/feedback`, {
      token: tokenOf(s.mentor.aadId),
    });
    expect(partner.status).toBe(404);
    const outsider = volunteers.find((v) => v.aadId !== s.mentee.aadId && v.aadId !== s.mentor.aadId)!;
    expect((await call('GET', `/api/v1/sessions/${s.id}/feedback`, { token: outsider.token })).status).toBe(
      404,
    );
    const meddling = await call('PUT', `/api/v1/sessions/${s.id}/feedback`, {
      token: outsider.token,
      body: { tookPlace: 'no' },
    });
    expect(meddling.status).toBe(404);
    const mine = await call('GET', `/api/v1/sessions/${s.id}/feedback`, { token: tokenOf(s.mentee.aadId) });
    expect(mine.body).toMatchObject({ rating: 5, objectiveMet: 'yes' });
  });

  it('marks a session missed when both say it did not happen', async () => {
    const s = firstSessions[1]!;
    await give(s, s.mentee.aadId, { tookPlace: 'no' });
    expect((await call('GET', `/api/v1/sessions/${s.id}`, { token: admin })).body.status).toBe('booked');
    await give(s, s.mentor.aadId, { tookPlace: 'no' });
    expect((await call('GET', `/api/v1/sessions/${s.id}`, { token: admin })).body.status).toBe('missed');
  });

  it('shows the sponsor aggregates only, withheld while fewer than five people answered', async () => {
    const early = await call('GET', `${base()}/dashboard`, { token: sponsor });
    expect(early.status, JSON.stringify(early.body)).toBe(200);
    expect(early.body.view).toBe('sponsor');
    expect(early.body.ratings.average).toMatchObject({ value: null, people: 1, withheld: true });
    expect((await call('GET', `${base()}/follow-up`, { token: sponsor })).status).toBe(403);

    // Four more people (mentees: one per pair) rate their first session: five raters in all.
    const ratings = [5, 2, 3, 4];
    for (const [i, s] of firstSessions.slice(2, 6).entries()) {
      const answer = await give(s, s.mentee.aadId, {
        tookPlace: 'yes',
        rating: ratings[i],
        objectiveMet: i % 2 === 0 ? 'yes' : 'no',
        learned: i === 0 ? 'Comment la direction arbitre un budget' : '',
        obstacles: i === 1 ? 'Agenda de mon mentoré très chargé' : '',
        wantsSupport: i === 1,
        private: i === 2,
        shared: i === 2 ? 'Un sujet confidentiel' : '',
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    const dashboard = (await call('GET', `${base()}/dashboard`, { token: sponsor })).body;
    // (5 + 5 + 2 + 3 + 4) / 5
    expect(dashboard.ratings.average).toEqual({ value: 3.8, people: 5, withheld: false });
    expect(dashboard.sessions.held).toBe(5);
    expect(dashboard.sessions.missed).toBe(1);
    // Held sessions whose objective was met: yes, yes, no, yes, no → 3 of 5 (partly would count half).
    expect(dashboard.objectiveAttainment).toMatchObject({ value: 60, people: 5, withheld: false });
    const text = JSON.stringify(dashboard);
    expect(text).not.toContain('Comment la direction');
    for (const v of volunteers) expect(text).not.toContain(v.aadId);
  });

  it('gives admins the comments that are not private, support requests and the pairs at risk', async () => {
    const followUp = await call('GET', `${base()}/follow-up`, { token: admin });
    expect(followUp.status).toBe(200);
    const comments = JSON.stringify(followUp.body.comments);
    expect(comments).toContain('Comment la direction arbitre un budget');
    expect(comments).not.toContain('Un sujet confidentiel');
    expect(followUp.body.support).toHaveLength(1);
    expect(followUp.body.support[0].obstacles).toBe('Agenda de mon mentoré très chargé');
    const handled = await call(
      'POST',
      `/api/v1/sessions/${followUp.body.support[0].sessionId}/support/${followUp.body.support[0].author.aadId}/handled`,
      { token: admin },
    );
    expect(handled.status).toBe(204);
    const mentee = volunteers.find((v) => v.role === 'mentee')!;
    expect((await call('GET', `${base()}/follow-up`, { token: mentee.token })).status).toBe(403);
    expect((await call('GET', `${base()}/dashboard`, { token: mentee.token })).status).toBe(403);
  });

  it('never shows a department of fewer than five people', async () => {
    const dashboard = (await call('GET', `${base()}/dashboard`, { token: admin })).body;
    for (const row of dashboard.byDepartment) {
      if (row.people < 5)
        expect(row).toMatchObject({ withheld: true, heldSessions: null, averageRating: null });
    }
    const small = dashboard.byDepartment.find((row: { people: number }) => row.people < 5);
    expect(small).toBeDefined();
    const filtered = (
      await call('GET', `${base()}/dashboard?department=${encodeURIComponent(small.department)}`, {
        token: admin,
      })
    ).body;
    expect(filtered.withheld).toBe(true);
    expect(filtered.ratings.average.value).toBeNull();
    expect(filtered.sessions.held).toBe(0);
    expect(filtered.funnel.volunteers).toBe(0);
    const bad = await call('GET', `${base()}/dashboard?from=yesterday`, { token: admin });
    expect(bad.status).toBe(400);
  });

  it('exports the dashboard as CSV', async () => {
    const csv = await call('GET', `${base()}/dashboard.csv`, { token: sponsor });
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0]).toBe('figure,value,people,withheld');
    expect(lines).toContain('average_rating,3.8,5,false');
  });

  it('shows a participant their own progress: skills before and after the post survey', async () => {
    const s = firstSessions[0]!;
    const me = volunteers.find((v) => v.aadId === s.mentee.aadId)!;
    const before = (await call('GET', '/api/v1/me/progress', { token: me.token })).body.items[0];
    expect(before.sessions.held).toBe(1);
    expect(before.skills.every((k: { after: number | null }) => k.after === null)).toBe(true);
    const closed = await call('PUT', `${base()}/surveys/post/my-answer`, {
      token: me.token,
      body: { skills: [{ skillId: 'generative-ai', level: 3 }] },
    });
    expect(closed.status).toBe(404);
    const opened = await call('POST', `${base()}/surveys/post/open`, {
      token: admin,
      body: { closesInDays: 14 },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    const foreignSkill = await call('PUT', `${base()}/surveys/post/my-answer`, {
      token: me.token,
      body: { skills: [{ skillId: 'astrology', level: 3 }] },
    });
    expect(foreignSkill.status).toBe(400);
    const answered = await call('PUT', `${base()}/surveys/post/my-answer`, {
      token: me.token,
      body: { skills: [{ skillId: 'generative-ai', level: 3 }] },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const after = (await call('GET', '/api/v1/me/progress', { token: me.token })).body.items[0];
    expect(after.skills.find((k: { skillId: string }) => k.skillId === 'generative-ai')).toMatchObject({
      before: 1,
      after: 3,
    });
    const rounds = (await call('GET', `${base()}/surveys`, { token: admin })).body.items;
    expect(rounds).toEqual([expect.objectContaining({ kind: 'post', answers: 1 })]);
    const pulse = await call('POST', `${base()}/surveys/pulse/open`, {
      token: admin,
      body: { closesInDays: 7 },
    });
    expect(pulse.status).toBe(200);
    const both = (await call('GET', `${base()}/surveys`, { token: admin })).body.items;
    expect(both.find((r: { kind: string }) => r.kind === 'pulse').answers).toBe(0);
    const surveys = (await call('GET', '/api/v1/me/surveys', { token: me.token })).body.items;
    expect(surveys.find((x: { kind: string }) => x.kind === 'post').answer.skills).toEqual([
      { skillId: 'generative-ai', level: 3 },
    ]);
    // One person's progression is never shown, not even to the admin.
    const dashboard = (await call('GET', `${base()}/dashboard`, { token: admin })).body;
    for (const row of dashboard.skillProgression) expect(row).toMatchObject({ withheld: true, delta: null });
  });
});
