import { describe, expect, it } from 'vitest';
import { applicationInput } from '../../../api/src/contract';
import { fieldErrorsFromIssues } from '../forms/field-errors';
import {
  APPLICATION_FIELD_MESSAGES,
  applicationInputOf,
  emptyApplicationForm,
  toggled,
} from './application-form';

const t = (key: string) => key;

describe('the sign-up form', () => {
  it('pre-selects the preferred language of the directory profile', () => {
    expect(emptyApplicationForm('fr-FR').languages).toEqual(['fr']);
    expect(emptyApplicationForm('de-DE').languages).toEqual([]);
  });

  it('reports every missing answer at its field, with the same schema as the service', () => {
    const checked = applicationInput.safeParse(applicationInputOf(emptyApplicationForm(null)));
    expect(checked.success).toBe(false);
    const errors = fieldErrorsFromIssues(checked.error?.issues ?? [], t, APPLICATION_FIELD_MESSAGES);
    expect(Object.keys(errors).sort()).toEqual([
      'availability.dayparts',
      'availability.days',
      'charterAccepted',
      'dataUseAccepted',
      'languages',
      'role',
      'skills',
    ]);
  });

  it('asks for a level for each chosen skill', () => {
    const form = {
      ...emptyApplicationForm('en'),
      role: 'mentee' as const,
      skills: [{ skillId: 'generative-ai', level: 0 }],
      days: ['monday' as const],
      dayparts: ['morning' as const],
      charterAccepted: true,
      dataUseAccepted: true,
    };
    const checked = applicationInput.safeParse(applicationInputOf(form));
    const errors = fieldErrorsFromIssues(checked.error?.issues ?? [], t, APPLICATION_FIELD_MESSAGES);
    expect(errors).toEqual({ 'skills.0.level': 'validation.application.level' });
    expect(
      applicationInput.safeParse(applicationInputOf({ ...form, skills: [{ skillId: 'x', level: 3 }] }))
        .success,
    ).toBe(true);
  });

  it('keeps multiple choices in their natural order', () => {
    expect(toggled(['monday', 'tuesday', 'friday'], ['friday'], 'monday', true)).toEqual([
      'monday',
      'friday',
    ]);
    expect(toggled(['monday', 'tuesday'], ['monday', 'tuesday'], 'monday', false)).toEqual(['tuesday']);
  });
});
