import { describe, expect, it } from 'vitest';
import { fill } from '../i18n';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import {
  feedbackProblemReasons,
  feedbackValues,
  readFeedback,
  readSurvey,
  surveyProblemReasons,
  surveyValues,
} from './feedback-answers';

/** A feedback card as Teams sends it back: every input as a string. */
const aCard = (overrides: Record<string, string> = {}) => ({
  tookPlace: 'yes',
  rating: '4',
  objectiveMet: 'partly',
  learned: ' Copilot in Outlook ',
  shared: '',
  obstacles: '',
  wantsSupport: 'false',
  continueWithPartner: 'yes',
  private: 'true',
  ...overrides,
});

describe('reading a feedback card', () => {
  it('gives the contract’s answer: numbers, booleans and trimmed texts', () => {
    expect(readFeedback(aCard(), en.feedback)).toEqual({
      ok: true,
      value: {
        tookPlace: 'yes',
        rating: 4,
        objectiveMet: 'partly',
        learned: 'Copilot in Outlook',
        shared: '',
        obstacles: '',
        wantsSupport: false,
        continueWithPartner: 'yes',
        private: true,
      },
    });
  });

  it('leaves out the rating and the objective of a session that did not take place (a card cannot clear them)', () => {
    const read = readFeedback(aCard({ tookPlace: 'moved' }), en.feedback);
    expect(read).toMatchObject({ ok: true, value: { tookPlace: 'moved', rating: null, objectiveMet: null } });
  });

  it('lets the use case say what a session that took place still needs', () => {
    const read = readFeedback(aCard({ rating: '', objectiveMet: '' }), en.feedback);
    expect(read).toMatchObject({ ok: true, value: { rating: null, objectiveMet: null } });
    const reasons = feedbackProblemReasons(
      [
        { path: 'body.rating', message: 'rate the session from 1 to 5' },
        { path: 'body.objectiveMet', message: "say whether the session's objective was met" },
      ],
      fr.feedback,
    );
    expect(reasons).toEqual([fr.feedback.errors.rating, fr.feedback.errors.objectiveMet]);
  });

  it('refuses, in the person’s words and in the card’s order, what the contract refuses', () => {
    const read = readFeedback(
      aCard({ tookPlace: '', rating: '9', continueWithPartner: 'maybe', obstacles: 'x'.repeat(2001) }),
      fr.feedback,
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        fr.feedback.errors.tookPlace,
        fill(fr.feedback.errors.tooLong, { field: fr.feedback.card.obstacles }),
        fr.feedback.errors.continueWithPartner,
      ],
    });
    // Once it took place, a rating out of range is refused too.
    const rated = readFeedback(aCard({ rating: '9' }), en.feedback);
    expect(rated).toEqual({ ok: false, errors: [en.feedback.errors.rating] });
  });

  it('shows a saved answer again as the card’s inputs', () => {
    const read = readFeedback(aCard(), en.feedback);
    if (!read.ok) throw new Error('not read');
    expect(feedbackValues(read.value)).toEqual({ ...aCard(), learned: 'Copilot in Outlook' });
  });
});

describe('reading a survey card', () => {
  const post = {
    kind: 'post' as const,
    skills: [
      { skillId: 'ai', label: { fr: 'IA', en: 'AI' }, before: 2 },
      { skillId: 'data', label: { fr: 'Données', en: 'Data' }, before: null },
    ],
  };

  it('reads the level given now to each sign-up skill, leaving out those not rated', () => {
    const read = readSurvey(
      { skill_ai: '4', skill_data: '', comment: 'Merci', private: 'false' },
      post,
      fr.surveys,
    );
    expect(read).toEqual({
      ok: true,
      value: {
        skills: [{ skillId: 'ai', level: 4 }],
        satisfaction: null,
        nps: null,
        comment: 'Merci',
        private: false,
      },
    });
  });

  it('keeps an NPS of 0 and refuses one over 10', () => {
    const pulse = { kind: 'pulse' as const, skills: [] };
    expect(readSurvey({ satisfaction: '3', nps: '0' }, pulse, en.surveys)).toMatchObject({
      ok: true,
      value: { satisfaction: 3, nps: 0 },
    });
    expect(readSurvey({ satisfaction: '3', nps: '11' }, pulse, en.surveys)).toEqual({
      ok: false,
      errors: [en.surveys.errors.nps],
    });
  });

  it('maps the use case’s reasons and shows an answer again', () => {
    expect(
      surveyProblemReasons(
        [
          { path: 'body.skills', message: 'rate your skills again' },
          { path: 'body.skills.0.skillId', message: 'not one of your skills' },
        ],
        en.surveys,
      ),
    ).toEqual([en.surveys.errors.skills]);
    expect(
      surveyValues({
        skills: [{ skillId: 'ai', level: 5 }],
        satisfaction: null,
        nps: null,
        comment: '',
        private: true,
      }),
    ).toEqual({ skill_ai: '5', satisfaction: '', nps: '', comment: '', private: 'true' });
  });
});
