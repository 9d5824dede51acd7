import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackRepository } from '../../api/src/store/feedback';
import { localDateText, localDateTimeText } from '../../bot/src/dialogs/feedback-words';
import { zoneOf } from '../../bot/src/dialogs/my-sessions';
import { fill } from '../../bot/src/i18n';
import { en } from '../../bot/src/i18n/en';
import { fr } from '../../bot/src/i18n/fr';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';
import type { Volunteer } from '../support/scenarios';
import { type BookedScenario, sessionsBooked } from './support/booked-sessions';
import { runFeedbackJobAt } from './support/feedback-job';
import {
  type RecordedActivity,
  type RecordingConnector,
  startRecordingConnector,
} from './support/recording-connector';
import { type CardContent, Chat, elementsOf, inputOf, textOf } from './support/service-chat';

const HOUR = 3_600_000;

/** A session as `GET /api/v1/sessions/:id` and `/me/sessions` give it. */
interface SessionDto {
  id: string;
  number: number;
  of: number;
  status: string;
  label: { fr: string; en: string };
  objective: { fr: string; en: string };
  startsAt: string | null;
  endsAt: string | null;
  mentee: { aadId: string; displayName: string; timeZone: string | null };
  mentor: { aadId: string; displayName: string; timeZone: string | null };
}

type Language = 'fr' | 'en';

/** The card's Submit data: what Teams sends back, with the inputs merged in. */
function submitData(card: CardContent): Record<string, string> {
  const button = elementsOf(card).find(
    (e) =>
      e.type === 'Action.Submit' && typeof (e.data as Record<string, string> | undefined)?.form === 'string',
  );
  if (!button) throw new Error(`not a feedback or survey card: ${textOf(card)}`);
  return button.data as Record<string, string>;
}

const cardsOf = (activity: RecordedActivity): CardContent[] =>
  ((activity.body.attachments as { content: CardContent }[] | undefined) ?? []).map((a) => a.content);

