import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { errorAt, fieldErrorsFromIssues, fieldErrorsFromProblem } from './field-errors';

const t = (key: string) => `«${key}»`;
const messages = { name: 'validation.name', 'objectives.*.label': 'validation.objectiveLabel' };

describe('field errors', () => {
  it('words known fields from the catalogue, row index or not, and keeps the first issue per field', () => {
    const errors = fieldErrorsFromIssues(
      [
        { path: ['name'], message: 'too short' },
        { path: ['name'], message: 'second' },
        { path: ['objectives', 2, 'label'], message: 'give the objective in French and English' },
        { path: ['endsOn'], message: 'the programme must end after it starts' },
      ],
      t,
      messages,
    );
    expect(errors).toEqual({
      name: '«validation.name»',
      'objectives.2.label': '«validation.objectiveLabel»',
      endsOn: 'the programme must end after it starts',
    });
  });

  it('reads the fields of a problem+json, without the `body.` prefix', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'unknown_people',
      errors: [{ path: 'body.sponsorAadIds.0', message: 'x is not in the directory' }],
    });
    expect(fieldErrorsFromProblem(error, t, messages)).toEqual({
      'sponsorAadIds.0': 'x is not in the directory',
    });
    expect(fieldErrorsFromProblem(new Error('boom'), t, messages)).toEqual({});
  });

  it('finds a message inside a field when asked', () => {
    const errors = { 'skills.1.level': 'levels go from 1 to 5' };
    expect(errorAt(errors, 'skills')).toBeUndefined();
    expect(errorAt(errors, 'skills', { nested: true })).toBe('levels go from 1 to 5');
  });
});
