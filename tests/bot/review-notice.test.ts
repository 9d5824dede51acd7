import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { anApplication, aProgramme } from '../support/builders';
import { apiClient } from '../support/http';
import { installActivity } from './support/activities';
import { type RecordingConnector, startRecordingConnector } from './support/recording-connector';

/** The whole loop: a person talks to the bot, applies, and the admin's decision reaches them in chat. */
describe('telling volunteers about the review in Teams', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let call: ReturnType<typeof apiClient>;
  const personas: Record<string, { upn: string; aadId: string; token: string }> = {};

  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_EMPTY: 'true' } });
    connector = await startRecordingConnector();
    call = apiClient(app.baseUrl);
    for (const p of (await call('GET', '/_demo/people')).body.personas) {
      if (personas[p.persona]) continue;
      const token = await app.tokenFor(p.userPrincipalName);
      const me = await call('GET', '/api/v1/me', { token });
      personas[p.persona] = { upn: p.userPrincipalName, aadId: me.body.person.aadId, token };
    }
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  async function openProgramme() {
    const created = await call('POST', '/api/v1/programmes', {
      token: personas.admin!.token,
      body: aProgramme(),
    });
    await call('POST', `/api/v1/programmes/${created.body.id}/transitions`, {
      token: personas.admin!.token,
      body: { to: 'recruiting' },
    });
    return created.body.id as string;
  }

  it('sends the decision and the admin message in the language the person uses', async () => {
    const mentee = personas.mentee!;
    const install = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        installActivity({
          serviceUrl: connector.url,
          locale: 'fr-FR',
          tenantId: app.service.config.microsoft.tenantId,
          aadObjectId: mentee.aadId,
        }),
      ),
    });
    expect(install.status).toBe(200);
    connector.clear();

    const programmeId = await openProgramme();
    const applied = await call('PUT', `/api/v1/programmes/${programmeId}/my-application`, {
      token: mentee.token,
      body: anApplication(),
    });
    const review = await call(
      'POST',
      `/api/v1/programmes/${programmeId}/applications/${applied.body.id}/review`,
      {
        token: personas.admin!.token,
        body: { decision: 'approve', message: 'Bienvenue dans le programme !' },
      },
    );
    expect(review.body.notification).toBe('sent');
    expect(connector.sent).toHaveLength(1);
    const card = JSON.stringify(connector.sent[0]!.body);
    expect(card).toContain('acceptée');
    expect(card).toContain('Leaders numériques — test');
    expect(card).toContain('Bienvenue dans le programme !');
  });

  it('says so when the person has never talked to the bot', async () => {
    const programmeId = await openProgramme();
    const mentor = personas.mentor!;
    const applied = await call('PUT', `/api/v1/programmes/${programmeId}/my-application`, {
      token: mentor.token,
      body: anApplication({ role: 'mentor', capacity: 1 }),
    });
    connector.clear();
    const review = await call(
      'POST',
      `/api/v1/programmes/${programmeId}/applications/${applied.body.id}/review`,
      {
        token: personas.admin!.token,
        body: { decision: 'waitlist' },
      },
    );
    expect(review.status).toBe(200);
    expect(review.body.notification).toBe('no_conversation');
    expect(review.body.application.status).toBe('waitlisted');
    expect(connector.sent).toHaveLength(0);
  });
});