/** Feedback after a session and the programme surveys, through `/api/messages` of the whole service. */
describe.each(backends())('feedback and surveys in the bot on %s', (database) => {
  let app: TestApp;
  let connector: RecordingConnector;
  let call: ReturnType<typeof apiClient>;
  let scenario: BookedScenario;
  let mentee: Volunteer;
  let mentor: Volunteer;
  let finished: SessionDto;
  let nextOne: SessionDto;
  /** The feedback card the job sent the mentee: its activity id and content. */
  let menteeCard: { id: string; card: CardContent };
  let promptedBetween: { from: number; to: number };

  const chat = (person: { aadId: string }, locale: string) =>
    new Chat(() => app.baseUrl, connector, person, locale, app.service.config.microsoft.tenantId);
  const conversationOf = (person: { aadId: string }) => `a:personal-${person.aadId}`;

  async function sessionAs(person: Volunteer, id: string): Promise<SessionDto> {
    const got = await call('GET', `/api/v1/sessions/${id}`, { token: person.token });
    expect(got.status, JSON.stringify(got.body)).toBe(200);
    return got.body;
  }

  /** The words the bot fills in about `s`, from `person`'s side, in their zone. */
  function wordsOf(s: SessionDto, person: Volunteer, language: Language) {
    const me = s.mentee.aadId === person.aadId ? s.mentee : s.mentor;
    const partner = me === s.mentee ? s.mentor : s.mentee;
    const zone = zoneOf(me.timeZone, scenario.programmeZone);
    return {
      number: s.number,
      of: s.of,
      theme: s.label[language],
      partner: partner.displayName,
      objective: s.objective[language],
      when: localDateTimeText(new Date(s.startsAt!), zone, language),
      zone,
    };
  }

  /** Feedback cards about `sessionId` the connector recorded, with whom they went to. */
  const feedbackCardsAbout = (sessionId: string) =>
    connector.sent.flatMap((activity) =>
      cardsOf(activity)
        .filter((card) => {
          const data = elementsOf(card).find((e) => e.type === 'Action.Submit')?.data as
            | Record<string, string>
            | undefined;
          return data?.form === 'feedback' && data.sessionId === sessionId;
        })
        .map((card) => ({ id: activity.id, conversationId: activity.conversationId, card })),
    );

  const complete = {
    tookPlace: 'yes',
    rating: '4',
    objectiveMet: 'partly',
    learned: 'Les raccourcis de Teams',
    shared: 'Comment on présente un budget au comité',
    obstacles: '',
    wantsSupport: 'false',
    continueWithPartner: 'yes',
    private: 'false',
  };

  beforeAll(async () => {
    // The feedback job runs on its own only hourly here: the test runs it when it means to.
    app = await startTestApp({ database, env: { DEMO_EMPTY: 'true', FEEDBACK_CHECK_SECONDS: '3600' } });
    connector = await startRecordingConnector();
    call = apiClient(app.baseUrl);
    scenario = await sessionsBooked(app, { mentors: 1, mentees: 1 });
    mentee = scenario.volunteers.find((v) => v.role === 'mentee')!;
    const mine = await call('GET', '/api/v1/me/sessions', { token: mentee.token });
    const booked = (mine.body.items as SessionDto[])
      .filter((s) => s.status === 'booked' && s.startsAt)
      .sort((a, b) => a.startsAt!.localeCompare(b.startsAt!));
    expect(booked.length, JSON.stringify(mine.body)).toBeGreaterThan(1);
    [finished, nextOne] = booked as [SessionDto, SessionDto];
    mentor = scenario.volunteers.find((v) => v.aadId === finished.mentor.aadId)!;
    // Each has talked to the bot, in their own language: where and how to reach them is saved.
    await chat(mentee, 'fr-FR').say('aide');
    await chat(mentor, 'en-GB').say('help');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it('sends the feedback card to both people, each in their language and time zone, once the session is over', async () => {
    connector.clear();
    const from = Date.now();
    const finish = await call('POST', `/_demo/sessions/${finished.id}/finish`);
    promptedBetween = { from, to: Date.now() };
    expect(finish.status, JSON.stringify(finish.body)).toBe(200);
    expect(finish.body.prompts).toMatchObject({ sent: 2, reminded: 0, undelivered: 0 });
    finished = await sessionAs(mentee, finished.id);

    const sent = feedbackCardsAbout(finished.id);
    expect(sent.map((s) => s.conversationId).sort()).toEqual(
      [conversationOf(mentee), conversationOf(mentor)].sort(),
    );
    for (const [person, language, m] of [
      [mentee, 'fr', fr],
      [mentor, 'en', en],
    ] as const) {
      const { card } = sent.find((s) => s.conversationId === conversationOf(person))!;
      const words = wordsOf(finished, person, language);
      const text = textOf(card);
      expect(text).toContain(fill(m.feedback.card.title, words));
      expect(text).toContain(words.objective);
      expect(text).toContain(words.when);
      expect(text).toContain(fill(m.feedback.card.continueIsPrivate, words));
      expect(text).not.toContain(m.feedback.card.reminder);
      for (const id of [
        'tookPlace',
        'rating',
        'objectiveMet',
        'learned',
        'shared',
        'obstacles',
        'wantsSupport',
        'continueWithPartner',
        'private',
      ]) {
        expect(inputOf(card, id), id).toBeDefined();
      }
      expect(submitData(card)).toEqual({ form: 'feedback', sessionId: finished.id });
    }
    const mine = sent.find((s) => s.conversationId === conversationOf(mentee))!;
    menteeCard = { id: mine.id, card: mine.card };
  });

  it('asks again, with the reason and the answers kept, when a session that took place has no rating; nothing is saved', async () => {
    const reply = await chat(mentee, 'fr-FR').send(
      { ...submitData(menteeCard.card), ...complete, rating: '' },
      { replyToId: menteeCard.id },
    );
    expect(reply.texts).toEqual([]);
    expect(reply.updated).toEqual([]);
    expect(reply.cards).toHaveLength(1);
    const text = textOf(reply.card);
    expect(text).toContain(fr.feedback.errors.rating);
    expect(text).not.toContain(fr.feedback.errors.objectiveMet);
    expect(inputOf(reply.card, 'tookPlace')).toMatchObject({ value: 'yes' });
    expect(inputOf(reply.card, 'objectiveMet')).toMatchObject({ value: 'partly' });
    expect(inputOf(reply.card, 'learned')).toMatchObject({ value: complete.learned });
    expect(submitData(reply.card)).toEqual({ form: 'feedback', sessionId: finished.id });

    const saved = await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentee.token });
    expect(saved.status).toBe(404);
  });

  it('saves a complete answer, thanks the person, puts their answers in place of the card, and the session is held', async () => {
    const reply = await chat(mentee, 'fr-FR').send(
      { ...submitData(menteeCard.card), ...complete },
      { replyToId: menteeCard.id },
    );
    const saved = await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentee.token });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      tookPlace: 'yes',
      rating: 4,
      objectiveMet: 'partly',
      learned: complete.learned,
      shared: complete.shared,
      obstacles: '',
      wantsSupport: false,
      continueWithPartner: 'yes',
      private: false,
    });
    const words = wordsOf(finished, mentee, 'fr');
    const until = localDateText(new Date(saved.body.editableUntil), words.zone, 'fr');
    expect(reply.texts).toEqual([fill(fr.feedback.saved, { ...words, until })]);
    expect(reply.cards).toEqual([]);
    expect(reply.updated.map((u) => u.id)).toEqual([menteeCard.id]);
    const done = textOf(reply.updated[0]!.card);
    expect(done).toContain(fill(fr.feedback.done.title, words));
    expect(done).toContain(complete.learned);
    expect(done).toContain(fr.feedback.card.ratingChoices[3]);
    expect(done).toContain(fill(fr.feedback.done.editableUntil, { until }));

    expect((await sessionAs(mentee, finished.id)).status).toBe('held');
  });

  it('updates the one answer when the card is sent again, and says so', async () => {
    const before = (await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentee.token }))
      .body;
    // No replyToId this time (a client that does not give one): the confirmation comes as a new card.
    const reply = await chat(mentee, 'fr-FR').send({
      ...submitData(menteeCard.card),
      ...complete,
      rating: '5',
      wantsSupport: 'true',
    });
    const after = await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentee.token });
    expect(after.body).toMatchObject({ rating: 5, wantsSupport: true, submittedAt: before.submittedAt });
    expect(after.body.updatedAt).not.toBe(before.updatedAt);

    const words = wordsOf(finished, mentee, 'fr');
    const until = localDateText(new Date(after.body.editableUntil), words.zone, 'fr');
    expect(reply.texts).toEqual([
      `${fill(fr.feedback.updated, { ...words, until })} ${fr.feedback.supportNoted}`,
    ]);
    expect(reply.updated).toEqual([]);
    expect(reply.cards).toHaveLength(1);
    expect(textOf(reply.card)).toContain(fill(fr.feedback.done.title, words));

    const answers = await createFeedbackRepository(app.service.db.db).forSession(
      app.service.config.microsoft.tenantId,
      finished.id,
    );
    expect(answers.map((a) => a.authorAadId)).toEqual([mentee.aadId]);
  });

  it('never shows one person’s answer to the other, and “feedback” brings back only unanswered sessions', async () => {
    const partners = await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentor.token });
    expect(partners.status).toBe(404);
    expect(partners.body.code).toBe('feedback_not_found');

    const asked = await chat(mentor, 'en-GB').say('feedback');
    expect(asked.texts).toEqual([]);
    expect(asked.cards).toHaveLength(1);
    expect(textOf(asked.card)).toContain(fill(en.feedback.card.title, wordsOf(finished, mentor, 'en')));
    expect(submitData(asked.card)).toEqual({ form: 'feedback', sessionId: finished.id });

    expect((await chat(mentee, 'fr-FR').say('mon avis')).texts).toEqual([fr.feedback.pending.none]);
  });

  it('says plainly that a session still to come cannot be given feedback yet', async () => {
    const reply = await chat(mentee, 'fr-FR').send({ form: 'feedback', sessionId: nextOne.id, ...complete });
    expect(reply.texts).toEqual([
      fill(fr.feedback.errors.notStarted, { number: nextOne.number, of: nextOne.of }),
    ]);
    const saved = await call('GET', `/api/v1/sessions/${nextOne.id}/feedback`, { token: mentee.token });
    expect(saved.status).toBe(404);
  });

  it('reminds whoever has not answered once, 48 hours after the card, and never again; the reminder is answered like the card', async () => {
    const { from, to } = promptedBetween;
    connector.clear();
    await runFeedbackJobAt(app, new Date(from + 47 * HOUR));
    expect(feedbackCardsAbout(finished.id)).toEqual([]);

    const result = await runFeedbackJobAt(app, new Date(to + 48 * HOUR + 60_000));
    expect(result.reminded).toBeGreaterThanOrEqual(1);
    const reminders = feedbackCardsAbout(finished.id);
    expect(reminders.map((r) => r.conversationId)).toEqual([conversationOf(mentor)]);
    const reminder = reminders[0]!.card;
    expect(textOf(reminder)).toContain(en.feedback.card.reminder);
    expect(textOf(reminder)).toContain(fill(en.feedback.card.title, wordsOf(finished, mentor, 'en')));

    connector.clear();
    await runFeedbackJobAt(app, new Date(to + 49 * HOUR));
    await runFeedbackJobAt(app, new Date(to + 72 * HOUR));
    expect(feedbackCardsAbout(finished.id)).toEqual([]);

    // The reminder is a card like the first: answering it saves the partner's own answer, even in
    // the middle of another question, which stays where it was.
    const partner = chat(mentor, 'en-GB');
    const asked = await partner.say('cancel my next session');
    expect(textOf(asked.card)).toContain(en.sessions.cancel.confirm);
    const answered = await partner.send({
      ...submitData(reminder),
      ...complete,
      rating: '3',
      learned: 'How the board reads a budget',
      continueWithPartner: 'unsure',
    });
    expect(answered.texts[0]).toMatch(/^Thank you!/);
    expect((await partner.press(asked.card, 'keep')).texts).toEqual([en.sessions.cancel.kept]);
    const theirs = await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentor.token });
    expect(theirs.body).toMatchObject({ rating: 3, continueWithPartner: 'unsure' });
    const mine = await call('GET', `/api/v1/sessions/${finished.id}/feedback`, { token: mentee.token });
    expect(mine.body).toMatchObject({ rating: 5, learned: complete.learned });
  });

  it('sends the pulse survey when the admin opens it, asks again for what is missing, and the answer shows in my surveys', async () => {
    connector.clear();
    const programme = await call('GET', `/api/v1/programmes/${scenario.programmeId}`, {
      token: scenario.adminToken,
    });
    const opened = await call('POST', `/api/v1/programmes/${scenario.programmeId}/surveys/pulse/open`, {
      token: scenario.adminToken,
      body: { closesInDays: 14 },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);

    const surveyCardTo = (person: Volunteer) =>
      connector.sent
        .filter((activity) => activity.conversationId === conversationOf(person))
        .flatMap((activity) => cardsOf(activity).map((card) => ({ id: activity.id, card })))
        .find(({ card }) =>
          elementsOf(card).some((e) => (e.data as { form?: string } | undefined)?.form === 'survey'),
        );
    for (let i = 0; i < 120 && !(surveyCardTo(mentee) && surveyCardTo(mentor)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const received = surveyCardTo(mentee);
    expect(received, 'the survey card did not reach the mentee').toBeDefined();
    const { id, card } = received!;
    const titles = { programme: programme.body.name as string };
    expect(textOf(card)).toContain(fill(fr.surveys.titles.pulse, titles));
    expect(textOf(card)).toContain(
      fill(fr.surveys.openUntil, {
        // the card gives the date in the programme's time zone
        date: localDateText(new Date(opened.body.closesAt), programme.body.timeZone as string, 'fr'),
      }),
    );
    expect(textOf(card)).toContain(fr.surveys.nps);
    expect(submitData(card)).toEqual({ form: 'survey', programmeId: scenario.programmeId, kind: 'pulse' });
    expect(textOf(surveyCardTo(mentor)!.card)).toContain(fill(en.surveys.titles.pulse, titles));

    const answer = { satisfaction: '4', nps: '9', comment: 'Très utile', private: 'false' };
    const me = chat(mentee, 'fr-FR');
    const missing = await me.send({ ...submitData(card), ...answer, satisfaction: '' }, { replyToId: id });
    expect(missing.texts).toEqual([]);
    expect(textOf(missing.card)).toContain(fr.surveys.errors.satisfaction);
    expect(inputOf(missing.card, 'comment')).toMatchObject({ value: 'Très utile' });
    expect(inputOf(missing.card, 'nps')).toMatchObject({ value: '9' });

    const done = await me.send({ ...submitData(card), ...answer }, { replyToId: id });
    const until = localDateText(new Date(opened.body.closesAt), programme.body.timeZone as string, 'fr');
    expect(done.texts).toEqual([
      fill(fr.surveys.saved, { ...titles, survey: fr.surveys.names.pulse, until }),
    ]);
    expect(done.updated.map((u) => u.id)).toEqual([id]);

    const surveys = await call('GET', '/api/v1/me/surveys', { token: mentee.token });
    expect(surveys.status).toBe(200);
    expect(surveys.body.items).toEqual([
      expect.objectContaining({
        programmeId: scenario.programmeId,
        kind: 'pulse',
        answer: expect.objectContaining({ satisfaction: 4, nps: 9, comment: 'Très utile', private: false }),
      }),
    ]);

    // “surveys” sends again only what is still to answer.
    expect((await me.say('enquêtes')).texts).toEqual([fr.surveys.none]);
    const again = await chat(mentor, 'en-GB').say('surveys');
    expect(again.cards).toHaveLength(1);
    expect(textOf(again.card)).toContain(fill(en.surveys.titles.pulse, titles));
  }, 60_000);
});
