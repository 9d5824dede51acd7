import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../api/src/service';
import { en } from '../../bot/src/i18n/en';
import { fr } from '../../bot/src/i18n/fr';
import { aProgramme } from '../support/builders';
import { backends, freshDatabase, type TestDatabase } from '../support/databases';
import { apiClient } from '../support/http';
import { messageActivity } from './support/activities';
import { type RecordingConnector, startRecordingConnector } from './support/recording-connector';
import {
  Chat,
  cardIdOf,
  demoPeople,
  fillSignUp,
  inputOf,
  openProgramme,
  type Person,
  startServiceOn,
  textOf,
} from './support/service-chat';

/** Sign-up conversations over `/api/messages` of the whole service, checked through the admin's API. */
describe.each(backends())('signing up through the bot on %s', (backend) => {
  let database: TestDatabase;
  let service: RunningService;
  let connector: RecordingConnector;
  let people: Person[];
  let admin: Person;
  const baseUrl = () => service.internalUrl;
  const chat = (person: Person, locale: string) =>
    new Chat(baseUrl, connector, person, locale, service.config.microsoft.tenantId);
  const applicationsOf = async (programmeId: string) => {
    const call = apiClient(baseUrl());
    return (await call('GET', `/api/v1/programmes/${programmeId}/applications`, { token: admin.token })).body
      .items;
  };
  let first: string;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    connector = await startRecordingConnector();
    service = await startServiceOn(database);
    people = await demoPeople(baseUrl());
    admin = people.find((p) => p.persona === 'admin')!;
    first = await openProgramme(
      baseUrl(),
      admin.token,
      aProgramme({ name: 'Leaders numériques', mentorCapacity: 2 }),
    );
  });
  afterAll(async () => {
    await service?.close();
    await connector?.close();
    await database?.drop();
  });

  const personOf = (persona: string) => people.find((p) => p.persona === persona)!;

  it('signs a mentee up in French, pre-filled from Microsoft 365, with the only open programme confirmed', async () => {
    const mentee = personOf('mentee');
    const me = chat(mentee, 'fr-FR');
    const s = fr.signUp;

    let reply = await me.say('rejoindre');
    expect(textOf(reply.card)).toContain(s.start.fromMicrosoft365);
    expect(textOf(reply.card)).toContain(mentee.displayName);
    if (mentee.department) expect(textOf(reply.card)).toContain(mentee.department);
    expect(textOf(reply.card)).toContain('« Leaders numériques » est ouvert');
    expect(inputOf(reply.card, 'programmeId')).toBeUndefined();

    reply = await me.press(reply.card, 'next');
    expect(textOf(reply.card)).toContain(s.role.mentee);
    expect(textOf(reply.card)).toContain('Je partage mes compétences numériques');

    reply = await me.press(reply.card, 'next', { role: 'mentee' });
    expect(textOf(reply.card)).toContain(s.skills.titleMentee);
    expect(textOf(reply.card)).toContain('IA générative');

    reply = await me.press(reply.card, 'next', {
      'skill_generative-ai': 'true',
      'level_generative-ai': '1',
      'skill_m365-collaboration': 'true',
      'level_m365-collaboration': '2',
      skill_fintech: 'false',
    });
    expect(textOf(reply.card)).toContain(s.goals.question);

    reply = await me.press(reply.card, 'next', { goals: 'Utiliser Copilot pour mon reporting.' });
    expect(textOf(reply.card)).toContain(s.availability.weekdays.tuesday);
    const expectedLanguage = mentee.preferredLanguage?.startsWith('en') ? 'en' : 'fr';
    expect(inputOf(reply.card, 'languages')).toMatchObject({ value: expectedLanguage, isMultiSelect: true });
    expect(inputOf(reply.card, 'capacity')).toBeUndefined();

    reply = await me.press(reply.card, 'next', {
      days: 'tuesday,thursday',
      dayparts: 'morning',
      languages: 'fr',
    });
    expect(textOf(reply.card)).toContain('Confidentialité');
    expect(textOf(reply.card)).toContain(`${service.publicUrl}/privacy`);

    reply = await me.press(reply.card, 'next', { charterAccepted: 'true', dataUseAccepted: 'true' });
    expect(textOf(reply.card)).toContain(s.summary.title);
    expect(textOf(reply.card)).toContain('IA générative (1/5)');
    expect(textOf(reply.card)).toContain('Mardi');

    reply = await me.press(reply.card, 'confirm');
    expect(reply.texts[0]).toContain(
      'Merci ! Votre candidature au programme « Leaders numériques » comme mentoré·e',
    );

    const [application] = await applicationsOf(first);
    expect(application).toMatchObject({
      source: 'bot',
      role: 'mentee',
      status: 'applied',
      skills: [
        { skillId: 'generative-ai', level: 1 },
        { skillId: 'm365-collaboration', level: 2 },
      ],
      goals: 'Utiliser Copilot pour mon reporting.',
      availability: { days: ['tuesday', 'thursday'], dayparts: ['morning'] },
      languages: ['fr'],
      person: { displayName: mentee.displayName },
    });
  });

  it('signs a mentor up in English, choosing among open programmes, with a capacity', async () => {
    const second = await openProgramme(
      baseUrl(),
      admin.token,
      aProgramme({ name: 'AI for leaders', mentorCapacity: 3 }),
    );
    const mentor = personOf('mentor');
    const me = chat(mentor, 'en-GB');

    const start = await me.say('join');
    expect(inputOf(start.card, 'programmeId')).toMatchObject({
      choices: expect.arrayContaining([{ title: 'AI for leaders', value: second }]),
    });
    const summary = await fillSignUp(me, 'join', {
      programmeId: second,
      role: 'mentor',
      skills: { 'generative-ai': 5, agile: 4 },
      goals: 'Help leaders adopt Copilot.',
      days: 'monday,friday',
      dayparts: 'morning,afternoon',
      languages: 'en,fr',
      capacity: '3',
    });
    expect(textOf(summary.card)).toContain('Generative AI (5/5)');
    expect(textOf(summary.card)).toContain(en.signUp.summary.capacity);
    const saved = await me.press(summary.card, 'confirm');
    expect(saved.texts[0]).toBe(
      `Thank you! Your application to “AI for leaders” as mentor is sent. ${en.signUp.saved.next}`,
    );

    expect(await applicationsOf(second)).toEqual([
      expect.objectContaining({
        source: 'bot',
        role: 'mentor',
        capacity: 3,
        skills: [
          { skillId: 'generative-ai', level: 5 },
          { skillId: 'agile', level: 4 },
        ],
        availability: { days: ['monday', 'friday'], dayparts: ['morning', 'afternoon'] },
        languages: ['en', 'fr'],
      }),
    ]);
  });

  it('re-prompts with the reason at each step, keeping what was entered', async () => {
    const sponsor = personOf('sponsor');
    const me = chat(sponsor, 'en-GB');
    const errors = en.signUp.errors;

    let reply = await me.say('join');
    reply = await me.press(reply.card, 'next');
    expect(textOf(reply.card)).toContain(errors.chooseProgramme);
    reply = await me.press(reply.card, 'next', { programmeId: first });

    reply = await me.press(reply.card, 'next', { role: 'boss' });
    expect(textOf(reply.card)).toContain(errors.chooseRole);
    reply = await me.say('hello?');
    expect(reply.texts).toEqual([en.signUp.useTheCard]);
    expect(textOf(reply.card)).toContain(en.signUp.role.question);
    reply = await me.press(reply.card, 'next', { role: 'mentor' });

    reply = await me.press(reply.card, 'next', { 'skill_generative-ai': 'false' });
    expect(textOf(reply.card)).toContain(errors.noSkill);
    reply = await me.press(reply.card, 'next', {
      'skill_generative-ai': 'true',
      skill_agile: 'true',
      level_agile: '3',
    });
    expect(textOf(reply.card)).toContain('give your level for “Generative AI”');
    expect(inputOf(reply.card, 'skill_generative-ai')).toMatchObject({ value: 'true' });
    expect(inputOf(reply.card, 'level_agile')).toMatchObject({ value: '3' });
    reply = await me.press(reply.card, 'next', {
      'skill_generative-ai': 'true',
      'level_generative-ai': '4',
      skill_agile: 'true',
      level_agile: '3',
    });

    reply = await me.press(reply.card, 'next', { goals: '' });
    reply = await me.press(reply.card, 'next', {
      days: '',
      dayparts: 'morning',
      languages: '',
      capacity: '3',
    });
    const text = textOf(reply.card);
    expect(text).toContain(errors.noDay);
    expect(text).toContain(errors.noLanguage);
    expect(text).toContain('a mentor takes 1 to 2 mentee(s) in this programme');
    expect(inputOf(reply.card, 'dayparts')).toMatchObject({ value: 'morning' });
    reply = await me.press(reply.card, 'next', {
      days: 'wednesday',
      dayparts: 'morning',
      languages: 'en',
      capacity: '2',
    });

    reply = await me.press(reply.card, 'next', { charterAccepted: 'false', dataUseAccepted: 'true' });
    expect(textOf(reply.card)).toContain(errors.charter);
    expect(textOf(reply.card)).not.toContain(errors.dataUse);
    reply = await me.press(reply.card, 'next', { charterAccepted: 'true', dataUseAccepted: 'true' });

    expect(textOf(reply.card)).toContain('Generative AI (4/5), Agile ways of working (3/5)');
    expect(textOf(reply.card)).toContain('Wednesday, morning');
    await me.press(reply.card, 'confirm');
    const mine = (await applicationsOf(first)).filter(
      (a: { person: { displayName: string } }) => a.person.displayName === sponsor.displayName,
    );
    expect(mine).toEqual([expect.objectContaining({ role: 'mentor', capacity: 2, goals: '' })]);
  });

  it('updates the same application when the person signs up again, every step pre-filled', async () => {
    const mentee = personOf('mentee');
    const me = chat(mentee, 'fr-FR');

    let reply = await me.say('modifier');
    expect(inputOf(reply.card, 'programmeId')).toBeUndefined();
    reply = await me.press(reply.card, 'next');
    expect(textOf(reply.card)).toContain('Vous avez déjà candidaté comme mentoré·e');
    expect(inputOf(reply.card, 'role')).toMatchObject({ value: 'mentee' });
    reply = await me.press(reply.card, 'next', { role: 'mentee' });
    expect(inputOf(reply.card, 'level_m365-collaboration')).toMatchObject({ value: '2' });
    reply = await me.press(reply.card, 'next', {
      'skill_generative-ai': 'true',
      'level_generative-ai': '2',
      'skill_m365-collaboration': 'true',
      'level_m365-collaboration': '2',
    });
    expect(inputOf(reply.card, 'goals')).toMatchObject({ value: 'Utiliser Copilot pour mon reporting.' });
    reply = await me.press(reply.card, 'next', { goals: 'Animer une réunion Teams hybride.' });
    expect(inputOf(reply.card, 'days')).toMatchObject({ value: 'tuesday,thursday' });
    reply = await me.press(reply.card, 'next', {
      days: 'tuesday,thursday',
      dayparts: 'morning',
      languages: 'fr',
    });
    expect(inputOf(reply.card, 'charterAccepted')).toMatchObject({ value: 'true' });
    reply = await me.press(reply.card, 'next', { charterAccepted: 'true', dataUseAccepted: 'true' });

    // Edit from the summary: the chooser, then only the chosen part, then the summary again.
    reply = await me.press(reply.card, 'edit');
    reply = await me.press(reply.card, 'next', { section: 'goals' });
    expect(inputOf(reply.card, 'goals')).toMatchObject({ value: 'Animer une réunion Teams hybride.' });
    reply = await me.press(reply.card, 'next', {
      goals: 'Animer une réunion Teams hybride et utiliser Copilot.',
    });
    expect(textOf(reply.card)).toContain(fr.signUp.summary.title);
    reply = await me.press(reply.card, 'confirm');
    expect(reply.texts[0]).toContain('est mise à jour');

    const applications = await applicationsOf(first);
    const mine = applications.filter(
      (a: { person: { displayName: string } }) => a.person.displayName === mentee.displayName,
    );
    expect(mine).toEqual([
      expect.objectContaining({
        goals: 'Animer une réunion Teams hybride et utiliser Copilot.',
        skills: [
          { skillId: 'generative-ai', level: 2 },
          { skillId: 'm365-collaboration', level: 2 },
        ],
      }),
    ]);
  });

  it('answers a button of an earlier card with the current card, and of an ended conversation politely', async () => {
    const mentor = personOf('mentor');
    const me = chat(mentor, 'en-GB');
    const start = await me.say('join');
    const role = await me.press(start.card, 'next', { programmeId: first });
    const skills = await me.press(role.card, 'next', { role: 'mentor' });

    const stale = await me.press(role.card, 'next', { role: 'mentee' });
    expect(stale.texts).toEqual([en.signUp.staleCard]);
    expect(cardIdOf(stale.card)).toBe(cardIdOf(skills.card));
    expect(textOf(stale.card)).toContain(en.signUp.skills.titleMentor);

    const cancelled = await me.press(skills.card, 'cancel');
    expect(cancelled.texts).toEqual([en.signUp.cancelled]);
    const expired = await me.press(skills.card, 'next', { skill_agile: 'true', level_agile: '2' });
    expect(expired.texts).toEqual([en.signUp.expiredCard]);
  });

  it('shows help without losing the step, and stops when the person types “annuler”, saving nothing', async () => {
    const sponsor = personOf('sponsor');
    const me = chat(sponsor, 'fr-FR');
    const before = await applicationsOf(first);
    const start = await me.say('rejoindre');
    await me.press(start.card, 'next', { programmeId: first });
    const help = await me.say('aide');
    expect(help.cards.map((card) => textOf(card))).toEqual([
      expect.stringContaining(fr.help.title),
      expect.stringContaining(fr.signUp.role.question),
    ]);

    expect((await me.say('Annuler')).texts).toEqual([fr.signUp.cancelled]);
    expect((await me.say('bonjour')).texts).toEqual([fr.notUnderstood]);
    expect((await me.say('annuler')).texts).toEqual([fr.signUp.nothingToCancel]);
    // The applications themselves are untouched (their people's directory facts may be refreshed meanwhile).
    const withoutPerson = (items: Record<string, unknown>[]) =>
      items.map(({ person: _person, ...rest }) => rest);
    expect(withoutPerson(await applicationsOf(first))).toEqual(withoutPerson(before));
  });

  it('asks for Teams when the message does not say who sent it', async () => {
    const activity = messageActivity('join', {
      serviceUrl: connector.url,
      locale: 'en-GB',
      tenantId: service.config.microsoft.tenantId,
    });
    delete (activity.from as { aadObjectId?: string }).aadObjectId;
    const before = connector.sent.length;
    await fetch(`${baseUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(connector.sent.slice(before).map((s) => s.body.text)).toEqual([en.signUp.needsTeams]);
  });
});
