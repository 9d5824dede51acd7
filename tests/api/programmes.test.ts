import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { anApplication, aProgramme } from '../support/builders';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';

describe.each(backends())('programmes and sign-up through the API on %s', (database) => {
  let app: TestApp;
  let call: ReturnType<typeof apiClient>;
  const tokens: Record<string, string> = {};
  const upns: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ database, env: { DEMO_EMPTY: 'true' } });
    call = apiClient(app.baseUrl);
    const people = await call('GET', '/_demo/people');
    for (const p of people.body.personas) {
      upns[p.persona] ??= p.userPrincipalName;
      tokens[p.persona] ??= await app.tokenFor(p.userPrincipalName);
    }
  });
  afterAll(async () => app?.close());

  async function createOpenProgramme(overrides: Record<string, unknown> = {}) {
    const created = await call('POST', '/api/v1/programmes', {
      token: tokens.admin,
      body: aProgramme(overrides),
    });
    expect(created.status).toBe(201);
    const opened = await call('POST', `/api/v1/programmes/${created.body.id}/transitions`, {
      token: tokens.admin,
      body: { to: 'recruiting' },
    });
    expect(opened.status).toBe(200);
    return opened.body;
  }

  describe('creating a programme', () => {
    it('makes a draft with the default skills and charter, the creator as admin', async () => {
      const created = await call('POST', '/api/v1/programmes', { token: tokens.admin, body: aProgramme() });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        myRoles: ['admin'],
        allowedTransitions: ['recruiting'],
      });
      expect(created.body.skills.map((s: { id: string }) => s.id)).toContain('generative-ai');
      expect(created.body.charter.fr).toContain('Confidentialité');
      expect(created.body.admins[0].displayName).toEqual(expect.any(String));
    });

    it('is for tenant admins only', async () => {
      const refused = await call('POST', '/api/v1/programmes', { token: tokens.mentee, body: aProgramme() });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('not_tenant_admin');
    });

    it('says which fields are wrong', async () => {
      const bad = await call('POST', '/api/v1/programmes', {
        token: tokens.admin,
        body: aProgramme({ name: 'x', sessionMinutes: 5, startsOn: '2027-05-01', endsOn: '2027-01-01' }),
      });
      expect(bad.status).toBe(400);
      expect(bad.type).toMatch(/problem\+json/);
      const paths = bad.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.sessionMinutes']));
    });

    it('refuses sponsors who are not in the directory', async () => {
      const bad = await call('POST', '/api/v1/programmes', {
        token: tokens.admin,
        body: aProgramme({ sponsorAadIds: ['00000000-0000-4000-8000-000000000000'] }),
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('body.sponsorAadIds.0');
    });

    it('finds sponsors in the directory by name', async () => {
      const me = await call('GET', '/api/v1/me', { token: tokens.sponsor });
      const prefix = me.body.person.displayName.slice(0, 4);
      const found = await call('GET', `/api/v1/directory/people?q=${encodeURIComponent(prefix)}`, {
        token: tokens.admin,
      });
      expect(found.status).toBe(200);
      expect(found.body.items.map((p: { aadId: string }) => p.aadId)).toContain(me.body.person.aadId);
      const short = await call('GET', '/api/v1/directory/people?q=a', { token: tokens.admin });
      expect(short.status).toBe(400);
    });
  });

  describe('the lifecycle', () => {
    it('refuses to open recruiting without objectives, and says why', async () => {
      const created = await call('POST', '/api/v1/programmes', {
        token: tokens.admin,
        body: aProgramme({ objectives: [], charter: null }),
      });
      const refused = await call('POST', `/api/v1/programmes/${created.body.id}/transitions`, {
        token: tokens.admin,
        body: { to: 'recruiting' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('transition_refused');
      expect(refused.body.detail).toContain('objective');
      expect(refused.body.detail).toContain('charter');
      expect(refused.body.reasons).toEqual(['needs_objectives', 'needs_charter']);
    });

    it('refuses skipping to running and matching without volunteers', async () => {
      const programme = await createOpenProgramme();
      const skip = await call('POST', `/api/v1/programmes/${programme.id}/transitions`, {
        token: tokens.admin,
        body: { to: 'running' },
      });
      expect(skip.status).toBe(409);
      const matching = await call('POST', `/api/v1/programmes/${programme.id}/transitions`, {
        token: tokens.admin,
        body: { to: 'matching' },
      });
      expect(matching.status).toBe(409);
      expect(matching.body.detail).toContain('approve at least one mentor and one mentee');
    });

    it('lets only its admins move it', async () => {
      const programme = await createOpenProgramme();
      const refused = await call('POST', `/api/v1/programmes/${programme.id}/transitions`, {
        token: tokens.mentor,
        body: { to: 'draft' },
      });
      expect(refused.status).toBe(403);
    });

    it('answers an unknown or malformed programme id with 404 / 400', async () => {
      const unknown = await call('GET', '/api/v1/programmes/00000000-0000-4000-8000-000000000000', {
        token: tokens.admin,
      });
      expect(unknown.status).toBe(404);
      const malformed = await call('GET', '/api/v1/programmes/not-an-id', { token: tokens.admin });
      expect(malformed.status).toBe(400);
    });
  });

  describe('signing up from the tab and the admin review', () => {
    it('takes an application, updates it on a second sign-up, and withdraws it', async () => {
      const programme = await createOpenProgramme();
      const path = `/api/v1/programmes/${programme.id}/my-application`;
      const first = await call('PUT', path, { token: tokens.mentee, body: anApplication() });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'applied', role: 'mentee', source: 'tab' });
      expect(first.body.person.department).toEqual(expect.any(String));
      const second = await call('PUT', path, {
        token: tokens.mentee,
        body: anApplication({ goals: 'Understand prompts.' }),
      });
      expect(second.body.id).toBe(first.body.id);
      expect(second.body.goals).toBe('Understand prompts.');
      const listed = await call('GET', '/api/v1/programmes', { token: tokens.mentee });
      expect(listed.body.items.find((p: { id: string }) => p.id === programme.id).myRoles).toEqual([
        'mentee',
      ]);
      const withdrawn = await call('DELETE', path, { token: tokens.mentee });
      expect(withdrawn.body.status).toBe('withdrawn');
    });

    it('re-prompts for what is wrong in an application and loses nothing', async () => {
      const programme = await createOpenProgramme();
      const path = `/api/v1/programmes/${programme.id}/my-application`;
      const bad = await call('PUT', path, {
        token: tokens.mentee,
        body: anApplication({ skills: [{ skillId: 'knitting', level: 3 }], charterAccepted: false }),
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('body.charterAccepted');
      const unknownSkill = await call('PUT', path, {
        token: tokens.mentee,
        body: anApplication({ skills: [{ skillId: 'knitting', level: 3 }] }),
      });
      expect(unknownSkill.status).toBe(400);
      expect(unknownSkill.body.detail).toContain('knitting');
      const tooMany = await call('PUT', path, {
        token: tokens.mentor,
        body: anApplication({ role: 'mentor', capacity: 3 }),
      });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors[0].path).toBe('body.capacity');
      expect((await call('GET', path, { token: tokens.mentee })).status).toBe(404);
    });

    it('refuses sign-up to a programme that is not recruiting', async () => {
      const draft = await call('POST', '/api/v1/programmes', { token: tokens.admin, body: aProgramme() });
      const refused = await call('PUT', `/api/v1/programmes/${draft.body.id}/my-application`, {
        token: tokens.mentee,
        body: anApplication(),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('programme_not_recruiting');
    });

    it('shows volunteers to the admin with filters and counts, and records decisions', async () => {
      const programme = await createOpenProgramme();
      const base = `/api/v1/programmes/${programme.id}`;
      await call('PUT', `${base}/my-application`, { token: tokens.mentee, body: anApplication() });
      await call('PUT', `${base}/my-application`, {
        token: tokens.mentor,
        body: anApplication({
          role: 'mentor',
          capacity: 2,
          skills: [{ skillId: 'generative-ai', level: 5 }],
        }),
      });
      const all = await call('GET', `${base}/applications`, { token: tokens.admin });
      expect(all.body.items).toHaveLength(2);
      const mentors = await call('GET', `${base}/applications?role=mentor`, { token: tokens.admin });
      expect(mentors.body.items.map((a: { role: string }) => a.role)).toEqual(['mentor']);
      expect((await call('GET', `${base}/applications?role=boss`, { token: tokens.admin })).status).toBe(400);
      expect((await call('GET', `${base}/applications`, { token: tokens.mentee })).status).toBe(403);

      const mentee = all.body.items.find((a: { role: string }) => a.role === 'mentee');
      const review = await call('POST', `${base}/applications/${mentee.id}/review`, {
        token: tokens.admin,
        body: { decision: 'approve', message: 'Bienvenue !' },
      });
      expect(review.status).toBe(200);
      expect(review.body.application).toMatchObject({ status: 'approved', reviewMessage: 'Bienvenue !' });
      expect(['sent', 'no_conversation']).toContain(review.body.notification);

      const mentor = all.body.items.find((a: { role: string }) => a.role === 'mentor');
      await call('POST', `${base}/applications/${mentor.id}/review`, {
        token: tokens.admin,
        body: { decision: 'approve' },
      });
      const stats = await call('GET', `${base}/applications/stats`, { token: tokens.admin });
      expect(stats.status, JSON.stringify(stats.body)).toBe(200);
      expect(stats.body.byRole).toEqual({ mentor: 1, mentee: 1 });
      expect(stats.body.balance).toMatchObject({ mentors: 1, mentees: 1, mentorSlots: 2, ratio: 2 });
      expect(stats.body.byDepartment.length).toBeGreaterThan(0);

      const matching = await call('POST', `${base}/transitions`, {
        token: tokens.admin,
        body: { to: 'matching' },
      });
      expect(matching.status).toBe(200);
      expect(matching.body.status).toBe('matching');
    });

    it('shows a recruiting programme to everyone, a draft only to its admins', async () => {
      const draft = await call('POST', '/api/v1/programmes', { token: tokens.admin, body: aProgramme() });
      expect(
        (await call('GET', `/api/v1/programmes/${draft.body.id}`, { token: tokens.mentee })).status,
      ).toBe(403);
      const open = await createOpenProgramme();
      const seen = await call('GET', `/api/v1/programmes/${open.id}`, { token: tokens.mentee });
      expect(seen.status).toBe(200);
      expect(seen.body.allowedTransitions).toEqual([]);
    });
  });
});
