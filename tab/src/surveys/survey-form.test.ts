import { describe, expect, it } from 'vitest';
import { sortSurveys, surveyErrors, surveyFormOf, surveyInputOf } from './survey-form';

const skills = [
  { skillId: 'ai', label: { fr: 'IA', en: 'AI' }, before: 2 },
  { skillId: 'data', label: { fr: 'Données', en: 'Data' }, before: null },
];

describe('the post self-assessment', () => {
  it('starts from the saved levels, and asks for every skill', () => {
    const form = surveyFormOf({
      skills,
      answer: {
        skills: [{ skillId: 'ai', level: 4 }],
        satisfaction: null,
        nps: null,
        comment: '',
        private: false,
        submittedAt: '2026-10-26T12:00:00Z',
      },
    });
    expect(form.skills).toEqual({ ai: 4, data: null });
    expect(surveyErrors('post', form)).toEqual({ 'skills.data': 'surveys.errors.skill' });
  });

  it('sends the skills only', () => {
    const form = { ...surveyFormOf({ skills, answer: null }), skills: { ai: 3, data: 5 }, satisfaction: 4 };
    expect(surveyInputOf('post', form)).toEqual({
      skills: [
        { skillId: 'ai', level: 3 },
        { skillId: 'data', level: 5 },
      ],
      satisfaction: null,
      nps: null,
      comment: '',
      private: false,
    });
  });
});

describe('pulse and closing surveys', () => {
  it('ask for satisfaction and the 0–10 question, and send no skills', () => {
    const form = surveyFormOf({ skills: [], answer: null });
    expect(Object.keys(surveyErrors('pulse', form))).toEqual(['satisfaction', 'nps']);
    const answered = { ...form, satisfaction: 5, nps: 0, comment: '  Merci ' };
    expect(surveyErrors('closing', answered)).toEqual({});
    expect(surveyInputOf('closing', answered)).toEqual({
      skills: [],
      satisfaction: 5,
      nps: 0,
      comment: 'Merci',
      private: false,
    });
  });
});

describe('sortSurveys', () => {
  it('puts open surveys first, soonest to close first', () => {
    const now = new Date('2026-06-15T00:00:00Z');
    const sorted = sortSurveys(
      [
        { closesAt: '2026-06-01T00:00:00Z' },
        { closesAt: '2026-07-01T00:00:00Z' },
        { closesAt: '2026-06-20T00:00:00Z' },
      ],
      now,
    );
    expect(sorted.map((s) => s.closesAt.slice(0, 10))).toEqual(['2026-06-20', '2026-07-01', '2026-06-01']);
  });
});
