import { describe, expect, it } from 'vitest';
import { signUpEn } from '../i18n/sign-up.en';
import { signUpFr } from '../i18n/sign-up.fr';
import { readRefusal } from './refusal';

const programme = {
  name: 'Digital leaders',
  skills: [{ id: 'generative-ai', label: { fr: 'IA générative', en: 'Generative AI' } }],
};

describe('readRefusal', () => {
  it('ends the sign-up when the programme is closed or not open to the person', () => {
    expect(
      readRefusal([{ code: 'programme_not_recruiting' }, { code: 'no_skills' }], programme, signUpEn, 'en'),
    ).toEqual({
      kind: 'closed',
      message: 'The programme “Digital leaders” is no longer open for sign-up.',
    });
    expect(readRefusal([{ code: 'not_eligible' }], programme, signUpFr, 'fr')).toMatchObject({
      kind: 'closed',
      message: expect.stringContaining('« Digital leaders » n’est pas ouvert'),
    });
  });

  it('sends the person back to each refused part once, with every reason', () => {
    expect(
      readRefusal(
        [
          { code: 'unknown_skill', skillId: 'generative-ai' },
          { code: 'capacity_out_of_range', max: 2 },
          { code: 'charter_not_accepted' },
          { code: 'data_use_not_accepted' },
        ],
        programme,
        signUpFr,
        'fr',
      ),
    ).toEqual({
      kind: 'fix',
      sections: ['skills', 'availability', 'consent'],
      errors: [
        '« IA générative » ne fait plus partie des compétences du programme.',
        'un mentor accompagne de 1 à 2 mentoré·e(s) dans ce programme.',
        signUpFr.errors.charter,
        signUpFr.errors.dataUse,
      ],
    });
  });
});
