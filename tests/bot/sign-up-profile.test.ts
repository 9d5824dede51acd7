import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../api/src/service';
import { createParticipantRepository } from '../../api/src/store/participants';
import { en } from '../../bot/src/i18n/en';
import { fr } from '../../bot/src/i18n/fr';
import { aProgramme } from '../support/builders';
import { backends, freshDatabase, type TestDatabase } from '../support/databases';
import { apiClient } from '../support/http';
import { type RecordingConnector, startRecordingConnector } from './support/recording-connector';
import {
  Chat,
  cardIdOf,
  demoPeople,
  elementsOf,
  fillSignUp,
  openProgramme,
  type Person,
  startServiceOn,
  textOf,
} from './support/service-chat';

/** What happens after the first card: a restart halfway, “my profile”, withdrawing. */
describe.each(backends())('the sign-up across restarts, my profile and withdrawing on %s', (backend) => {
  let database: TestDatabase;
  let service: RunningService;
  let connector: RecordingConnector;
  let people: Person[];
  let admin: Person;
  let programmeId: string;
  const baseUrl = () => service.internalUrl;
  const personOf = (persona: string) => people.find((p) => p.persona === persona)!;
  const chat = (person: Person, locale: string) =>
    new Chat(baseUrl, connector, person, locale, service.config.microsoft.tenantId);
  const applicationOf = async (person: Person) => {
    const call = apiClient(baseUrl());
    const { items } = (
      await call('GET', `/api/v1/programmes/${programmeId}/applications`, { token: admin.token })
    ).body;
    return items.find((a: { person: { aadId: string } }) => a.person.aadId === person.aadId);
  };

  beforeAll(async () => {
    database = await freshDatabase(backend);
    connector = await startRecordingConnector();
    service = await startServiceOn(database);
    people = await demoPeople(baseUrl());
    admin = personOf('admin');
    programmeId = await openProgramme(baseUrl(), admin.token, aProgramme({ name: 'Digital leaders' }));
  });
  afterAll(async () => {
    await service?.close();
    await connector?.close();
    await database?.drop();
  });

  it('resumes a conversation left halfway when the service has restarted on the same database', async () => {
    const mentee = personOf('mentee');
    const me = chat(mentee, 'en-GB');
    const start = await me.say('join');
    const role = await me.press(start.card, 'next');
    const skills = await me.press(role.card, 'next', { role: 'mentee' });
    expect(textOf(skills.card)).toContain(en.signUp.skills.titleMentee);

    await service.close();
    service = await startServiceOn(database);
    // Sign-in keys are made at start: the people are the same, their tokens are new.
    people = await demoPeople(baseUrl());
    admin = personOf('admin');
    expect(personOf('mentee').aadId).toBe(mentee.aadId);

    const goals = await me.press(skills.card, 'next', {
      'skill_data-literacy': 'true',
      'level_data-literacy': '2',
    });
    expect(textOf(goals.card)).toContain(en.signUp.goals.question);
    const availability = await me.press(goals.card, 'next', { goals: 'Read a dashboard.' });
    const consent = await me.press(availability.card, 'next', {
      days: 'monday',
      dayparts: 'afternoon',
      languages: 'en',
    });
    const summary = await me.press(consent.card, 'next', {
      charterAccepted: 'true',
      dataUseAccepted: 'true',
    });
    expect(textOf(summary.card)).toContain('Data literacy (2/5)');
    await me.press(summary.card, 'confirm');

    expect(await applicationOf(mentee)).toMatchObject({
      source: 'bot',
      role: 'mentee',
      skills: [{ skillId: 'data-literacy', level: 2 }],
      goals: 'Read a dashboard.',
      availability: { days: ['monday'], dayparts: ['afternoon'] },
    });
  });

  it('shows my profile: the application, its status, the review message, Edit and Withdraw', async () => {
    const mentee = personOf('mentee');
    const application = await applicationOf(mentee);
    await apiClient(baseUrl())(
      'POST',
      `/api/v1/programmes/${programmeId}/applications/${application.id}/review`,
      {
        token: admin.token,
        body: { decision: 'approve', message: 'Welcome aboard!' },
      },
    );

    const profile = await chat(mentee, 'en-GB').say('my profile');
    const text = textOf(profile.card);
    expect(text).toContain('Digital leaders');
    expect(text).toContain(en.signUp.profile.statuses.approved);
    expect(text).toContain('Data literacy (2/5)');
    expect(text).toContain('Read a dashboard.');
    expect(text).toContain('Monday, afternoon');
    expect(text).toContain('Welcome aboard!');
    const buttons = elementsOf(profile.card).filter((e) => e.type === 'Action.Submit');
    expect(buttons.map((b) => b.data)).toEqual([
      { action: 'edit', programmeId },
      { action: 'withdraw', programmeId },
    ]);

    const french = await chat(mentee, 'fr-FR').say('mon profil');
    expect(textOf(french.card)).toContain(fr.signUp.profile.statuses.approved);
  });

  it('withdraws only after the person confirms, and says when there is nothing left to withdraw', async () => {
    const mentee = personOf('mentee');
    const me = chat(mentee, 'fr-FR');

    const asked = await me.send({ action: 'withdraw', programmeId });
    expect(textOf(asked.card)).toContain('« Digital leaders » sera retirée');
    const kept = await me.press(asked.card, 'keep');
    expect(kept.texts).toEqual([fr.signUp.withdraw.kept]);
    expect((await applicationOf(mentee)).status).toBe('approved');

    const again = await me.say('retirer');
    const done = await me.press(again.card, 'confirm');
    expect(done.texts).toEqual([
      'Votre candidature au programme « Digital leaders » est retirée. Merci de votre intérêt.',
    ]);
    expect((await applicationOf(mentee)).status).toBe('withdrawn');

    expect((await me.press(asked.card, 'confirm')).texts).toEqual([fr.signUp.expiredCard]);
    expect((await me.say('retirer')).texts).toEqual([fr.signUp.withdraw.none]);
  });

  it('leaves a formed pair alone: no withdrawing, no editing', async () => {
    const mentor = personOf('mentor');
    const me = chat(mentor, 'en-GB');
    const summary = await fillSignUp(me, 'join', {
      role: 'mentor',
      skills: { 'generative-ai': 5 },
      goals: '',
      days: 'monday',
      dayparts: 'morning',
      languages: 'en',
      capacity: '1',
    });
    await me.press(summary.card, 'confirm');
    const application = await applicationOf(mentor);
    await createParticipantRepository(service.db.db).setStatus(
      service.config.microsoft.tenantId,
      application.id,
      {
        status: 'paired',
        at: new Date(),
      },
    );

    const paired = 'You are already paired in “Digital leaders”: please ask its admin to change anything.';
    expect((await me.say('withdraw')).texts).toEqual([paired]);
    const start = await me.say('edit');
    expect(cardIdOf(start.card)).toEqual(expect.any(String));
    expect((await me.press(start.card, 'next', { programmeId })).texts).toEqual([paired]);
    const profile = await me.say('my profile');
    expect(elementsOf(profile.card).filter((e) => e.type === 'Action.Submit')).toEqual([]);
  });

  it('says so when the programme stops recruiting before the person confirms', async () => {
    const sponsor = personOf('sponsor');
    const closing = await openProgramme(baseUrl(), admin.token, aProgramme({ name: 'Closing soon' }));
    const me = chat(sponsor, 'en-GB');
    const summary = await fillSignUp(me, 'join', {
      programmeId: closing,
      role: 'mentee',
      skills: { fintech: 1 },
      goals: '',
      days: 'friday',
      dayparts: 'morning',
      languages: 'fr',
    });
    await apiClient(baseUrl())('POST', `/api/v1/programmes/${closing}/transitions`, {
      token: admin.token,
      body: { to: 'draft' },
    });

    const refused = await me.press(summary.card, 'confirm');
    expect(refused.texts).toEqual(['The programme “Closing soon” is no longer open for sign-up.']);
    expect((await me.say('hello')).texts).toEqual([en.notUnderstood]);
  });
});
